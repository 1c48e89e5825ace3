// Decoding bytes whose charset label may be wrong, mangled or missing. Spam mislabels charsets on
// purpose and by accident (`_iso-2022-jp$ESC`, iso-2022-jp over Shift_JIS bytes, raw EUC-JP in a
// header), so a label is a hint: when it is unknown, or the bytes cannot be in that charset, the
// charset is detected instead (encoding-japanese for the Japanese family, UTF-8 validity otherwise).
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The charset the bytes were decoded from (lower-case iconv-lite name, `iso-2022-jp` or `ascii`). */
  charset: string;
  /** Why the label was not used, when it was not. */
  fallback: string | null;
}

// UTF-7 can smuggle markup past filters; base64/hex are transfer encodings, not charsets.
const REFUSED = /^(?:(?:cs)?unicode11)?utf7(?:imap)?$|^base64$|^hex$|^binary$/;
const ISO_2022_JP = /^(?:cs)?iso2022jp|^jis$|^cp5022[0-2]$/;
const SHIFT_JIS = /^(?:x-?)?(?:shift-?jis|sjis|ms-?kanji|windows-?31j|cp932|ms932|mskanji|csshiftjis)$/;
const EUC_JP = /^(?:x-?)?euc-?jp$|^cseucpkdfmtjapanese$|^eucjp(?:ms|win)?$/;
const ESC = 0x1b;

/** The label as an iconv-lite/encoding-japanese knows it, or null when it names nothing known. */
export function canonicalCharset(label: string | null | undefined): string | null {
  const compact = (label ?? '').toLowerCase().replace(/["'\s]/g, '');
  const key = compact.replace(/[^a-z0-9]/g, '');
  if (!key || REFUSED.test(key)) return null;
  if (/^(?:us)?ascii$|^ansix3\.?41968$/.test(key)) return 'ascii';
  if (key === 'utf8') return 'utf-8';
  if (ISO_2022_JP.test(key)) return 'iso-2022-jp';
  if (SHIFT_JIS.test(compact) || SHIFT_JIS.test(key)) return 'cp932';
  if (EUC_JP.test(compact) || EUC_JP.test(key)) return 'euc-jp';
  // GB2312 mail is in practice GBK (and Japanese spam written in it uses GBK-only codes).
  if (key === 'gb2312' || key === 'csgb2312' || key === 'euccn' || key === 'xgbk') return 'gbk';
  if (key === 'ksc56011987') return 'cp949';
  if (iconv.encodingExists(compact)) return compact;
  return null;
}

export function isAscii(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i] > 0x7f) return false;
  return true;
}

function hasEscapes(buf: Uint8Array): boolean {
  return buf.indexOf(ESC) !== -1;
}

// encoding-japanese knows ISO-2022-JP with half-width katakana (ESC ( I, CP50221), JIS X 0212
// (ISO-2022-JP-1) and the NEC rows; JIS X 0213 (ISO-2022-JP-3/2004) designations are mapped to
// JIS X 0208, of which plane 1 is a superset for the common characters.
function decodeIso2022Jp(buf: Buffer): string {
  let bytes: Buffer = buf;
  const jis0213 = /\x1b\$\(([OPQ])/g;
  const latin = bytes.toString('latin1');
  if (jis0213.test(latin)) bytes = Buffer.from(latin.replace(jis0213, '\x1b$B'), 'latin1');
  return Encoding.convert(bytes, { from: 'JIS', to: 'UNICODE', type: 'string' });
}

function decodeAs(buf: Buffer, charset: string): string {
  if (charset === 'ascii' || charset === 'utf-8') return buf.toString('utf8');
  if (charset === 'iso-2022-jp') return decodeIso2022Jp(buf);
  return iconv.decode(buf, charset);
}

/** Guess the charset of bytes that carry no usable label. */
export function detectCharset(buf: Buffer): string {
  if (hasEscapes(buf) && /\x1b[$(][@BJI(]/.test(buf.toString('latin1'))) return 'iso-2022-jp';
  if (isAscii(buf)) return 'ascii';
  if (isUtf8(buf)) return 'utf-8';
  // EUC-JP first: its byte pairs are stricter, while almost any EUC-JP text also scans as Shift_JIS half-width kana.
  if (Encoding.detect(buf, 'EUCJP')) return 'euc-jp';
  if (Encoding.detect(buf, 'SJIS')) return 'cp932';
  return 'windows-1252';
}

function replacementCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Decode bytes under their declared charset label, falling back to detection when it does not fit. */
export function decodeBytes(buf: Buffer, label: string | null | undefined): Decoded {
  const declared = canonicalCharset(label);
  if (!declared) {
    const charset = detectCharset(buf);
    const fallback = label ? `unknown charset label ${JSON.stringify(label)}, detected ${charset}` : null;
    return { text: decodeAs(buf, charset), charset, fallback };
  }
  // A 7-bit label over 8-bit bytes, or a label whose decoding breaks where another charset would not.
  const eightBitUnder7 = (declared === 'ascii' || declared === 'iso-2022-jp') && !isAscii(buf);
  const text = eightBitUnder7 ? '' : decodeAs(buf, declared);
  const broken = eightBitUnder7 || replacementCount(text) > 0;
  if (broken) {
    const detected = detectCharset(buf);
    if (detected !== declared) {
      const retry = decodeAs(buf, detected);
      if (eightBitUnder7 || replacementCount(retry) < replacementCount(text)) {
        return { text: retry, charset: detected, fallback: `charset ${label} does not fit the bytes, detected ${detected}` };
      }
    }
  }
  return { text: eightBitUnder7 ? buf.toString('utf8') : text, charset: declared, fallback: null };
}

/**
 * Raw 8-bit header bytes (no RFC 2047) are often a mix: a UTF-8 list prefix in front of an EUC-JP
 * or Shift_JIS subject. Decode the valid UTF-8 runs as UTF-8 and the rest by detection.
 */
export function decodeMixedBytes(buf: Buffer): string {
  if (isAscii(buf) || isUtf8(buf)) return buf.toString('utf8');
  const out: string[] = [];
  let foreign: number[] = [];
  const flushForeign = () => {
    if (foreign.length) out.push(decodeBytes(Buffer.from(foreign), null).text);
    foreign = [];
  };
  let i = 0;
  while (i < buf.length) {
    const len = utf8SequenceLength(buf, i);
    // Inside a foreign run, EUC-JP and Shift_JIS pairs can happen to form a valid UTF-8 sequence:
    // leave the run only for a sequence of 3+ bytes followed by ASCII, the end, or another such.
    const next = i + len;
    const leaves = foreign.length === 0 || (len >= 3 && (next >= buf.length || buf[next] < 0x80 || utf8SequenceLength(buf, next) >= 3));
    if (len > 1 && leaves) {
      flushForeign();
      out.push(buf.subarray(i, i + len).toString('utf8'));
      i += len;
    } else if (buf[i] < 0x80 && foreign.length === 0) {
      out.push(String.fromCharCode(buf[i]));
      i++;
    } else {
      foreign.push(buf[i]);
      i++;
    }
  }
  flushForeign();
  return out.join('');
}

// Length of a valid multi-byte UTF-8 sequence at i (0 when there is none).
function utf8SequenceLength(buf: Buffer, i: number): number {
  const b = buf[i];
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!need || i + need > buf.length) return 0;
  return isUtf8(buf.subarray(i, i + need)) ? need : 0;
}

/** What one message's decoding saw: the labels met and the fallbacks taken. */
export interface CharsetLog {
  labels: Set<string>;
  fallbacks: string[];
}

/**
 * A class with the interface of node-iconv's `Iconv` for mailparser's `Iconv` option, so that body
 * parts go through {@link decodeBytes}. It buffers the part: mailparser buffers text parts anyway.
 */
export function iconvFor(log: CharsetLog): new (from: string, to: string) => NodeJS.ReadWriteStream {
  return class LabelCheckingDecoder extends Transform {
    private readonly chunks: Buffer[] = [];
    constructor(private readonly from: string, _to: string) {
      super();
    }
    override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
      this.chunks.push(chunk);
      done();
    }
    override _flush(done: TransformCallback): void {
      const decoded = decodeBytes(Buffer.concat(this.chunks), this.from);
      log.labels.add(this.from.toLowerCase());
      if (decoded.fallback) log.fallbacks.push(decoded.fallback);
      done(null, Buffer.from(decoded.text, 'utf8'));
    }
  };
}
