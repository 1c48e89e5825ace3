// CPU-seconds per visit of the browser engine against bare Playwright on the 4-hop chain of
// bench-chain.ts, on loopback only. On a shared machine wall-clock throughput is noise; the CPU a
// visit costs (this node process and every Chromium process it starts) is not.
//   npx tsx scripts/bench-browser-cpu.ts [--rounds 3] [--visits 24] [--concurrency 4] [--sides hoptrace,bare,setup] [--by-process] [--poll]
// Rounds alternate the sides. Each run launches its browser, warms it with two visits, then
// counts the CPU of the measured visits and of closing the browser: this process and every
// Chromium process, renderers of closed contexts included, through a cgroup (see cpu-meter.ts:
// the children's times of this process miss the renderers and the GPU process, whose zygote init
// reaps; --poll counts by polling /proc, as where no cgroup can be made). --by-process adds each run's CPU per visit by Chromium process type (polled /proc).
// The fixture server runs in a child process of its own, outside the count.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import PQueue from 'p-queue';
import { chromium } from 'playwright';
import { createBrowserEngine } from '../src/engines/browser/engine.ts';
import { contextOptionsFor } from '../src/engines/browser/identity.ts';
import { findChromium, launchChromium } from '../src/engines/browser/launch.ts';
import { startEgressProxy } from '../src/net/egress.ts';
import { recordCapture } from '../src/jobs/visit-stage.ts';
import { loadRules } from '../src/classify/rules.ts';
import type { NetPolicy } from '../src/net/policy.ts';
import { getPersona } from '../src/personas.ts';
import { DEFAULT_JOB_OPTIONS } from '../src/records/job-options.ts';
import { newId, TraceStore } from '../src/store/store.ts';
import { startFixtureServer } from '../test/fixtures/server.ts';
import { BASELINE_ARGS, bareVisit, chain } from './bench-chain.ts';
import { startCpuMeter } from './cpu-meter.ts';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};

if (process.argv.includes('--serve')) {
  const server = await startFixtureServer();
  process.send!(chain(server, 'cpu'));
  // The fixture server lives as long as the bench that started it, even one that failed.
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

interface Run {
  side: string;
  cpuPerVisit: number;
  nodePerVisit: number;
  wallPerVisit: number;
  incomplete: number;
  byProcess?: Record<string, number>;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const rounds = Number(arg('rounds', quick ? '1' : '3'));
  const visits = Number(arg('visits', quick ? '8' : '24'));
  const concurrency = Number(arg('concurrency', '4'));
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], { execArgv: process.execArgv, stdio: 'inherit' });
  const { start, final } = await new Promise<{ start: string; final: string }>((r) => child.once('message', (m) => r(m as never)));
  const meter = startCpuMeter([child.pid!], process.argv.includes('--poll') ? 'poll' : 'cgroup');
  const byProcess = process.argv.includes('--by-process');
  const executablePath = findChromium();
  const policy: NetPolicy = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
  const persona = getPersona('desktop-ja');
  const rules = loadRules();
  const store = TraceStore.open(':memory:');
  const job = store.createJob('bench', DEFAULT_JOB_OPTIONS);

  const measure = async (side: string, setup: () => Promise<{ visit: () => Promise<boolean>; close: () => Promise<void> }>): Promise<Run> => {
    const s = await setup();
    for (let i = 0; i < 2; i++) await s.visit();
    if (byProcess) meter.byProcess.start();
    const c0 = meter.read();
    const n0 = process.cpuUsage();
    const t0 = performance.now();
    const q = new PQueue({ concurrency });
    let incomplete = 0;
    await Promise.all(Array.from({ length: visits }, () => q.add(async () => void ((await s.visit()) || incomplete++))));
    const wall = (performance.now() - t0) / 1000;
    const node = process.cpuUsage(n0);
    await s.close();
    const cpu = meter.read() - c0;
    const by = byProcess ? meter.byProcess.stop() : null;
    return {
      side,
      cpuPerVisit: cpu / visits,
      nodePerVisit: (node.user + node.system) / 1e6 / visits,
      wallPerVisit: wall / visits,
      incomplete,
      ...(by ? { byProcess: Object.fromEntries(Object.entries({ ...by, node: (node.user + node.system) / 1e6 }).map(([k, v]) => [k, +(v / visits).toFixed(3)])) } : {}),
    };
  };

  const hoptrace = () =>
    measure('hoptrace', async () => {
      const engine = createBrowserEngine({ executablePath });
      return {
        visit: async () => {
          const capture = await engine.visit({ url: start, persona, timeoutMs: 30000, maxHops: 20, bodyLimit: 1 << 20, net: policy });
          await recordCapture(
            { id: newId('v-'), jobId: job.id, linkId: null, url: start, persona, replayOf: null, decoy: false, purpose: 'primary', attempt: 1, retryOf: null },
            capture,
            { store, engineName: 'browser', rules },
          );
          const landing = capture.snapshots.find((sn) => sn.branch === 0);
          // complete: the landing reached, read, screenshotted, every hop with a cause and status
          return (
            capture.incomplete === null &&
            capture.hops.filter((h) => h.branch === 0).at(-1)?.url === final &&
            capture.hops.filter((h) => h.branch === 0).length === 4 &&
            capture.hops.every((h) => h.cause && h.status !== null) &&
            landing?.title === 'landing' &&
            landing.screenshot !== null
          );
        },
        close: () => engine.close(),
      };
    });
  const bare = () =>
    measure('bare', async () => {
      const browser = await chromium.launch({ executablePath, args: BASELINE_ARGS });
      return {
        visit: () => bareVisit(browser, start, final).then(() => true),
        close: () => browser.close(),
      };
    });

  // hoptrace's own browser set-up without its recording: its launch flags, the persona's context
  // and the egress proxy, then a bare visit. What hoptrace costs beyond this is the recording.
  const setup = () =>
    measure('setup', async () => {
      const egress = await startEgressProxy(policy);
      const b = await launchChromium({ executablePath });
      return {
        visit: () => bareVisit(b.browser, start, final, { ...contextOptionsFor(persona), proxy: { server: egress.url } }).then(() => true),
        close: async () => {
          await b.close();
          await egress.close();
        },
      };
    });

  const runs: Run[] = [];
  const sides = { hoptrace, bare, setup };
  const chosen = arg('sides', 'hoptrace,bare').split(',') as (keyof typeof sides)[];
  for (let r = 0; r < rounds; r++) {
    // alternating: each side runs first in every other round
    const order = r % 2 === 0 ? chosen : [...chosen].reverse();
    for (const name of order) {
      const res = await sides[name]();
      runs.push(res);
      console.log(JSON.stringify({ round: r, ...res, load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0] }));
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const summary: Record<string, unknown> = { visits, concurrency, rounds, meter: meter.source };
  for (const side of chosen) {
    const mine = runs.filter((r) => r.side === side);
    if (!mine.length) continue;
    summary[side] = {
      cpuPerVisit: +median(mine.map((r) => r.cpuPerVisit)).toFixed(3),
      nodePerVisit: +median(mine.map((r) => r.nodePerVisit)).toFixed(3),
      wallPerVisit: +median(mine.map((r) => r.wallPerVisit)).toFixed(3),
      incomplete: mine.reduce((n, r) => n + r.incomplete, 0),
    };
  }
  console.log(JSON.stringify(summary));
  meter.close();
  child.kill();
}
