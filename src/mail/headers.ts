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
    if (c === '"') i = quotedEnd(s, i, i);
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

/** Where the quoted string opened at `open` ends; `unclosed` when it never does (then the quote is a stray character). */
function quotedEnd(s: string, open: number, unclosed = s.length): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return unclosed;
}

/** Quoted strings (closed ones only: `"PayPal <a@x>` has a stray quote, not a name) and encoded words blanked out, same length. */
function blankQuotedAndEncoded(s: string, quotes = true): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    let end = i;
    if (c === '"' && quotes) end = quotedEnd(s, i, i);
    else if (c === '=' && s[i + 1] === '?') {
      ENCODED_WORD_AT.lastIndex = i;
      if (ENCODED_WORD_AT.test(s)) end = ENCODED_WORD_AT.lastIndex - 1;
    }
    out += end === i ? c : ' '.repeat(end - i + 1);
    i = end;
  }
  return out;
}

/** The text with quoted strings and comments blanked out (same length), so offsets hold. */
function unquotedView(s: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (depth === 0 && c === '"' && quotedEnd(s, i, i) !== i) {
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

// A domain as written: a domain literal, or labels with none of the characters that cannot be in one.
const DOMAIN = /^(?:\[[^\]\s]*\]|[^\s<>@"'(),;:[\]\\?]+)$/;

function cleanAddress(raw: string): string | null {
  const trim = (t: string) => t.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  // Comments (`<info@x (Support)>`) and doubled brackets (`<<info@x>>`) are no part of the address.
  let a = trim(raw.replace(/\([^()]*\)/g, ' ').replace(/^[ \t<]+/, '')).replace(/^mailto:/i, '');
  // A folded or padded address (`<info@\r\n bank.example>`, `<info @ bank.example>`): whitespace
  // beside its @ and dots is no part of it. A name inside the brackets (`<PayPal a@x>`) is not
  // either; any other space (`<a@bank.exa mple>`) leaves no address rather than half of one.
  if (!a.includes('"')) {
    a = a.replace(/[ \t\r\n]*([@.])[ \t\r\n]*/g, '$1');
    const words = a.split(/[ \t\r\n]+/);
    if (words.length > 1 && words.findIndex((w) => w.includes('@')) === words.length - 1) a = words[words.length - 1];
  }
  if (/^(["'])[^"']*\1$/.test(a)) a = trim(a.slice(1, -1));
  // Obsolete source route (`<@relay.example:info@bank.example>`), and what follows a mailto: address.
  a = a.replace(/^@[^:]*:/, '').replace(/(@[^?]*)\?.*$/, '$1');
  // A quoted local part stays quoted unless it needs no quotes (`"a.b"@x` is a.b@x); any other
  // quote is stray (`<"info@x>`, `<info"@x>`, `<info@'x>`), and dropped.
  const quotedLocal = /^"((?:[^"\\]|\\.)*)"@([^"]*)$/.exec(a);
  if (quotedLocal) a = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(quotedLocal[1]) ? `${quotedLocal[1]}@${quotedLocal[2]}` : a;
  else a = a.replace(/["']/g, (q, at: number) => (q === "'" && a.lastIndexOf('@') > at ? q : ''));
  // The last @ splits: `phishing@pot@hotmail.com` (a rewritten address) keeps its whole local part.
  const m = quotedLocal && a.startsWith('"') ? /^("(?:[^"\\]|\\.)*")@([^ \t\r\n<>@"]+?)\.?$/.exec(a) : /^([^ \t\r\n<>"]+)@([^ \t\r\n<>@"]+?)\.?$/.exec(a);
  // A domain that is no domain (`bank,example`, `bank..example`) gives no address rather than a wrong one.
  if (!m || !m[2] || !DOMAIN.test(m[2]) || /(?:^|\.)\.|^\./.test(m[2])) return null;
  // Raw 8-bit bytes are UTF-8 in an internationalised address (RFC 6532), or a look-alike in one.
  // Decoded before lower-casing: latin1 case mapping would turn UTF-8 lead bytes (0xC3) into others (0xE3).
  const text = (t: string) => decodeMixedBytes(Buffer.from(t, 'latin1'));
  return `${text(m[1])}@${text(m[2]).toLowerCase()}`;
}

/** A display name from raw header text: stray separators and quotes dropped, encoded words decoded. */
export function cleanName(raw: string): string {
  const unquoted = raw
    .replace(/<\s*>/g, ' ')
    .replace(/[\s[(<]*mailto:?$/i, '')
    .replace(/^[\s,;:)>]+|[\s,;:(<[]+$/g, '')
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
  // A group is a name, a colon, mailboxes and a closing semicolon; a colon without the semicolon is
  // part of a display name (`Nur für Sie: Kit <a@x>`).
  const group = /;\s*$/.test(value) ? /^[^:"<>@,;]*:/.exec(value)?.[0] : undefined;
  let nameStart: number | null = null;
  for (const seg of segments(value)) {
    const text = value.slice(seg.start, seg.end);
    let found: { address: string; before: string; after: string } | null = null;
    const view = unquotedView(blankQuotedAndEncoded(text));
    // Angle brackets count inside a comment too (`Name,(<a@x>)`), never inside a quoted name or an
    // encoded word (`=?UTF-8?Q?PayPal_<a@x>?=` is read decoded, as a whole).
    const angleView = blankQuotedAndEncoded(text);
    for (const m of angleView.matchAll(/<([^>]*)>?/g)) {
      const address = cleanAddress(text.slice(m.index + 1, m.index + 1 + m[1].length));
      if (address) {
        found = { address, before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) };
        break;
      }
    }
    if (!found) {
      // Not inside angle brackets that held no address (`<info@bank,example>` is no `info@bank`).
      const bare = BARE_ADDRESS.exec(view.replace(/<[^>]*>?/g, (a) => ' '.repeat(a.length)));
      const address = bare ? cleanAddress(bare[0]) : null;
      if (bare && address) found = { address, before: text.slice(0, bare.index), after: text.slice(bare.index + bare[0].length) };
    }
    if (!found) {
      nameStart ??= seg.start;
      continue;
    }
    let before = nameStart === null ? found.before : value.slice(nameStart, seg.start) + found.before;
    // Group syntax (`Team: "Alice" <a@x>, b@y;`): the group's name is not the mailbox's.
    if (group && out.length === 0 && nameStart === null) before = before.slice(group.length);
    let name = cleanName(before);
    if (!name) name = cleanName(commentIn(found.after) || commentIn(found.before));
    out.push({ address: found.address, name });
    nameStart = null;
  }
  // Nothing but a quoted address (`From: "noreply@bank.example"`): that is the address.
  // Or a name with the address in a comment (`Security Team (security@bank.example)`). Never from
  // inside an encoded word: that is read decoded.
  if (out.length === 0) {
    const quoted = BARE_ADDRESS.exec(blankQuotedAndEncoded(value, false).replace(/<[^>]*>?/g, (a) => ' '.repeat(a.length)));
    const address = quoted ? cleanAddress(quoted[0]) : null;
    if (quoted && address) out.push({ address, name: cleanName(value.slice(0, quoted.index).replace(/[\s"(]+$/, '')) });
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
