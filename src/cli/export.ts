// `hoptrace export --format json|jsonl|csv|stix|har|warc|misp|lookyloo [--job NAME] [--redact-tokens] [-o FILE]`.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { redactBotTokens, redactTokens, toCsv, toJson, toJsonl, toStix } from '../export/index.ts';
import { toHar } from '../interop/har-export.ts';
import { writeLookyloo } from '../interop/lookyloo-export.ts';
import { mispExtrasOf, toMisp } from '../interop/misp-export.ts';
import { toWarc, type WarcVersion } from '../interop/warc-export.ts';
import type { TraceStore } from '../store/store.ts';
import { DEFAULT_DB, requireJob, UsageError, withReader } from './common.ts';

const FORMATS = ['json', 'jsonl', 'csv', 'stix', 'har', 'warc', 'lookyloo', 'misp'] as const;
const WARC_VERSIONS = ['1.1', '1.0'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags {
  db: string;
  job?: string;
  format: string;
  redactTokens?: boolean;
  output?: string;
  out?: string;
  warcVersion: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export traces: --format json (hoptrace.trace/1), jsonl, csv, stix, har (HAR 1.2), warc (WARC/1.1), lookyloo, misp (MISP event JSON)')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--job <job>', 'one job (default: every job)')
    .option('--format <format>', FORMATS.join(', '), 'json')
    .option('--redact-tokens', 'replace per-recipient token values and recipient addresses')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--out <path>', 'the same as --output')
    .option('--warc-version <version>', 'WARC version for --format warc: 1.1, or 1.0 for older readers', '1.1')
    .action(async (flags: ExportFlags) => {
      if (!FORMATS.includes(flags.format as Format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      }
      const format = flags.format as Format;
      if (!WARC_VERSIONS.includes(flags.warcVersion as WarcVersion)) {
        throw new UsageError(`--warc-version must be 1.1 or 1.0, got "${flags.warcVersion}"`);
      }
      // HAR, WARC and Lookyloo carry the stored responses and bodies, where the tokens are too: no honest redaction.
      if ((format === 'har' || format === 'warc' || format === 'lookyloo') && flags.redactTokens) {
        throw new UsageError(`--redact-tokens cannot redact the bodies and URLs a ${format.toUpperCase()} carries; use --format json`);
      }
      const output = flags.out ?? flags.output;
      if (format === 'lookyloo') return exportLookyloo(flags, output);
      // Every format is made while the database is open: HAR and WARC read stored responses and bodies.
      const text = await withReader<string | Buffer>(flags.db, (store) => {
        // A Telegram bot token is its bot's password: exports keep the bot id (what ties kits together), never the secret.
        let bundle = redactBotTokens(store.bundle(flags.job ? requireJob(store, flags.job).id : undefined));
        if (flags.redactTokens) bundle = redactTokens(bundle);
        switch (format) {
          case 'jsonl': return [...toJsonl(bundle)].map((line) => `${line}\n`).join('');
          case 'warc': return toWarc(bundle, storedBodies(store), flags.warcVersion as WarcVersion);
          case 'har': return `${JSON.stringify(toHar(bundle, storedBodies(store)), null, 2)}\n`;
          case 'csv': return toCsv(bundle);
          case 'stix': return `${JSON.stringify(toStix(bundle), null, 2)}\n`;
          case 'misp': return `${JSON.stringify(toMisp(bundle, mispExtrasOf(store)), null, 2)}\n`;
          case 'json': return toJson(bundle);
        }
      });
      if (output) writeFileSync(output, text);
      else process.stdout.write(text);
    });
}

/** Capture folders, one per visit, under --out DIR. */
async function exportLookyloo(flags: ExportFlags, output: string | undefined): Promise<void> {
  if (!output) throw new UsageError('--format lookyloo writes capture folders: --out DIR is required');
  if (output.endsWith('.zip')) throw new UsageError('--format lookyloo cannot write a zip yet: give --out a folder');
  const dirs = await withReader(flags.db, (store) => writeLookyloo(store.bundle(flags.job ? requireJob(store, flags.job).id : undefined), storedBodies(store), output));
  process.stdout.write(dirs.map((d) => `${d}\n`).join(''));
}

function storedBodies(store: TraceStore): Parameters<typeof toHar>[1] {
  return { responses: (id) => store.getResponses(id), body: (sha) => store.getBlob(sha) };
}

