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

// Mailboxes as real mail writes them, not as RFC 5322 wishes: a display name cut from its address by
// a stray comma, semicolon or parenthesis (`"Sale!", <a@x>`, `Name,(<a@x>)`, `Dept;<a@x>`), a
// colon that is no group (`Nur für Sie: Kit <a@x>`), an address in quotes (`<"a@x">`). Structure
// is read on the raw value, never on decoded text: an encoded word cannot smuggle in an address.
// A piece without an address is the name of the next address.

export interface Mailbox {
  address: string;
  name: string;
}

// The value is read as latin1 (one character a byte), where \s would also match the byte 0xA0 inside
// a raw UTF-8 character (U+FF20, a full-width @, is EF BC A0): only ASCII space separates here.
const ENCODED_WORD_AT = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/y;
const BARE_ADDRESS = /[^ \t\r\n<>"',;:()[\]]+@[^ \t\r\n<>"',;:()[\]]+/;

interface Segment {
  start: number;
  end: number;
}

/** Pieces between commas and semicolons that stand outside quotes, angle brackets and encoded words. */
function segments(s: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') i = quotedEnd(s, i);
    else if (c === '<') i = s.indexOf('>', i) === -1 ? s.length : s.indexOf('>', i);
    else if (c === '=' && s[i + 1] === '?') {
      ENCODED_WORD_AT.lastIndex = i;
      if (ENCODED_WORD_AT.test(s)) i = ENCODED_WORD_AT.lastIndex - 1;
    } else if (c === ',' || c === ';') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: s.length });
  return out;
}

function quotedEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

/** The text with quoted strings and comments blanked out (same length), so offsets hold. */
function unquotedView(s: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (depth === 0 && c === '"') {
      const end = quotedEnd(s, i);
      out += ' '.repeat(end - i + 1);
      i = end;
    } else if (c === '(') {
      depth++;
      out += ' ';
    } else if (c === ')' && depth > 0) {
      depth--;
      out += ' ';
    } else out += depth ? ' ' : c;
  }
  return out.slice(0, s.length);
}

function cleanAddress(raw: string): string | null {
  const trim = (t: string) => t.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  let a = trim(raw).replace(/^mailto:/i, '');
  if (/^"[^"]*"$/.test(a)) a = trim(a.slice(1, -1));
  // The last @ splits: `phishing@pot@hotmail.com` (a rewritten address) keeps its whole local part.
  const m = /^([^ \t\r\n<>]+)@([^ \t\r\n<>@"]+?)\.?$/.exec(a);
  if (!m || !m[2]) return null;
  // Raw 8-bit bytes are UTF-8 in an internationalised address (RFC 6532), or a look-alike in one.
  // Decoded before lower-casing: latin1 case mapping would turn UTF-8 lead bytes (0xC3) into others (0xE3).
  const text = (t: string) => decodeMixedBytes(Buffer.from(t, 'latin1'));
  return `${text(m[1])}@${text(m[2]).toLowerCase()}`;
}

/** A display name from raw header text: stray separators and quotes dropped, encoded words decoded. */
export function cleanName(raw: string): string {
  const unquoted = raw
    .replace(/^[\s,;:)>]+|[\s,;:(<]+$/g, '')
    .replace(/"((?:[^"\\]|\\.)*)"?/g, (_all, inner: string) => inner.replace(/\\(.)/g, '$1'));
  return decodeHeaderValue(Buffer.from(unquoted, 'latin1')).text.replace(/\s+/g, ' ').trim();
}

function commentIn(s: string): string {
  const m = /\(([^()]*)\)/.exec(s);
  return m ? m[1] : '';
}

/** The mailboxes of a raw header value (latin1 string of its bytes), in order. */
export function mailboxesIn(value: string): Mailbox[] {
  const out: Mailbox[] = [];
  let nameStart: number | null = null;
  for (const seg of segments(value)) {
    const text = value.slice(seg.start, seg.end);
    let found: { address: string; before: string; after: string } | null = null;
    const view = unquotedView(text);
    // Angle brackets count inside a comment too (`Name,(<a@x>)`), never inside a quoted name.
    const angleView = text.replace(/"(?:[^"\\]|\\.)*"?/g, (q) => ' '.repeat(q.length));
    for (const m of angleView.matchAll(/<([^>]*)>?/g)) {
      const address = cleanAddress(text.slice(m.index + 1, m.index + 1 + m[1].length));
      if (address) {
        found = { address, before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) };
        break;
      }
    }
    if (!found) {
      const bare = BARE_ADDRESS.exec(view);
      const address = bare ? cleanAddress(bare[0]) : null;
      if (bare && address) found = { address, before: text.slice(0, bare.index), after: text.slice(bare.index + bare[0].length) };
    }
    if (!found) {
      nameStart ??= seg.start;
      continue;
    }
    const before = nameStart === null ? found.before : value.slice(nameStart, seg.start) + found.before;
    let name = cleanName(before);
    if (!name) name = cleanName(commentIn(found.after) || commentIn(found.before));
    out.push({ address: found.address, name });
    nameStart = null;
  }
  // Nothing but a quoted address (`From: "noreply@bank.example"`): that is the address.
  if (out.length === 0) {
    const quoted = BARE_ADDRESS.exec(value);
    const address = quoted ? cleanAddress(quoted[0]) : null;
    if (address) out.push({ address, name: '' });
  }
  return out;
}

// The date-time of RFC 5322 with what real writers put after it cut off: a second time, a stray
// number glued to the zone (`+0000-62495-238`), a comment.
const RFC5322_DATE = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s+([+-]\d{4}\b|[A-Za-z]{1,3}T\b|UT\b|Z\b))?/;
const ISO_DATE_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i;
// RFC 5322's obsolete zone names, and the ones Japanese and Korean senders write.
const ZONES: Record<string, string> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000', EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500',
  MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700', JST: '+0900', KST: '+0900',
};

/**
 * A Date header as ISO-8601, or null when it is missing or unreadable (never "now": mailparser's
 * stand-in would date the message at the moment it was read). A date without a zone we know is
 * taken as UTC, so the result never depends on the machine's time zone.
 */
export function headerDate(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  const m = RFC5322_DATE.exec(text);
  const zone = (name = '') => ZONES[name.toUpperCase()] ?? (/^[+-]\d{4}$/.test(name) ? name : '+0000');
  // Last, what JavaScript's lenient parser reads (`11-04-2023` as 4 Nov, as mailparser did), pinned to UTC.
  const time = m ? Date.parse(`${m[1]} ${zone(m[2])}`) : ISO_DATE_WITH_ZONE.test(text) ? Date.parse(text) : text ? Date.parse(`${text} UTC`) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
