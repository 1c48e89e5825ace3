// `hoptrace extract INPUT…`: parse mails and list links, beacons, tokens and sender findings.
// Touches no network at all.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { readInputs } from '../mail/inputs.ts';
import type { ParsedMail } from '../mail/parse.ts';
import { analyzeTokens } from '../tokens/analyze.ts';
import { collect, printJson } from './flags.ts';
import { formatExtracted, type ExtractResult } from './views/extract.ts';
import { useColor } from './views/terminal.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('parse mails; list their links, beacons, tokens and sender findings (no network)')
    .argument('<inputs...>', '.eml, mbox, Maildir, folder or URL list file')
    .option('--recipient-header <name>', 'another header that names the recipient; repeatable', collect, [])
    .option('--json', 'print as JSON')
    .action(async (inputs: string[], flags: { recipientHeader: string[]; json?: boolean }) => {
      for (const input of inputs) if (!existsSync(input)) throw new InputError(`input not found: ${input}`);
      const result = await extract(inputs, flags.recipientHeader);
      if (flags.json) printJson(result);
      else process.stdout.write(formatExtracted(result, { color: useColor() }));
    });
}

async function extract(inputs: string[], recipientHeaders: string[]): Promise<ExtractResult> {
  const mails: ParsedMail[] = [];
  const result: ExtractResult = { messages: [], urlLists: [], errors: [] };
  for await (const item of readInputs(inputs, { recipientHeaders })) {
    if (item.type === 'mail') mails.push(item.mail);
    else if (item.type === 'urls') result.urlLists.push({ source: item.source, urls: item.urls.map((u) => u.url) });
    else result.errors.push({ source: item.source, error: item.error });
  }
  // Tokens are analysed across all messages at once: alignment across recipients needs them all.
  const linkId = (m: number, l: number) => `${m}:${l}`;
  const tokens = analyzeTokens(
    'extract',
    mails.flatMap((m, mi) => m.links.map((l, li) => ({ linkId: linkId(mi, li), url: l.url, recipients: m.recipients }))),
  );
  result.messages = mails.map((m, mi) => ({
    ...m,
    tokens: tokens.filter((t) => t.linkId.startsWith(`${mi}:`)),
  }));
  return result;
}
