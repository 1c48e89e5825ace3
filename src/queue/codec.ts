// A VisitCapture as bytes for the trip from a worker to the coordinator: the records as JSON, the
// blobs (bodies, screenshots, downloads) as raw bytes after it, the whole Brotli-compressed. Blobs
// are not base64'd into the JSON, which would add a third to every body on the wire and in Redis.
import { brotliCompressSync, brotliDecompressSync, constants as zc } from 'node:zlib';
import type { Blob, VisitCapture } from '../model.ts';
import { CAPTURE_SCHEMA } from './protocol.ts';

export class CaptureTooLarge extends Error {
  override name = 'CaptureTooLarge';
}

interface Frame {
  schema: number;
  capture: Omit<VisitCapture, 'blobs'> & { blobs: (Omit<Blob, 'data'> & { size: number })[] };
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function overCapMessage(bytes: number, cap: number): string {
  return `capture of ${MB(bytes)} (records, bodies, screenshots and downloads) is over the ${MB(cap)} cap per capture; not transferred`;
}

/** Encodes a capture; throws CaptureTooLarge when it carries more than capBytes before compression. */
export function encodeCapture(capture: VisitCapture, capBytes: number): { data: Buffer; rawBytes: number } {
  const frame: Frame = {
    schema: CAPTURE_SCHEMA,
    capture: { ...capture, blobs: capture.blobs.map((b) => ({ sha256: b.sha256, mime: b.mime, size: b.data.length })) },
  };
  const json = Buffer.from(JSON.stringify(frame));
  const rawBytes = 4 + json.length + capture.blobs.reduce((n, b) => n + b.data.length, 0);
  if (rawBytes > capBytes) throw new CaptureTooLarge(overCapMessage(rawBytes, capBytes));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(json.length);
  const raw = Buffer.concat([head, json, ...capture.blobs.map((b) => b.data)], rawBytes);
  // Quality 4: most of a capture is HTML, which this shrinks 5-10x for a few ms; PNG screenshots
  // pass through almost unchanged either way.
  const data = brotliCompressSync(raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 4, [zc.BROTLI_PARAM_SIZE_HINT]: rawBytes } });
  return { data, rawBytes };
}

/** Decodes a capture, refusing to inflate past capBytes (a corrupt or hostile frame cannot exhaust memory). */
export function decodeCapture(data: Buffer, capBytes: number): VisitCapture {
  let raw: Buffer;
  try {
    raw = brotliDecompressSync(data, { maxOutputLength: capBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new CaptureTooLarge(overCapMessage(capBytes + 1, capBytes));
    throw new Error(`capture cannot be decoded: ${(err as Error).message}`);
  }
  const jsonLength = raw.readUInt32BE(0);
  const frame = JSON.parse(raw.subarray(4, 4 + jsonLength).toString('utf8')) as Frame;
  if (frame.schema !== CAPTURE_SCHEMA) throw new Error(`capture schema ${frame.schema}, this coordinator reads schema ${CAPTURE_SCHEMA}`);
  let offset = 4 + jsonLength;
  const blobs: Blob[] = frame.capture.blobs.map(({ size, ...b }) => {
    const data = raw.subarray(offset, offset + size);
    offset += size;
    return { ...b, data };
  });
  if (offset !== raw.length) throw new Error(`capture cannot be decoded: ${raw.length - offset} bytes of blobs unaccounted for`);
  return { ...frame.capture, blobs };
}
