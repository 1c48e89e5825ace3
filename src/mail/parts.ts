// The parts of a message that can hold links, beyond its main bodies: HTML and text attachments
// (read like bodies; an HTML or SVG attachment is also a link itself, visited from a synthetic
// origin by the crawl job), PDF attachments, pictures that may carry a QR code (attached, inline,
// or written as data: URIs in the HTML), QR codes drawn as HTML tables (html-qr.ts), and HTML
// documents written as data: URLs in a link (`<a href="data:text/html;base64,…">`): browsers
// refuse to open those from a mail, so kits put the whole page in the link; it is read and visited
// like an HTML attachment named `data-url-N.html`. Each source is bounded; what is skipped gets a note.
import type { ParsedMail as MailparserResult } from 'mailparser';
import { sha256 } from '../bytes.ts';
import { attachmentUrl } from '../net/url-policy.ts';
import { decodeBytes, type CharsetLog } from './charset.ts';
import type { BodyPart, Candidate } from './links.ts';
import { blockQrGrids, gridPixels, htmlBlockQrGrids, tableQrGrids } from './html-qr.ts';

// The QR reader (ZXing's WebAssembly, sharp) and the PDF reader (pdf.js in a worker) are loaded at
// the first mail that has a picture, a drawn code or a PDF: most mail has none, and `hoptrace
// extract` of one plain mail should not pay for them.
let qrReader: Promise<typeof import('./qr.ts')> | null = null;
let pdfReader: Promise<typeof import('./pdf.ts')> | null = null;
const qr = () => (qrReader ??= import('./qr.ts'));
const pdf = () => (pdfReader ??= import('./pdf.ts'));

/** An attachment that is itself a link: the crawl job stores its bytes and serves them. */
export interface MailAttachment {
  sha256: string;
  filename: string;
  mime: string;
  data: Buffer;
}


export const MAX_QR_IMAGES = 20;
export const MAX_PDFS = 5;
export const MAX_DATA_DOCUMENTS = 5;

export interface LinkSources {
  parts: BodyPart[];
  candidates: Candidate[];
  attachments: MailAttachment[];
  notes: string[];
}

type Shape = 'html' | 'svg' | 'text' | 'pdf' | 'image' | 'other';

// Attachments are labelled by their sender: the bytes decide first, the label and name after.
function shapeOf(data: Buffer, mime: string, filename: string): Shape {
  const head = data.subarray(0, 1024).toString('latin1');
  if (/^\s*%PDF-/.test(head)) return 'pdf';
  if (/^(?:\x89PNG|\xff\xd8\xff|GIF8|RIFF[\s\S]{4}WEBP)/.test(head)) return 'image';
  if (mime === 'image/svg+xml' || /\.svgz?$/i.test(filename)) return 'svg';
  if (mime === 'text/html' || mime === 'application/xhtml+xml' || /\.(?:x?html?|shtml)$/i.test(filename)) return 'html';
  // PDF readers find the header anywhere in the first kilobyte; an HTML page that mentions it is still a page.
  if (head.includes('%PDF-') || mime === 'application/pdf' || /\.pdf$/i.test(filename)) return 'pdf';
  if (mime.startsWith('image/')) return 'image';
  if (mime === 'text/plain') return 'text';
  return 'other';
}

const DATA_IMAGE = /\bsrc\s*=\s*["']?\s*data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/=\s]+)/gi;
// A link attribute holding a data: URL of a document, quoted or not (payloads hold no quote of their kind).
const DATA_DOCUMENT = /\b(?:href|src|action|data)\s*=\s*(?:"\s*(data:[^"]*)"|'\s*(data:[^']*)'|(data:[^\s>]*))/gi;
const DOCUMENT_TYPES = /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml)$/;

/** The media type, charset and bytes of a data: URL (RFC 2397), or null when it is not one. */
export function dataUrlBytes(url: string): { mime: string; charset: string | null; data: Buffer } | null {
  const m = /^data:([^,]*),(.*)$/is.exec(url.trim());
  if (!m) return null;
  const params = m[1].split(';').map((p) => p.trim());
  const mime = (params[0] || 'text/plain').toLowerCase();
  const base64 = params.slice(1).some((p) => p.toLowerCase() === 'base64');
  const charset = params.slice(1).find((p) => /^charset=/i.test(p))?.slice(8).replace(/^"|"$/g, '') || null;
  // Percent escapes are bytes; the rest of the text is taken as written (entities were decoded
  // by nobody: this runs on the raw HTML, where `&amp;` in a data: URL is rare and harmless).
  const bytes = Buffer.from(m[2].replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return { mime, charset, data: base64 ? Buffer.from(bytes.toString('latin1').replace(/\s+/g, ''), 'base64') : bytes };
}

export async function linkSources(mail: MailparserResult, log: CharsetLog): Promise<LinkSources> {
  const out: LinkSources = { parts: [], candidates: [], attachments: [], notes: [] };
  if (typeof mail.html === 'string' && mail.html) out.parts.push({ type: 'html', content: mail.html, where: 'body' });
  if (mail.text) out.parts.push({ type: 'text', content: mail.text, where: 'body' });
  const images: { name: string; data: Buffer }[] = [];
  const pdfs: { name: string; data: Buffer }[] = [];
  mail.attachments.forEach((att, i) => {
    const mime = att.contentType?.toLowerCase() ?? '';
    const name = att.filename || (att.cid ? `cid:${att.cid}` : `part-${i + 1}`);
    const shape = shapeOf(att.content, mime, name);
    if (shape === 'image') images.push({ name, data: att.content });
    else if (shape === 'pdf') pdfs.push({ name, data: att.content });
    else if (shape === 'html' || shape === 'svg' || shape === 'text') {
      const ct = att.headers.get('content-type') as { params?: Record<string, string> } | undefined;
      const decoded = decodeBytes(att.content, ct?.params?.charset ?? null);
      if (decoded.fallback) log.fallbacks.push(`attachment ${name}: ${decoded.fallback}`);
      const where = `attachment:${name}`;
      out.parts.push({ type: shape === 'text' ? 'text' : 'html', content: decoded.text, where });
      if (shape !== 'text') {
        const hash = sha256(att.content);
        out.attachments.push({ sha256: hash, filename: name, mime: shape === 'svg' ? 'image/svg+xml' : 'text/html', data: att.content });
        out.candidates.push({ url: attachmentUrl(hash, name), kind: 'attachment', text: name, where });
      }
    }
  });
  let inline = 0;
  const documents: { name: string; mime: string; charset: string | null; data: Buffer; foundIn: string }[] = [];
  for (const part of out.parts) {
    if (part.type !== 'html') continue;
    for (const m of part.content.matchAll(DATA_IMAGE)) images.push({ name: `inline-image-${++inline}`, data: Buffer.from(m[1].replace(/\s+/g, ''), 'base64') });
    for (const m of part.content.matchAll(DATA_DOCUMENT)) {
      const doc = dataUrlBytes(m[1] ?? m[2] ?? m[3]);
      if (doc && DOCUMENT_TYPES.test(doc.mime) && doc.data.length) documents.push({ name: `data-url-${documents.length + 1}.${doc.mime === 'image/svg+xml' ? 'svg' : 'html'}`, ...doc, foundIn: part.where });
    }
  }
  if (documents.length > MAX_DATA_DOCUMENTS) out.notes.push(`data: URLs: ${documents.length} documents, only the first ${MAX_DATA_DOCUMENTS} read`);
  for (const doc of documents.slice(0, MAX_DATA_DOCUMENTS)) {
    const where = `attachment:${doc.name}`;
    const decoded = decodeBytes(doc.data, doc.charset);
    if (decoded.fallback) log.fallbacks.push(`${doc.name}: ${decoded.fallback}`);
    out.parts.push({ type: 'html', content: decoded.text, where });
    const hash = sha256(doc.data);
    out.attachments.push({ sha256: hash, filename: doc.name, mime: doc.mime, data: doc.data });
    out.candidates.push({ url: attachmentUrl(hash, doc.name), kind: 'attachment', text: doc.name, where: doc.foundIn });
  }

  if (images.length > MAX_QR_IMAGES) out.notes.push(`QR codes: ${images.length} images, only the first ${MAX_QR_IMAGES} read`);
  for (const image of images.slice(0, MAX_QR_IMAGES)) {
    const { qrCandidates, qrTextsInImage } = await qr();
    const read = await qrTextsInImage(image.data);
    if ('skipped' in read) out.notes.push(`image ${image.name}: not read for QR codes: ${read.skipped}`);
    else out.candidates.push(...qrCandidates(read.texts, `qr:${image.name}`));
  }
  // Codes drawn without a picture: tables of painted cells, lines of block characters.
  const drawn: { grid: boolean[][]; where: string }[] = [];
  for (const part of out.parts) {
    const html = part.type === 'html';
    for (const grid of html ? tableQrGrids(part.content) : []) drawn.push({ grid, where: `qr:html-table-${drawn.length + 1}` });
    for (const grid of html ? htmlBlockQrGrids(part.content) : blockQrGrids(part.content)) drawn.push({ grid, where: `qr:text-blocks-${drawn.length + 1}` });
  }
  if (drawn.length > MAX_QR_IMAGES) out.notes.push(`QR codes: ${drawn.length} drawn in tables or block characters, only the first ${MAX_QR_IMAGES} read`);
  for (const { grid, where } of drawn.slice(0, MAX_QR_IMAGES)) {
    const { data, width, height } = gridPixels(grid);
    const { qrCandidates, qrTextsInPixels } = await qr();
    out.candidates.push(...qrCandidates(await qrTextsInPixels(data, width, height), where));
  }
  if (pdfs.length > MAX_PDFS) out.notes.push(`PDF: ${pdfs.length} attachments, only the first ${MAX_PDFS} read`);
  for (const file of pdfs.slice(0, MAX_PDFS)) {
    const scan = await (await pdf()).pdfCandidates(file.data, file.name);
    out.candidates.push(...scan.candidates);
    out.notes.push(...scan.notes);
  }
  return out;
}
