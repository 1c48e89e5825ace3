// What `ingest` and `spamtrap` share: the job their mail goes into (created on first run, continued
// after a restart), `--crawl` with the usual crawl flags, and the lines they print.
import type { Command } from 'commander';
import { CrawlAsItComes } from '../ingest/crawl-as-it-comes.ts';
import { openEngine } from '../jobs/engines.ts';
import type { Job, Message } from '../model.ts';
import type { TraceStore } from '../store/store.ts';
import { collect, DEFAULT_DB, log, openStore, parseCount, parsePositiveInt } from './common.ts';
import { crawlOptionsOf } from './crawl.ts';
import { addNetFlags, DEFAULT_CONCURRENCY, jobOptionsFromFlags, resumeOptions, type JobFlags } from './crawl-options.ts';
import { openCrawlQueue, parseQueueFlag } from './queue.ts';
import { clean } from './views/terminal.ts';

export interface IntakeFlags extends JobFlags {
  db: string;
  job?: string;
  crawl?: boolean;
  queue?: string;
}

export function addIntakeFlags(cmd: Command): Command {
  return addNetFlags(
    cmd
      .option('--db <file>', 'trace database', DEFAULT_DB)
      .option('--job <name>', 'the job the mail goes into (continued when it exists)')
      .option('--recipient-header <name>', 'another header that names the recipient; repeatable', collect, [])
      .option('--crawl', 'visit the links of each new mail at once (with the crawl flags below)')
      .option('--concurrency <n>', 'visits in flight', parsePositiveInt('--concurrency'), DEFAULT_CONCURRENCY)
      .option('--retries <n>', 're-visit an incomplete visit in a fresh context up to N times', parseCount('--retries'), 1)
      .option('--decoy', "replace recipient-derived tokens by the persona's decoy identity before visiting")
      .option('--cloak-check', 'also re-visit each link with the first persona, to tell cloaking from noise')
      .option('--queue <url>', 'with --crawl: visits go to `hoptrace worker`s over Redis; this process stays the only writer', parseQueueFlag),
  );
}

export interface Intake {
  store: TraceStore;
  job: Job;
  /** Called for each newly stored mail: prints it and, with --crawl, crawls it. */
  stored(message: Message): void;
  close(): Promise<void>;
}

/**
 * Opens the database and the job (a job that exists is continued: its crawl options change only
 * where a flag given now says so, and the change is recorded with the job), and with --crawl the
 * engine. After a restart the first crawl round makes whatever visits the job still owes.
 */
export async function openIntake(flags: IntakeFlags, defaultJob: string, given: (option: string) => boolean, signal: AbortSignal): Promise<Intake> {
  const store = openStore(flags.db);
  let crawler: CrawlAsItComes | null = null;
  try {
    const name = flags.job ?? defaultJob;
    const found = store.findJob(name);
    let job: Job;
    if (found) {
      const options = resumeOptions(found.options, flags, given, true);
      if (options !== found.options) store.setJobOptions(found.id, options);
      job = { ...found, options };
      store.setJobStatus(job.id, 'running');
    } else {
      job = store.createJob(name, jobOptionsFromFlags(flags, { paths: [], urls: [] }));
    }
    if (flags.crawl) {
      const engine = flags.queue ? openCrawlQueue(flags.queue, store, job) : await openEngine(job.options.engine, { browserPath: flags.browser });
      crawler = new CrawlAsItComes(store, job, engine, crawlOptionsOf(job.options, Boolean(flags.queue), given('concurrency')), {
        signal,
        log,
        onRound: (s) => process.stdout.write(`crawled ${clean(s.job.name)}: ${s.messages} messages, ${s.visits} visits\n`),
      });
      crawler.kick();
    }
    return {
      store,
      job,
      stored(m) {
        process.stdout.write(`stored ${m.id} ${clean(m.source)} (${m.links.length} links)\n`);
        crawler?.kick();
      },
      async close() {
        try {
          await crawler?.close();
        } finally {
          store.close();
        }
      },
    };
  } catch (err) {
    store.close();
    throw err;
  }
}

/** Ctrl-C or SIGTERM stops taking mail and lets what is in flight finish. */
export function stopSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}
