// `hoptrace import FILE… [--format har|warc] [--job NAME] [--db FILE] [--json]`: visits rebuilt
// from captures made elsewhere, stored and classified as a job like a crawl's.
import type { Command } from 'commander';
import { DEFAULT_JOB_OPTIONS } from '../records/job-options.ts';
import { importFiles, type ImportFormat } from '../interop/import.ts';
import { collect, DEFAULT_DB, openStore, parsePositiveInt, printJson, UsageError } from './common.ts';
import { parseRules } from './crawl-options.ts';
import { defaultJobName } from './job-name.ts';

const FORMATS: readonly ImportFormat[] = ['har', 'warc'];
/** A HAR is one JSON document, read whole: bigger ones are refused before reading. */
const MAX_HAR_BYTES = 128 * 1024 * 1024;

interface ImportFlags {
  db: string;
  format?: string;
  job?: string;
  bodyLimit: number;
  maxSize: number;
  rules: string[];
  json?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('rebuild visits from HAR or WARC files into a job, and classify them')
    .argument('<files...>', 'HAR or WARC files')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--format <format>', 'har or warc (default: read from the file)')
    .option('--job <name>', 'job name (default: from the first file and the time)')
    .option('--body-limit <bytes>', 'refuse a file with a body over this many bytes', parsePositiveInt('--body-limit'), DEFAULT_JOB_OPTIONS.bodyLimit)
    .option('--max-size <bytes>', 'refuse a HAR file over this many bytes', parsePositiveInt('--max-size'), MAX_HAR_BYTES)
    .option('--rules <file>', 'extra rules (add or override shipped ones); repeatable', collect, [])
    .option('--json', 'print { "job", "visits": [ids] }')
    .action(async (files: string[], flags: ImportFlags) => {
      if (flags.format !== undefined && !FORMATS.includes(flags.format as ImportFormat)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      }
      const rules = parseRules(flags.rules);
      const store = openStore(flags.db);
      try {
        const result = await importFiles(store, files, {
          format: flags.format as ImportFormat | undefined,
          jobName: flags.job ?? defaultJobName(files, []),
          bodyLimit: flags.bodyLimit,
          maxHarBytes: flags.maxSize,
          rules,
        });
        if (flags.json) return printJson({ job: result.job, visits: result.visits });
        process.stdout.write(`job ${result.job.name} (${result.job.id}): ${result.visits.length} visit(s) imported\n`);
      } finally {
        store.close();
      }
    });
}
