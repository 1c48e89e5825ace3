// Trustworthy visits under load: a chain of a 302, a meta refresh, a fake-scan page that moves on
// by script after 1.2 s and a 5 s setTimeout redirect, crawled many times side by side, with two
// CPU hogs (bounded busy loops that stop themselves) running beside the crawl. Every visit must
// reach the landing with a title and a screenshot; incomplete visits are retried by the job.
//   tsx scripts/bench-stress.ts [--visits N] [--concurrency N] [--hogs N] [--json FILE]
// Loopback only: the fixture server on 127.0.0.1, the crawl with --host-map and --mapped-only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../test/fixtures/server.ts';
import { stressChain } from '../test/fixtures/stress-chain.ts';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const jsonOut = (() => {
  const i = process.argv.indexOf('--json');
  return i > 0 ? process.argv[i + 1] : null;
})();
const VISITS = arg('visits', 96);
const CONCURRENCY = arg('concurrency', 8);
const HOGS = arg('hogs', 2);

/** Busy loops in their own processes, each ending by itself after `ms` even if this script dies. */
export function startHogs(n: number, ms: number): ChildProcess[] {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, ['-e', `const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++;`], { stdio: 'ignore' }),
  );
}

async function main() {
  const server: FixtureServer = await startFixtureServer();
  const dir = mkdtempSync(join(tmpdir(), 'hoptrace-stress-'));
  const db = join(dir, 'stress.sqlite');
  const urls = Array.from({ length: VISITS }, (_, i) => stressChain(server, i).start);
  writeFileSync(join(dir, 'urls.txt'), urls.join('\n'));
  const hogs = startHogs(HOGS, 30 * 60_000);
  const t0 = performance.now();
  const crawl = spawn(
    process.execPath,
    ['bin/hoptrace.js', 'crawl', join(dir, 'urls.txt'), '--db', db, '--json', '--quiet', '--concurrency', String(CONCURRENCY),
      '--host-map', '*.test=127.0.0.1', '--mapped-only'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  crawl.stdout!.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((r) => crawl.on('exit', r));
  const wall = performance.now() - t0;
  for (const h of hogs) h.kill('SIGKILL');
  const exportRun = spawn(process.execPath, ['bin/hoptrace.js', 'export', '--db', db, '--format', 'json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let exported = '';
  exportRun.stdout!.on('data', (d) => (exported += d));
  await new Promise((r) => exportRun.on('exit', r));
  await server.close();
  const trace = JSON.parse(exported) as { visits: { url: string; purpose?: string; incomplete?: string | null; outcome: string; final: { url: string; title: string; screenshot: string | null } | null; startedAt: string; finishedAt: string }[] };
  const primaryOrRetry = trace.visits.filter((v) => v.purpose !== 'cloak-check');
  // The trace of a link is its last attempt.
  const last = new Map<string, (typeof primaryOrRetry)[number]>();
  for (const v of primaryOrRetry) last.set(v.url, v);
  const finals = [...last.values()];
  const good = finals.filter((v) => v.final && /\/land/.test(v.final.url) && v.final.title === 'landing' && v.final.screenshot);
  const incomplete = finals.filter((v) => v.incomplete);
  const retried = primaryOrRetry.filter((v) => v.purpose === 'retry').length;
  const result = {
    visits: VISITS,
    concurrency: CONCURRENCY,
    hogs: HOGS,
    exitCode: code,
    wallMs: Math.round(wall),
    perMinute: Math.round((VISITS / wall) * 60_000 * 10) / 10,
    landedWithTitleAndScreenshot: good.length,
    incompleteAfterRetries: incomplete.length,
    retries: retried,
    short: finals.filter((v) => !good.includes(v)).map((v) => ({ url: v.url, final: v.final?.url, title: v.final?.title, outcome: v.outcome, incomplete: v.incomplete })).slice(0, 10),
  };
  console.log(JSON.stringify(result, null, 2));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result));
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1]?.endsWith('bench-stress.ts')) await main();
