// One decoding step of a token value, and the recursive unwrapping built from it. A step only
// counts when it yields readable text (valid UTF-8, no control characters) or a JWT, so a random
// identifier that merely uses the base64 alphabet is not mistaken for an encoding. Every layer
// keeps an encoder, so a decoy can be wrapped exactly the way the original value was.
import { decomposeUrl } from './decompose.ts';
import { gunzipSync, gzipSync, deflateRawSync, deflateSync, inflateRawSync, inflateSync } from 'node:zlib';

/** Decompressed output is cut off here: a token is small, a zip bomb is not. */
export const MAX_INFLATED_BYTES = 64 * 1024;
export const MAX_DEPTH = 4;
/** Shorter base64/hex runs decode to readable text by chance too often to mean anything. */
const MIN_ENCODED_LENGTH = 8;

export interface TextLayer {
  kind: 'text';
  /** Encodings from outer to inner, e.g. ['base64url', 'zlib']. */
  encodings: string[];
  text: string;
  encode(text: string): string;
}

export interface JwtLayer {
  kind: 'jwt';
  header: Record<string, unknown>;
  /** The payload's JSON text as sent (claims are replaced inside it, formatting kept). */
  payloadJson: string;
  payload: Record<string, unknown>;
  /** Re-encodes a new payload JSON with the original header and signature (which no longer verifies). */
  encode(payloadJson: string): string;
}

export type Layer = TextLayer | JwtLayer;

/** The layers one decoding step can peel off `value` (usually zero or one). */
export function decodeStep(value: string): Layer[] {
  const layers: Layer[] = [];
  const jwt = decodeJwt(value);
  if (jwt) return [jwt];
  const percent = decodePercent(value);
  if (percent) layers.push(percent);
  const b64 = decodeBase64(value);
  if (b64) layers.push(b64);
  const hex = decodeHex(value);
  if (hex) layers.push(hex);
  return layers;
}

export interface DecodedLayer {
  /** How the text was reached, outer encoding first, e.g. `base64url(zlib(…))`. */
  name: string;
  text: string;
  depth: number;
}

const ABSOLUTE_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export function isAbsoluteUrl(value: string): boolean {
  return ABSOLUTE_URL.test(value);
}

/**
 * Every readable layer under `value`, recursively, up to `maxDepth` steps; a layer that is a URL
 * is decomposed and its components walked in turn (`base64url(url(query:e=…))`).
 */
export function decodeLayers(value: string, maxDepth = MAX_DEPTH): DecodedLayer[] {
  const out: DecodedLayer[] = [];
  const walk = (v: string, wrap: (inner: string) => string, depth: number): void => {
    if (depth >= maxDepth) return;
    if (isAbsoluteUrl(v)) {
      for (const c of decomposeUrl(v)) {
        if (c.component !== 'host' && c.value) walk(c.value, (s) => wrap(`url(${c.component}=${s})`), depth + 1);
      }
      return;
    }
    for (const layer of decodeStep(v)) {
      const inner = (s: string) => wrap(layer.kind === 'jwt' ? `jwt(${s})` : nest(layer.encodings, s));
      const text = layer.kind === 'jwt' ? layer.payloadJson : layer.text;
      out.push({ name: inner('…'), text, depth: depth + 1 });
      walk(text, inner, depth + 1);
    }
  };
  walk(value, (s) => s, 0);
  return out;
}

/** `nest(['base64', 'zlib'], 'email')` → `base64(zlib(email))`. */
export function nest(encodings: string[], inner: string): string {
  return encodings.reduceRight((acc, e) => `${e}(${acc})`, inner);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Readable text, or null for binary, invalid UTF-8 or anything with control characters. */
function readableText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return null;
  }
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text) ? null : text;
}

// A URL's escapes belong to its components, which are decoded one by one.
function decodePercent(value: string): TextLayer | null {
  if (!/%[0-9A-Fa-f]{2}/.test(value) || isAbsoluteUrl(value)) return null;
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    return null;
  }
  return { kind: 'text', encodings: ['urlencoded'], text, encode: encodeURIComponent };
}

type Base64Style = 'base64' | 'base64url';

/**
 * `base64url` when the value uses `-`/`_` or leaves out padding it needed; `base64` when it uses
 * `+`/`/` or pads. A value with none of these tells nothing and is called `base64`.
 */
function base64Style(value: string): Base64Style | null {
  const url = /[-_]/.test(value);
  const std = /[+/]/.test(value);
  if (url && std) return null;
  if (url) return 'base64url';
  if (std || value.endsWith('=')) return 'base64';
  return value.length % 4 === 0 ? 'base64' : 'base64url';
}

function base64Bytes(value: string): { bytes: Buffer; style: Base64Style } | null {
  if (value.length < MIN_ENCODED_LENGTH || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null;
  const style = base64Style(value);
  const body = value.replace(/=+$/, '');
  if (!style || body.length % 4 === 1) return null;
  const bytes = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  // A canonical encoding only: trailing garbage bits mean this was never base64.
  if (bytes.toString('base64').replace(/=+$/, '') !== body.replace(/-/g, '+').replace(/_/g, '/')) return null;
  return { bytes, style };
}

function encodeBase64(bytes: Buffer, style: Base64Style): string {
  return style === 'base64url' ? bytes.toString('base64url') : bytes.toString('base64');
}

const INFLATERS: { name: string; magic: (b: Buffer) => boolean; inflate: typeof inflateSync; deflate: (b: Buffer) => Buffer }[] = [
  { name: 'gzip', magic: (b) => b[0] === 0x1f && b[1] === 0x8b, inflate: gunzipSync, deflate: (b) => gzipSync(b) },
  { name: 'zlib', magic: (b) => b[0] === 0x78 && ((b[0] << 8) | b[1]) % 31 === 0, inflate: inflateSync, deflate: (b) => deflateSync(b) },
  { name: 'deflate', magic: () => true, inflate: inflateRawSync, deflate: (b) => deflateRawSync(b) },
];

function decodeBase64(value: string): TextLayer | null {
  const decoded = base64Bytes(value);
  if (!decoded) return null;
  const { bytes, style } = decoded;
  const text = readableText(bytes);
  if (text !== null) {
    return { kind: 'text', encodings: [style], text, encode: (t) => encodeBase64(Buffer.from(t, 'utf8'), style) };
  }
  for (const z of INFLATERS) {
    if (!z.magic(bytes)) continue;
    let inflated: Buffer;
    try {
      inflated = z.inflate(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch {
      continue;
    }
    const inner = readableText(inflated);
    if (inner !== null && inner.length >= 4) {
      return { kind: 'text', encodings: [style, z.name], text: inner, encode: (t) => encodeBase64(z.deflate(Buffer.from(t, 'utf8')), style) };
    }
  }
  return null;
}

function decodeHex(value: string): TextLayer | null {
  if (value.length < MIN_ENCODED_LENGTH || !/^(?:[0-9a-f]{2})+$|^(?:[0-9A-F]{2})+$/.test(value)) return null;
  const text = readableText(Buffer.from(value, 'hex'));
  if (text === null) return null;
  const upper = /[A-F]/.test(value);
  return {
    kind: 'text',
    encodings: ['hex'],
    text,
    encode: (t) => {
      const hex = Buffer.from(t, 'utf8').toString('hex');
      return upper ? hex.toUpperCase() : hex;
    },
  };
}

function decodeJwt(value: string): JwtLayer | null {
  const parts = value.split('.');
  if (parts.length !== 3 || !parts.slice(0, 2).every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return null;
  const header = parseJsonObject(Buffer.from(parts[0], 'base64url'));
  const payloadBytes = Buffer.from(parts[1], 'base64url');
  const payload = parseJsonObject(payloadBytes);
  if (!header || !payload || typeof header.alg !== 'string') return null;
  return {
    kind: 'jwt',
    header,
    payloadJson: payloadBytes.toString('utf8'),
    payload,
    encode: (json) => `${parts[0]}.${Buffer.from(json, 'utf8').toString('base64url')}.${parts[2]}`,
  };
}

export function parseJsonObject(source: Buffer | string): Record<string, unknown> | null {
  const text = typeof source === 'string' ? source : readableText(source);
  if (!text || !text.trimStart().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
