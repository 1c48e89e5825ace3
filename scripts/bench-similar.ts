// Kit fingerprints at scale (issue 27), two figures:
//   similar: query time of `similar` (in process, store opened read-only as the command opens it) on
//     a synthetic 100,000-visit store: 2,000 kit families of 50 visits each, every visit a variant of
//     its family (TLSH digits and dHash bits changed, its own body hash), plus libraries every page
//     loads and a handful of server header sets; p50/p95 over random targets against 200 ms.
//   serve: on the same store, `hoptrace serve`'s visit page with its similar pages.
//   cluster: `cluster` over every visit of the same store (as serve's /families runs it): seconds,
//     families and the process's peak resident memory; target under 60 s.
//   cpu: the CPU fingerprinting adds to a visit: real browser visits of wild-corpus kit pages by the
//     real CLI (hoptrace and Chromium processes, /proc/self/stat's children times), against the CPU
//     of fingerprintVisit on the same stored pages, responses and screenshots; target under 10%.
// Loopback only. Prints a table, then the figures as JSON on the last line.
//   Usage: tsx scripts/bench-similar.ts [--quick] [--keep DIR] [--only similar,serve,cluster,cpu]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWildEntries } from '../src/classify/evaluate.ts';
import { fingerprintPage } from '../src/fingerprint/page.ts';
import { fingerprintRows } from '../src/fingerprint/rows.ts';
import { clusterIn, similarIn } from '../src/fingerprint/query.ts';
import { fingerprintVisit } from '../src/fingerprint/visit.ts';
import { markupOf } from '../src/jobs/visit-stage.ts';
import { DEFAULT_JOB_OPTIONS } from '../src/records/job-options.ts';
import type { FingerprintRow, PageFingerprints, Visit } from '../src/model.ts';
import { sha256, TraceStore } from '../src/store/store.ts';
import { snapshotFromHtml } from '../src/page/snapshot.ts';
import { ServeData } from '../src/serve/data.ts';
import { servedPages, startWildServer } from '../test/fixtures/wild-server.ts';
import { hoptrace } from '../test/fixtures/cli.ts';

const quick = process.argv.includes('--quick');
const VISITS = 100_000;
const FAMILY_SIZE = 50;
const QUERIES = quick ? 20 : 100;
const TARGET_MS = 200;
const root = fileURLToPath(new URL('..', import.meta.url));
const WILD = join(root, 'test', 'wild');

let seed = 27;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const hex = (n: number) => Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(rand() * 16)]).join('');
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** A family's markup fingerprinted for real, so its TLSH digest is one TLSH made. */
async function familyBase(f: number): Promise<PageFingerprints> {
  const html = `<html><head><title>Kit ${f}</title></head><body>${Array.from({ length: 20 + (f % 17) }, (_, i) => `<div class="k${f}-${i}"><p>step ${i * f} of kit ${f}: verify ${hex(6)}</p><input name="f${i}"></div>`).join('')}</body></html>`;
  return fingerprintPage({ ...snapshotFromHtml(html, { url: `http://kit${f}.test/`, status: 200 }), html }, [], () => null);
}

function variant(base: PageFingerprints, f: number, i: number): PageFingerprints {
  const tlsh = base.tlsh ? [...base.tlsh].map((c, k) => (k > 6 && rand() < 0.04 ? '0123456789ABCDEF'[Math.floor(rand() * 16)] : c)).join('') : null;
  let phash = BigInt(`0x${sha256(`family ${f}`).slice(0, 16)}`);
  for (let b = 0; b < 3; b++) phash ^= 1n << BigInt(Math.floor(rand() * 64));
  return {
    ...base,
    tlsh,
    sha256: sha256(`visit ${f} ${i}`),
    phash: phash.toString(16).padStart(16, '0'),
    hhhash: `hhh:1:${sha256(`server ${i % 5}`)}`,
    resources: [sha256('jquery'), sha256('bootstrap'), sha256(`kit ${f} logo`), sha256(`kit ${f} js`), sha256(`kit ${f} css`)],
    favicon: { sha256: sha256(`icon ${f % 300}`), mmh3: f % 300 },
    trackerIds: [`google-gtm:GTM-${f.toString(36).toUpperCase()}`],
  };
}

/** The synthetic store, written with the store's own methods; returns the seconds it took. */
async function buildStore(db: string, families: number): Promise<number> {
  const store = TraceStore.open(db);
  const job = store.createJob('synthetic', DEFAULT_JOB_OPTIONS);
  const built = performance.now();
  for (let f = 0; f < families; f++) {
    const base = await familyBase(f);
    const items: { visit: Visit; fingerprints: FingerprintRow[] }[] = [];
    for (let i = 0; i < FAMILY_SIZE; i++) {
      const id = `v-${f}-${i}`;
      const at = new Date(Date.UTC(2026, 9, 1) + (f * FAMILY_SIZE + i) * 1000).toISOString();
      items.push({
        visit: { id, jobId: job.id, linkId: null, url: `http://k${f}-${i}.test/login`, persona: 'desktop-ja', engine: 'browser', replayOf: null, decoy: false, startedAt: at, finishedAt: at, outcome: 'ok', error: null, hops: [], final: null, downloads: [] },
        fingerprints: fingerprintRows(0, variant(base, f, i)),
      });
    }
    store.saveVisits(items);
  }
  store.close();
  return (performance.now() - built) / 1000;
}

async function benchQueries(dir: string) {
  const db = join(dir, 'similar.sqlite');
  const families = VISITS / FAMILY_SIZE;
  const buildS = existsSync(db) ? 0 : await buildStore(db, families);
  const reader = TraceStore.open(db, { readonly: true });
  const times: number[] = [];
  let found = 0;
  for (let q = 0; q < QUERIES; q++) {
    const target = `v-${Math.floor(rand() * families)}-${Math.floor(rand() * FAMILY_SIZE)}`;
    const t = performance.now();
    const answer = await similarIn(reader, target, { minScore: 0.5, limit: 20 });
    times.push(performance.now() - t);
    found += answer.matches.length;
  }
  reader.close();
  return { visits: VISITS, families, buildSeconds: buildS, queries: QUERIES, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times), meanMatches: found / QUERIES, targetMs: TARGET_MS };
}

/** serve's visit page, similar pages included, on the same store. */
function benchServe(dir: string) {
  const reader = TraceStore.open(join(dir, 'similar.sqlite'), { readonly: true });
  const data = new ServeData(reader);
  const times: number[] = [];
  let matches = 0;
  for (let q = 0; q < QUERIES; q++) {
    const target = `v-${Math.floor(rand() * (VISITS / FAMILY_SIZE))}-${Math.floor(rand() * FAMILY_SIZE)}`;
    const t = performance.now();
    matches += data.visitPage(target).similar.length;
    times.push(performance.now() - t);
  }
  reader.close();
  return { visitPages: QUERIES, meanSimilar: matches / QUERIES, visitP50: percentile(times, 0.5), visitP95: percentile(times, 0.95), visitMax: Math.max(...times) };
}

/** `cluster` over every job of the store, as `hoptrace cluster` and serve's /families run it. */
function benchCluster(dir: string) {
  const reader = TraceStore.open(join(dir, 'similar.sqlite'), { readonly: true });
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const { families } = clusterIn(reader, []);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - t) / 1000;
  reader.close();
  // maxRSS is in kB and covers the whole process (the similar and serve runs before it included).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  return { visits: VISITS, seconds, cpuSeconds: (used.user + used.system) / 1e6, families: families.length, largest: families[0]?.visits.length ?? 0, inFamilies: families.reduce((n, f) => n + f.visits.length, 0), rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: peakMb, targetSeconds: 60 };
}

/** CPU seconds of this process's waited-for children (and theirs): /proc/self/stat cutime + cstime. */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

async function benchCpu(dir: string) {
  const kits = loadWildEntries(WILD).filter((e) => e.label === 'credential-phishing').slice(0, quick ? 4 : 12);
  const wild = await startWildServer(servedPages(kits, WILD), WILD);
  const db = join(dir, 'cpu.sqlite');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true }); // a kept dir's earlier run
  const before = childCpuSeconds();
  // Asynchronously: the wild server in this process answers while the crawl runs.
  const r = await hoptrace(['crawl', ...kits.map((k) => wild.crawlUrl(k.url)), '--host-map', '*=127.0.0.1', '--mapped-only', '--db', db, '--job', 'cpu']);
  const crawlCpu = childCpuSeconds() - before;
  await wild.close();
  if (r.code !== 0) throw new Error(`crawl failed: ${r.stderr.split('\n')[0]}`);
  const store = TraceStore.open(db, { readonly: true });
  const visits = store.listVisits(store.findJob('cpu')!.id).filter((v) => v.outcome === 'ok' && v.branchFinals?.length);
  const bodyOf = (sha: string) => store.getBlob(sha);
  const inputs = visits.map((v) => ({ pages: (v.branchFinals ?? []).map((s) => ({ ...s, html: markupOf(s, v.hops, bodyOf) })), v, responses: store.getResponses(v.id) }));
  const rounds = 3;
  const t = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const x of inputs) await fingerprintVisit(x.pages, x.v.downloads, x.responses, bodyOf);
  const used = process.cpuUsage(t);
  store.close();
  const fpPerVisitMs = (used.user + used.system) / 1000 / rounds / visits.length;
  const visitCpuMs = (crawlCpu * 1000) / kits.length;
  return { visits: visits.length, visitCpuMs, fingerprintCpuMs: fpPerVisitMs, share: fpPerVisitMs / visitCpuMs, target: 0.1 };
}

// --keep DIR keeps (and reuses) the synthetic store there.
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1]! : null;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(join(tmpdir(), 'hoptrace-bench-similar-'));
// --only NAME,… runs some sections (the store is built by whichever needs it first).
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1]!.split(',')) : null;
const wanted = (name: string) => !only || only.has(name);
try {
  const similar = wanted('similar') || !existsSync(join(dir, 'similar.sqlite')) ? await benchQueries(dir) : null;
  const serve = wanted('serve') ? benchServe(dir) : null;
  const cluster = wanted('cluster') ? benchCluster(dir) : null;
  const cpu = wanted('cpu') ? await benchCpu(dir) : null;
  if (similar) console.log(`similar on ${similar.visits} visits (${similar.families} families; store built in ${similar.buildSeconds.toFixed(0)} s): p50 ${similar.p50.toFixed(1)} ms, p95 ${similar.p95.toFixed(1)} ms, max ${similar.max.toFixed(1)} ms, ${similar.meanMatches.toFixed(1)} matches per query (target ${TARGET_MS} ms)`);
  if (serve) console.log(`serve: a visit page with its similar pages (${serve.meanSimilar.toFixed(1)} on average) p50 ${serve.visitP50.toFixed(1)} ms, p95 ${serve.visitP95.toFixed(1)} ms, max ${serve.visitMax.toFixed(1)} ms`);
  if (cluster) console.log(`cluster over ${cluster.visits} visits: ${cluster.seconds.toFixed(1)} s (${cluster.cpuSeconds.toFixed(1)} s of CPU), ${cluster.families} families (largest ${cluster.largest}, ${cluster.inFamilies} visits in families), peak RSS ${cluster.peakRssMb.toFixed(0)} MB (target ${cluster.targetSeconds} s)`);
  if (cpu) console.log(`fingerprinting: ${cpu.fingerprintCpuMs.toFixed(1)} ms CPU per visit of ${cpu.visitCpuMs.toFixed(0)} ms (hoptrace + Chromium, ${cpu.visits} kit pages): ${(cpu.share * 100).toFixed(1)}% (target under 10%)`);
  console.log(JSON.stringify({ similar, serve, cluster, cpu }));
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
