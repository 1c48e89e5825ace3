// QR codes in pictures and PDF attachments, and PDF links: fixtures made at test time (qrcode,
// pdf-lib), read offline. Nothing may go to the network: fetch is watched throughout.
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PARSE_AHEAD, readInputs } from '../../src/mail/inputs.ts';
import { parseMail, type ParsedMail } from '../../src/mail/parse.ts';
import { blockQrGrids, tableQrGrids } from '../../src/mail/html-qr.ts';
import { MAX_QR_IMAGES } from '../../src/mail/parts.ts';
import { buildMultipart, type MimePart } from '../fixtures/mail/build.ts';

const fetchSpy = vi.spyOn(globalThis, 'fetch');
afterAll(() => {
  expect(fetchSpy).not.toHaveBeenCalled();
  fetchSpy.mockRestore();
});

const qrPng = (text: string, width = 240) => QRCode.toBuffer(text, { type: 'png', width, margin: 4 });
const mailWith = (parts: MimePart[], html = '<p>Scan the code</p>') =>
  parseMail(buildMultipart({ From: 'IT <it@corp.example>', To: 'r@x.test', Subject: 'MFA' }, [{ contentType: 'text/html; charset=utf-8', body: html }, ...parts]), 'q.eml');
const linksOf = (m: ParsedMail, kind: string) => m.links.filter((l) => l.kind === kind).map((l) => [l.url, l.where]);

describe('QR codes in images', () => {
  it.each([
    ['png', 'image/png', (b: Buffer) => b],
    ['jpeg', 'image/jpeg', (b: Buffer) => sharp(b).jpeg({ quality: 90 }).toBuffer()],
    ['gif', 'image/gif', (b: Buffer) => sharp(b).gif().toBuffer()],
    ['webp', 'image/webp', (b: Buffer) => sharp(b).webp({ lossless: true }).toBuffer()],
  ])('an attached %s QR holding a URL is a visitable link of kind qr', async (ext, mime, convert) => {
    const url = `https://quish.test/mfa?u=${ext}`;
    const m = await mailWith([{ contentType: mime, filename: `code.${ext}`, body: await convert(await qrPng(url)) }]);
    expect(m.links.filter((l) => l.kind === 'qr')).toEqual([
      expect.objectContaining({ url, where: `qr:code.${ext}`, visitable: true, refused: null }),
    ]);
  });

  it('reads an inline (cid) image and a data: URI image', async () => {
    const png = await qrPng('https://quish.test/inline');
    const dataUri = `data:image/png;base64,${(await qrPng('https://quish.test/data-uri')).toString('base64')}`;
    const m = await mailWith([{ contentType: 'image/png', cid: 'qr1@x', disposition: 'inline', body: png }], `<img src="cid:qr1@x"><img src="${dataUri}">`);
    expect(linksOf(m, 'qr')).toEqual([
      ['https://quish.test/inline', 'qr:cid:qr1@x'],
      ['https://quish.test/data-uri', 'qr:inline-image-1'],
    ]);
  });

  it('a QR holding no URL gives no link; one holding a mailto is listed but not visited', async () => {
    const m = await mailWith([
      { contentType: 'image/png', filename: 'wifi.png', body: await qrPng('WIFI:S:office;T:WPA;P:secret;;') },
      { contentType: 'image/png', filename: 'mail.png', body: await qrPng('mailto:help@corp.example') },
    ]);
    expect(m.links.filter((l) => l.kind === 'qr').map((l) => [l.url, l.visitable])).toEqual([['mailto:help@corp.example', false]]);
  });

  it('broken and oversized images are notes, the rest goes on', async () => {
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const m = await mailWith([
      { contentType: 'image/png', filename: 'broken.png', body: Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(300, 0x41)]) },
      { contentType: 'image/png', filename: 'huge.png', body: huge },
      { contentType: 'image/png', filename: 'ok.png', body: await qrPng('https://quish.test/ok') },
    ]);
    expect(linksOf(m, 'qr')).toEqual([['https://quish.test/ok', 'qr:ok.png']]);
    expect(m.errors.find((e) => e.startsWith('image broken.png: not read for QR codes'))).toBeDefined();
    expect(m.errors.find((e) => e.startsWith('image huge.png: not read for QR codes: 8000×6000 pixels'))).toBeDefined();
  });

  it(`reads at most ${MAX_QR_IMAGES} images of a message and says so`, async () => {
    const parts: MimePart[] = [];
    for (let i = 0; i <= MAX_QR_IMAGES; i++) parts.push({ contentType: 'image/png', filename: `c${i}.png`, body: await qrPng(`https://quish.test/${i}`, 100) });
    const m = await mailWith(parts);
    expect(linksOf(m, 'qr')).toHaveLength(MAX_QR_IMAGES);
    expect(m.errors).toContain(`QR codes: ${MAX_QR_IMAGES + 1} images, only the first ${MAX_QR_IMAGES} read`);
  });
});

// A QR code drawn as an HTML table, the way kits hide it from image scanners.
function qrTable(text: string, cell: (dark: boolean) => string, { runs = false } = {}): string {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const rows: string[] = [];
  for (let y = 0; y < size; y++) {
    const row = Array.from({ length: size }, (_, x) => Boolean(data[y * size + x]));
    if (!runs) rows.push(`<tr>${row.map((d) => cell(d)).join('')}</tr>`);
    else {
      // runs of one colour as one cell with colspan, which makes the HTML smaller
      const cells: string[] = [];
      for (let x = 0; x < size; ) {
        let end = x;
        while (end < size && row[end] === row[x]) end++;
        cells.push(cell(row[x]).replace('<td', `<td colspan="${end - x}"`));
        x = end;
      }
      rows.push(`<tr>${cells.join('')}</tr>`);
    }
  }
  return `<table cellspacing="0" cellpadding="0">${rows.join('')}</table>`;
}

describe('QR codes drawn as HTML tables', () => {
  it.each([
    ['bgcolor names', (d: boolean) => `<td bgcolor="${d ? 'black' : 'white'}" width="4" height="4"></td>`, false],
    ['CSS background-color, short hex', (d: boolean) => `<td style="width:4px;height:4px;background-color:${d ? '#000' : '#fff'}"></td>`, false],
    ['CSS background rgb(), dark cells only', (d: boolean) => (d ? '<td style="background: rgb(20, 20, 20)"></td>' : '<td></td>'), false],
    ['runs joined with colspan', (d: boolean) => `<td bgcolor="${d ? '#000000' : '#ffffff'}"></td>`, true],
  ])('%s: the code is a link of kind qr', async (_what, cell, runs) => {
    const html = `<p>Scan with your phone to keep your account</p><table><tr><td>${qrTable('https://quish.test/table?u=42', cell, { runs })}</td></tr></table>`;
    const m = await mailWith([], html);
    expect(linksOf(m, 'qr')).toEqual([['https://quish.test/table?u=42', 'qr:html-table-1']]);
  });

  it('ordinary layout tables are not read as codes', () => {
    const layout = `<table>${Array.from({ length: 30 }, (_, y) => `<tr>${Array.from({ length: 30 }, (_, x) => `<td bgcolor="${(x + y) % 7 ? '#ffffff' : '#eeeeee'}">x</td>`).join('')}</tr>`).join('')}</table>`;
    expect(tableQrGrids(layout)).toEqual([]);
    expect(tableQrGrids('<table><tr><td bgcolor="#000">a</td><td>b</td></tr></table>')).toEqual([]);
    // hostile: far too wide (10,000 cells of colspan 185 a row) and far too tall
    expect(tableQrGrids(`<table>${`<tr>${'<td bgcolor="#000" colspan="185"></td><td bgcolor="#fff" colspan="185"></td>'.repeat(5000)}</tr>`.repeat(25)}</table>`)).toEqual([]);
    expect(tableQrGrids(`<table>${'<tr><td bgcolor="#000"></td><td bgcolor="#fff"></td></tr>'.repeat(5000)}</table>`)).toEqual([]);
  });
});

// A QR code written in block characters: half blocks (two rows a line) or doubled full blocks.
function qrBlocks(text: string, style: 'half' | 'full'): string[] {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const dark = (x: number, y: number) => y < size && Boolean(data[y * size + x]);
  const lines: string[] = [];
  if (style === 'half') {
    for (let y = 0; y < size; y += 2) {
      lines.push('  ' + Array.from({ length: size }, (_, x) => (dark(x, y) && dark(x, y + 1) ? '█' : dark(x, y) ? '▀' : dark(x, y + 1) ? '▄' : ' ')).join(''));
    }
  } else {
    for (let y = 0; y < size; y++) lines.push(Array.from({ length: size }, (_, x) => (dark(x, y) ? '██' : '  ')).join(''));
  }
  return lines;
}

describe('QR codes written in block characters', () => {
  it('half blocks in a text body', async () => {
    const body = `Scan to confirm your mailbox:\n\n${qrBlocks('https://quish.test/blocks?u=7', 'half').join('\n')}\n\nIT desk`;
    const m = await parseMail(buildMultipart({ From: 'IT <it@corp.example>', To: 'r@x.test', Subject: 'MFA' }, [{ contentType: 'text/plain; charset=utf-8', body }]), 't.eml');
    expect(linksOf(m, 'qr')).toEqual([['https://quish.test/blocks?u=7', 'qr:text-blocks-1']]);
  });

  it('half blocks as HTML entities with <br>, and doubled full blocks in a <pre>', async () => {
    const entities = qrBlocks('https://quish.test/entities', 'half').map((l) => l.replace(/█/g, '&#9608;').replace(/▀/g, '&#x2580;').replace(/▄/g, '&lhblk;').replace(/ /g, '&nbsp;'));
    const html = `<p style="font-family:monospace;line-height:1">${entities.join('<br>')}</p><pre>${qrBlocks('https://quish.test/pre', 'full').join('\n')}</pre>`;
    const m = await mailWith([], html);
    expect(linksOf(m, 'qr')).toEqual([
      ['https://quish.test/entities', 'qr:text-blocks-1'],
      ['https://quish.test/pre', 'qr:text-blocks-2'],
    ]);
  });

  it('a bar of blocks as a divider is no code', () => {
    expect(blockQrGrids(`Hello\n${'█'.repeat(40)}\n${'▀'.repeat(40)}\nBye`)).toEqual([]);
  });
});

describe('PDF attachments', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const first = doc.addPage([595, 842]);
    first.drawText('Your invoice is ready.', { x: 50, y: 780, size: 14, font });
    first.drawImage(await doc.embedPng(await qrPng('https://quish.test/pdf-page-1')), { x: 200, y: 400, width: 160, height: 160 });
    const action = doc.context.obj({ Type: 'Action', S: 'URI', URI: PDFString.of('https://uri-action.test/pay?id=7') });
    const annot = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 100, 250, 130], Border: [0, 0, 0], A: action }));
    first.node.set(PDFName.of('Annots'), doc.context.obj([annot]));
    const second = doc.addPage([595, 842]);
    second.drawText('Or open https://text-url.test/login?ref=pdf in your browser', { x: 50, y: 780, size: 11, font });
    pdf = Buffer.from(await doc.save());
  });

  it('gives URI actions and text URLs (kind pdf, where pdf:NAME#PAGE) and QR codes on pages (kind qr)', async () => {
    const m = await mailWith([{ contentType: 'application/pdf', filename: 'invoice.pdf', body: pdf }]);
    expect(m.links.map((l) => [l.kind, l.url, l.where])).toEqual([
      ['pdf', 'https://uri-action.test/pay?id=7', 'pdf:invoice.pdf#1'],
      ['qr', 'https://quish.test/pdf-page-1', 'qr:invoice.pdf#1'],
      ['pdf', 'https://text-url.test/login?ref=pdf', 'pdf:invoice.pdf#2'],
    ]);
    expect(m.errors).toEqual([]);
  });

  it('reads a QR code drawn as one filled rectangle per module (as TCPDF and reportlab draw them)', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('Scan to keep your mailbox', { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    const { size, data } = QRCode.create('https://quish.test/vector', { errorCorrectionLevel: 'M' }).modules;
    const cell = 6;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) if (data[y * size + x]) page.drawRectangle({ x: 150 + x * cell, y: 600 - y * cell, width: cell, height: cell });
    }
    const m = await mailWith([{ contentType: 'application/pdf', filename: 'vector.pdf', body: Buffer.from(await doc.save()) }]);
    expect(linksOf(m, 'qr')).toEqual([['https://quish.test/vector', 'qr:vector.pdf#1']]);
  });

  it('finds a PDF by its bytes when the sender labels it application/octet-stream', async () => {
    const m = await mailWith([{ contentType: 'application/octet-stream', filename: 'scan.bin', body: pdf }]);
    expect(linksOf(m, 'pdf').map(([url]) => url)).toEqual(['https://uri-action.test/pay?id=7', 'https://text-url.test/login?ref=pdf']);
  });

  it('reads the PDF of every message of an mbox, each its own, while later messages are parsed ahead', async () => {
    // Messages are parsed ahead while one waits for the PDF reader, which takes one document at a
    // time: each message must still get its own PDF's links, in input order.
    const count = PARSE_AHEAD + 3;
    const pdfs = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const doc = await PDFDocument.create();
        const page = doc.addPage([595, 842]);
        page.drawText(`Pay at https://pay-${i}.test/invoice`, { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
        return Buffer.from(await doc.save());
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'hoptrace-pdf-mbox-'));
    try {
      const mbox = join(dir, 'in.mbox');
      writeFileSync(
        mbox,
        pdfs
          .map((body, i) => `From billing@x.test Mon Mar  3 0${i % 10}:00:00 2025\n${buildMultipart({ From: 'billing@x.test', To: `r${i}@x.test`, Subject: `invoice ${i}` }, [{ contentType: 'text/plain', body: 'attached' }, { contentType: 'application/pdf', filename: `inv-${i}.pdf`, body }])}\n`)
          .join(''),
      );
      const got: [string[], string[]][] = [];
      for await (const item of readInputs([mbox])) if (item.type === 'mail') got.push([item.mail.links.map((l) => l.url), item.mail.errors]);
      expect(got).toEqual(pdfs.map((_, i) => [[`https://pay-${i}.test/invoice`], []]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken PDF is a note; the mail keeps its other links', async () => {
    const m = await mailWith([{ contentType: 'application/pdf', filename: 'bad.pdf', body: Buffer.concat([pdf.subarray(0, 400), Buffer.from('garbage')]) }], '<a href="https://body.test/">x</a>');
    expect(m.links.map((l) => l.url)).toEqual(['https://body.test/']);
    expect(m.errors.some((e) => e.startsWith('PDF bad.pdf: '))).toBe(true);
  });
});
