// What stderr says when a command fails: one line, or with --debug every error in the chain of
// causes with its stack. Messages quote inputs (paths, URLs, names) and so are cleaned.
import { causeChain } from '../../errors.ts';
import { clean } from './terminal.ts';

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function formatFailure(err: unknown, debug: boolean): string {
  if (!debug) return `hoptrace: ${clean(messageOf(err))}\n`;
  return causeChain(err)
    .map((e, i) => {
      const text = e instanceof Error && e.stack ? e.stack : String(e);
      return `${i === 0 ? '' : 'caused by: '}${text.split('\n').map((line) => clean(line)).join('\n')}`;
    })
    .join('\n')
    .concat('\n');
}
