// `hoptrace crawl INPUT…`: a crawl job. Parse flags once, ingest, visit, print a summary.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Job, JobOptions } from '../model.ts';
import { analyzeJobTokens, ingest, runCrawl, type CrawlOptions, type CrawlSummary } from '../jobs/crawl.ts';
import { openEngine } from '../jobs/engines.ts';
import { InputError } from '../errors.ts';
import { abortOnSignals, collect, DEFAULT_DB, log, openStore, printJson, UsageError } from './common.ts';
import { clean } from './views/terminal.ts';
import { addNetFlags, addVisitFlags, jobOptionsFromFlags, jobSettings, readStdin, readUrlLines, resumeOptions, type JobFlags } from './crawl-options.ts';
import { openCrawlQueue, parseQueueFlag } from './queue.ts';
import { progressPrinter } from './views/progress.ts';
import { addRdapFlags, parseRdapClientOptions, type RdapFlags } from './rdap.ts';
import { formatCrawlSummary } from './views/summary.ts';
import { defaultJobName } from './job-name.ts';

interface CrawlFlags extends JobFlags, Pick<RdapFlags, 'rdapBase' | 'rdapBootstrap'> {
  rdap?: boolean;
  db: string;
  job?: string;
  url: string[];
  json?: boolean;
  quiet?: boolean;
  resume?: string;
  override?: boolean;
  queue?: string;
}

export function registerCrawl(program: Command): void {
  const cmd = addVisitFlags(addNetFlags(
    program
      .command('crawl')
      .description('a crawl job: parse inputs, visit every visitable link once per persona, store everything')
      .argument('[inputs...]', '.eml, mbox, Maildir, folder, URL list file, an http(s) URL, or - for URLs on stdin')
      .option('--db <file>', 'trace database', DEFAULT_DB)
      .option('--job <name>', 'job name (default: derived from the inputs and the time)')
      .option('--url <url>', 'add one link; repeatable', collect, [])
      .option('--recipient-header <name>', 'another header that names the recipient; repeatable', collect, [])
      .option('--resume <job>', 'finish an interrupted job with the options it was started with')
      .option('--override', 'with --resume: let the flags given now change the stored options (recorded with the job)')
      .option('--queue <url>', 'coordinator: visits go to `hoptrace worker`s over Redis (redis://[:pw@]host:port[/db]); this process stays the only writer', parseQueueFlag)
      .option('--json', 'print the job summary as JSON on stdout')
      .option('--quiet', 'no progress, no summary text')
      .option('--rdap', "after the visits, fetch the registration records (RDAP) of the chains' domains"),
  ));
  addRdapFlags(cmd).action(async (inputs: string[], flags: CrawlFlags, command: Command) => {
    const summary = await crawlCommand(inputs, flags, (option) => command.getOptionValueSource(option) === 'cli');
    if (flags.json) printJson(summary);
    else if (!flags.quiet) process.stdout.write(formatCrawlSummary(summary, flags.db));
  });
}

/** The inputs as given: URLs (positional http(s) URLs, `--url`, `-` for stdin) and paths. */
function readCrawlInputs(inputs: string[], flagUrls: string[]): { paths: string[]; urls: string[] } {
  const urls = [...flagUrls];
  const paths: string[] = [];
  for (const input of inputs) {
    if (input === '-') urls.push(...readUrlLines(readStdin()));
    else if (isWebUrl(input)) urls.push(input);
    else if (!existsSync(input)) throw new InputError(`input not found: ${input}`);
    else paths.push(input);
  }
  for (const u of urls) {
    try {
      new URL(u);
    } catch {
      throw new UsageError(`not a URL: "${u}"`);
    }
  }
  return { paths, urls };
}

/** An input that parses as an http(s) URL is a link, not a file. */
function isWebUrl(input: string): boolean {
  if (!/^https?:\/\//i.test(input)) return false;
  try {
    new URL(input);
    return true;
  } catch {
    return false;
  }
}

async function crawlCommand(inputs: string[], flags: CrawlFlags, given: (option: string) => boolean): Promise<CrawlSummary> {
  if (flags.browser && !existsSync(flags.browser)) throw new InputError(`--browser: no such file ${flags.browser}`);
  const { paths, urls } = readCrawlInputs(inputs, flags.url);
  if (flags.resume && (paths.length || urls.length)) throw new UsageError('--resume finishes a job as it was started: give no inputs with it');
  if (!flags.resume && paths.length === 0 && urls.length === 0) {
    throw new UsageError('nothing to crawl: give mail files, folders, URL lists, URLs, - or --url URL');
  }
  if (flags.override && !flags.resume) throw new UsageError('--override only applies to --resume');

  const store = openStore(flags.db);
  let job: Job;
  let inputErrors: { source: string; error: string }[] = [];
  try {
    if (flags.resume) {
      const found = store.findJob(flags.resume);
      if (!found) throw new UsageError(`no job "${flags.resume}" to resume`);
      const options = resumeOptions(found.options, flags, given, Boolean(flags.override));
      if (options !== found.options) store.setJobOptions(found.id, options);
      job = { ...found, options };
      if (found.status === 'done') log(`job ${clean(job.name)} is already done; visiting only what it still owes`);
      store.setJobStatus(job.id, 'running');
    } else {
      const options = jobOptionsFromFlags(flags, { paths, urls });
      job = store.createJob(flags.job ?? defaultJobName(paths, urls), options);
      inputErrors = await ingest(store, job, { paths, urls }, { mail: { recipientHeaders: options.recipientHeaders }, recipient: options.recipient });
      analyzeJobTokens(store, job.id);
    }
  } catch (err) {
    store.close();
    throw err;
  }
  const o = job.options;
  const opts = crawlOptionsOf(o, Boolean(flags.queue), given('concurrency'));

  const interrupt = abortOnSignals('interrupted: finishing the visits in flight, the job can be resumed with --resume');
  const engine = flags.queue ? openCrawlQueue(flags.queue, store, job) : await openEngine(o.engine, { browserPath: flags.browser });
  const progress = flags.quiet || flags.json ? undefined : progressPrinter(process.stderr);
  try {
    const summary = await runCrawl(store, job, engine, opts, { onProgress: progress, signal: interrupt.signal }, inputErrors);
    if (flags.rdap && !interrupt.signal.aborted) {
      const { rdapForJob } = await import('../pivot/index.ts');
      const rdap = await rdapForJob(store, job.id, { client: parseRdapClientOptions(flags) });
      summary.rdap = { fetched: rdap.found.filter((f) => !f.cached).length, cached: rdap.found.filter((f) => f.cached).length, errors: rdap.errors };
    }
    return summary;
  } finally {
    await engine.close();
    store.close();
    interrupt.release();
  }
}

/** Visits a coordinator keeps in the queue at once unless --concurrency says otherwise. */
const QUEUE_IN_FLIGHT = 32;

/** How a job's visits are made, from its stored options (a crawl, a resumed one, a watch's round, mail as it arrives). */
export function crawlOptionsOf(o: JobOptions, queue = false, concurrencyGiven = false): CrawlOptions {
  return {
    ...jobSettings(o),
    engine: o.engine,
    // With --queue, visits in flight are visits waiting in the queue: enough to keep every worker busy.
    concurrency: queue && !concurrencyGiven ? Math.max(o.concurrency, QUEUE_IN_FLIGHT) : o.concurrency,
    timeoutMs: o.timeoutMs,
    maxHops: o.maxHops,
    bodyLimit: o.bodyLimit,
    decoy: o.decoy,
    cloakCheck: o.cloakCheck,
    retries: o.retries,
  };
}
