// `--decoy`: the URL as the campaign would have sent it to the persona's decoy address, and the
// check that a string (a URL, a header, a body) carries a real address in any encoding we know.
import type { Substitution, Token } from '../model.ts';
import { decodeStep, MAX_DEPTH, nest } from './decode.ts';
import { decomposeUrl, spliceUrl } from './decompose.ts';
import { crc32Forms, digestHex, explainValue } from './explain.ts';

export interface DecoyResult {
  url: string;
  substitutions: Substitution[];
  /** Components of per-recipient (or unknown) tokens that nothing explains: sent unchanged. */
  unexplained: string[];
  /** What the substitute cannot fake (a JWT signature), or a recipient still found afterwards. */
  warnings: string[];
}

/**
 * Replaces every token of `url` that is explained from its recipient by the same derivation of
 * `decoyEmail`; every other byte of the URL is kept. A JWT keeps its header and signature around
 * the new payload: re-signing is impossible, so the signature no longer verifies (said in warnings).
 */
export function decoyUrl(url: string, tokens: Token[], decoyEmail: string): DecoyResult {
  const components = new Map(decomposeUrl(url).map((c) => [c.component, c]));
  const substitutions: Substitution[] = [];
  const replacements: { start: number; end: number; value: string }[] = [];
  const unexplained: string[] = [];
  const warnings: string[] = [];
  for (const token of tokens.filter((t) => t.url === url)) {
    const component = components.get(token.component);
    if (!component || component.value !== token.value) continue;
    const explanation = token.recipient && token.derivation ? explainValue(token.value, token.recipient) : null;
    if (!explanation) {
      if (token.kind === 'per-recipient' || token.kind === 'unknown') unexplained.push(token.component);
      continue;
    }
    const substitute = explanation.rebuild(decoyEmail);
    replacements.push({ start: component.start, end: component.end, value: substitute });
    substitutions.push({ component: token.component, original: token.value, substitute, derivation: explanation.derivation });
    if (explanation.derivation.includes('jwt.')) {
      warnings.push(`${token.component}: JWT payload replaced under the original signature, which no longer verifies`);
    }
  }
  const decoyed = spliceUrl(url, replacements);
  for (const recipient of new Set(tokens.filter((t) => t.url === url && t.recipient).map((t) => t.recipient as string))) {
    const leak = containsRecipient(decoyed, recipient);
    if (leak) warnings.push(`the decoy URL still carries the recipient as ${leak}`);
  }
  return { url: decoyed, substitutions, unexplained, warnings };
}

const CONTAINS_DEPTH = 3;
const DIGESTS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

/**
 * The derivation under which `text` carries `recipient` (plain, urlencoded, base64/base64url at
 * any alignment, hex, md5…sha512 and crc32 of the address as written or lower-cased, and all of
 * these again inside percent-, base64- or hex-encoded runs and JWTs), or null.
 */
export function containsRecipient(text: string, recipient: string): string | null {
  if (!recipient.includes('@')) return null;
  const forms = [{ name: 'lower(email)', value: recipient.toLowerCase() }];
  if (recipient !== recipient.toLowerCase()) forms.push({ name: 'email', value: recipient });
  return scan(text, recipient, forms, 0);
}

function scan(text: string, recipient: string, forms: { name: string; value: string }[], depth: number): string | null {
  const lower = text.toLowerCase();
  if (lower.includes(recipient.toLowerCase())) return 'email';
  if (lower.includes(encodeURIComponent(recipient).toLowerCase())) return 'urlencoded(email)';
  for (const form of forms) {
    for (const algorithm of DIGESTS) {
      if (lower.includes(digestHex(algorithm, form.value))) return `${algorithm}(${form.name})`;
    }
    if (lower.includes(Buffer.from(form.value, 'utf8').toString('hex'))) return `hex(${form.name})`;
    for (const core of base64Cores(form.value)) {
      if (text.includes(core)) return `base64(${form.name})`;
      if (text.includes(toUrlAlphabet(core))) return `base64url(${form.name})`;
    }
    const crc = crc32Forms(form.value);
    if (crc && (lower.match(/[0-9a-f]+/g)?.includes(crc.hex) || text.match(/\d+/g)?.includes(crc.decimal))) {
      return `crc32(${form.name})`;
    }
  }
  if (depth >= Math.min(CONTAINS_DEPTH, MAX_DEPTH)) return null;
  const percentDecoded = text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  if (percentDecoded !== text) {
    const inner = scan(percentDecoded, recipient, forms, depth + 1);
    if (inner) return `urlencoded(${inner})`;
  }
  for (const run of new Set(text.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? [])) {
    for (const layer of decodeStep(run)) {
      if (layer.kind !== 'text') continue;
      const inner = scan(layer.text, recipient, forms, depth + 1);
      if (inner) return nest(layer.encodings, inner);
    }
  }
  return null;
}

/**
 * The base64 characters that depend on the address alone, for each of the three alignments it
 * can have inside a longer encoded string.
 */
function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    return encoded.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + bytes.length) * 8) / 6));
  });
}

function toUrlAlphabet(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_');
}
