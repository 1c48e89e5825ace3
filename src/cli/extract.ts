// `hoptrace extract INPUT…`: parse mails and list links, beacons, tokens and sender findings.
// Touches no network at all. Streams: each message is written as soon as it is parsed and then
// dropped; only its small link records stay for the token analysis at the end, which needs every
// message's links (campaigns are grouped across messages before links are aligned).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { readInputs } from '../mail/inputs.ts';
import type { ParsedMail } from '../mail/parse.ts';
import type { Token } from '../model.ts';
import { analyzeTokens, pushTo } from '../tokens/analyze.ts';
import { groupCampaigns } from '../tokens/campaign.ts';
import { InputError, UsageError } from '../errors.ts';
import { collect } from './flags.ts';
import { formatExtracted, formatTokens, type ExtractedMessage, type ExtractResult, type MessageTokens } from './views/extract.ts';
import { useColor } from './views/terminal.ts';

type Format = 'text' | 'json' | 'jsonl';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('parse mails; list their links, beacons, tokens and sender findings (no network)')
    .argument('<inputs...>', '.eml, mbox, Maildir, folder or URL list file')
    .option('--recipient-header <name>', 'another header that names the recipient; repeatable', collect, [])
    .option('--json', 'print one JSON object: messages (streamed), urlLists, errors, tokens')
    .option('--jsonl', 'print one JSON line per message as it is parsed, then one per message with tokens')
    .action(async (inputs: string[], flags: { recipientHeader: string[]; json?: boolean; jsonl?: boolean }) => {
      for (const input of inputs) if (!existsSync(input)) throw new InputError(`input not found: ${input}`);
      if (flags.json && flags.jsonl) throw new UsageError('--json and --jsonl exclude each other');
      await extract(inputs, flags.recipientHeader, flags.jsonl ? 'jsonl' : flags.json ? 'json' : 'text');
    });
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

function printable(m: ParsedMail, index: number): ExtractedMessage {
  const { attachments, ...rest } = m;
  return { ...rest, index, attachments: attachments.map((a) => ({ sha256: a.sha256, filename: a.filename, mime: a.mime, size: a.data.length })) };
}

/** What the token analysis keeps of a message once it is written. */
interface LinkRecord {
  source: string;
  from: string;
  date: string | null;
  subject: string;
  recipients: string[];
  /** Link URLs by their index in the message; null for an attachment link, whose path is our hash, not the sender's. */
  urls: (string | null)[];
}

async function extract(inputs: string[], recipientHeaders: string[], format: Format): Promise<void> {
  const records: LinkRecord[] = [];
  const urlLists: ExtractResult['urlLists'] = [];
  const errors: ExtractResult['errors'] = [];
  const color = useColor();
  if (format === 'json') await write('{"messages":[');
  for await (const item of readInputs(inputs, { recipientHeaders })) {
    if (item.type === 'urls') {
      const list = { source: item.source, urls: item.urls.map((u) => u.url) };
      if (format === 'jsonl') await write(`${JSON.stringify({ type: 'urls', ...list })}\n`);
      else urlLists.push(list);
      continue;
    }
    if (item.type === 'error') {
      if (format === 'jsonl') await write(`${JSON.stringify({ type: 'error', source: item.source, error: item.error })}\n`);
      else errors.push({ source: item.source, error: item.error });
      continue;
    }
    const m = item.mail;
    const message = printable(m, records.length);
    // Copied through JSON: a URL cut out of a body by the parser can be a slice that keeps the
    // whole body alive, and these records outlive their message.
    const record: LinkRecord = { source: m.source, from: m.from.address, date: m.date, subject: m.subject, recipients: m.recipients, urls: m.links.map((l) => (l.kind === 'attachment' ? null : l.url)) };
    records.push(JSON.parse(JSON.stringify(record)) as LinkRecord);
    if (format === 'jsonl') await write(`${JSON.stringify({ type: 'message', ...message })}\n`);
    else if (format === 'json') await write(`${message.index ? ',' : ''}\n${JSON.stringify(message)}`);
    else await write(formatExtracted({ messages: [message], urlLists: [], errors: [] }, { color }));
  }

  const tokens = messageTokens(records);
  if (format === 'jsonl') {
    for (const t of tokens) await write(`${JSON.stringify({ type: 'tokens', ...t })}\n`);
  } else if (format === 'json') {
    await write(`\n],\n"urlLists":${JSON.stringify(urlLists)},\n"errors":${JSON.stringify(errors)},\n"tokens":[`);
    for (const [i, t] of tokens.entries()) await write(`${i ? ',' : ''}\n${JSON.stringify(t)}`);
    await write('\n]}\n');
  } else {
    await write(formatExtracted({ messages: [], urlLists, errors }, { color }));
    await write(formatTokens(tokens, { color }));
  }
}

/** Tokens across all messages, aligned only within a campaign. Link ids are `message:link`. */
function messageTokens(records: LinkRecord[]): MessageTokens[] {
  const campaigns = groupCampaigns(records.map((r) => ({ ...r, urls: r.urls.filter((u): u is string => u !== null) })));
  const tokens = analyzeTokens(
    'extract',
    records.flatMap((r, mi) => r.urls.flatMap((url, li) => (url === null ? [] : [{ linkId: `${mi}:${li}`, url, recipients: r.recipients, campaign: campaigns[mi] }]))),
  );
  const byMessage = new Map<number, Token[]>();
  for (const t of tokens) {
    const mi = Number(t.linkId.slice(0, t.linkId.indexOf(':')));
    pushTo(byMessage, mi, t);
  }
  return [...byMessage.entries()].sort(([a], [b]) => a - b).map(([message, list]) => ({ message, source: records[message].source, tokens: list }));
}
