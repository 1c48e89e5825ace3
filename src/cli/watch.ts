// `hoptrace watch add|list|show|rm|pause|resume|run`: re-crawl lures on a schedule and report when
// a chain moves. Flags are parsed once into a WatchSpec; the scheduler itself lives in src/watch/.
import type { Command } from 'commander';
import { appendFileSync } from 'node:fs';
import { runCrawl } from '../jobs/crawl.ts';
import { openEngine } from '../jobs/engines.ts';
import type { VisitEngine } from '../engines/engine.ts';
import type { Engine, Job, JobOptions, Watch, WatchSpec, WatchTarget } from '../model.ts';
import type { TraceStore } from '../store/store.ts';
import { DEFAULT_DELIVERY } from '../watch/deliver.ts';
import { runScheduler } from '../watch/scheduler.ts';
import { firstDue, parseCron, parseDuration } from '../watch/schedule.ts';
import { targetOfUrl, targetOfVisit, targetsOfJob, uniqueTargets } from '../watch/targets.ts';
import { abortOnSignals, collect, DEFAULT_DB, log, openStore, parsePositiveInt, printJson, UsageError, withReader, withStore } from './common.ts';
import { crawlOptionsOf } from './crawl.ts';
import { addNetFlags, addVisitFlags, jobOptionsFromFlags, parseUrlFlag, resumeOptions, type JobFlags } from './crawl-options.ts';
import { openCrawlQueue, parseQueueFlag } from './queue.ts';
import { formatWatch, formatWatchList } from './views/watch.ts';
import { useColor } from './views/terminal.ts';

interface AddFlags extends JobFlags {
  db: string;
  every?: string;
  cron?: string;
  name?: string;
  until?: string;
  confirm: number;
  expireAfter: number;
  ignoreHost: string[];
  ignoreParam: string[];
  webhook?: string;
  webhookSecretEnv?: string;
  json?: boolean;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function registerWatch(program: Command): void {
  const watch = program.command('watch').description('re-crawl lures on a schedule and report when a chain moves');
  const add = addVisitFlags(addNetFlags(
    watch
      .command('add')
      .description('watch a job, a visit or URLs')
      .argument('<targets...>', 'a job (name or id), a visit id, or an http(s) URL')
      .option('--db <file>', 'trace database', DEFAULT_DB)
      .option('--every <duration>', 'a round every DURATION (5s, 15m, 6h, 1d)')
      .option('--cron <expr>', 'rounds at fixed times (cron syntax, seconds allowed)')
      .option('--name <name>', 'the watch name (default: the first target)')
      .option('--until <date>', 'no round after this date (ISO 8601)')
      .option('--confirm <n>', 'consecutive rounds that must show a change before it is reported', parsePositiveInt('--confirm'), 2)
      .option('--expire-after <n>', 'rounds in a row with every lure dark before the watch expires', parsePositiveInt('--expire-after'), 10)
      .option('--ignore-host <pattern>', 'a host (or *.domain) whose appearance or departure is no change; repeatable', collect, [])
      .option('--ignore-param <name>', 'a query parameter left out when final URLs are compared; repeatable', collect, [])
      .option('--webhook <url>', 'POST every event here, signed (X-Hoptrace-Signature)')
      .option('--webhook-secret-env <var>', 'the environment variable `watch run` reads the HMAC secret from')
      .option('--json', 'print the watch as JSON'),
  ));
  add.action(async (targets: string[], flags: AddFlags, command: Command) => {
    const given = (option: string) => command.getOptionValueSource(option) === 'cli';
    const w = await withWriter(flags.db, (store) => addWatch(store, targets, { ...flags, recipientHeader: [] }, given));
    if (flags.json) printJson(w);
    else process.stdout.write(`watch ${w.name}: ${w.spec.targets.length} lure(s), first round due ${w.nextDue}\n`);
  });

  watch
    .command('list')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (flags: { db: string; json?: boolean }) =>
      withReader(flags.db, (store) => {
        const rows = store.listWatches();
        if (flags.json) printJson(rows);
        else process.stdout.write(`${formatWatchList(rows, useColor())}\n`);
      }),
    );

  watch
    .command('show')
    .argument('<name>')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (name: string, flags: { db: string; json?: boolean }) =>
      withReader(flags.db, (store) => {
        const w = requireWatch(store, name);
        const rounds = store.watchRounds(w.id);
        const events = store.watchEvents(w.id);
        if (flags.json) printJson({ watch: w, rounds, events: events.map((e) => ({ ...e.event, deliveredAt: e.deliveredAt, attempts: e.attempts })) });
        else process.stdout.write(formatWatch(w, rounds, events, useColor()));
      }),
    );

  const setter = (cmd: string, description: string, act: (store: TraceStore, w: Watch) => void) =>
    watch
      .command(cmd)
      .description(description)
      .argument('<name>')
      .option('--db <file>', 'trace database', DEFAULT_DB)
      .action(async (name: string, flags: { db: string }) => withStore(flags.db, (store) => act(store, requireWatch(store, name))));
  setter('rm', 'remove a watch (its rounds stay as jobs)', (store, w) => store.removeWatch(w.id));
  setter('pause', 'start no more rounds until resumed', (store, w) => store.setWatchStatus(w.id, 'paused'));
  setter('resume', 'start rounds again (a round missed while paused runs once)', (store, w) => {
    if (w.status === 'expired' || w.status === 'ended') throw new UsageError(`watch "${w.name}" has ${w.status}; add it again to follow it`);
    store.setWatchStatus(w.id, 'active');
  });

  watch
    .command('run')
    .description('the scheduler: runs due rounds, prints one event per line, delivers webhooks')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--events <file>', 'also append each event line to FILE')
    .option('--browser <path>', "Chromium binary (else HOPTRACE_CHROMIUM, Playwright's, /usr/bin/chromium)")
    .option('--queue <url>', 'rounds are coordinated jobs: `hoptrace worker`s make the visits (redis://[:pw@]host:port[/db])', parseQueueFlag)
    .action(async (flags: { db: string; events?: string; browser?: string; queue?: string }) => runWatches(flags));
}

async function withWriter<T>(db: string, fn: (store: TraceStore) => T): Promise<T> {
  const store = openStore(db);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function requireWatch(store: TraceStore, name: string): Watch {
  const w = store.findWatch(name);
  if (!w) throw new UsageError(`no watch "${name}" in this database (see: hoptrace watch list)`);
  return w;
}

function parseUntil(value: string | undefined): string | null {
  if (value === undefined) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--until is not a date: "${value}"`);
  return new Date(t).toISOString();
}

/** The lures and the crawl options: a job's or visit's own, changed by the crawl flags given now. */
function resolveTargets(store: TraceStore, targets: string[], flags: JobFlags, given: (o: string) => boolean): { targets: WatchTarget[]; options: JobOptions } {
  const found: WatchTarget[] = [];
  let source: Job | null = null;
  const urls: string[] = [];
  for (const t of targets) {
    const job = /^https?:\/\//i.test(t) ? null : store.findJob(t);
    const visit = job || /^https?:\/\//i.test(t) ? null : targetOfVisit(store, t);
    if (job) found.push(...targetsOfJob(store, job));
    else if (visit) found.push(visit.target);
    else if (/^https?:\/\//i.test(t)) {
      urls.push(parseUrlFlag('TARGET', t, ['http:', 'https:']));
      found.push(targetOfUrl(t, flags.recipient ?? null));
    } else throw new UsageError(`"${t}" is neither a job, a visit id nor an http(s) URL`);
    source ??= job ?? visit?.job ?? null;
  }
  const unique = uniqueTargets(found);
  if (unique.length === 0) throw new UsageError('nothing to watch: the targets have no visitable link');
  const options = source ? resumeOptions(source.options, flags, given, true) : jobOptionsFromFlags(flags, { paths: [], urls });
  return { targets: unique, options };
}

function addWatch(store: TraceStore, targets: string[], flags: AddFlags, given: (o: string) => boolean): Watch {
  if (Boolean(flags.every) === Boolean(flags.cron)) throw new UsageError('give one of --every DURATION or --cron EXPR');
  const schedule = flags.every ? { every: parseDuration('--every', flags.every) } : { cron: parseCron(flags.cron!) };
  if (Boolean(flags.webhook) !== Boolean(flags.webhookSecretEnv)) throw new UsageError('--webhook and --webhook-secret-env go together');
  if (flags.webhookSecretEnv && !ENV_NAME.test(flags.webhookSecretEnv)) throw new UsageError(`--webhook-secret-env must name an environment variable, got "${flags.webhookSecretEnv}"`);
  const webhook = flags.webhook ? { url: parseUrlFlag('--webhook', flags.webhook, ['http:', 'https:']), secretEnv: flags.webhookSecretEnv! } : null;
  const until = parseUntil(flags.until);
  const { targets: lures, options } = resolveTargets(store, targets, flags, given);
  const spec: WatchSpec = {
    targets: lures,
    schedule,
    until,
    confirm: flags.confirm,
    expireAfter: flags.expireAfter,
    ignoreHosts: flags.ignoreHost,
    ignoreParams: flags.ignoreParam,
    webhook,
    options,
  };
  const due = firstDue(schedule, new Date());
  if (!due) throw new UsageError(`--cron "${flags.cron}" has no future time`);
  return store.createWatch(flags.name ?? targets[0]!, spec, due.toISOString());
}

async function runWatches(flags: { db: string; events?: string; browser?: string; queue?: string }): Promise<void> {
  const store = openStore(flags.db);
  const controller = abortOnSignals('stopping: rounds in flight stop; an unfinished round is finished by the next `watch run`');
  // One engine of each kind for the scheduler's life: Chromium is not started again every round.
  const engines = new Map<Engine, Promise<VisitEngine>>();
  const engineFor = (kind: Engine) => {
    const e = engines.get(kind) ?? openEngine(kind, { browserPath: flags.browser });
    engines.set(kind, e);
    return e;
  };
  log(`watch run: ${store.listWatches().filter((w) => w.status === 'active').length} active watch(es) in ${flags.db}${flags.queue ? ', visits through the queue' : ''}`);
  try {
    await runScheduler(store, {
      crawl: async (s, job) => {
        // With --queue a round is a coordinated job: its visits go to the workers, this process stays the writer.
        const queued = flags.queue ? openCrawlQueue(flags.queue, s, job) : null;
        try {
          const summary = await runCrawl(s, job, queued ?? (await engineFor(job.options.engine)), crawlOptionsOf(job.options), { signal: controller.signal });
          // Visits the engine could not make at all (Chromium died): the next round gets a fresh engine.
          if (!queued && summary.job.status === 'interrupted' && !controller.signal.aborted) {
            const stale = engines.get(job.options.engine);
            engines.delete(job.options.engine);
            await (await stale)?.close().catch(() => {});
          }
        } finally {
          await queued?.close();
        }
        return !controller.signal.aborted;
      },
      emit: (events) => {
        const lines = events.map((e) => `${JSON.stringify(e.event)}\n`).join('');
        if (flags.events) appendFileSync(flags.events, lines);
        process.stdout.write(lines);
      },
      log,
      delivery: { ...DEFAULT_DELIVERY, secret: (name) => process.env[name] },
      signal: controller.signal,
    });
  } finally {
    for (const e of engines.values()) await (await e).close();
    store.close();
    controller.release();
  }
}
