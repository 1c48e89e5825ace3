// `hoptrace crawl INPUT…`: a crawl job. Parse flags once, ingest, visit, print a summary.
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { sha256 } from '../bytes.ts';
import type { JobOptions } from '../model.ts';
import { basename } from 'node:path';
import { analyzeJobTokens, ingest, runCrawl, type CrawlOptions, type CrawlSummary } from '../jobs/crawl.ts';
import { openEngine } from '../jobs/engines.ts';
import { collect, DEFAULT_DB, log, openStore, parsePositiveInt, printJson, UsageError } from './common.ts';
import { addNetFlags, DEFAULT_CONCURRENCY, parseVisitSettings, readStdin, readUrlLines, type NetFlags } from './crawl-options.ts';
import { progressPrinter } from './progress.ts';
import { addRdapFlags, parseRdapClientOptions, type RdapFlags } from './rdap.ts';
import { formatCrawlSummary } from './summary.ts';

interface CrawlFlags extends NetFlags, Pick<RdapFlags, 'rdapBase' | 'rdapBootstrap'> {
  rdap?: boolean;
  db: string;
  job?: string;
  url: string[];
  concurrency: number;
  decoy?: boolean;
  json?: boolean;
  quiet?: boolean;
  recipient?: string;
  recipientHeader: string[];
  resume?: string;
  cloakCheck?: boolean;
}

export function registerCrawl(program: Command): void {
  const cmd = addNetFlags(
    program
      .command('crawl')
      .description('a crawl job: parse inputs, visit every visitable link once per persona, store everything')
      .argument('[inputs...]', '.eml, mbox, Maildir, folder, URL list file, or - for URLs on stdin')
      .option('--db <file>', 'trace database', DEFAULT_DB)
      .option('--job <name>', 'job name (default: derived from the inputs and the time)')
      .option('--url <url>', 'add one link; repeatable', collect, [])
      .option('--concurrency <n>', 'visits in flight', parsePositiveInt('--concurrency'), DEFAULT_CONCURRENCY)
      .option('--decoy', "replace recipient-derived tokens by the persona's decoy identity before visiting")
      .option('--recipient <address>', 'the recipient of URL inputs, for token explanations')
      .option('--recipient-header <name>', 'another header that names the recipient; repeatable', collect, [])
      .option('--resume <job>', 'finish an interrupted job: visit only what it has not visited yet')
      .option('--cloak-check', 'also re-visit each link with the first persona, to tell cloaking from noise')
      .option('--json', 'print the job summary as JSON on stdout')
      .option('--quiet', 'no progress, no summary text')
      .option('--rdap', "after the visits, fetch the registration records (RDAP) of the chains' domains"),
  );
  addRdapFlags(cmd).action(async (inputs: string[], flags: CrawlFlags) => {
    const summary = await crawlCommand(inputs, flags);
    if (flags.json) printJson(summary);
    else if (!flags.quiet) process.stdout.write(formatCrawlSummary(summary, flags.db));
  });
}

async function crawlCommand(inputs: string[], flags: CrawlFlags): Promise<CrawlSummary> {
  const settings = parseVisitSettings(flags);
  const urls = [...flags.url];
  const paths: string[] = [];
  for (const input of inputs) {
    if (input === '-') urls.push(...readUrlLines(readStdin()));
    else if (!existsSync(input)) throw new UsageError(`input not found: ${input}`);
    else paths.push(input);
  }
  for (const u of urls) {
    try {
      new URL(u);
    } catch {
      throw new UsageError(`not a URL: "${u}"`);
    }
  }
  if (!flags.resume && paths.length === 0 && urls.length === 0) {
    throw new UsageError('nothing to crawl: give mail files, folders, URL lists, - or --url URL');
  }

  const store = openStore(flags.db);
  const opts: CrawlOptions = {
    ...settings,
    concurrency: flags.concurrency,
    decoy: Boolean(flags.decoy),
    mail: { recipientHeaders: flags.recipientHeader },
    recipient: flags.recipient ?? null,
    cloakCheck: Boolean(flags.cloakCheck),
  };

  let job;
  let inputErrors: { source: string; error: string }[] = [];
  if (flags.resume) {
    job = store.findJob(flags.resume);
    if (!job) throw new UsageError(`no job "${flags.resume}" to resume`);
    if (job.status === 'done') log(`job ${job.name} is already done; nothing left to visit`);
    store.setJobStatus(job.id, 'running');
  } else {
    const name = flags.job ?? defaultJobName(paths, urls);
    job = store.createJob(name, {
      inputs: paths,
      urls,
      engine: opts.engine,
      personas: opts.personas.map((p) => p.name),
      net: { hostMap: opts.net.hostMap, mappedOnly: opts.net.mappedOnly, allowPrivate: opts.net.allowPrivate, proxy: opts.net.proxy },
      concurrency: opts.concurrency,
      timeoutMs: opts.timeoutMs,
      maxHops: opts.maxHops,
      bodyLimit: opts.bodyLimit,
      decoy: opts.decoy,
      cloakCheck: Boolean(opts.cloakCheck),
      retries: 0,
      rules: ruleFiles(flags.rules),
      recipient: opts.recipient ?? null,
      recipientHeaders: flags.recipientHeader,
      overrides: [],
    });
    inputErrors = await ingest(store, job, { paths, urls }, opts);
    analyzeJobTokens(store, job.id);
  }

  const controller = new AbortController();
  const onSignal = () => {
    log('interrupted: finishing the visits in flight, the job can be resumed with --resume');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const engine = await openEngine(opts.engine, { browserPath: settings.browserPath });
  const progress = flags.quiet || flags.json ? undefined : progressPrinter(process.stderr);
  try {
    const summary = await runCrawl(store, job, engine, opts, { onProgress: progress, signal: controller.signal }, inputErrors);
    if (flags.rdap && !controller.signal.aborted) {
      const { rdapForJob } = await import('../pivot/index.ts');
      const rdap = await rdapForJob(store, job.id, { client: parseRdapClientOptions(flags) });
      summary.rdap = { fetched: rdap.found.filter((f) => !f.cached).length, cached: rdap.found.filter((f) => f.cached).length, errors: rdap.errors };
    }
    return summary;
  } finally {
    await engine.close();
    store.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Extra rule files with their contents, so the job keeps classifying as it began. */
function ruleFiles(files: string[]): JobOptions['rules'] {
  return files.map((file) => {
    const json = readFileSync(file, 'utf8');
    return { file, sha256: sha256(json), json };
  });
}

function defaultJobName(paths: string[], urls: string[]): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const base = paths.length ? basename(paths[0]!).replace(/\.[^.]+$/, '') : urls.length ? safeHost(urls[0]!) : 'job';
  return `${base.replace(/[^\w.-]+/g, '_').slice(0, 40)}-${stamp}`;
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname || 'urls';
  } catch {
    return 'urls';
  }
}
