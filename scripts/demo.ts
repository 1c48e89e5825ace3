// `npm run demo`: serve the bundled sample campaign on loopback, write its three mails to
// crawls/demo/mail/, crawl them with two personas through the real CLI (host map to 127.0.0.1,
// mapped-only: nothing leaves the machine), write the HTML report and say where it is.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCampaign } from '../test/fixtures/campaign.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'crawls', 'demo');
const db = join(outDir, 'demo.sqlite');
const bin = join(root, 'bin', 'hoptrace.js');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'mail'), { recursive: true });

const campaign = await startCampaign();
try {
  campaign.mails.forEach((m, i) => writeFileSync(join(outDir, 'mail', `lure-${i + 1}.eml`), m.eml));
  const hoptrace = (args: string[]) =>
    // Asynchronous on purpose: the campaign's server runs in this process and must keep answering.
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit', cwd: root });
      child.on('exit', (code) => resolve(code ?? 1));
    });
  const crawl = await hoptrace([
    'crawl', join(outDir, 'mail'),
    '--db', db, '--job', 'demo',
    '--persona', 'desktop-ja', '--persona', 'mobile-ja',
    '--host-map', '*.test=127.0.0.1', '--mapped-only',
  ]);
  if (crawl !== 0) throw new Error(`crawl exited with ${crawl}`);
  const report = join(outDir, 'report.html');
  const rep = await hoptrace(['report', 'demo', '--db', db, '-o', report]);
  if (rep !== 0) throw new Error(`report exited with ${rep}`);
  console.log(`\nDemo done. Report: ${relative(process.cwd(), report) || report}`);
  console.log(`Explore: npx hoptrace show demo --db ${relative(process.cwd(), db)}`);
} finally {
  await campaign.close();
}
