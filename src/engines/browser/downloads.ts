// Downloads are stored, never opened: read from the file Chromium wrote, hashed and capped in size.
// Chromium writes a download to disk whole before Playwright hands it over, so a 2 GB file would
// land on disk whole: a watcher on the downloads folder cancels it once it passes the cap and
// keeps the prefix that had arrived.
import { createHash } from 'node:crypto';
import { sha256 } from '../../bytes.ts';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download as PwDownload } from 'playwright';
import type { Download } from '../../model.ts';
import type { ResponseLog } from './responses.ts';

/** Bytes of one download kept at most. */
export const DOWNLOAD_LIMIT = 50 * 1024 * 1024;

/** Files of running downloads already tied to a download, so concurrent visits do not share one. */
const claimed = new Set<string>();
const POLL_MS = 100;

/** Cancels the download once its file in `dir` passes `sizeLimit`; resolves with that file's prefix. */
function capOnDisk(d: PwDownload, dir: string, sizeLimit: number): { stop(): void; cut: Promise<{ prefix: Buffer; size: number } | null> } {
  const known = new Set<string>();
  let mine: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  let resolveCut: (v: { prefix: Buffer; size: number } | null) => void = () => undefined;
  const cut = new Promise<{ prefix: Buffer; size: number } | null>((r) => (resolveCut = r));
  const tick = async () => {
    const names = await readdir(dir).catch(() => [] as string[]);
    if (!mine) mine = names.find((n) => !known.has(n) && !claimed.has(n)) ?? null;
    if (mine) claimed.add(mine);
    const size = mine ? (await stat(join(dir, mine)).catch(() => null))?.size ?? 0 : 0;
    if (mine && size > sizeLimit) {
      const fh = await open(join(dir, mine), 'r');
      const prefix = Buffer.alloc(sizeLimit);
      await fh.read(prefix, 0, sizeLimit, 0).finally(() => fh.close());
      await d.cancel().catch(() => undefined);
      resolveCut({ prefix, size });
      return;
    }
    timer = setTimeout(() => void tick(), POLL_MS);
  };
  void readdir(dir)
    .catch(() => [] as string[])
    .then((names) => {
      for (const n of names) known.add(n);
      void tick();
    });
  return {
    stop: () => {
      clearTimeout(timer);
      if (mine) claimed.delete(mine);
      resolveCut(null);
    },
    cut,
  };
}

export async function storeDownload(
  d: PwDownload,
  log: ResponseLog,
  sizeLimit: number,
  contentType: string | null,
  downloadsDir: string,
): Promise<Download> {
  const mime = contentType?.split(';')[0].trim() || guessMime(d.suggestedFilename());
  const watcher = capOnDisk(d, downloadsDir, sizeLimit);
  // Read from the file Chromium wrote, not through Playwright's download stream: that stream's
  // read rejects unhandled when the visit's context closes under it (seen in CI on the 2 GB case).
  const whole = d.path().then(
    (path) => ({ path }),
    (err: Error) => ({ err }),
  );
  const first = await Promise.race([whole, watcher.cut.then((c) => (c ? { c } : null))]);
  // Cut before Chromium saw it (see page-session): the file Chromium wrote is the prefix.
  const cutEarly = log.wasCut(d.url());
  if (first && 'c' in first) {
    // Cut at the cap: the hash and the stored blob are those of the prefix; size is what had arrived.
    log.addBlob(first.c.prefix, mime);
    return { url: d.url(), filename: d.suggestedFilename(), mime, size: first.c.size, sha256: sha256(first.c.prefix), truncated: true };
  }
  const done = await whole;
  watcher.stop();
  if ('err' in done) throw done.err;
  const stream = createReadStream(done.path);
  const hash = createHash('sha256');
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (size < sizeLimit) kept.push(chunk.subarray(0, sizeLimit - size));
    size += chunk.length;
  }
  const digest = hash.digest('hex');
  // The blob is the whole file when it fits; a capped file keeps its prefix under its own hash.
  if (size <= sizeLimit) log.addBlob(Buffer.concat(kept), mime);
  return { url: d.url(), filename: d.suggestedFilename(), mime, size, sha256: digest, ...(cutEarly ? { truncated: true } : {}) };
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
