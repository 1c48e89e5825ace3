// `hoptrace serve` response times on a generated 10,000-visit database: p50/p95/max per route,
// against the 200 ms target. The database is written with the store's own methods (jobs, mails and
// links, visits with hops, bodies, screenshots and downloads, tokens, cloaking findings and
// registration records), in the temp dir, deleted afterwards. Loopback only: the server listens on
// 127.0.0.1 and the trace's addresses are data, never contacted.
// Prints a table, then the figures as JSON on the last line.
//   Usage: tsx scripts/bench-serve.ts [--quick] [--keep DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { DEFAULT_JOB_OPTIONS } from '../src/records/job-options.ts';
import type { Blob, Category, Hop, Token, Visit } from '../src/model.ts';
import { parseRegistrationText } from '../src/pivot/registration.ts';
import { startServe } from '../src/serve/server.ts';
import { newId, sha256, TraceStore } from '../src/store/store.ts';

const quick = process.argv.includes('--quick');
const keepAt = process.argv.indexOf('--keep');
const VISITS = 10_000;
const RUNS = quick ? 8 : 30;
const TARGET_MS = 200;
const DAY = 86_400_000;
const START = Date.parse('2026-10-01T00:00:00Z');
const CATS: Category[] = ['dating', 'fake-scan', 'credential-phishing', 'prize-scam', 'email-harvest', 'benign', 'unknown'];

/** A solid-colour PNG: enough to be a real image of a real size, written without a library. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from(rgb))]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Generated {
  path: string;
  bigJob: string;
  sample: { visit: string; other: string; tracker: string; ip: string; token: string; sha: string; phone: string; email: string; url: string };
}

/**
 * 10,000 visits in 8 jobs (one of 5,000), over 30 days, of 8 campaigns: each lure passes a click
 * host, a tracker, a fake scan and a meta-refresh page to a landing; halfway through the month the
 * campaigns switch trackers, so the campaign view has changes to find. 2% of the visits are
 * incomplete, some are cloak-checks and retries, 1 in 10 has a screenshot, 1 in 50 a download.
 */
function generate(dir: string): Generated {
  const path = join(dir, 'serve-bench.sqlite');
  const store = TraceStore.open(path);
  const shots: Blob[] = Array.from({ length: 16 }, (_, i) => {
    const data = png(640, 400, [(i * 37) % 256, (i * 91) % 256, (i * 53) % 256]);
    return { sha256: sha256(data), mime: 'image/png', data };
  });
  const sizes = [5000, 900, 800, 800, 700, 700, 600, 500];
  let n = 0;
  let bigJob = '';
  const sample = {} as Generated['sample'];
  for (const [j, size] of sizes.entries()) {
    const job = store.createJob(`bench-${j}`, { ...DEFAULT_JOB_OPTIONS, engine: 'http', personas: ['desktop-ja', 'mobile-ja'] });
    if (j === 0) bigJob = job.id;
    const links = size / 2;
    const tokens: Token[] = [];
    const batch: ({ visit: Visit } & { blobs: Blob[] })[] = [];
    const message = store.addMessage(job.id, {
      source: `bench-${j}.mbox#1`, messageId: `<bench-${j}@mail.test>`, subject: `bench ${j}`, date: null,
      from: { address: 'support@mail.test', name: 'Support' }, recipients: [], sender: { findings: [] }, errors: [],
      links: Array.from({ length: links }, (_, l) => {
        const c = (j + l) % 8;
        const token = Buffer.from(`user${j}-${l}@example.jp`).toString('base64url');
        return { url: `http://click.camp${c}.test/c?u=${token}&cid=spring${c}`, wrappedUrl: null, text: 'open', kind: 'anchor' as const, refused: null, visitable: true, recipients: [`user${j}-${l}@example.jp`] };
      }),
    });
    for (const [l, link] of message.links.entries()) {
      const c = (j + l) % 8;
      const token = new URL(link.url).searchParams.get('u')!;
      for (const persona of ['desktop-ja', 'mobile-ja']) {
        const i = n++;
        const at = START + Math.floor((i / VISITS) * 30 * DAY) + (persona === 'mobile-ja' ? 1000 : 0);
        const late = at > START + 15 * DAY;
        const t = (k: number) => new Date(at + k * 300).toISOString();
        const hosts = [`click.camp${c}.test`, late ? `trk2.adnet${c}.test` : `track.adnet${c}.test`, `scan.virus${c}.test`, `go.virus${c}.test`, `www.landing${c}.test`];
        const body = Buffer.from(`<html><title>landing ${c}</title><body>${'出会い '.repeat(30)} ${i}</body></html>`);
        const hash = sha256(body);
        const hops: Hop[] = hosts.map((h, s) => ({
          seq: s, branch: 0, url: s === 0 ? link.url : `http://${h}/${['c', 'r', 'scan', 'next', ''][s]}?u=${token}`, method: 'GET',
          status: s < 2 ? 302 : 200, cause: (['initial', 'http', 'http', 'script', 'meta-refresh'] as const)[s],
          serverIp: `127.0.${c}.${s + 1}`, contentType: 'text/html', bodySha256: s === 4 ? hash : null, blocked: null,
          startedAt: t(s), durationMs: 40 + s, setCookies: [],
        }));
        const shot = i % 10 === 0 ? shots[i % shots.length]! : null;
        const download = i % 50 === 0 ? Buffer.from(`MZ fake sample ${i}`) : null;
        const category = CATS[(c + (persona === 'mobile-ja' ? 2 : 0)) % CATS.length]!;
        const visit: Visit = {
          id: newId('v-'), jobId: job.id, linkId: link.id, url: link.url, persona, engine: 'http', replayOf: null, decoy: false,
          startedAt: t(0), finishedAt: t(6), outcome: 'ok', error: null,
          purpose: i % 97 === 0 ? 'cloak-check' : i % 89 === 0 ? 'retry' : 'primary', attempt: i % 89 === 0 ? 2 : 1,
          incomplete: i % 50 === 7 ? 'navigation still scheduled at the deadline' : null,
          hops,
          final: { url: hops[4]!.url, status: 200, title: `landing ${c} <b>${i}</b>`, category, evidence: [{ rule: `${category}.words`, detail: 'matched' }], textExcerpt: '出会い', screenshot: shot?.sha256 ?? null },
          downloads: download ? [{ url: `http://dl.virus${c}.test/a.exe`, filename: 'invoice.exe', mime: 'application/x-msdownload', size: download.length, sha256: sha256(download) }] : [],
        };
        const blobs: Blob[] = [{ sha256: hash, mime: 'text/html', data: body }];
        if (shot) blobs.push(shot);
        if (download) blobs.push({ sha256: sha256(download), mime: 'application/octet-stream', data: download });
        batch.push({ visit, blobs });
        if (j === 0 && l === 10 && persona === 'desktop-ja') {
          Object.assign(sample, { visit: visit.id, tracker: hosts[1], ip: hops[1]!.serverIp, token, sha: hash, url: `/scan?u=${token.slice(0, 12)}` });
        }
        if (j === 0 && l === 10 && persona === 'mobile-ja') sample.other = visit.id;
      }
      tokens.push(
        { jobId: job.id, linkId: link.id, url: link.url, component: 'query:u', value: token, kind: 'per-recipient', format: 'base64url', recipient: `user${j}-${l}@example.jp`, derivation: 'base64url(email)', seenOnHosts: [`click.camp${c}.test`, `track.adnet${c}.test`] },
        { jobId: job.id, linkId: link.id, url: link.url, component: 'query:cid', value: `spring${c}`, kind: 'campaign', format: 'opaque', recipient: null, derivation: null, seenOnHosts: [`click.camp${c}.test`] },
      );
      if (batch.length >= 500) store.saveVisits(batch.splice(0));
    }
    store.saveVisits(batch);
    store.saveTokens(job.id, tokens);
    const visits = store.listVisits(job.id);
    store.saveCloaking(
      job.id,
      message.links.filter((_, l) => l % 5 === 0).map((link) => {
        const pair = visits.filter((v) => v.linkId === link.id);
        return { jobId: job.id, linkId: link.id, url: link.url, divergesAt: 1, personas: pair.map((v) => ({ persona: v.persona, visitId: v.id, finalUrl: v.final?.url ?? null, category: v.final?.category ?? null })) };
      }),
    );
    store.setJobStatus(job.id, 'done');
  }
  // One operator per campaign behind its tracker and fake-scan domains, as imported WHOIS records.
  for (let c = 0; c < 8; c++) {
    for (const domain of [`adnet${c}.test`, `virus${c}.test`]) {
      const raw = `Domain Name: ${domain}\nRegistrar: Example Registrar\nRegistrant Name: Operator ${c}\nRegistrant Phone: +81.3123456${c}0\nRegistrant Email: ops${c}@mail.test\n`;
      const parsed = parseRegistrationText(raw);
      store.putRegistration({ domain, fetchedAt: new Date(START).toISOString(), source: 'import:bench', raw, parsed });
    }
  }
  sample.phone = '+81 3-1234-5600';
  sample.email = 'ops0@mail.test';
  store.checkpoint();
  store.close();
  return { path, bigJob, sample };
}

/**
 * One request: wall time, and the CPU time this process spent on it (server and client share the
 * process). On a machine shared with other work the wall time waits for a core; the CPU time does not.
 */
function get(base: string, path: string): Promise<{ status: number; ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const req = request(`${base}${path.replace(/^\//, '')}`, { headers: { accept: 'text/html' } }, (res) => {
      res.resume();
      res.on('end', () => {
        const cpu = process.cpuUsage(c0);
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** How many visits a search found: a search timed on no results would prove nothing. */
function searchTotal(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${base}api${path}`, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve((JSON.parse(body) as { page: { total: number } }).page.total));
    })
      .on('error', reject)
      .end();
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const dir = mkdtempSync(join(tmpdir(), 'hoptrace-serve-bench-'));
try {
  const t0 = performance.now();
  const { path, bigJob, sample } = generate(keepAt > 0 ? process.argv[keepAt + 1]! : dir);
  const generatedIn = (performance.now() - t0) / 1000;
  const server = await startServe({ db: path, host: '127.0.0.1', port: 0, token: null });
  const job = `/jobs/${bigJob}`;
  const routes: [string, string][] = [
    ['jobs list', '/'],
    ['job, first page (5,000 visits)', job],
    ['job, page 80', `${job}?page=80`],
    ['job, filtered by category and persona', `${job}?category=dating&persona=mobile-ja`],
    ['job, filtered by host', `${job}?host=${sample.tracker}`],
    ['job tokens', `${job}/tokens?page=20`],
    ['job cloaked links', `${job}/cloaking`],
    ['visit', `/visits/${sample.visit}`],
    ['diff', `/diff?a=${sample.visit}&b=${sample.other}`],
    ['compare with… (picker)', `/diff?a=${sample.visit}`],
    ['search host', `/search?q=${sample.tracker}`],
    ['search domain', `/search?q=${sample.tracker.split('.').slice(1).join('.')}`],
    ['search IP', `/search?q=${sample.ip}`],
    ['search URL part', `/search?q=${encodeURIComponent(sample.url)}`],
    ['search token value', `/search?q=${sample.token}`],
    ['search category', '/search?q=dating'],
    ['search registrant phone', `/search?q=${encodeURIComponent(sample.phone)}`],
    ['search registrant e-mail', `/search?q=${encodeURIComponent(sample.email)}`],
    ['search sha256', `/search?q=${sample.sha}`],
    ['campaign over time', `/campaign?visit=${sample.visit}`],
    ['JSON: job', `/api${job}`],
    ['JSON: search', `/api/search?q=${sample.tracker}`],
  ];
  const figures: { route: string; path: string; p50: number; p95: number; max: number; cpuP50: number; status: number; found?: number }[] = [];
  // The pivot reads every visit's responses once, then answers from its cache until the data changes.
  const cold = await get(server.url, `${job}/pivots`);
  const pivotWarm: number[] = [];
  const pivotCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await get(server.url, `${job}/pivots`);
    pivotWarm.push(r.ms);
    pivotCpu.push(r.cpuMs);
  }
  for (const [route, p] of routes) {
    const times: number[] = [];
    const cpu: number[] = [];
    let status = 0;
    await get(server.url, p);
    for (let i = 0; i < RUNS; i++) {
      const r = await get(server.url, p);
      status = r.status;
      times.push(r.ms);
      cpu.push(r.cpuMs);
    }
    const found = p.startsWith('/search') ? await searchTotal(server.url, p) : undefined;
    figures.push({ route, path: p, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times), cpuP50: pct(cpu, 50), status, ...(found === undefined ? {} : { found }) });
  }
  figures.push({ route: 'job pivots, cached (first, cold: see below)', path: `${job}/pivots`, p50: pct(pivotWarm, 50), p95: pct(pivotWarm, 95), max: Math.max(...pivotWarm), cpuP50: pct(pivotCpu, 50), status: cold.status });
  await server.close();

  const w = Math.max(...figures.map((f) => f.route.length));
  console.log(`database: ${VISITS} visits in 8 jobs (largest 5,000), generated in ${generatedIn.toFixed(1)} s; ${RUNS} requests per route; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  console.log(`${'route'.padEnd(w)}  status  p50 ms  p95 ms  max ms  cpu p50 ms  visits found`);
  for (const f of figures) {
    const found = f.found === undefined ? ''.padStart(12) : String(f.found).padStart(12);
    const cells = [f.p50, f.p95, f.max].map((x) => x.toFixed(1).padStart(6)).join('  ');
    console.log(`${f.route.padEnd(w)}  ${String(f.status).padStart(6)}  ${cells}  ${f.cpuP50.toFixed(1).padStart(10)}  ${found}${f.p95 > TARGET_MS ? '  over target' : ''}`);
  }
  console.log(`job pivots, cold (first request after start or a write): ${cold.ms.toFixed(0)} ms`);
  console.log(JSON.stringify({ visits: VISITS, runs: RUNS, targetMs: TARGET_MS, pivotsColdMs: cold.ms, figures }));
} finally {
  if (keepAt < 0) rmSync(dir, { recursive: true, force: true });
}
