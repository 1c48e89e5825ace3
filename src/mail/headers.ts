// Header values from the raw bytes, for when mailparser's decoding is not enough: encoded words in
// a mislabelled charset, or raw 8-bit bytes (no RFC 2047) in a charset other than UTF-8.
import { decodeBytes, decodeMixedBytes } from './charset.ts';

/** The header block's fields, unfolded, as raw bytes (latin1 keeps every byte). Names lower-case. */
export function rawHeaderFields(raw: Buffer): Map<string, Buffer[]> {
  const head = raw.subarray(0, Math.min(raw.length, 1 << 20)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = end === -1 ? head : head.slice(0, end);
  const fields = new Map<string, Buffer[]>();
  for (const line of block.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const m = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1].toLowerCase();
    const list = fields.get(name) ?? [];
    list.push(Buffer.from(m[2], 'latin1'));
    fields.set(name, list);
  }
  return fields;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, payload: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(payload, 'base64');
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const c = payload[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9a-f]{2}$/i.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * Decode one raw header value. Adjacent encoded words in the same charset are joined before
 * decoding (senders split multi-byte characters across words), and each charset label is checked
 * against its bytes. Returns the text and the charset labels met.
 */
export function decodeHeaderValue(value: Buffer): { text: string; charsets: string[] } {
  const s = value.toString('latin1');
  const out: string[] = [];
  const charsets: string[] = [];
  let pending: { charset: string; bytes: Buffer[] } | null = null;
  const flush = () => {
    if (pending) out.push(decodeBytes(Buffer.concat(pending.bytes), pending.charset).text);
    pending = null;
  };
  let last = 0;
  for (const m of s.matchAll(ENCODED_WORD)) {
    const between = s.slice(last, m.index);
    const charset = m[1].replace(/\*.*$/, ''); // RFC 2231 language suffix
    const blank = /^\s*$/.test(between);
    if (!(pending && blank && pending.charset.toLowerCase() === charset.toLowerCase())) {
      // whitespace between two encoded words is not part of the text
      const dropBetween = pending !== null && blank;
      flush();
      if (!dropBetween) out.push(decodeMixedBytes(Buffer.from(between, 'latin1')));
      pending = { charset, bytes: [] };
      charsets.push(charset.toLowerCase());
    }
    pending.bytes.push(wordBytes(m[2], m[3]));
    last = m.index + m[0].length;
  }
  flush();
  out.push(decodeMixedBytes(Buffer.from(s.slice(last), 'latin1')));
  return { text: out.join(''), charsets };
}

/** The display name of a raw From value (`"Name" <addr>` or `Name <addr>`), decoded. */
export function displayNameOf(value: Buffer): string {
  const text = decodeHeaderValue(value).text;
  const lt = text.lastIndexOf('<');
  const name = lt === -1 ? '' : text.slice(0, lt);
  return name.trim().replace(/^"(.*)"$/s, '$1').replace(/\\(.)/g, '$1').trim();
}

/** Addresses in a header value, local part kept as written, domain lower-cased. */
export function addressesIn(value: string): string[] {
  return [...value.matchAll(/[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+/g)].map((m) => {
    const at = m[0].lastIndexOf('@');
    return `${m[0].slice(0, at)}@${m[0].slice(at + 1).replace(/\.$/, '').toLowerCase()}`;
  });
}
