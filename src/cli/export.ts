// `hoptrace export --format json|jsonl|csv|stix [--job NAME] [--redact-tokens] [-o FILE]`.
import type { Command } from 'commander';
import { createWriteStream, writeFileSync } from 'node:fs';
import { redactBotTokens, redactTokens, toCsv, toJson, toJsonl, toStix } from '../export/index.ts';
import { DEFAULT_DB, requireJob, UsageError, withReader } from './common.ts';

const FORMATS = ['json', 'jsonl', 'csv', 'stix'] as const;
type Format = (typeof FORMATS)[number];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export traces: --format json (hoptrace.trace/1), jsonl, csv, stix')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--job <job>', 'one job (default: every job)')
    .option('--format <format>', 'json, jsonl, csv or stix', 'json')
    .option('--redact-tokens', 'replace per-recipient token values and recipient addresses')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .action(async (flags: { db: string; job?: string; format: string; redactTokens?: boolean; output?: string }) => {
      if (!FORMATS.includes(flags.format as Format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      }
      let bundle = redactBotTokens(await withReader(flags.db, (store) => store.bundle(flags.job ? requireJob(store, flags.job).id : undefined)));
      if (flags.redactTokens) bundle = redactTokens(bundle);
      const format = flags.format as Format;
      if (format === 'jsonl') {
        const out = flags.output ? createWriteStream(flags.output) : process.stdout;
        for (const line of toJsonl(bundle)) out.write(`${line}\n`);
        if (flags.output) await new Promise((r) => (out as ReturnType<typeof createWriteStream>).end(r));
        return;
      }
      const text =
        format === 'json' ? toJson(bundle) : format === 'csv' ? toCsv(bundle) : `${JSON.stringify(toStix(bundle), null, 2)}\n`;
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
    });
}
