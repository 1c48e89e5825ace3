// A bundle safe to share: every per-recipient token value becomes its derivation
// (`[base64url(email)]`) or `[per-recipient]`, every recipient address `[recipient]`, wherever
// they appear (link, visit and hop URLs, final pages, cookies, token records, texts), in the
// forms a URL carries them (as is, percent-encoded, and an address lower-cased).
//
// Values shorter than 4 characters are replaced only where a string is exactly the value:
// replacing "42" inside every timestamp would destroy the trace without hiding anyone.
import { withoutBotSecrets } from '../fingerprint/operator.ts';
import type { Token, TraceBundle } from '../model.ts';

const MIN_SUBSTRING_LENGTH = 4;

interface Replacement {
  find: string;
  by: string;
}

function forms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), value.toLowerCase(), encodeURIComponent(value.toLowerCase())])];
}

function replacements(bundle: TraceBundle): Replacement[] {
  const byFind = new Map<string, string>();
  const addresses = new Set([
    ...bundle.messages.flatMap((m) => m.recipients),
    ...bundle.tokens.flatMap((t) => (t.recipient ? [t.recipient] : [])),
  ]);
  for (const a of addresses) for (const find of forms(a)) byFind.set(find, '[recipient]');
  // A token that is the plain address stays `[recipient]`: the address rule wins.
  const tokenLabel = (t: Token): string => (t.derivation ? `[${t.derivation}]` : '[per-recipient]');
  for (const t of bundle.tokens) {
    if (t.kind !== 'per-recipient') continue;
    for (const find of forms(t.value)) if (!byFind.has(find)) byFind.set(find, tokenLabel(t));
  }
  const out = [...byFind].map(([find, by]) => ({ find, by }));
  // Longest first: a token that contains the address is replaced whole.
  return out.filter((r) => r.find !== '').sort((x, y) => y.find.length - x.find.length);
}

function redactString(s: string, reps: Replacement[]): string {
  let out = s;
  for (const r of reps) {
    if (r.find.length < MIN_SUBSTRING_LENGTH) {
      if (out === r.find) out = r.by;
    } else if (out.includes(r.find)) {
      out = out.split(r.find).join(r.by);
    }
  }
  return out;
}

function walk(value: unknown, redact: (s: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, redact));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, redact)]));
  }
  return value;
}

export function redactTokens(bundle: TraceBundle): TraceBundle {
  const reps = replacements(bundle);
  return walk(bundle, (s) => redactString(s, reps)) as TraceBundle;
}

/**
 * Telegram bot tokens found in kits are live credentials (whoever holds one reads the loot the
 * bot received): every export keeps the bot's id, the part before the colon, and drops the secret.
 */
export function redactBotTokens(bundle: TraceBundle): TraceBundle {
  return walk(bundle, withoutBotSecrets) as TraceBundle;
}
