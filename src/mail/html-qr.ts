// QR codes drawn with HTML instead of pictures: a table whose cells are painted black and white
// (bgcolor or CSS background), a known way past scanners that only look at images. Each such table
// becomes a grid of modules, drawn as pixels for the same reader as pictures.
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
        if (name === 'tr') table.rows.push([]);
        else if (name === 'td' || name === 'th') {
          const span = Math.min(Math.max(Number.parseInt(attribs.colspan ?? '1', 10) || 1, 1), MAX_MODULES);
          if (table.rows.length === 0) table.rows.push([]);
          const row = table.rows[table.rows.length - 1];
          for (let i = 0; i < span; i++) row.push(cellColor(attribs));
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

/** Rows of cells as a square-ish grid of modules with both colours in QR-like measure, else null. */
function asGrid(rows: (boolean | null)[][]): boolean[][] | null {
  const filled = rows.filter((r) => r.length > 0);
  if (filled.length < MIN_MODULES || filled.length > MAX_MODULES) return null;
  const width = filled[0].length;
  if (width < MIN_MODULES || width > MAX_MODULES || Math.abs(width - filled.length) > 2 || filled.some((r) => r.length !== width)) return null;
  const grid = filled.map((r) => r.map((c) => c === true));
  const dark = grid.reduce((n, r) => n + r.filter(Boolean).length, 0) / (width * filled.length);
  return dark >= 0.2 && dark <= 0.8 ? grid : null;
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
