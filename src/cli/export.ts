// `hoptrace export --format json|jsonl|csv|stix|har [--job NAME] [--redact-tokens] [-o FILE]`.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { redactTokens, toCsv, toHar, toJson, toJsonl, toStix } from '../export/index.ts';
import type { TraceStore } from '../store/store.ts';
import { DEFAULT_DB, requireJob, UsageError, withReader } from './common.ts';

const FORMATS = ['json', 'jsonl', 'csv', 'stix', 'har'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags {
  db: string;
  job?: string;
  format: string;
  redactTokens?: boolean;
  output?: string;
  out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export traces: --format json (hoptrace.trace/1), jsonl, csv, stix, har (HAR 1.2)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--job <job>', 'one job (default: every job)')
    .option('--format <format>', FORMATS.join(', '), 'json')
    .option('--redact-tokens', 'replace per-recipient token values and recipient addresses')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--out <path>', 'the same as --output')
    .action(async (flags: ExportFlags) => {
      if (!FORMATS.includes(flags.format as Format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      }
      const format = flags.format as Format;
      // A HAR carries the stored responses and bodies, where the tokens are too: no honest redaction.
      if (format === 'har' && flags.redactTokens) throw new UsageError('--redact-tokens cannot redact the bodies and URLs a HAR carries; use --format json');
      const output = flags.out ?? flags.output;
      // Every format is made while the database is open: HAR reads stored responses and bodies.
      const text = await withReader(flags.db, (store) => {
        let bundle = store.bundle(flags.job ? requireJob(store, flags.job).id : undefined);
        if (flags.redactTokens) bundle = redactTokens(bundle);
        switch (format) {
          case 'jsonl': return [...toJsonl(bundle)].map((line) => `${line}\n`).join('');
          case 'har': return `${JSON.stringify(toHar(bundle, storedBodies(store)), null, 2)}\n`;
          case 'csv': return toCsv(bundle);
          case 'stix': return `${JSON.stringify(toStix(bundle), null, 2)}\n`;
          case 'json': return toJson(bundle);
        }
      });
      if (output) writeFileSync(output, text);
      else process.stdout.write(text);
    });
}

function storedBodies(store: TraceStore): Parameters<typeof toHar>[1] {
  return { responses: (id) => store.getResponses(id), body: (sha) => store.getBlob(sha) };
}
