// Links in PDF attachments: URI actions of annotations (link areas, buttons), URLs in the text of
// each page, and QR codes on the first pages, rendered by pdf.js on a Skia canvas (@napi-rs/canvas,
// pdf.js's optional dependency, a prebuilt npm package) and read like any image. pdf.js runs in a
// worker thread (pdf-worker.mjs says why), started at the first PDF and kept for the next ones
// (starting one costs more than reading a page), with a memory cap; a document over its time
// budget or a crash ends the worker, and the next PDF starts a new one. Character maps and fonts
// are read from node_modules, never fetched. Hostile files are data: every failure becomes a note.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { textCandidates, type Candidate } from './links.ts';
import { qrCandidates, qrTextsInPixels } from './qr.ts';

export const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** Pages whose annotations and text are read. */
export const MAX_PDF_PAGES = 30;
/** Pages rendered to look for QR codes (quishing puts the code on the first page). */
export const MAX_RENDERED_PAGES = 3;
const RENDER_SIDE = 1000;
const PDF_TIME_BUDGET_MS = 15_000;
const WORKER_HEAP_MB = 128;
/** pdf.js's garbage is short-lived: a small young generation is collected often and keeps the thread's footprint down. */
const WORKER_YOUNG_MB = 4;
/** A reader left without work this long is ended: its memory goes back between bursts of PDFs. */
const READER_IDLE_MS = 2000;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => `${join(pdfjsRoot, folder)}/`;
const WORKER = new URL('./pdf-worker.mjs', import.meta.url);

export interface PdfScan {
  candidates: Candidate[];
  notes: string[];
}

type PageMessage = { type: 'page'; n: number; urls: string[]; text: string; pixels: { data: Uint8ClampedArray; width: number; height: number } | null; renderError: string | null };
type WorkerMessage = { id: number } & ({ type: 'pages'; total: number } | PageMessage | { type: 'done' } | { type: 'error'; message: string });

interface Reader {
  worker: Worker;
  idle: NodeJS.Timeout | null;
  /** The document being read, told of its messages and of the worker's end. */
  current: { id: number; onMessage: (m: WorkerMessage) => void; onEnd: (why: string) => void } | null;
}

let reader: Reader | null = null;
let nextId = 0;

function startReader(): Reader {
  const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }, stdout: true, stderr: true });
  const r: Reader = { worker, idle: null, current: null };
  worker.unref();
  worker.on('message', (m: WorkerMessage | { type: 'ready' }) => {
    if ('id' in m && r.current?.id === m.id) r.current.onMessage(m);
  });
  const ended = (why: string) => {
    if (reader === r) reader = null;
    r.current?.onEnd(why);
  };
  worker.on('error', (err) => ended(`reader failed (${err.message})`));
  worker.on('exit', (code) => ended(`reader stopped (exit ${code})`));
  return r;
}

// The reader takes one document at a time; messages parsed ahead queue their PDFs here.
let queue: Promise<unknown> = Promise.resolve();

/** Links in one PDF: its URI actions and text URLs (kind `pdf`), the QR codes on its first pages (kind `qr`). */
export function pdfCandidates(data: Buffer, name: string): Promise<PdfScan> {
  // One over the cap is refused at once, not after the documents queued before it.
  if (data.length > MAX_PDF_BYTES) return Promise.resolve({ candidates: [], notes: [`PDF ${name}: ${data.length} bytes, over the ${MAX_PDF_BYTES}-byte cap; not read`] });
  const scan = queue.then(() => readPdf(data, name));
  queue = scan.catch(() => undefined);
  return scan;
}

async function readPdf(data: Buffer, name: string): Promise<PdfScan> {
  const out: PdfScan = { candidates: [], notes: [] };
  const r = (reader ??= startReader());
  if (r.idle) clearTimeout(r.idle);
  const id = ++nextId;
  const bytes = new Uint8Array(data);
  const pages: PageMessage[] = [];
  r.worker.ref();
  const ended = await new Promise<string | null>((resolve) => {
    // The budget runs from the last page read, not from the start: a busy machine reads every page
    // slower and still finishes, a page that never ends is cut (pages are capped, so is the whole).
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        resolve(`no page read for ${PDF_TIME_BUDGET_MS / 1000} s (after page ${pages.length}); pages read so far kept`);
        if (reader === r) reader = null;
        void r.worker.terminate();
      }, PDF_TIME_BUDGET_MS);
    };
    arm();
    const finish = (why: string | null) => {
      clearTimeout(timer);
      resolve(why);
    };
    r.current = {
      id,
      onMessage: (m) => {
        arm();
        if (m.type === 'pages' && m.total > MAX_PDF_PAGES) out.notes.push(`PDF ${name}: ${m.total} pages, only the first ${MAX_PDF_PAGES} read`);
        else if (m.type === 'page') pages.push(m);
        else if (m.type === 'done') finish(null);
        else if (m.type === 'error') finish(`unreadable (${m.message})`);
      },
      onEnd: finish,
    };
    r.worker.postMessage(
      {
        id,
        data: bytes,
        maxPages: MAX_PDF_PAGES,
        renderPages: MAX_RENDERED_PAGES,
        renderSide: RENDER_SIDE,
        assets: { cMapUrl: asset('cmaps'), standardFontDataUrl: asset('standard_fonts'), wasmUrl: asset('wasm'), iccUrl: asset('iccs') },
      },
      [bytes.buffer],
    );
  });
  r.current = null;
  r.worker.unref();
  r.idle = setTimeout(() => {
    if (reader === r) reader = null;
    void r.worker.terminate();
  }, READER_IDLE_MS).unref();
  if (ended) out.notes.push(`PDF ${name}: ${ended}`);
  for (const page of pages) {
    const where = `pdf:${name}#${page.n}`;
    for (const url of page.urls) out.candidates.push({ url, kind: 'pdf', text: null, where });
    for (const c of textCandidates(page.text, where)) out.candidates.push({ ...c, kind: 'pdf' });
    if (page.renderError) out.notes.push(`PDF ${name} page ${page.n}: not rendered for QR codes (${page.renderError})`);
    if (page.pixels) out.candidates.push(...qrCandidates(await qrTextsInPixels(page.pixels.data, page.pixels.width, page.pixels.height), `qr:${name}#${page.n}`));
  }
  return out;
}
