// The hoptrace command line: commander, one file per command. This file wires them and owns
// the exit codes: 0 done, 1 fatal, 2 bad usage or unreadable input; one line on stderr unless
// --debug.
//
// A command's module is imported only when that command runs: `hoptrace --version` and
// `hoptrace extract` must not pay for Playwright, the store or the classifier.
import { Command, CommanderError } from 'commander';
import { exitCodeOf } from './exit.ts';
import { formatFailure } from './views/failure.ts';

type Register = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract.ts')).registerExtract,
  crawl: async () => (await import('./crawl.ts')).registerCrawl,
  jobs: async () => (await import('./jobs.ts')).registerJobs,
  show: async () => (await import('./show.ts')).registerShow,
  tokens: async () => (await import('./tokens.ts')).registerTokens,
  replay: async () => (await import('./replay.ts')).registerReplay,
  diff: async () => (await import('./diff.ts')).registerDiff,
  classify: async () => (await import('./classify.ts')).registerClassify,
  report: async () => (await import('./report.ts')).registerReport,
  export: async () => (await import('./export.ts')).registerExport,
  personas: async () => (await import('./personas.ts')).registerPersonas,
  rdap: async () => (await import('./rdap.ts')).registerRdap,
  pivot: async () => (await import('./pivot.ts')).registerPivot,
  serve: async () => (await import('./serve.ts')).registerServe,
  worker: async () => (await import('./worker.ts')).registerWorker,
  queue: async () => (await import('./queue.ts')).registerQueue,
  watch: async () => (await import('./watch.ts')).registerWatch,
  ingest: async () => (await import('./ingest.ts')).registerIngest,
  spamtrap: async () => (await import('./spamtrap.ts')).registerSpamtrap,
  import: async () => (await import('./import.ts')).registerImport,
  similar: async () => (await import('./similar.ts')).registerSimilar,
  cluster: async () => (await import('./cluster.ts')).registerCluster,
};

const program = new Command('hoptrace')
  .description('Follow the links in suspicious mail in a sandbox and record where they lead.')
  .version('0.1.0')
  .option('--debug', 'print the chain of causes with stack traces on errors')
  .exitOverride();

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
const WATCHDOG_MS = 2_000;

/**
 * The program's own options take no value, so the first word that is not an option names the
 * command. Without one (help, version, a typo) every command is registered, so help lists them
 * all and commander names the unknown one; --version alone needs none.
 */
async function commandsFor(args: string[]): Promise<Register[]> {
  const word = args.find((a) => !a.startsWith('-'));
  if (word !== undefined && word in COMMANDS) return [await COMMANDS[word]!()];
  if (word === undefined && args.some((a) => a === '-V' || a === '--version')) return [];
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}

let outputClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  outputClosed = true;
});

try {
  for (const register of await commandsFor(argv)) register(program);
  await program.parseAsync(process.argv);
} catch (err) {
  // Whoever read the output has gone (`hoptrace extract --jsonl big.mbox | head`): not a failure.
  if (outputClosed) process.exit(0);
  const code = exitCodeOf(err);
  // Commander has already printed its own one-line message (or the help, or the version).
  if (!(err instanceof CommanderError)) process.stderr.write(formatFailure(err, debug));
  process.exit(code);
}
exitWhenIdle();

/**
 * The command is done: everything it opened should be closed and the process end by itself. If a
 * socket, timer or child still holds it (a server that never answered, a browser that would not
 * quit), say what and end anyway: scripts and cron jobs that call hoptrace must never pile up.
 */
function exitWhenIdle(): void {
  setTimeout(() => {
    const held = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap' && r !== 'Timeout');
    process.stderr.write(`hoptrace: still held open 2 s after finishing (${held.join(', ') || 'unknown'}); exiting\n`);
    process.exit(process.exitCode ?? 0);
  }, WATCHDOG_MS).unref();
}

