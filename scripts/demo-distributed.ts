// `npm run demo:distributed`: the sample campaign of `npm run demo`, crawled over the visit queue:
// a redis-server of its own on 127.0.0.1, two `hoptrace worker` processes (each its own Chromium),
// and a coordinator that is the only writer of the database; the same report at the end. Workers
// log one line per visit on stderr; everything started here is stopped before it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadRules } from '../src/classify/rules.ts';
import { DEFAULT_JOB_OPTIONS } from '../src/job-options.ts';
import { analyzeJobTokens, ingest, runCrawl } from '../src/jobs/crawl.ts';
import { getPersona } from '../src/personas.ts';
import { openCrawlQueue } from '../src/cli/queue.ts';
import { formatCrawlSummary } from '../src/cli/views/summary.ts';
import { TraceStore } from '../src/store/store.ts';
import { startCampaign } from '../test/fixtures/campaign.ts';
import { startRedis } from '../test/fixtures/redis.ts';
import { LOOPBACK, root, writeMails, writeReport } from './demo-common.ts';

const outDir = join(root, 'crawls', 'demo-distributed');
const db = join(outDir, 'demo.sqlite');
const JOB = 'demo-distributed';

function startWorker(queueUrl: string, name: string): ChildProcess {
  const child = spawn(process.execPath, [join(root, 'bin', 'hoptrace.js'), 'worker', '--queue', queueUrl, '--concurrency', '2', ...LOOPBACK, '--name', name], {
    stdio: ['ignore', 'inherit', 'pipe'],
    cwd: root,
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(d.toString().replace(/^(?=.)/gm, `[${name}] `)));
  return child;
}

const campaign = await startCampaign();
const redis = await startRedis();
const workers = [startWorker(redis.url, 'worker-1'), startWorker(redis.url, 'worker-2')];
try {
  const mail = writeMails(outDir, campaign);
  const net = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
  const personas = [getPersona('desktop-ja'), getPersona('mobile-ja')];
  const store = TraceStore.open(db);
  const job = store.createJob(JOB, { ...DEFAULT_JOB_OPTIONS, inputs: [mail], personas: personas.map((p) => p.name), net });
  const inputErrors = await ingest(store, job, { paths: [mail], urls: [] }, {});
  analyzeJobTokens(store, job.id);
  console.error(`coordinator: queue ${redis.url}, 2 workers`);
  const engine = openCrawlQueue(redis.url, store, job);
  try {
    const opts = { ...DEFAULT_JOB_OPTIONS, personas, net, rules: loadRules(), concurrency: 4 };
    const summary = await runCrawl(store, job, engine, opts, {}, inputErrors);
    process.stdout.write(formatCrawlSummary(summary, db));
  } finally {
    await engine.close();
    store.close();
  }
  await writeReport(JOB, db, outDir);
} finally {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  await redis.stop();
  await campaign.close();
}
