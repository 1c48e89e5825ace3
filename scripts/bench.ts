// `npm run bench`: every figure side by side with its baseline, in one run, on loopback only.
// Prints a table and writes bench-results/bench.json.
//   browser engine vs bare Playwright on a 4-hop chain (302, meta refresh, script, landing) at c=1,4,8,
//   and CPU-seconds per visit of both at c=4 (scripts/bench-browser-cpu.ts)
//   a 5 s setTimeout redirect: wall time per visit vs the 5 s a sleeping crawler spends
//   HTTP engine vs a bare got loop over the same 3xx/refresh chain
//   store: visits (5 hops + a body) written per second, database bytes per visit
//   mail: scripts/bench-mail.ts (messages/s, peak RSS on the corpus and a generated 100 MB mbox)
//   queue: scripts/bench-queue.ts (in-process vs coordinator + 1 and 2 workers over Redis)
//   memory: peak RSS of node and of the browser processes at c=8
//   startup: `hoptrace --version` and `hoptrace extract` of one mail as whole processes vs `node -e 1`
//   serve: scripts/bench-serve.ts (p50/p95/max per route of `hoptrace serve` on 10,000 generated visits)
//   similar: scripts/bench-similar.ts (`similar` on a synthetic 100,000-visit store; fingerprinting's share of a visit's CPU)
//   deadline: hostile pages on the browser engine at an 8 s timeout, how long past it each visit returns
//   intake: scripts/bench-intake.ts (1,000 mails through Dovecot + `ingest` with restarts; 1,000 into `spamtrap --crawl` from 4 clients, its peak RSS)
import { DEFAULT_JOB_OPTIONS } from '../src/records/job-options.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import got from 'got';
import PQueue from 'p-queue';
import { chromium } from 'playwright';
import { recordCapture } from '../src/jobs/visit-stage.ts';
import { redactBotTokens, toJson } from '../src/export/index.ts';
import { mispExtrasOf, toMisp } from '../src/interop/misp-export.ts';
import { loadRules } from '../src/classify/rules.ts';
import { createBrowserEngine } from '../src/engines/browser/engine.ts';
import type { VisitEngine } from '../src/engines/engine.ts';
import { createHttpEngine } from '../src/engines/http/engine.ts';
import { findChromium } from '../src/engines/browser/launch.ts';
import type { Visit } from '../src/model.ts';
import { fixedLookup } from '../src/net/connect-lookup.ts';
import type { NetPolicy } from '../src/net/policy.ts';
import { getPersona } from '../src/personas.ts';
import { newId, sha256, TraceStore } from '../src/store/store.ts';
import { startFixtureServer, type FixtureServer } from '../test/fixtures/server.ts';
import { buildMail } from '../test/fixtures/mail/build.ts';
import { endlessBody, startSilentServer } from '../test/fixtures/hostile.ts';
import { distIsFresh } from '../bin/dist.js';
import { BASELINE_ARGS, bareVisit, chain } from './bench-chain.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const VISITS = quick ? 8 : 24;
const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const persona = getPersona('desktop-ja');
const rules = loadRules();

interface Row {
  figure: string;
  hoptrace: string;
  baseline: string;
  ratio: string;
}
const rows: Row[] = [];
const results: Record<string, unknown> = { machine: machine(), startedAt: new Date().toISOString() };

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
  let chromiumVersion = 'unknown';
  try {
    chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    /* reported as unknown */
  }
  return { cpu, cores: (readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm) ?? []).length, node: process.version, chromium: chromiumVersion };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

/** Peak RSS of all Chromium processes (sampled), in MB. */
function browserRssMb(): number {
  const out = spawnSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' }).stdout;
  return out.split('\n').reduce((s, l) => s + (Number(l.trim()) || 0), 0) / 1024;
}

async function timeVisits(n: number, concurrency: number, one: () => Promise<void>) {
  const times: number[] = [];
  let peakBrowser = 0;
  const sampler = setInterval(() => (peakBrowser = Math.max(peakBrowser, browserRssMb())), 250);
  const q = new PQueue({ concurrency });
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, () =>
      q.add(async () => {
        const s = performance.now();
        await one();
        times.push(performance.now() - s);
      }),
    ),
  );
  const wall = performance.now() - t0;
  clearInterval(sampler);
  return { perMinute: (n / wall) * 60_000, median: pct(times, 50), p95: pct(times, 95), wall, peakBrowserMb: peakBrowser };
}

async function benchBrowser(server: FixtureServer) {
  const { start, final } = chain(server, 'bb');
  const executablePath = findChromium();
  const baseline = await chromium.launch({ executablePath, args: BASELINE_ARGS });
  const engine = createBrowserEngine({ executablePath });
  const store = TraceStore.open(':memory:');
  const job = store.createJob('bench', DEFAULT_JOB_OPTIONS);
  const browserResults: Record<string, unknown> = {};
  // Warm both up once so neither pays the first launch inside the figures.
  await engine.visit({ url: start, persona, timeoutMs: 30000, maxHops: 20, bodyLimit: 1 << 20, net: policy });
  for (const c of [1, 4, 8]) {
    const base = await timeVisits(VISITS, c, () => bareVisit(baseline, start, final));
    let peakNode = 0;
    let incomplete = 0;
    const ours = await timeVisits(VISITS, c, async () => {
      const capture = await engine.visit({ url: start, persona, timeoutMs: 30000, maxHops: 20, bodyLimit: 1 << 20, net: policy });
      const last = capture.hops.filter((h) => h.branch === 0).at(-1);
      if (last?.url !== final) incomplete++;
      await recordCapture(
        { id: newId('v-'), jobId: job.id, linkId: null, url: start, persona, replayOf: null, decoy: false, purpose: 'primary', attempt: 1, retryOf: null },
        capture,
        { store, engineName: 'browser', rules },
      );
      peakNode = Math.max(peakNode, process.memoryUsage().rss / 1048576);
    });
    const ratio = ours.perMinute / base.perMinute;
    browserResults[`c${c}`] = { hoptrace: ours, baseline: base, ratio, peakNodeMb: peakNode, incomplete };
    rows.push({
      figure: `browser 4-hop chain, c=${c} (visits/min, median/p95 ms)${incomplete ? ` [${incomplete} short of the landing]` : ''}`,
      hoptrace: `${ours.perMinute.toFixed(0)} (${ours.median.toFixed(0)}/${ours.p95.toFixed(0)})`,
      baseline: `${base.perMinute.toFixed(0)} (${base.median.toFixed(0)}/${base.p95.toFixed(0)})`,
      ratio: ratio.toFixed(2),
    });
    if (c === 8) {
      rows.push({ figure: 'peak RSS at c=8: node / browser (MB)', hoptrace: `${peakNode.toFixed(0)} / ${ours.peakBrowserMb.toFixed(0)}`, baseline: `- / ${base.peakBrowserMb.toFixed(0)}`, ratio: '' });
    }
  }
  results.browser = browserResults;
  // Wall-clock throughput follows the machine's load; what a visit costs in CPU does not.
  type Side = { cpuPerVisit: number; nodePerVisit: number; incomplete: number };
  subBench<{ concurrency: number; rounds: number; hoptrace: Side; bare: Side }>('browser CPU per visit', 'bench-browser-cpu.ts', (f) => {
    results.browserCpu = f;
    rows.push({
      figure: `browser 4-hop chain, c=${f.concurrency}: CPU-s per visit, node + Chromium (node's share), median of ${f.rounds} alternating runs${f.hoptrace.incomplete ? ` [${f.hoptrace.incomplete} incomplete]` : ''}`,
      hoptrace: `${f.hoptrace.cpuPerVisit.toFixed(2)} (${f.hoptrace.nodePerVisit.toFixed(2)})`,
      baseline: `${f.bare.cpuPerVisit.toFixed(2)} (${f.bare.nodePerVisit.toFixed(2)}) bare Playwright`,
      ratio: (f.bare.cpuPerVisit / f.hoptrace.cpuPerVisit).toFixed(2),
    });
  });

  // Delayed redirect: a 5 s setTimeout, followed by advancing the page's clock, not by sleeping.
  server.page('slow.test', '/wait', `<p>scanning…</p><script>setTimeout(() => { location.href = ${JSON.stringify(server.url('slow.test', '/done'))} }, 5000)</script>`);
  server.page('slow.test', '/done', '<title>done</title>');
  const delayed: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const s = performance.now();
    const cap = await engine.visit({ url: server.url('slow.test', '/wait'), persona, timeoutMs: 30000, maxHops: 20, bodyLimit: 1 << 20, net: policy });
    delayed.push(performance.now() - s);
    if (!cap.hops.some((h) => h.url.endsWith('/done'))) throw new Error('the 5 s redirect was not followed');
  }
  results.delayed = { medianMs: pct(delayed, 50), maxMs: Math.max(...delayed), sleepingCrawlerMs: 5000 };
  rows.push({ figure: '5 s setTimeout redirect, wall ms per visit', hoptrace: pct(delayed, 50).toFixed(0), baseline: '5000 (sleeping)', ratio: (pct(delayed, 50) / 5000).toFixed(2) });

  await engine.close();
  await baseline.close();
  store.close();
}

async function benchHttp(server: FixtureServer) {
  const hops = 5;
  for (let i = 0; i < hops - 1; i++) server.redirect('h.test', `/h${i}`, 302, server.url('h.test', `/h${i + 1}`));
  server.page('h.test', `/h${hops - 1}`, '<title>end</title>');
  const start = server.url('h.test', '/h0');
  const engine = createHttpEngine();
  const n = quick ? 100 : 400;
  const runOurs = async () => {
    const t0 = performance.now();
    const q = new PQueue({ concurrency: 8 });
    await Promise.all(Array.from({ length: n }, () => q.add(() => engine.visit({ url: start, persona, timeoutMs: 10000, maxHops: 20, bodyLimit: 1 << 20, net: policy }))));
    return (n * hops) / ((performance.now() - t0) / 1000);
  };
  // The bare loop: got following 302s itself, with only a fixed lookup (nothing may leave loopback).
  const client = got.extend({ followRedirect: false, throwHttpErrors: false, dnsLookup: fixedLookup('127.0.0.1') as never });
  const runBare = async () => {
    const t0 = performance.now();
    const q = new PQueue({ concurrency: 8 });
    await Promise.all(
      Array.from({ length: n }, () =>
        q.add(async () => {
          let url = start;
          for (let i = 0; i < hops; i++) {
            const r = await client(url);
            const loc = r.headers.location;
            if (!loc) break;
            url = new URL(loc, url).href;
          }
        }),
      ),
    );
    return (n * hops) / ((performance.now() - t0) / 1000);
  };
  await runOurs();
  await runBare();
  const ours = await runOurs();
  const bare = await runBare();
  await engine.close();
  results.http = { hopsPerSecond: ours, bareGotHopsPerSecond: bare, ratio: ours / bare };
  rows.push({ figure: 'HTTP engine, hops/s (5-hop 302 chain, c=8)', hoptrace: ours.toFixed(0), baseline: `${bare.toFixed(0)} (bare got)`, ratio: (ours / bare).toFixed(2) });
}

/** Visit I of a synthetic job: a 5-hop 302 chain to a page with a body. */
function syntheticVisit(jobId: string, i: number, t: string): { visit: Visit; blobs: { sha256: string; mime: string; data: Buffer }[] } {
  const body = Buffer.from(`<html><title>page ${i}</title><body>${'lorem ipsum '.repeat(40)} ${i}</body></html>`);
  const hash = sha256(body);
  return {
    visit: {
      id: newId('v-'), jobId, linkId: null, url: `http://a.test/${i}`, persona: 'desktop-ja', engine: 'http', replayOf: null, decoy: false,
      startedAt: t, finishedAt: t, outcome: 'ok', error: null,
      hops: Array.from({ length: 5 }, (_, s) => ({
        seq: s, branch: 0, url: `http://h${s}.test/${i}?t=${i}`, method: 'GET', status: s < 4 ? 302 : 200, cause: s ? 'http' : 'initial',
        serverIp: '127.0.0.1', contentType: 'text/html', bodySha256: s === 4 ? hash : null, blocked: null, startedAt: t, durationMs: 3, setCookies: [],
      })) as Visit['hops'],
      final: { url: `http://h4.test/${i}`, status: 200, title: `page ${i}`, category: 'benign', evidence: [], textExcerpt: '', screenshot: null },
      downloads: [],
    },
    blobs: [{ sha256: hash, mime: 'text/html', data: body }],
  };
}

function benchStore() {
  const dir = mkdtempSync(join(tmpdir(), 'hoptrace-bench-'));
  const path = join(dir, 'b.sqlite');
  const store = TraceStore.open(path);
  const job = store.createJob('bench', DEFAULT_JOB_OPTIONS);
  const n = quick ? 2000 : 10000;
  const t = new Date().toISOString();
  const items = Array.from({ length: n }, (_, i) => syntheticVisit(job.id, i, t));
  const t0 = performance.now();
  for (let i = 0; i < n; i += 100) store.saveVisits(items.slice(i, i + 100));
  const perSecond = n / ((performance.now() - t0) / 1000);
  store.checkpoint();
  store.close();
  const bytes = statSync(path).size;
  rmSync(dir, { recursive: true, force: true });
  results.store = { visitsPerSecond: perSecond, bytesPerVisit: bytes / n, visits: n };
  rows.push({ figure: 'store: visits (5 hops + body) written/s; bytes/visit', hoptrace: `${perSecond.toFixed(0)}; ${(bytes / n).toFixed(0)} B`, baseline: 'target 2000/s', ratio: (perSecond / 2000).toFixed(2) });
}

/** `export --format misp` of a stored job of synthetic visits, against the JSON trace export of the same bundle. */
function benchMisp() {
  const dir = mkdtempSync(join(tmpdir(), 'hoptrace-bench-'));
  const store = TraceStore.open(join(dir, 'm.sqlite'));
  const job = store.createJob('bench', DEFAULT_JOB_OPTIONS);
  const n = quick ? 2000 : 10000;
  const t = new Date().toISOString();
  const items = Array.from({ length: n }, (_, i) => syntheticVisit(job.id, i, t));
  for (let i = 0; i < n; i += 100) store.saveVisits(items.slice(i, i + 100));
  const bundle = redactBotTokens(store.bundle(job.id));
  const time = (make: () => string): { ms: number; bytes: number } => {
    const t0 = performance.now();
    const bytes = Buffer.byteLength(make());
    return { ms: performance.now() - t0, bytes };
  };
  const misp = time(() => JSON.stringify(toMisp(bundle, mispExtrasOf(store)), null, 2));
  const json = time(() => toJson(bundle));
  store.close();
  rmSync(dir, { recursive: true, force: true });
  results.misp = { visits: n, misp, json };
  rows.push({ figure: `export --format misp, ${n} visits of 5 hops (ms; MB)`, hoptrace: `${misp.ms.toFixed(0)}; ${(misp.bytes / 1e6).toFixed(1)}`, baseline: `${json.ms.toFixed(0)}; ${(json.bytes / 1e6).toFixed(1)} (--format json)`, ratio: (misp.ms / json.ms).toFixed(2) });
}

/** Runs a benchmark script of its own process; its last stdout line is its figures as JSON. */
function subBench<T>(name: string, file: string, take: (figures: T) => void) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', file), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', cwd: root });
  try {
    take(JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as T);
  } catch {
    rows.push({ figure: name, hoptrace: `failed: ${out.stderr.split('\n')[0] ?? ''}`, baseline: '', ratio: '' });
  }
}

function benchMail() {
  subBench<{ figures: { run: string; messagesPerSecond: number; peakRssMB: number }[] }>('mail parse', 'bench-mail.ts', ({ figures }) => {
    results.mail = figures;
    for (const f of figures) {
      rows.push({ figure: `mail parse: ${f.run} (msgs/s; peak RSS MB)`, hoptrace: `${f.messagesPerSecond.toFixed(0)}; ${f.peakRssMB.toFixed(0)}`, baseline: 'target 500/s', ratio: (f.messagesPerSecond / 500).toFixed(2) });
    }
  });
}

function benchIntake() {
  type Trap = { crawl: boolean; sent: number; stored: number; visits: number; peakRssMb: number; sendS: number };
  subBench<{ imap: { appended: number; stored: number; storedTwice: number; wallS: number }; smtp: Trap; smtpCrawl: Trap }>(
    'intake',
    'bench-intake.ts',
    (f) => {
      results.intake = f;
      rows.push({ figure: 'ingest: mails stored of appended (2 restarts; twice)', hoptrace: `${f.imap.stored}/${f.imap.appended} (${f.imap.storedTwice})`, baseline: 'all, none twice', ratio: (f.imap.stored / f.imap.appended).toFixed(2) });
      for (const s of [f.smtp, f.smtpCrawl]) {
        const name = s.crawl ? 'spamtrap --crawl' : 'spamtrap';
        rows.push({ figure: `${name}: stored, visits of sent (4 clients, s)`, hoptrace: `${s.stored}, ${s.visits} of ${s.sent} (${s.sendS.toFixed(1)})`, baseline: s.crawl ? 'all, once' : 'all', ratio: (s.stored / s.sent).toFixed(2) });
        rows.push({ figure: `${name}: peak RSS MB (after a 50 MB message)`, hoptrace: String(s.peakRssMb), baseline: '', ratio: '' });
      }
    },
  );
}

function benchQueue() {
  subBench<{ rows: Row[] }>('queue', 'bench-queue.ts', (figures) => {
    results.queue = figures;
    rows.push(...figures.rows);
  });
}

/**
 * What a script that calls hoptrace once per file pays: whole processes, median wall time, against
 * Node starting and doing nothing. Targets: --version 0.3 s, extract of one mail 0.5 s.
 */
function benchStartup() {
  const runs = quick ? 5 : 15;
  const dir = mkdtempSync(join(tmpdir(), 'hoptrace-bench-startup-'));
  const corpusMail = join(root, '..', 'shared', 'corpus', 'emails', 'japanese');
  const eml = join(dir, 'one.eml');
  writeFileSync(eml, buildMail({
    headers: { From: '"Amazon" <info@amaz0n.test>', To: 'r@victim.test', Subject: 'アカウント確認' },
    contentType: 'text/html; charset=utf-8',
    body: '<p>確認してください</p><a href="http://lure.test/c?u=cg==">今すぐ</a><img src="http://trk.test/p.gif">',
  }));
  const first = existsSync(corpusMail) ? readdirSync(corpusMail).find((f) => f.endsWith('.eml')) : undefined;
  const mail = first ? join(corpusMail, first) : eml;
  const bin = join(root, 'bin', 'hoptrace.js');
  // hoptrace runs as its executable (its #! line starts Node), Node alone as `node -e 1`.
  const median = ([command, ...args]: string[]): number => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      times.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`startup bench: ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
    }
    return pct(times, 50);
  };
  const nodeMs = median([process.execPath, '-e', '1']);
  const versionMs = median([bin, '--version']);
  const extractMs = median([bin, 'extract', mail]);
  // And the generated one-part HTML mail (no picture, no PDF: the QR and PDF readers stay unloaded).
  const extractGeneratedMs = mail === eml ? extractMs : median([bin, 'extract', eml]);
  rmSync(dir, { recursive: true, force: true });
  const compiled = distIsFresh();
  results.startup = { nodeMs, versionMs, extractMs, extractGeneratedMs, mail: mail === eml ? 'generated' : mail, compiledDist: compiled, runs };
  const via = compiled ? '' : ' (dist stale: tsx)';
  rows.push({ figure: `startup: hoptrace --version, median ms${via}`, hoptrace: versionMs.toFixed(0), baseline: `target 300; node -e 1: ${nodeMs.toFixed(0)}`, ratio: (versionMs / 300).toFixed(2) });
  rows.push({ figure: `startup: hoptrace extract (one mail), median ms${via}`, hoptrace: extractMs.toFixed(0), baseline: `target 500; node -e 1: ${nodeMs.toFixed(0)}`, ratio: (extractMs / 500).toFixed(2) });
  if (mail !== eml) rows.push({ figure: `startup: hoptrace extract (generated HTML mail), median ms${via}`, hoptrace: extractGeneratedMs.toFixed(0), baseline: `target 500; node -e 1: ${nodeMs.toFixed(0)}`, ratio: (extractGeneratedMs / 500).toFixed(2) });
}

/** `hoptrace serve` on a generated 10,000-visit database: scripts/bench-serve.ts, p50/p95 per route against 200 ms. */
function benchServe() {
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-serve.ts'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', cwd: root });
  try {
    const serve = JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as {
      targetMs: number;
      pivotsColdMs: number;
      figures: { route: string; p50: number; p95: number; cpuP50: number }[];
    };
    results.serve = serve;
    for (const f of serve.figures) {
      rows.push({ figure: `serve: ${f.route} (p50/p95 ms, cpu p50)`, hoptrace: `${f.p50.toFixed(0)}/${f.p95.toFixed(0)} (${f.cpuP50.toFixed(0)})`, baseline: `target ${serve.targetMs}`, ratio: (f.p95 / serve.targetMs).toFixed(2) });
    }
    rows.push({ figure: 'serve: job pivots, first request (cold)', hoptrace: serve.pivotsColdMs.toFixed(0), baseline: `target ${serve.targetMs}`, ratio: (serve.pivotsColdMs / serve.targetMs).toFixed(2) });
  } catch {
    rows.push({ figure: 'serve', hoptrace: `failed: ${out.stderr.split('\n')[0] ?? ''}`, baseline: '', ratio: '' });
  }
}

/** Kit fingerprints: `similar` and `cluster` on a synthetic 100,000-visit store, and fingerprinting's share of a visit's CPU (scripts/bench-similar.ts). */
function benchSimilar() {
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-similar.ts'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', cwd: root });
  try {
    const { similar, cluster, cpu } = JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as {
      similar: { visits: number; p50: number; p95: number; targetMs: number };
      cluster: { visits: number; seconds: number; peakRssMb: number; targetSeconds: number };
      cpu: { visitCpuMs: number; fingerprintCpuMs: number; share: number; target: number };
    };
    results.similar = { similar, cluster, cpu };
    rows.push({ figure: `similar on ${similar.visits} visits (p50/p95 ms)`, hoptrace: `${similar.p50.toFixed(0)}/${similar.p95.toFixed(0)}`, baseline: `target ${similar.targetMs}`, ratio: (similar.p95 / similar.targetMs).toFixed(2) });
    rows.push({ figure: `cluster over ${cluster.visits} visits (s; peak RSS MB)`, hoptrace: `${cluster.seconds.toFixed(1)}; ${cluster.peakRssMb.toFixed(0)}`, baseline: `target ${cluster.targetSeconds}`, ratio: (cluster.seconds / cluster.targetSeconds).toFixed(2) });
    rows.push({ figure: 'fingerprinting CPU per visit (ms, of the visit\'s)', hoptrace: cpu.fingerprintCpuMs.toFixed(0), baseline: `${cpu.visitCpuMs.toFixed(0)}; target 10%`, ratio: (cpu.share / cpu.target).toFixed(2) });
  } catch {
    rows.push({ figure: 'similar', hoptrace: `failed: ${out.stderr.split('\n')[0] ?? ''}`, baseline: '', ratio: '' });
  }
}

/**
 * How promptly a visit ends at its deadline: hostile pages that never finish by themselves (a server
 * that never answers, an endless body, an alert loop, a page allocating until it dies) on the
 * browser engine at an 8 s timeout, each followed by a harmless page. The time past the deadline
 * depends on the machine; the tests (test/hostile/browser-resources.test.ts) only require that the
 * visit ends with its outcome and the next one works.
 */
async function benchDeadline(server: FixtureServer) {
  const TIMEOUT = 8000;
  const silent = await startSilentServer();
  endlessBody(server, 'endless.test', '/');
  server.page('alert.test', '/', '<title>alerts</title><script>for (;;) { alert("infected"); confirm("call now") }</script>');
  server.page('hog.test', '/', '<title>hog</title><script>const a = []; for (;;) a.push(new Array(1e6).fill(Math.random()))</script>');
  server.page('fine.test', '/', '<title>still here</title>');
  const engine = createBrowserEngine();
  const visit = (url: string) => engine.visit({ url, persona, timeoutMs: TIMEOUT, maxHops: 20, bodyLimit: 1 << 20, net: policy });
  const pages: Record<string, string> = {
    silent: `http://silent.test:${silent.port}/`,
    endless: server.url('endless.test', '/'),
    alert: server.url('alert.test', '/'),
    hog: server.url('hog.test', '/'),
  };
  const figures: Record<string, { outcome: string; ms: number; nextMs: number }> = {};
  try {
    await visit(server.url('fine.test', '/'));
    for (const [name, url] of Object.entries(pages)) {
      const s = performance.now();
      const capture = await visit(url);
      const ms = performance.now() - s;
      const n = performance.now();
      await visit(server.url('fine.test', '/'));
      figures[name] = { outcome: capture.outcome, ms, nextMs: performance.now() - n };
    }
  } finally {
    await engine.close();
    await silent.close();
  }
  results.deadline = { timeoutMs: TIMEOUT, pages: figures };
  const worst = Math.max(...Object.values(figures).map((f) => f.ms));
  rows.push({
    figure: `hostile pages at an 8 s timeout (${Object.entries(figures).map(([k, f]) => `${k} ${f.outcome}`).join(', ')}): slowest visit ms`,
    hoptrace: worst.toFixed(0),
    baseline: String(TIMEOUT),
    ratio: (worst / TIMEOUT).toFixed(2),
  });
}

/**
 * Trustworthy visits under load (scripts/bench-stress.ts): the 5-hop stress chain crawled by the CLI
 * at c=8 beside two CPU hogs, and at c=4 without; every visit must land complete.
 */
function benchStress() {
  const runs: [string, string[]][] = [
    ['c=8, two CPU hogs', ['--concurrency', '8', '--hogs', '2']],
    ['c=4, no hogs', ['--concurrency', '4', '--hogs', '0']],
  ];
  results.stress = {};
  for (const [label, args] of runs) {
    const visits = quick ? '16' : '96';
    const out = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-stress.ts'), '--visits', visits, ...args], { encoding: 'utf8', cwd: root });
    try {
      const r = JSON.parse(out.stdout.slice(out.stdout.indexOf('{'))) as { perMinute: number; landedWithTitleAndScreenshot: number; incompleteAfterRetries: number; retries: number; wallMs: number };
      (results.stress as Record<string, unknown>)[label] = r;
      rows.push({
        figure: `stress chain (302, meta, 1.2 s script, 5 s timer), ${visits} visits, ${label}: visits/min; landed complete; retried`,
        hoptrace: `${r.perMinute.toFixed(0)}; ${r.landedWithTitleAndScreenshot}/${visits}; ${r.retries}`,
        baseline: `all ${visits} complete`,
        ratio: (r.landedWithTitleAndScreenshot / Number(visits)).toFixed(2),
      });
    } catch {
      rows.push({ figure: `stress ${label}`, hoptrace: `failed: ${out.stderr.split('\n')[0] ?? ''}`, baseline: '', ratio: '' });
    }
  }
}

const server = await startFixtureServer();
// `--only browser,stress` runs just those sections (names as below).
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1]!.split(',')) : null;
const section = async (name: string, run: () => unknown) => {
  if (!only || only.has(name)) await run();
};
try {
  await section('store', benchStore);
  await section('http', () => benchHttp(server));
  await section('browser', () => benchBrowser(server));
  await section('mail', benchMail);
  await section('startup', benchStartup);
  await section('serve', benchServe);
  await section('similar', benchSimilar);
  await section('misp', benchMisp);
  await section('stress', benchStress);
  await section('queue', benchQueue);
  await section('deadline', () => benchDeadline(server));
  await section('intake', benchIntake);
} finally {
  await server.close();
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['figure', 'hoptrace', 'baseline', 'ratio'], ...rows.map((r) => [r.figure, r.hoptrace, r.baseline, r.ratio])].map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['figure', 'hoptrace', 'baseline', 'ratio']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line([r.figure, r.hoptrace, r.baseline, r.ratio]));
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify({ ...results, rows }, null, 2));
console.log(`\nmachine: ${JSON.stringify(results.machine)}\nwritten: bench-results/bench.json`);
