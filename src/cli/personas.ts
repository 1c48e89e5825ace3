// `hoptrace personas`: the built-in fake identities.
import type { Command } from 'commander';
import { loadPersonas } from '../personas.ts';
import { printJson } from './common.ts';

export function registerPersonas(program: Command): void {
  program
    .command('personas')
    .description('list the built-in personas')
    .option('--json', 'print as JSON')
    .action((flags: { json?: boolean }) => {
      const personas = loadPersonas();
      if (flags.json) return printJson(personas);
      const width = Math.max(...personas.map((p) => p.name.length));
      for (const p of personas) {
        process.stdout.write(`${p.name.padEnd(width)}  ${p.description}\n${' '.repeat(width)}  ${p.userAgent}\n`);
      }
    });
}
