// What the `hoptrace serve` tests share: a database made by real crawls of the fixture campaign
// (loopback only), and `hoptrace serve` started as a child process, its address read from the
// first line it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TraceBundle } from '../../src/model.ts';
import { startCampaign, type Campaign } from '../fixtures/campaign.ts';
import { BIN, hoptrace, LOOPBACK } from '../fixtures/cli.ts';

/** A page title that would run script in any view that forgot to escape it. */
export const HOSTILE_TITLE = '<script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2;alert(2)">';

/** The same registrant phone and mailbox behind the campaign's tracker and fake-scan domains. */
export const REGISTRANT = { phone: '+81.312345678', phoneAsTyped: '03-1234-5678', email: 'ops@adnet-holdings.test' };

const whois = (domain: string) => `Domain Name: ${domain.toUpperCase()}
Registrar: Example Registrar KK
Creation Date: 2026-09-01T00:00:00Z
Registrant Name: Ichiro Tanaka
Registrant Organization: Adnet Holdings
Registrant Country: JP
Registrant Phone: ${REGISTRANT.phone}
Registrant Email: ${REGISTRANT.email}
`;

export interface CrawledDb {
  dir: string;
  db: string;
  trace: TraceBundle;
}

/**
 * Crawls the fixture campaign's three mails (and any extra `--url`s the callback adds to the
 * campaign server) once per engine given, as jobs named after the engine, with two personas;
 * imports registration records for the tracker and scan domains; closes the campaign server, so
 * everything after works from the database alone.
 */
export async function crawlCampaign(engines: ('browser' | 'http')[], extra: (c: Campaign) => string[] = () => []): Promise<CrawledDb> {
  const dir = mkdtempSync(join(tmpdir(), 'hoptrace-serve-'));
  const db = join(dir, 'serve.sqlite');
  const mail = join(dir, 'mail');
  mkdirSync(mail);
  const campaign = await startCampaign();
  try {
    campaign.mails.forEach((m, i) => writeFileSync(join(mail, `lure-${i + 1}.eml`), m.eml));
    const urls = extra(campaign).flatMap((u) => ['--url', u]);
    for (const engine of engines) {
      const r = await hoptrace(['crawl', mail, ...urls, '--engine', engine, ...LOOPBACK, '--db', db, '--job', engine, '--quiet',
        '--persona', 'desktop-ja', '--persona', 'mobile-ja']);
      if (r.code !== 0) throw new Error(`crawl (${engine}) exited ${r.code}: ${r.stderr}`);
    }
  } finally {
    await campaign.close();
  }
  const files = ['adnet-jp.test', 'virus-check-jp.test'].map((d) => {
    const file = join(dir, `${d}.whois`);
    writeFileSync(file, whois(d));
    return file;
  });
  const imported = await hoptrace(['rdap', '--db', db, '--import', ...files]);
  if (imported.code !== 0) throw new Error(`rdap --import exited ${imported.code}: ${imported.stderr}`);
  const exported = await hoptrace(['export', '--db', db, '--format', 'json']);
  return { dir, db, trace: JSON.parse(exported.stdout) as TraceBundle };
}

export interface ServeProcess {
  /** `http://HOST:PORT/` as printed */
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `hoptrace serve ARGS…`; resolves once it printed its first line, rejects if it exits first. */
export function startServe(args: string[], env: Record<string, string> = {}): Promise<ServeProcess> {
  // A token in the test runner's own environment must not change what a test asks for.
  const own = { ...process.env, NO_COLOR: '1', HOPTRACE_SERVE_TOKEN: '', ...env };
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { env: own, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => {
      stdout += d;
      const line = stdout.split('\n')[0]!;
      if (!stdout.includes('\n')) return;
      const m = /^listening on (http:\/\/\S+\/)$/.exec(line);
      if (!m) return reject(new Error(`unexpected first line: ${line}`));
      resolve({
        url: m[1]!,
        child,
        stderr: () => stderr,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exited;
        },
      });
    });
    void exited.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)));
  });
}
