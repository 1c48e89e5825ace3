// QR codes drawn without a picture, known ways past scanners that only look at images: a table
// whose cells are painted black and white (bgcolor or CSS background), and lines of block
// characters (`█`, `▀`, `▄`, a line of text holding two rows of modules) in a text body or in HTML.
// Each becomes a grid of modules, drawn as pixels for the same reader as pictures.
import { Parser } from 'htmlparser2';

/** The smallest QR code (version 1) is 21 modules wide; the largest (version 40) 177. */
const MIN_MODULES = 21;
const MAX_MODULES = 177 + 8;
const MODULE_PX = 4;
const QUIET_ZONE = 4;

const NAMED: Record<string, [number, number, number]> = { black: [0, 0, 0], white: [255, 255, 255] };

/** Whether a CSS or HTML colour is dark; null when it names no colour this reads. */
export function isDark(color: string): boolean | null {
  const c = color.trim().toLowerCase();
  let rgb: [number, number, number] | undefined = NAMED[c];
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    rgb = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(c);
  if (fn) rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  if (!rgb) return null;
  return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 128;
}

/** A cell's colour: CSS background first, then the bgcolor attribute; null when neither is read. */
function cellColor(attribs: Record<string, string>): boolean | null {
  const style = /(?:^|;)\s*background(?:-color)?\s*:\s*([^;!]+)/i.exec(attribs.style ?? '')?.[1];
  const fromStyle = style === undefined ? null : isDark(style);
  return fromStyle ?? (attribs.bgcolor === undefined ? null : isDark(attribs.bgcolor));
}

/** The tables of an HTML text that look like QR codes, as rows of modules (true = dark). */
export function tableQrGrids(html: string): boolean[][][] {
  const grids: boolean[][][] = [];
  // Most mail has no table of 21 rows with painted cells: it is not parsed a second time.
  if (!/background|bgcolor/i.test(html) || (html.match(/<tr[\s>]/gi)?.length ?? 0) < MIN_MODULES) return grids;
  // Nested tables each have their own rows; a cell of the outer table holds the inner one.
  const open: { rows: (boolean | null)[][] }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'table') open.push({ rows: [] });
        const table = open[open.length - 1];
        if (!table) return;
        if (name === 'tr' && table.rows.length <= MAX_MODULES) table.rows.push([]);
        else if (name === 'td' || name === 'th') {
          const span = Math.min(Math.max(Number.parseInt(attribs.colspan ?? '1', 10) || 1, 1), MAX_MODULES);
          if (table.rows.length === 0) table.rows.push([]);
          const row = table.rows[table.rows.length - 1];
          // A hostile table (a million cells of colspan 185) stops growing once no code can be this wide.
          if (row.length <= MAX_MODULES) for (let i = 0; i < span; i++) row.push(cellColor(attribs));
        }
      },
      onclosetag(name) {
        if (name !== 'table') return;
        const grid = asGrid(open.pop()!.rows);
        if (grid) grids.push(grid);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return grids;
}

/** Rows of modules as a square-ish grid with both colours in QR-like measure, else null. */
function asGrid(rows: (boolean | null)[][]): boolean[][] | null {
  const filled = rows.filter((r) => r.length > 0);
  if (filled.length < MIN_MODULES || filled.length > MAX_MODULES) return null;
  const width = filled[0].length;
  if (width < MIN_MODULES || width > MAX_MODULES || Math.abs(width - filled.length) > 2 || filled.some((r) => r.length !== width)) return null;
  const grid = filled.map((r) => r.map((c) => c === true));
  const dark = grid.reduce((n, r) => n + r.filter(Boolean).length, 0) / (width * filled.length);
  return dark >= 0.2 && dark <= 0.8 ? grid : null;
}

const BLOCKS = /[█▀▄]/;
const MAX_LINE = 2 * MAX_MODULES + 16;
// A line of a block-character code: blocks and spaces only (NBSP and em/en spaces too).
const BLOCK_LINE = /^[█▀▄ \u00a0\u2002\u2003]+$/;

/** Codes written in block characters in a text, as rows of modules (true = dark). */
export function blockQrGrids(text: string): boolean[][][] {
  if (!BLOCKS.test(text)) return [];
  const grids: boolean[][][] = [];
  let run: string[] = [];
  const flush = () => {
    const grid = run.length ? blockGrid(run) : null;
    if (grid) grids.push(grid);
    run = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/\s+$/, '');
    // Lines longer than any code (two characters a module) or runs taller than one are no code.
    if (BLOCK_LINE.test(trimmed) && BLOCKS.test(trimmed) && trimmed.length <= MAX_LINE && run.length <= MAX_MODULES) run.push(trimmed);
    else flush();
  }
  flush();
  return grids;
}

function blockGrid(run: string[]): boolean[][] | null {
  // The quiet zone on the left is indentation: the code starts at the first block of any line.
  const indent = Math.min(...run.map((l) => [...l].findIndex((ch) => BLOCKS.test(ch))));
  const lines = run.map((l) => [...l].slice(indent).join(''));
  const width = Math.max(...lines.map((l) => [...l].length));
  const cells = lines.map((l) => [...l.padEnd(width, ' ')]);
  const half = lines.some((l) => /[▀▄]/.test(l));
  // With half blocks a line is two rows of modules; with full blocks one, and a module is often
  // written twice (`██`) so that it looks square in a monospaced font.
  let rows: boolean[][] = half
    ? cells.flatMap((c) => [c.map((ch) => ch === '█' || ch === '▀'), c.map((ch) => ch === '█' || ch === '▄')])
    : cells.map((c) => c.map((ch) => ch === '█'));
  if (!half && width >= 2 * lines.length - 2 && rows.every((r) => r.every((_, x) => x % 2 === 1 || r[x] === r[x + 1]))) {
    rows = rows.map((r) => r.filter((_, x) => x % 2 === 0));
  }
  return asGrid(rows);
}

const BLOCK_ELEMENT = /^(?:p|div|tr|li|pre|h[1-6]|table)$/;

// Block characters as written in HTML: as they are, or as entities.
const BLOCKS_IN_HTML = /[█▀▄]|&#(?:9608|9600|9604|x258[08]|x2584);|&(?:block|uhblk|lhblk);/i;

/** Codes written in block characters in an HTML text, read from its lines as a browser shows them. */
export function htmlBlockQrGrids(html: string): boolean[][][] {
  return BLOCKS_IN_HTML.test(html) ? blockQrGrids(htmlLines(html)) : [];
}

/** HTML as lines of text: breaks, paragraphs and rows end a line, entities decoded. */
function htmlLines(html: string): string {
  const out: string[] = [];
  let pre = 0;
  const parser = new Parser(
    {
      // Outside <pre>, a line break in the source is no line break on screen.
      ontext: (t) => out.push(pre ? t : t.replace(/[\r\n]+/g, '')),
      // A block element starts and ends a line: two codes in two blocks stay two runs of lines.
      onopentag: (name) => {
        if (name === 'br' || BLOCK_ELEMENT.test(name)) out.push('\n');
        if (name === 'pre') pre++;
      },
      onclosetag: (name) => {
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (BLOCK_ELEMENT.test(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

/** A grid drawn as RGBA pixels, with the quiet zone a reader needs around it. */
export function gridPixels(grid: boolean[][]): { data: Uint8ClampedArray; width: number; height: number } {
  const cols = Math.max(...grid.map((r) => r.length));
  const width = (cols + 2 * QUIET_ZONE) * MODULE_PX;
  const height = (grid.length + 2 * QUIET_ZONE) * MODULE_PX;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  grid.forEach((row, y) =>
    row.forEach((darkModule, x) => {
      if (!darkModule) return;
      for (let dy = 0; dy < MODULE_PX; dy++) {
        const start = (((y + QUIET_ZONE) * MODULE_PX + dy) * width + (x + QUIET_ZONE) * MODULE_PX) * 4;
        for (let dx = 0; dx < MODULE_PX * 4; dx += 4) data.fill(0, start + dx, start + dx + 3);
      }
    }),
  );
  return { data, width, height };
}
