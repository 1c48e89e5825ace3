// pdf.js in a worker thread, as plain JavaScript on purpose: the worker starts without the
// TypeScript loader the CLI runs under, which would transform and source-map pdf.js's 3 MB of code
// (300 MB of memory instead of 60), and ending the worker stops a hostile file for good. One
// worker serves document after document. It only reads: per page, the URI actions, the text and
// (for the first pages) the rendered pixels; what they mean is decided by pdf.ts, in the main thread.
import { parentPort } from 'node:worker_threads';

// The minified builds: half the code to compile and keep.
const lib = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
lib.GlobalWorkerOptions.workerSrc = import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs');

// One canvas for every page of every document, resized in place: canvases hold native memory that
// the worker's garbage collector does not see, so new ones per page would pile up between collections.
let target = null;

async function render(doc, page, side) {
  // pdf.js's own canvas factory: its Path2D and the canvas must come from one library.
  const factory = doc.canvasFactory;
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: Math.min(3, side / Math.max(base.width, base.height, 1)) });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  if (target) factory.reset(target, width, height);
  else target = factory.create(width, height);
  const { canvas, context } = target;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const image = context.getImageData(0, 0, width, height);
  return { data: new Uint8ClampedArray(image.data), width, height };
}

// A QR code on a page is an image or a grid of filled shapes (TCPDF and reportlab draw one
// rectangle per module). A page of glyphs and strokes alone holds neither, and rendering is half
// of a PDF's cost: such pages are not rendered. The operator list is the one rendering would
// build, so a page that is rendered does not pay for it twice.
const { OPS } = lib;
const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup, OPS.paintSolidColorImageMask]);
const FILL_OPS = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke,
  OPS.closeEOFillStroke, OPS.rawFillPath]);

async function mayHoldCode(page) {
  const { fnArray, argsArray } = await page.getOperatorList();
  return fnArray.some((fn, i) => IMAGE_OPS.has(fn) || FILL_OPS.has(fn) || (fn === OPS.constructPath && FILL_OPS.has(argsArray[i]?.[0])));
}

async function read({ id, data, maxPages, renderPages, renderSide, assets }) {
  const doc = await lib.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
    cMapPacked: true,
    ...assets,
  }).promise;
  try {
    parentPort.postMessage({ id, type: 'pages', total: doc.numPages });
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const urls = [];
      for (const a of await page.getAnnotations()) {
        const url = a.unsafeUrl ?? a.url;
        if (typeof url === 'string' && url) urls.push(url);
      }
      const content = await page.getTextContent();
      const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
      let pixels = null;
      let renderError = null;
      if (n <= renderPages) {
        try {
          if (await mayHoldCode(page)) pixels = await render(doc, page, renderSide);
        } catch (err) {
          renderError = String(err?.message ?? err);
        }
      }
      parentPort.postMessage({ id, type: 'page', n, urls, text, pixels, renderError }, pixels ? [pixels.data.buffer] : []);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', async (job) => {
  try {
    await read(job);
    parentPort.postMessage({ id: job.id, type: 'done' });
  } catch (err) {
    parentPort.postMessage({ id: job.id, type: 'error', message: String(err?.message ?? err) });
  }
});
parentPort.postMessage({ type: 'ready' });
