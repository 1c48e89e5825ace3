// `npm pack` makes a tarball that installs into an empty folder and runs there from the compiled
// JavaScript alone. The package is packed from a copy of the checkout, so its `prepare` build
// cannot disturb the dist/ other tests are running. Tests never reach the network, the npm
// registry included: the tarball is unpacked where `npm install` would put it, its dependencies
// are the checkout's own (the versions the lockfile pins), and npx runs offline.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import QRCode from 'qrcode';
import { buildMultipart } from '../fixtures/mail/build.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the packed package', () => {
  it('installs into an empty folder and `npx hoptrace` runs from dist/', async () => {
    const work = mkdtempSync(join(tmpdir(), 'hoptrace-pack-'));
    const checkout = join(work, 'checkout');
    mkdirSync(checkout);
    for (const entry of ['package.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'src', 'docs', 'scripts']) {
      cpSync(join(ROOT, entry), join(checkout, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');

    const pack = run('npm', ['pack', '--pack-destination', work, ...NPM_QUIET], checkout);
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "empty", "private": true }\n');
    const modules = join(app, 'node_modules');
    mkdirSync(join(modules, '.bin'), { recursive: true });
    const unpacked = run('tar', ['-xzf', join(work, tarball!), '-C', work], work);
    expect(unpacked.code, unpacked.stderr).toBe(0);
    renameSync(join(work, 'package'), join(modules, 'hoptrace'));
    const manifest = JSON.parse(readFileSync(join(modules, 'hoptrace', 'package.json'), 'utf8')) as { dependencies: Record<string, string>; bin: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies)) {
      mkdirSync(dirname(join(modules, dep)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
    }
    symlinkSync(join('..', 'hoptrace', manifest.bin.hoptrace!), join(modules, '.bin', 'hoptrace'));
    const installed = join(app, 'node_modules', 'hoptrace');
    expect(existsSync(join(installed, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    // Without tsx the bin can only have run dist/.
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);

    const offline = { npm_config_offline: 'true' };
    const version = run('npx', ['hoptrace', '--version'], app, offline);
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    // The data files travel with the code.
    const personas = run('npx', ['hoptrace', 'personas', '--json'], app, offline);
    expect(personas.code, personas.stderr).toBe(0);
    expect(JSON.parse(personas.stdout).map((p: { name: string }) => p.name)).toContain('desktop-ja');
    // So do the files that are not compiled (the PDF reader's worker) and the native and
    // WebAssembly readers: a PDF's link and a QR code's are found from the installed package.
    const mail = join(app, 'm.eml');
    writeFileSync(
      mail,
      buildMultipart({ From: 'a@x.test', To: 'r@victim.test', Subject: 'hi' }, [
        { contentType: 'text/html', body: '<a href="http://lure.test/c?u=1">go</a>' },
        { contentType: 'application/pdf', filename: 'invoice.pdf', body: await pdfWithLink('https://pdf-link.test/pay') },
        { contentType: 'image/png', filename: 'code.png', body: await QRCode.toBuffer('https://quish.test/mfa', { type: 'png', width: 240 }) },
      ]),
    );
    const extract = run('npx', ['hoptrace', 'extract', mail, '--json'], app, offline);
    expect(extract.code, extract.stderr).toBe(0);
    const [message] = JSON.parse(extract.stdout).messages as { links: { url: string; where: string }[]; errors: string[] }[];
    expect(message.errors).toEqual([]);
    expect(message.links.map((l) => [l.url, l.where])).toEqual([
      ['http://lure.test/c?u=1', 'body'],
      ['https://quish.test/mfa', 'qr:code.png'],
      ['https://pdf-link.test/pay', 'pdf:invoice.pdf#1'],
    ]);
  }, 300_000);
});

async function pdfWithLink(url: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const action = doc.context.obj({ Type: 'Action', S: 'URI', URI: PDFString.of(url) });
  const annot = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 50, 300, 100], Border: [0, 0, 0], A: action }));
  page.node.set(PDFName.of('Annots'), doc.context.obj([annot]));
  return Buffer.from(await doc.save());
}
