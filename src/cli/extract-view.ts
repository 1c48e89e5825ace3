// The human-readable view of `extract`.
import { stripControls } from '../report/safe-text.ts';
import type { ExtractResult, MessageTokens } from './extract.ts';

/** Attacker strings must not drive the terminal: control characters are shown, not obeyed. */
const clean = (s: string | null | undefined): string => stripControls(s ?? '');

export function formatExtracted(r: ExtractResult, opts: { color: boolean }): string {
  const b = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const m of r.messages) {
    out.push(b(`${clean(m.source)}`));
    out.push(`  subject:    ${clean(m.subject)}`);
    out.push(`  from:       ${clean(m.from.name)} <${clean(m.from.address)}>`);
    out.push(`  recipients: ${m.recipients.map(clean).join(', ') || '-'}`);
    for (const f of m.sender.findings) out.push(`  finding:    ${f.kind}${f.brand ? ` [${clean(f.brand)}]` : ''}: ${clean(f.detail)}`);
    for (const l of m.links) {
      const state = l.visitable ? 'visit' : dim(`skip: ${clean(l.refused)}`);
      out.push(`  ${l.kind.padEnd(7)} ${clean(l.url)}  ${state}`);
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
  const out: string[] = [];
  for (const { source, tokens } of list) {
    out.push(opts.color ? `\x1b[1mtokens: ${clean(source)}\x1b[0m` : `tokens: ${clean(source)}`);
    for (const t of tokens) out.push(`  token   ${t.component} = ${clean(t.value).slice(0, 60)}  ${t.kind} ${t.format}${t.derivation ? `  ${t.derivation}` : ''}`);
    out.push('');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
