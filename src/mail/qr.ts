// QR codes in pictures: images decoded by sharp (libvips, shipped as an npm package), codes read by
// ZXing's WebAssembly build. The .wasm file is read from node_modules: zxing-wasm's default would
// fetch it from a CDN, and extraction touches no network. Bounded: images past the byte or pixel
// caps are skipped with a note, large ones are scaled down before reading.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Metadata, Sharp, SharpOptions } from 'sharp';
import { textCandidates, type Candidate } from './links.ts';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: libvips refuses images with more pixels than this. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** The longest side an image is read at; bigger ones are scaled down first. */
const READ_SIDE = 1280;
/** The smallest QR code (version 1) is 21 modules wide: smaller images hold none. */
const MIN_SIDE = 21;
const FORMATS = new Set(['png', 'jpeg', 'gif', 'webp']);

// libvips is loaded at the first picture: most mail has none, and it costs memory.
let imageLibrary: Promise<(input: Buffer, options: SharpOptions) => Sharp> | null = null;

function images(): Promise<(input: Buffer, options: SharpOptions) => Sharp> {
  imageLibrary ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    sharp.concurrency(1);
    return sharp;
  });
  return imageLibrary;
}

type Zxing = typeof import('zxing-wasm/reader');
let zxing: Promise<Zxing> | null = null;

// ZXing (its glue and its WebAssembly) is loaded at the first code to read, like libvips.
function ready(): Promise<Zxing> {
  zxing ??= import('zxing-wasm/reader').then(async (module) => {
    await module.prepareZXingModule({
      overrides: { wasmBinary: readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')) as unknown as ArrayBuffer },
      fireImmediately: true,
    });
    return module;
  });
  return zxing;
}

/** The texts of the QR codes in RGBA pixels. */
export async function qrTextsInPixels(data: Uint8Array | Uint8ClampedArray, width: number, height: number): Promise<string[]> {
  const { readBarcodes } = await ready();
  const pixels = { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height, colorSpace: 'srgb' };
  const results = await readBarcodes(pixels as ImageData, { formats: ['QRCode', 'MicroQRCode'], maxNumberOfSymbols: 8, tryRotate: false });
  return results.filter((r) => r.isValid && r.text).map((r) => r.text);
}

export type ImageQr = { texts: string[] } | { skipped: string };

/** The QR texts in an encoded image (PNG, JPEG, GIF, WebP), or why it was not read. */
export async function qrTextsInImage(bytes: Buffer): Promise<ImageQr> {
  if (bytes.length > MAX_IMAGE_BYTES) return { skipped: `${bytes.length} bytes, over the ${MAX_IMAGE_BYTES}-byte cap` };
  const sharp = await images();
  let meta: Metadata;
  try {
    // The header alone: the size is checked here, before libvips decodes a single pixel.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    return { skipped: `not a readable image (${(err as Error).message})` };
  }
  if (!meta.format || !FORMATS.has(meta.format)) return { skipped: `format ${meta.format ?? 'unknown'} is not read for QR codes` };
  const { width = 0, height = 0 } = meta;
  if (width * height > MAX_IMAGE_PIXELS) return { skipped: `${width}×${height} pixels, over the ${MAX_IMAGE_PIXELS}-pixel cap` };
  if (width < MIN_SIDE || height < MIN_SIDE) return { texts: [] };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'none', animated: false })
      .resize({ width: READ_SIDE, height: READ_SIDE, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { texts: await qrTextsInPixels(data, info.width, info.height) };
  } catch (err) {
    return { skipped: `not a readable image (${(err as Error).message})` };
  }
}

/**
 * What QR texts become: a link when the text is a URL (`scheme://…`, or mailto/tel/sms: the
 * refusal rules then say whether it is visited), else the URLs written in it (a Wi-Fi or contact
 * code holds none).
 */
export function qrCandidates(texts: string[], where: string): Candidate[] {
  return texts.flatMap((text): Candidate[] => {
    const t = text.trim();
    if (/^(?:[a-z][a-z0-9+.-]*:\/\/|(?:mailto|tel|sms|smsto):)\S+$/i.test(t)) return [{ url: t, kind: 'qr', text: null, where }];
    return textCandidates(t, where).map((c) => ({ ...c, kind: 'qr', text: t.slice(0, 200) }));
  });
}
