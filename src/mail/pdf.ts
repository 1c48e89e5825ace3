// Links in PDF attachments: URI actions of annotations (link areas, buttons), URLs in the text of
// each page, and QR codes on the first pages, rendered by pdf.js on a Skia canvas (@napi-rs/canvas,
// pdf.js's optional dependency, a prebuilt npm package) and read like any image. pdf.js runs in-process (legacy build, its
// "fake worker"); its character maps and fonts are read from node_modules, never fetched. Hostile
// files are data: every failure becomes a note, and a document gets a time budget.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Candidate } from './links.ts';
import { textCandidates } from './links.ts';
import { qrCandidates, qrTextsInPixels } from './qr.ts';

export const MAX_PDF_BYTES = 20 * 1024 * 1024;
/** Pages whose annotations and text are read. */
export const MAX_PDF_PAGES = 30;
/** Pages rendered to look for QR codes (quishing puts the code on the first page). */
export const MAX_RENDERED_PAGES = 3;
const RENDER_SIDE = 2000;
const PDF_TIME_BUDGET_MS = 15_000;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => `${join(pdfjsRoot, folder)}/`;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

export interface PdfScan {
  candidates: Candidate[];
  notes: string[];
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

interface CanvasAndContext {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
}

// The canvas comes from pdf.js's own factory: its Path2D and the canvas must be one library
// (@napi-rs/canvas, the optional dependency pdf.js installs and loads in Node).
async function renderedPixels(doc: PdfDocument, page: PdfPage): Promise<ImageData> {
  const factory = doc.canvasFactory as { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void };
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: Math.min(3, RENDER_SIDE / Math.max(base.width, base.height, 1)) });
  const target = factory.create(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
  try {
    const { canvas, context } = target;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    return context.getImageData(0, 0, canvas.width, canvas.height);
  } finally {
    factory.destroy(target);
  }
}

async function scan(data: Buffer, name: string, out: PdfScan, onTask: (destroy: () => Promise<void>) => void): Promise<void> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  const task = lib.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
  });
  onTask(() => task.destroy());
  const doc = await task.promise;
  try {
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > pages) out.notes.push(`PDF ${name}: ${doc.numPages} pages, only the first ${pages} read`);
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const where = `pdf:${name}#${n}`;
      for (const a of (await page.getAnnotations()) as { unsafeUrl?: string; url?: string }[]) {
        const url = a.unsafeUrl ?? a.url;
        if (url) out.candidates.push({ url, kind: 'pdf', text: null, where });
      }
      const text = await page.getTextContent();
      const written = text.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
      for (const c of textCandidates(written, where)) out.candidates.push({ ...c, kind: 'pdf' });
      if (n <= MAX_RENDERED_PAGES) {
        try {
          const image = await renderedPixels(doc, page);
          out.candidates.push(...qrCandidates(await qrTextsInPixels(image.data, image.width, image.height), `qr:${name}#${n}`));
        } catch (err) {
          out.notes.push(`PDF ${name} page ${n}: not rendered for QR codes (${(err as Error).message})`);
        }
      }
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

/** Links in one PDF: its URI actions and text URLs (kind `pdf`), the QR codes on its first pages (kind `qr`). */
export async function pdfCandidates(data: Buffer, name: string): Promise<PdfScan> {
  const out: PdfScan = { candidates: [], notes: [] };
  if (data.length > MAX_PDF_BYTES) {
    out.notes.push(`PDF ${name}: ${data.length} bytes, over the ${MAX_PDF_BYTES}-byte cap; not read`);
    return out;
  }
  let destroy: (() => Promise<void>) | null = null;
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), PDF_TIME_BUDGET_MS);
  });
  try {
    const result = await Promise.race([scan(data, name, out, (d) => (destroy = d)), budget]);
    if (result === 'timeout') {
      out.notes.push(`PDF ${name}: not finished within ${PDF_TIME_BUDGET_MS / 1000} s; links so far kept`);
      await (destroy as (() => Promise<void>) | null)?.().catch(() => {});
    }
  } catch (err) {
    out.notes.push(`PDF ${name}: unreadable (${(err as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  return out;
}
