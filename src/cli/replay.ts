// `hoptrace replay VISIT`: offline from stored responses (default) or `--live`.
import type { Command } from 'commander';
import { openEngine } from '../jobs/engines.ts';
import { loadPersonas } from '../personas.ts';
import { replayVisit } from '../replay/replay.ts';
import { formatDiff, formatVisit } from './views/trace.ts';
import { useColor } from './views/terminal.ts';
import { DEFAULT_DB, printJson, UsageError, withStore } from './common.ts';
import { addNetFlags, parseVisitSettings, type NetFlags } from './crawl-options.ts';

interface ReplayFlags extends NetFlags {
  db: string;
  live?: boolean;
  json?: boolean;
}

export function registerReplay(program: Command): void {
  addNetFlags(
    program
      .command('replay')
      .description('re-run a stored visit offline from its stored responses; --live re-visits the network')
      .argument('<visit>', 'visit id')
      .option('--db <file>', 'trace database', DEFAULT_DB)
      .option('--live', 'visit the original URL again now (same persona unless --persona)')
      .option('--json', 'print { visit, diff } as JSON'),
  ).action(async (visitId: string, flags: ReplayFlags) => {
    await withStore(flags.db, async (store) => {
      const original = store.getVisit(visitId);
      if (!original) throw new UsageError(`no visit "${visitId}" in ${flags.db}`);
      // An imported visit names a persona only when hoptrace made it; otherwise the default (or --persona) replays it.
      const persona = original.source && !loadPersonas().some((p) => p.name === original.persona) ? undefined : original.persona;
      const settings = parseVisitSettings({ ...flags, engine: original.engine }, persona);
      const engine = await openEngine(original.engine, { browserPath: settings.browserPath });
      try {
        const result = await replayVisit(store, original, {
          engine,
          persona: settings.personas[0]!,
          rules: settings.rules,
          timeoutMs: settings.timeoutMs,
          maxHops: settings.maxHops,
          bodyLimit: settings.bodyLimit,
          live: flags.live ? settings.net : undefined,
        });
        if (flags.json) printJson(result);
        else {
          const color = useColor();
          process.stdout.write(`${formatVisit(result.visit, store.listTokens(original.jobId), { color })}\n`);
          process.stdout.write(`${formatDiff(result.diff, { color })}\n`);
        }
      } finally {
        await engine.close();
      }
    });
  });
}
