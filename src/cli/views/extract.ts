// The human-readable view of `extract`.
import type { ParsedMail } from '../../mail/parse.ts';
import type { MessageTokens } from '../../tokens/message-tokens.ts';
import { clean, painter } from './terminal.ts';

/** A parsed message as printed: its place in the output, attachments without their bytes. */
export type ExtractedMessage = Omit<ParsedMail, 'attachments'> & {
  index: number;
  attachments: { sha256: string; filename: string; mime: string; size: number }[];
};

export interface ExtractResult {
  messages: ExtractedMessage[];
  urlLists: { source: string; urls: string[] }[];
  errors: { source: string; error: string }[];
}

export function formatExtracted(r: ExtractResult, opts: { color: boolean }): string {
  const paint = painter(opts.color);
  const b = (s: string) => paint('bold', s);
  const dim = (s: string) => paint('dim', s);
  const out: string[] = [];
  for (const m of r.messages) {
    out.push(b(`${clean(m.source)}`));
    out.push(`  subject:    ${clean(m.subject)}`);
    out.push(`  from:       ${clean(m.from.name)} <${clean(m.from.address)}>`);
    out.push(`  recipients: ${m.recipients.map(clean).join(', ') || '-'}`);
    for (const f of m.sender.findings) out.push(`  finding:    ${clean(f.kind)}${f.brand ? ` [${clean(f.brand)}]` : ''}: ${clean(f.detail)}`);
    for (const l of m.links) {
      const state = l.visitable ? 'visit' : dim(`skip: ${clean(l.refused)}`);
      out.push(`  ${clean(l.kind).padEnd(7)} ${clean(l.url)}  ${state}`);
      if (l.text) out.push(dim(`          “${clean(l.text).slice(0, 80)}”`));
      if (l.wrappedUrl) out.push(dim(`          unwrapped from ${clean(l.wrappedUrl)}`));
      if (l.where !== 'body') out.push(dim(`          found in ${clean(l.where)}`));
    }
    for (const e of m.errors) out.push(`  error:      ${clean(e)}`);
    out.push('');
  }
  for (const u of r.urlLists) {
    out.push(b(clean(u.source)));
    for (const url of u.urls) out.push(`  ${clean(url)}`);
    out.push('');
  }
  for (const e of r.errors) out.push(`error: ${clean(e.source)}: ${clean(e.error)}`);
  return `${out.join('\n')}\n`;
}

/** The token table printed after the messages (tokens need every message first). */
export function formatTokens(list: MessageTokens[], opts: { color: boolean }): string {
  const paint = painter(opts.color);
  const out: string[] = [];
  for (const { source, tokens } of list) {
    out.push(paint('bold', `tokens: ${clean(source)}`));
    for (const t of tokens) {
      out.push(`  token   ${clean(t.component)} = ${clean(t.value).slice(0, 60)}  ${clean(t.kind)} ${clean(t.format)}${t.derivation ? `  ${clean(t.derivation)}` : ''}`);
    }
    out.push('');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
