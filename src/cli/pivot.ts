// `hoptrace pivot [JOB]`: domains clustered by shared infrastructure and registrant facts; with
// `--fingerprint KIND:VALUE`, the visits and domains holding that kit fingerprint instead.
import type { Command } from 'commander';
import { PIVOT_KINDS, pivotFingerprint } from '../fingerprint/query.ts';
import { pivotJob } from '../pivot/index.ts';
import { DEFAULT_DB, printJson, requireJob, UsageError, withReader } from './common.ts';
import { formatFingerprintPivot } from './views/fingerprints.ts';
import { formatClusters } from './views/pivot.ts';

/** `KIND:VALUE`, split at the first colon (values such as `recaptcha:KEY` hold colons themselves). */
function parseFingerprint(text: string): { kind: string; value: string } {
  const at = text.indexOf(':');
  const [kind, value] = at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
  if (!PIVOT_KINDS.includes(kind) || value === '') {
    throw new UsageError(`--fingerprint takes KIND:VALUE with KIND one of ${PIVOT_KINDS.join(',')}, got "${text.slice(0, 80)}"`);
  }
  return { kind, value };
}

export function registerPivot(program: Command): void {
  program
    .command('pivot')
    .description('cluster domains by shared registrant and infrastructure facts (phone, e-mail, IP, certificate, analytics id…), or list who holds one kit fingerprint')
    .argument('[job]', 'job id or name (default: every job)')
    .option('--fingerprint <kind:value>', `start from a kit fingerprint as stored (${PIVOT_KINDS.join(',')}): the visits and domains holding it`, parseFingerprint)
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--json', 'print as JSON')
    .action(async (jobRef: string | undefined, flags: { fingerprint?: { kind: string; value: string }; db: string; json?: boolean }) => {
      await withReader(flags.db, async (store) => {
        const jobId = jobRef ? requireJob(store, jobRef).id : null;
        if (flags.fingerprint) {
          const answer = pivotFingerprint(store, flags.fingerprint.kind, flags.fingerprint.value, jobId);
          if (flags.json) printJson(answer);
          else process.stdout.write(`${formatFingerprintPivot(answer)}\n`);
          return;
        }
        const clusters = pivotJob(store, jobId);
        if (flags.json) printJson({ clusters });
        else process.stdout.write(`${formatClusters(clusters)}\n`);
      });
    });
}
