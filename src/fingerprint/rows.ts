// A page's fingerprints as the rows of the store's index: one (kind, value) per exact fingerprint,
// and locality-sensitive bands for the near ones. Two TLSH digests within a small distance agree
// on most of their 128 bucket codes, so they very likely share one of 16 runs of 8 codes. dHash
// bands are 13 bits wide (five of them): two hashes within 4 bits (cluster's threshold) share one
// for certain (pigeonhole), and a band value is held by about 1 in 8,000 unrelated pages, not 1 in
// 256 as bytes would be. A near query reads the rows that share a band, then measures the real
// distance on those candidates only.
import type { FingerprintRow, PageFingerprints } from '../model.ts';

/** The TLSH body (after the 3-byte header: checksum, length, quartile ratios) in 16 bands of 4 hex digits. */
export const TLSH_BANDS = 16;
/** The dHash's 64 bits in bands of 13 (the last of 12). */
export const PHASH_BANDS = 5;
const PHASH_BAND_BITS = 13;

export function tlshBands(digest: string): string[] {
  const body = digest.replace(/^T1/, '').slice(6);
  const width = body.length / TLSH_BANDS;
  return Array.from({ length: TLSH_BANDS }, (_, i) => `${i}:${body.slice(i * width, (i + 1) * width)}`);
}

export function phashBands(hash: string): string[] {
  const bits = BigInt(`0x${hash}`);
  return Array.from({ length: PHASH_BANDS }, (_, i) => {
    const band = (bits >> BigInt(i * PHASH_BAND_BITS)) & ((1n << BigInt(PHASH_BAND_BITS)) - 1n);
    return `${i}:${band.toString(16)}`;
  });
}

/** The index rows of one page's fingerprints. */
export function fingerprintRows(branch: number, f: PageFingerprints): FingerprintRow[] {
  const rows: FingerprintRow[] = [];
  const add = (kind: string, value: string | null | undefined) => {
    if (value) rows.push({ branch, kind, value });
  };
  add('domhash', f.domhash);
  add('sha256', f.sha256);
  add('hhhash', f.hhhash);
  add('favicon', f.favicon?.sha256);
  add('mmh3', f.favicon ? String(f.favicon.mmh3) : null);
  for (const [kind, digest] of [['tlsh', f.tlsh], ['domtlsh', f.domtlsh]] as const) {
    if (!digest) continue;
    add(kind, digest);
    for (const b of tlshBands(digest)) add(`${kind}-band`, b);
  }
  if (f.phash) {
    add('phash', f.phash);
    for (const b of phashBands(f.phash)) add('phash-band', b);
  }
  for (const v of f.resources) add('resource', v);
  for (const v of f.resourceNames ?? []) add('resource-name', v);
  for (const v of f.dropHosts) add('drop-host', v);
  for (const v of f.sitekeys) add('sitekey', v);
  for (const v of f.trackerIds) add('tracker', v);
  for (const v of f.telegram?.bots ?? []) add('telegram-bot', v);
  for (const v of f.telegram?.chats ?? []) add('telegram-chat', v);
  return rows;
}
