// `hoptrace personas`: the built-in fake identities.
import type { Command } from 'commander';
import { loadPersonas } from '../personas.ts';
import { printJson } from './flags.ts';
import { formatPersonas } from './views/personas.ts';

export function registerPersonas(program: Command): void {
  program
    .command('personas')
    .description('list the built-in personas')
    .option('--json', 'print as JSON')
    .action((flags: { json?: boolean }) => {
      const personas = loadPersonas();
      if (flags.json) return printJson(personas);
      process.stdout.write(formatPersonas(personas));
    });
}
