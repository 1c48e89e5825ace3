// Fingerprints of a page's markup: its skeleton (the tag names in document order, as CERT-PL's
// domhash takes them) and a fuzzy hash of the whole text (TLSH), so a kit redeployed with another
// brand's words keeps its domhash and stays within a small TLSH distance.
import { Parser } from 'htmlparser2';
import tlsh from 'tlsh';
import DigestHashBuilder from 'tlsh/lib/digests/digest-hash-builder.js';
import { sha256 } from '../bytes.ts';

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
        if (name === 'link' && iconHref === null && attrs.href && /(^|\s)icon(\s|$)/i.test(attrs.rel ?? '')) iconHref = attrs.href;
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

// Parsing a digest costs more than comparing two: a query compares one target with hundreds of
// candidates, and clustering compares each page many times, so parsed digests are kept a while.
const parsed = new Map<string, ReturnType<DigestHashBuilder['build']>>();
const PARSED_KEPT = 20_000;

function digest(hex: string): ReturnType<DigestHashBuilder['build']> {
  let d = parsed.get(hex);
  if (!d) {
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    d = new DigestHashBuilder().withHash(hex).build();
    parsed.set(hex, d);
  }
  return d;
}

/** TLSH distance (0 = same; under ~30 near copies, over ~100 unrelated), length difference included. */
export function tlshDistance(a: string, b: string): number {
  return digest(a).calculateDifference(digest(b), true);
}
