// Fingerprints of a page's markup: its skeleton (the tag names in document order, as CERT-PL's
// domhash takes them) and a fuzzy hash of the whole text (TLSH), so a kit redeployed with another
// brand's words keeps its domhash and stays within a small TLSH distance.
import { Parser } from 'htmlparser2';
import tlsh from 'tlsh';
import { sha256 } from '../bytes.ts';
import { isIconLink } from '../page/icon.ts';

/**
 * Below this many elements a skeleton is shared by unrelated pages (error pages, bare redirects,
 * "Loading…"): such pages get no domhash rather than a hash that ties everything to everything.
 */
export const DOMHASH_MIN_TAGS = 16;

export interface MarkupFingerprints {
  domhash: string | null;
  /** TLSH of the tag-name sequence: a skeleton edited here and there (a block added, a script moved). */
  domtlsh: string | null;
  /** The href of the page's first `<link rel="icon">` (or `shortcut icon`), as written. */
  iconHref: string | null;
}

/** One pass over the markup: the domhash (sha256 of the tag names joined by spaces), its TLSH, and the icon link. */
export function readMarkup(html: string): MarkupFingerprints {
  const tags: string[] = [];
  let iconHref: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        tags.push(name);
        if (iconHref === null && isIconLink(name, attrs)) iconHref = attrs.href!;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const skeleton = tags.join(' ');
  const trivial = tags.length < DOMHASH_MIN_TAGS;
  return { domhash: trivial ? null : sha256(skeleton), domtlsh: trivial ? null : tlshOf(skeleton), iconHref };
}

/**
 * TLSH of the markup's UTF-8 bytes. TLSH needs at least 50 bytes with some variety; below that
 * (or on a run of one character) there is nothing to compare and the answer is null.
 */
export function tlshOf(html: string): string | null {
  // The library reads one char code per byte: hand it the bytes, not UTF-16 code units.
  const bytes = Buffer.from(html, 'utf8');
  if (bytes.length < 50) return null;
  try {
    return tlsh(bytes.toString('latin1'));
  } catch {
    return null;
  }
}

// The library's own comparison builds an object of closures per digest (about 100 µs to parse, 1.3 kB
// kept) and costs about 30 µs a pair: `cluster` over 100,000 pages measures millions of pairs. Its
// arithmetic is small (TLSH's reference distance) and is done here on the digest's bytes: the
// same numbers (a unit test holds them equal on real pages), a hundred times faster.

/** TLSH's distance between two bucket bytes: four 2-bit codes, a difference of 3 counting 6. */
const BODY_DIFF = (() => {
  const table = new Uint8Array(256 * 256);
  for (let x = 0; x < 256; x++) {
    for (let y = 0; y < 256; y++) {
      let d = 0;
      for (let k = 0; k < 8; k += 2) {
        const c = Math.abs(((x >> k) & 3) - ((y >> k) & 3));
        d += c === 3 ? 6 : c;
      }
      table[(x << 8) | y] = d;
    }
  }
  return table;
})();

/** A digest's bytes: checksum, length, quartile ratios, then the 32 bucket bytes. */
export function parseTlsh(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex.replace(/^T1/, ''), 'hex'));
}

/** Difference of two values on a circle of `range`. */
function modular(a: number, b: number, range: number): number {
  const d = a > b ? a - b : b - a;
  return d < range - d ? d : range - d;
}

/** Header bytes are stored with their nibbles swapped. */
const swap = (x: number) => ((x & 0x0f) << 4) | (x >> 4);

/** A quartile ratio's difference as TLSH weighs it. */
function ratioDiff(a: number, b: number): number {
  const q = modular(a, b, 16);
  return q <= 1 ? q : (q - 1) * 12;
}

/** TLSH distance of two parsed digests (length difference included): the library's number. */
export function tlshDiff(a: Uint8Array, b: Uint8Array): number {
  let d = a[0] === b[0] ? 0 : 1;
  const l = modular(swap(a[1]!), swap(b[1]!), 256);
  d += l <= 1 ? l : l * 12;
  const qa = swap(a[2]!);
  const qb = swap(b[2]!);
  d += ratioDiff(qa & 0x0f, qb & 0x0f) + ratioDiff(qa >> 4, qb >> 4);
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 3; i < n; i++) d += BODY_DIFF[(a[i]! << 8) | b[i]!]!;
  return d;
}

// Parsed digests are kept a while: a query compares one target with hundreds of candidates.
const parsed = new Map<string, Uint8Array>();
const PARSED_KEPT = 100_000;

function digest(hex: string): Uint8Array {
  let d = parsed.get(hex);
  if (!d) {
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    d = parseTlsh(hex);
    parsed.set(hex, d);
  }
  return d;
}

/** TLSH distance (0 = same; under ~30 near copies, over ~100 unrelated), length difference included. */
export function tlshDistance(a: string, b: string): number {
  return tlshDiff(digest(a), digest(b));
}
