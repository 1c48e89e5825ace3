// The contract's exit codes, decided by the class of the error and nothing else: 2 for bad usage
// or unreadable input named on the command line, 1 for anything fatal.
import { CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.ts';

// Help and version end commander by throwing, but they are not errors.
const COMMANDER_DONE = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

export function exitCodeOf(err: unknown): 0 | 1 | 2 {
  if (err instanceof CommanderError) return COMMANDER_DONE.has(err.code) ? 0 : 2;
  if (err instanceof UsageError || err instanceof InputError) return 2;
  return 1;
}
