// The hoptrace command line: commander, one file per command. This file wires them and owns
// the exit codes: 0 done, 1 fatal, 2 bad usage or unreadable input; one line on stderr unless
// --debug.
import { Command, CommanderError } from 'commander';
import { UsageError } from './common.ts';
import { registerClassify } from './classify.ts';
import { registerCrawl } from './crawl.ts';
import { registerDiff } from './diff.ts';
import { registerExport } from './export.ts';
import { registerExtract } from './extract.ts';
import { registerJobs } from './jobs.ts';
import { registerPersonas } from './personas.ts';
import { registerPivot } from './pivot.ts';
import { registerQueue } from './queue.ts';
import { registerRdap } from './rdap.ts';
import { registerReplay } from './replay.ts';
import { registerReport } from './report.ts';
import { registerShow } from './show.ts';
import { registerTokens } from './tokens.ts';
import { registerWorker } from './worker.ts';

const program = new Command('hoptrace')
  .description('Follow the links in suspicious mail in a sandbox and record where they lead.')
  .version('0.1.0')
  .option('--debug', 'print stack traces on errors')
  .exitOverride();

for (const register of [
  registerExtract,
  registerCrawl,
  registerJobs,
  registerShow,
  registerTokens,
  registerReplay,
  registerDiff,
  registerClassify,
  registerReport,
  registerExport,
  registerPersonas,
  registerRdap,
  registerPivot,
  registerWorker,
  registerQueue,
]) {
  register(program);
}

const debug = process.argv.includes('--debug');
const WATCHDOG_MS = 2_000;

function fail(err: unknown): never {
  if (err instanceof CommanderError) {
    // Help and version are not errors; commander already printed its one-line message.
    const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
    process.exit(benign ? 0 : 2);
  }
  const e = err as Error;
  if (debug) process.stderr.write(`${e?.stack ?? String(err)}\n`);
  else process.stderr.write(`hoptrace: ${e?.message ?? String(err)}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  fail(err);
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

