// A perceptual hash of a screenshot: the difference hash (dHash). The picture is reduced to 9x8
// grey pixels and each bit says whether a pixel is brighter than its right neighbour, so a page
// with another logo or another brand's words differs in a few bits while an unrelated layout
// differs in about half. Decoded and reduced by sharp (libvips), with its pixel cap.
import type { Sharp, SharpOptions } from 'sharp';

const MAX_PIXELS = 40_000_000;
let library: Promise<(input: Buffer, options: SharpOptions) => Sharp> | null = null;

function images(): Promise<(input: Buffer, options: SharpOptions) => Sharp> {
  library ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return library;
}

/**
 * A hash with fewer bits set than this comes from a nearly blank picture (a white page with a
 * little text): every such page hashes alike, so it is no fingerprint.
 */
export const FEATURELESS_BITS = 4;

/**
 * The 64-bit dHash as 16 hex digits, of the picture with its plain margins trimmed (so a layout
 * centred in a wider window hashes alike); null when the bytes are no readable image or the
 * picture is nearly blank.
 */
export async function dhash(image: Buffer): Promise<string | null> {
  const sharp = await images();
  let px: Buffer;
  try {
    const trimmed = await sharp(image, { limitInputPixels: MAX_PIXELS })
      .trim()
      .toBuffer()
      .catch(() => image); // a picture of one colour has nothing to trim to
    px = await sharp(trimmed, { limitInputPixels: MAX_PIXELS }).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  } catch {
    return null;
  }
  let bits = 0n;
  let set = 0;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      const bit = px[y * 9 + x]! > px[y * 9 + x + 1]!;
      bits = (bits << 1n) | (bit ? 1n : 0n);
      if (bit) set++;
    }
  }
  return set < FEATURELESS_BITS ? null : bits.toString(16).padStart(16, '0');
}

/** Bits that differ between two 16-hex-digit hashes. */
export function hamming(a: string, b: string): number {
  return hammingOf(parseDhash(a), parseDhash(b));
}

/** A hash's two 32-bit halves: BigInt arithmetic cost microseconds a pair, and `cluster` measures millions. */
export function parseDhash(hex: string): Uint32Array {
  return Uint32Array.of(parseInt(hex.slice(0, 8), 16), parseInt(hex.slice(8, 16), 16));
}

/** Bits that differ between two parsed hashes. */
export function hammingOf(a: Uint32Array, b: Uint32Array): number {
  return popcount(a[0]! ^ b[0]!) + popcount(a[1]! ^ b[1]!);
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
