// One raw message to a ParsedMail: mailparser for the MIME structure and transfer encodings, our
// charset checks for what it decodes under a wrong label, then links, recipients and sender findings.
// Never throws for bad input: what goes wrong ends up in `errors`.
import { simpleParser, type ParsedMail as MailparserResult } from 'mailparser';
import { loadBrands, type Brand } from '../brands.ts';
import type { Address, Message } from '../model.ts';
import { decodeBytes, iconvFor, isAscii, type CharsetLog } from './charset.ts';
import { cleanName, decodeHeaderValue, headerDate, mailboxesIn, rawHeaderFields, type Mailbox } from './headers.ts';
import { extractLinks, hiddenLinkFindings, type BodyPart, type ExtractedLink } from './links.ts';
import { linkSources, type LinkSources, type MailAttachment } from './parts.ts';
import { senderFindings } from './sender.ts';
import { structureProblems } from './structure.ts';

export type { ExtractedLink } from './links.ts';
export type { MailAttachment } from './parts.ts';

export interface MailOptions {
  /** Extra headers that name the recipient, besides To, Delivered-To, X-Original-To, Envelope-To. */
  recipientHeaders?: string[];
  /** Brand list for the sender checks (default: the built-in list). */
  brands?: Brand[];
}

export type ParsedMail = Omit<Message, 'id' | 'jobId' | 'links'> & {
  replyTo: string | null;
  returnPath: string | null;
  links: ExtractedLink[];
  /** Charset labels the message declares (parts and encoded words), lower-case. */
  charsets: string[];
  /** HTML and SVG attachments, each also a link of kind `attachment`: the crawl job stores and serves them. */
  attachments: MailAttachment[];
};

/** Messages above this are parsed from their first MAX_MESSAGE_BYTES only. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

const RECIPIENT_HEADERS = ['to', 'delivered-to', 'x-original-to', 'envelope-to'];

let builtinBrands: Brand[] | null = null;

// The raw value is parsed first (structure from the bytes); a value whose address only appears once
// decoded (a whole `Name <addr>` inside one encoded word, as some spam writes it) is read decoded.
// mailboxesIn reads bytes as latin1 characters: decoded text goes back to its UTF-8 bytes first.
function mailboxes(value: Buffer | undefined): Mailbox[] {
  if (!value) return [];
  const raw = value.toString('latin1');
  const found = mailboxesIn(raw);
  if (found.length) return found;
  const text = decodeHeaderValue(value).text;
  const decoded = mailboxesIn(Buffer.from(text, 'utf8').toString('latin1'));
  if (decoded.length) return decoded;
  // Written in full-width forms (`PayPal ＜service＠paypal.example＞`), which a reader reads as the
  // ASCII ones. Only when nothing else holds an address: `ama＠zon@x` keeps its ＠.
  const folded = text.replace(/[＠＜＞．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const wide = folded === text ? [] : mailboxesIn(Buffer.from(folded, 'utf8').toString('latin1'));
  return wide.length ? wide : [{ address: '', name: cleanName(raw.replace(/<[^>]*>?/g, '')) }];
}

function firstMailbox(value: Buffer | undefined): Mailbox | null {
  return mailboxes(value)[0] ?? null;
}

function declaredCharsets(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/^content-type:[^\n]*(?:\n[ \t][^\n]*)*/gim)) {
    const c = /charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(m[0]);
    if (c) out.push((c[1] ?? c[2]).trim().toLowerCase());
  }
  return out;
}

function encodedWordCharsets(fields: Map<string, Buffer[]>): string[] {
  const out: string[] = [];
  for (const values of fields.values()) {
    for (const v of values) for (const m of v.toString('latin1').matchAll(/=\?([^?\s*]+)[^?\s]*\?[bBqQ]\?/g)) out.push(m[1].toLowerCase());
  }
  return out;
}

function recipientsOf(fields: Map<string, Buffer[]>, extra: string[]): string[] {
  const seen = new Set<string>();
  for (const name of [...RECIPIENT_HEADERS, ...extra.map((h) => h.toLowerCase())]) {
    for (const value of fields.get(name) ?? []) {
      for (const m of mailboxesIn(value.toString('latin1'))) seen.add(m.address);
    }
  }
  return [...seen];
}

// mailparser decodes raw 8-bit headers as UTF-8, trusts encoded-word labels (iso-2022-jp over
// Shift_JIS bytes) and leaves words with odd labels (`=?_iso-2022-jp$ESC?B?…?=`) undecoded. Where
// the raw value has encoded words or 8-bit bytes, our own decoding (labels checked) is used instead.
function needsOwnDecoding(raw: Buffer | undefined): raw is Buffer {
  return raw !== undefined && (raw.includes('=?') || !isAscii(raw));
}

function rawBodyFallback(raw: Buffer): LinkSources {
  const text = raw.toString('latin1');
  const start = text.search(/\r?\n\r?\n/);
  const body = decodeBytes(raw.subarray(start === -1 ? 0 : start), null).text;
  const parts: BodyPart[] = [{ type: 'html', content: body, where: 'body' }];
  return { parts, candidates: [], attachments: [], notes: [] };
}

/** A message with nothing read from it but its problems. */
export function emptyMail(source: string, errors: string[]): ParsedMail {
  return {
    source, messageId: null, subject: '', date: null, from: { address: '', name: '' }, replyTo: null, returnPath: null,
    recipients: [], sender: { findings: [] }, links: [], errors, charsets: [], attachments: [],
  };
}

export async function parseMail(input: Buffer, source: string, opts: MailOptions = {}): Promise<ParsedMail> {
  const errors: string[] = [];
  let raw = input;
  if (raw.length > MAX_MESSAGE_BYTES) {
    errors.push(`message of ${raw.length} bytes cut to its first ${MAX_MESSAGE_BYTES} bytes`);
    raw = raw.subarray(0, MAX_MESSAGE_BYTES);
  }
  errors.push(...structureProblems(raw));
  if (raw.length === 0) return emptyMail(source, errors);

  const log: CharsetLog = { labels: new Set(), fallbacks: [] };
  const fields = rawHeaderFields(raw);
  let mail: MailparserResult | null = null;
  try {
    mail = await simpleParser(raw, {
      Iconv: iconvFor(log),
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      keepCidLinks: true,
      checksumAlgo: false,
    });
  } catch (err) {
    errors.push(`MIME structure unreadable (${(err as Error).message}); links taken from the raw body`);
  }

  const header = (name: string): string => {
    const value = fields.get(name)?.[0];
    return value ? decodeHeaderValue(value).text.trim() : '';
  };
  const subjectRaw = fields.get('subject')?.[0];
  const subject = mail && !needsOwnDecoding(subjectRaw) ? (mail.subject ?? '') : header('subject');
  const fromRaw = fields.get('from')?.[0];
  const fromBoxes = mailboxes(fromRaw);
  const from: Address = fromBoxes[0] ?? { address: '', name: '' };
  const otherFrom = [...new Set(fromBoxes.slice(1).map((m) => m.address).filter((a) => a && a !== from.address))];
  if (!fromRaw) errors.push('no From header');

  const replyTo = firstMailbox(fields.get('reply-to')?.[0])?.address || null;
  const returnPath = firstMailbox(fields.get('return-path')?.[0])?.address || null;
  const date = headerDate(header('date'));

  let links: ExtractedLink[] = [];
  let attachments: MailAttachment[] = [];
  try {
    const sources = mail ? await linkSources(mail, log) : rawBodyFallback(raw);
    links = extractLinks(sources.parts, sources.candidates);
    attachments = sources.attachments;
    errors.push(...sources.notes);
  } catch (err) {
    errors.push(`link extraction failed: ${(err as Error).message}`);
  }
  errors.push(...log.fallbacks);

  const brands = opts.brands ?? (builtinBrands ??= loadBrands());
  const charsets = [...new Set([...declaredCharsets(raw.toString('latin1')), ...encodedWordCharsets(fields), ...log.labels])];
  return {
    source,
    messageId: mail?.messageId ?? (header('message-id') || null),
    subject,
    date,
    from,
    replyTo,
    returnPath,
    recipients: recipientsOf(fields, opts.recipientHeaders ?? []),
    sender: { findings: [...senderFindings({ from, otherFrom, replyTo, returnPath }, brands), ...hiddenLinkFindings(links)] },
    links,
    errors,
    charsets,
    attachments,
  };
}
