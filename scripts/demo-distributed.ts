// `npm run demo:distributed`: the sample campaign of `npm run demo`, crawled over the visit queue:
// a redis-server of its own on 127.0.0.1, two `hoptrace worker` processes (each its own Chromium),
// and `hoptrace crawl --queue`, the coordinator and only writer of the database; the same report at the end. Workers
// log one line per visit on stderr; everything started here is stopped before it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startCampaign } from '../test/fixtures/campaign.ts';
import { startRedis } from '../test/fixtures/redis.ts';
import { hoptrace, LOOPBACK, root, writeMails, writeReport } from './demo-common.ts';

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
  console.error(`coordinator: hoptrace crawl --queue ${redis.url}, 2 workers`);
  const crawl = await hoptrace(['crawl', mail, '--queue', redis.url, '--db', db, '--job', JOB, '--persona', 'desktop-ja', '--persona', 'mobile-ja', ...LOOPBACK]);
  if (crawl !== 0) throw new Error(`crawl exited with ${crawl}`);
  await writeReport(JOB, db, outDir);
} finally {
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));
  await redis.stop();
  await campaign.close();
}
