// Downloads are stored, never opened: streamed from Chromium, hashed and capped in size.
import { createHash } from 'node:crypto';
import type { Download as PwDownload } from 'playwright';
import type { Download } from '../../model.ts';
import type { ResponseLog } from './responses.ts';

export async function storeDownload(
  d: PwDownload,
  log: ResponseLog,
  sizeLimit: number,
  contentType: string | null,
): Promise<Download> {
  const stream = await d.createReadStream();
  const hash = createHash('sha256');
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (size < sizeLimit) kept.push(chunk.subarray(0, sizeLimit - size));
    size += chunk.length;
  }
  const sha256 = hash.digest('hex');
  const mime = contentType?.split(';')[0].trim() || guessMime(d.suggestedFilename());
  // The blob is the whole file when it fits; a capped file keeps its prefix under its own hash.
  if (size <= sizeLimit) log.addBlob(Buffer.concat(kept), mime);
  return { url: d.url(), filename: d.suggestedFilename(), mime, size, sha256 };
}

const MIME_BY_EXT: Record<string, string> = {
  zip: 'application/zip',
  exe: 'application/vnd.microsoft.portable-executable',
  msi: 'application/x-msi',
  pdf: 'application/pdf',
  apk: 'application/vnd.android.package-archive',
  js: 'text/javascript',
  iso: 'application/x-iso9660-image',
  doc: 'application/msword',
  docm: 'application/vnd.ms-word.document.macroEnabled.12',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  html: 'text/html',
};

function guessMime(filename: string): string {
  const ext = filename.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXT[ext] ?? 'application/octet-stream';
}
