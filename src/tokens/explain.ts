// Explains a token value from a recipient address: which function of the address produced it.
// Derivations are written as function composition, the last encoding applied outermost:
//   email                     the address as written (compared case-insensitively)
//   lower(email)              lower-cased; hashes try this first, since senders normalise before hashing
//   local(email)              the local part alone
//   md5(lower(email))         hex digests (md5, sha1, sha224, sha256, sha384, sha512, crc32)
//   base64url(email)          encodings peeled by decode.ts: urlencoded, base64, base64url, hex, zlib…
//   jwt.sub=email             a JWT claim; json.user.mail=… for a JSON object
//   url(query:e=email)        a URL whose component holds the address (several: comma-separated)
//   text(email)               the address inside longer text
// Every explanation carries `rebuild`, the same derivation applied to another address: that is
// how a decoy value is made.
import { createHash, type BinaryLike } from 'node:crypto';
import * as zlib from 'node:zlib';
import { decodeStep, isAbsoluteUrl, MAX_DEPTH, nest, parseJsonObject, type Layer } from './decode.ts';
import { decomposeUrl, spliceUrl } from './decompose.ts';

export interface Explanation {
  format: string;
  derivation: string;
  rebuild(address: string): string;
}

interface Form {
  name: string;
  of(address: string): string;
}

const AS_WRITTEN: Form = { name: 'email', of: (a) => a };
const LOWER: Form = { name: 'lower(email)', of: (a) => a.toLowerCase() };
const LOCAL: Form = { name: 'local(email)', of: (a) => a.slice(0, a.lastIndexOf('@')) };
/** A short local part (`info`, `abc`) equals an ordinary path word too often to mean anything. */
const MIN_LOCAL_PART = 5;

const DIGEST_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
const DIGEST_HEX_LENGTH: Record<string, number> = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 };

// node:zlib has crc32 from Node 20.15; the project allows 20.11, hence the guarded lookup.
const zlibCrc32 = (zlib as { crc32?: (data: BinaryLike) => number }).crc32;

export function digestHex(algorithm: string, text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}

/** crc32 as 8 hex digits and as a decimal number, or null on a Node without zlib.crc32. */
export function crc32Forms(text: string): { hex: string; decimal: string } | null {
  if (!zlibCrc32) return null;
  const n = zlibCrc32(text);
  return { hex: n.toString(16).padStart(8, '0'), decimal: String(n) };
}

/** The forms a hash may have been computed from, most likely first. */
function hashForms(recipient: string): Form[] {
  return recipient === recipient.toLowerCase() ? [LOWER] : [LOWER, AS_WRITTEN];
}

function matchDirect(value: string, recipient: string): Explanation | null {
  const lowerValue = value.toLowerCase();
  if (lowerValue === recipient.toLowerCase()) {
    const form = value !== recipient && value === recipient.toLowerCase() ? LOWER : AS_WRITTEN;
    return { format: 'plain-email', derivation: form.name, rebuild: form.of };
  }
  const local = LOCAL.of(recipient);
  if (local.length >= MIN_LOCAL_PART && lowerValue === local.toLowerCase()) {
    return { format: 'local-part', derivation: LOCAL.name, rebuild: LOCAL.of };
  }
  if (/^[0-9a-f]+$/i.test(value)) {
    const upper = /[A-F]/.test(value);
    const asValue = (hex: string) => (upper ? hex.toUpperCase() : hex);
    for (const form of hashForms(recipient)) {
      for (const algorithm of DIGEST_ALGORITHMS) {
        if (value.length === DIGEST_HEX_LENGTH[algorithm] && digestHex(algorithm, form.of(recipient)) === lowerValue) {
          return { format: algorithm, derivation: `${algorithm}(${form.name})`, rebuild: (a) => asValue(digestHex(algorithm, form.of(a))) };
        }
      }
    }
  }
  for (const form of hashForms(recipient)) {
    const crc = crc32Forms(form.of(recipient));
    if (crc && (lowerValue === crc.hex || value === crc.decimal)) {
      const asHex = value.length === 8 && lowerValue === crc.hex;
      const upper = /[A-F]/.test(value);
      return {
        format: 'crc32',
        derivation: `crc32(${form.name})`,
        rebuild: (a) => {
          const forms = crc32Forms(form.of(a)) as { hex: string; decimal: string };
          return asHex ? (upper ? forms.hex.toUpperCase() : forms.hex) : forms.decimal;
        },
      };
    }
  }
  return null;
}

/**
 * Case-insensitive occurrences of the address inside longer text, as a whole address: not the
 * tail of a longer local part (`x.phishing@pot`) nor the head of a longer domain (`a@pot.com`,
 * `a@pot@host`).
 */
function matchContained(value: string, recipient: string): Explanation | null {
  const pattern = new RegExp(`(?<![A-Za-z0-9._%+-])${escapeRegExp(recipient)}(?![A-Za-z0-9_@-]|\\.[A-Za-z0-9])`, 'gi');
  if (!pattern.test(value)) return null;
  return { format: 'plain-email', derivation: 'text(email)', rebuild: (a) => value.replace(pattern, () => a) };
}

function explainLayer(layer: Layer, recipient: string, depth: number): Explanation | null {
  if (layer.kind === 'jwt') {
    const claims = explainJson(layer.payloadJson, layer.payload, recipient, depth, 'jwt');
    return claims && { format: 'jwt', derivation: claims.derivation, rebuild: (a) => layer.encode(claims.rebuild(a)) };
  }
  const inner = explainValue(layer.text, recipient, depth + 1);
  if (!inner) return null;
  const [outer] = layer.encodings;
  const format = outer === 'urlencoded' ? (inner.format === 'plain-email' ? 'urlencoded-email' : inner.format) : outer;
  return { format, derivation: nest(layer.encodings, inner.derivation), rebuild: (a) => layer.encode(inner.rebuild(a)) };
}

/**
 * String leaves of a JSON object (two levels deep) that explain. A rebuild replaces them inside
 * the JSON text as written, so its formatting survives; when the text escapes a value differently
 * from JSON.stringify, the object is serialised anew instead.
 */
function explainJson(json: string, object: Record<string, unknown>, recipient: string, depth: number, prefix: string): Explanation | null {
  const found: { keys: string[]; original: string; explanation: Explanation }[] = [];
  const walk = (node: Record<string, unknown>, keys: string[]): void => {
    for (const [key, leaf] of Object.entries(node)) {
      if (typeof leaf === 'string') {
        const explanation = explainValue(leaf, recipient, depth + 1);
        if (explanation) found.push({ keys: [...keys, key], original: leaf, explanation });
      } else if (leaf && typeof leaf === 'object' && !Array.isArray(leaf) && keys.length < 1) {
        walk(leaf as Record<string, unknown>, [...keys, key]);
      }
    }
  };
  walk(object, []);
  if (found.length === 0) return null;
  const inPlace = found.every((f) => json.includes(JSON.stringify(f.original)));
  return {
    format: prefix,
    derivation: found.map((f) => `${[prefix, ...f.keys].join('.')}=${f.explanation.derivation}`).join(','),
    rebuild: (a) => {
      if (inPlace) return found.reduce((text, f) => text.split(JSON.stringify(f.original)).join(JSON.stringify(f.explanation.rebuild(a))), json);
      const copy = structuredClone(object);
      for (const f of found) {
        const parent = f.keys.slice(0, -1).reduce((node, k) => node[k] as Record<string, unknown>, copy);
        parent[f.keys[f.keys.length - 1]] = f.explanation.rebuild(a);
      }
      return JSON.stringify(copy);
    },
  };
}

/** A URL whose components hold the address; only the innermost of nested components is used. */
function explainUrl(url: string, recipient: string, depth: number): Explanation | null {
  const explained = decomposeUrl(url)
    .filter((c) => c.component !== 'host')
    .map((c) => ({ ...c, explanation: explainValue(c.value, recipient, depth + 1) }))
    .filter((c): c is typeof c & { explanation: Explanation } => c.explanation !== null)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const picked = explained.filter((c, i) => !explained.slice(0, i).some((p) => p.start >= c.start && p.end <= c.end));
  if (picked.length === 0) return null;
  picked.sort((a, b) => a.start - b.start);
  return {
    format: 'url',
    derivation: `url(${picked.map((c) => `${c.component}=${c.explanation.derivation}`).join(',')})`,
    rebuild: (a) => spliceUrl(url, picked.map((c) => ({ start: c.start, end: c.end, value: c.explanation.rebuild(a) }))),
  };
}

/** The full explanation search, with `rebuild` for decoys. */
export function explainValue(value: string, recipient: string, depth = 0): Explanation | null {
  if (!value || !recipient.includes('@')) return null;
  const direct = matchDirect(value, recipient);
  if (direct) return direct;
  if (depth < MAX_DEPTH) {
    for (const layer of decodeStep(value)) {
      const explanation = explainLayer(layer, recipient, depth);
      if (explanation) return explanation;
    }
    if (isAbsoluteUrl(value)) {
      const url = explainUrl(value, recipient, depth);
      if (url) return url;
    }
    const object = parseJsonObject(value);
    if (object) {
      const json = explainJson(value, object, recipient, depth, 'json');
      if (json) return json;
    }
  }
  return matchContained(value, recipient);
}

export function explainToken(value: string, recipient: string): { format: string; derivation: string } | null {
  const explanation = explainValue(value, recipient);
  return explanation && { format: explanation.format, derivation: explanation.derivation };
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...value].length;
  let bits = 0;
  for (const c of counts.values()) bits -= (c / n) * Math.log2(c / n);
  return Math.round(bits * 1000) / 1000;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What an unexplained value looks like: uuid, numeric, hex, jwt, an encoding that decodes to
 * readable text (base64, base64url, urlencoded…), url, word (letters and separators only), or opaque.
 */
export function classifyValueFormat(value: string): { format: string; entropy: number } {
  const entropy = shannonEntropy(value);
  const format = ((): string => {
    if (UUID.test(value)) return 'uuid';
    if (/^\d+$/.test(value)) return 'numeric';
    if (/^[0-9a-f]+$|^[0-9A-F]+$/.test(value) && value.length >= 16 && value.length % 2 === 0) return 'hex';
    const [layer] = decodeStep(value);
    if (layer) return layer.kind === 'jwt' ? 'jwt' : layer.encodings[0];
    if (isAbsoluteUrl(value)) return 'url';
    if (/^[A-Za-z]+(?:[._-][A-Za-z]+)*$/.test(value)) return 'word';
    return 'opaque';
  })();
  return { format, entropy };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
