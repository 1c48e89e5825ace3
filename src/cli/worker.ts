// `hoptrace worker --queue URL`: visits for coordinators (`crawl --queue`), under this machine's own
// network policy. SIGTERM or SIGINT: finish the visits in flight and exit; a second signal hands
// them back to the queue at once.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openEngine } from '../jobs/engines.ts';
import { runWorker } from '../queue/worker.ts';
import { collect, parsePositiveInt, UsageError } from './common.ts';
import { DEFAULT_JOB_OPTIONS } from '../records/job-options.ts';
import { DEFAULT_CONCURRENCY, parseEngine, parseNetPolicy } from './crawl-options.ts';
import { parseQueueFlag } from './queue.ts';

interface WorkerFlags {
  queue: string;
  concurrency: number;
  engine: string;
  hostMap: string[];
  mappedOnly?: boolean;
  allowPrivate?: boolean;
  proxy?: string;
  browser?: string;
  name?: string;
  lockDuration: number;
  timeout: number;
  bodyLimit: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take visits from the queue (crawl --queue), visit them here, return the captures')
    .requiredOption('--queue <url>', 'redis://[:password@]host:port[/db] or rediss://…', parseQueueFlag)
    .option('--concurrency <n>', 'visits in flight on this worker', parsePositiveInt('--concurrency'), DEFAULT_CONCURRENCY)
    .option('--engine <engine>', 'browser (Chromium sandbox) or http (HTTP-only follower)', 'browser')
    .option('--host-map <pattern=ip>', 'names this worker resolves by hand; a job may use only these; repeatable', collect, [])
    .option('--mapped-only', 'refuse every host that no --host-map maps, whatever the job says')
    .option('--allow-private', 'let jobs that ask for it reach loopback/private destinations')
    .option('--proxy <url>', "send all of this worker's egress through this upstream proxy")
    .option('--timeout <ms>', "the longest visit a job may ask of this worker; longer ones get this", parsePositiveInt('--timeout'), DEFAULT_JOB_OPTIONS.timeoutMs)
    .option('--body-limit <bytes>', 'the most body bytes per response a job may ask to keep here; more gets this', parsePositiveInt('--body-limit'), DEFAULT_JOB_OPTIONS.bodyLimit)
    .option('--browser <path>', "Chromium binary (else HOPTRACE_CHROMIUM, Playwright's, /usr/bin/chromium)")
    .option('--name <name>', 'worker name in logs and in hoptrace queue (default host-pid)')
    .option('--lock-duration <ms>', 'a visit held by a worker that died goes to another after about twice this', parsePositiveInt('--lock-duration'), 30_000)
    .action(async (flags: WorkerFlags) => {
      const net = parseNetPolicy(flags);
      const engineName = parseEngine(flags.engine);
      if (flags.browser && !existsSync(flags.browser)) throw new UsageError(`--browser: no such file ${flags.browser}`);
      const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      const engine = await openEngine(engineName, { browserPath: flags.browser });
      try {
        const worker = await runWorker({
          queueUrl: flags.queue,
          concurrency: flags.concurrency,
          engine,
          engineName,
          net,
          limits: { timeoutMs: flags.timeout, bodyLimit: flags.bodyLimit },
          name: flags.name,
          lockDurationMs: flags.lockDuration,
          log,
        });
        await new Promise<void>((resolve) => {
          let signals = 0;
          const onSignal = () => void worker.stop({ handBack: ++signals > 1 }).then(resolve);
          process.on('SIGTERM', onSignal);
          process.on('SIGINT', onSignal);
        });
      } finally {
        await engine.close();
      }
    });
}
