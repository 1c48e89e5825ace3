// The one terminal writer's tools: whether to colour, how to colour, and how every string that came
// from outside (mail, pages, RDAP, files, a shared database) is made harmless before it is printed.
// Every text view lives in this folder and prints through these, so no attacker string can send
// an ESC or OSC sequence, move the cursor, or reorder text with a bidi override.
import { stripControls } from '../../report/safe-text.ts';

/** Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';
const SGR: Record<Style, number> = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 };

export type Paint = (style: Style, text: string) => string;

/** The only producer of escape sequences in the views: SGR colour around text already cleaned. */
export function painter(color: boolean): Paint {
  return (style, text) => (color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
}

/**
 * Text from outside shown as it is but inert: C0/C1 controls (ESC, BEL, CR…), DEL, zero-width and
 * bidi formatting characters become visible `\xNN` / `\uNNNN` escapes. Idempotent.
 */
export function clean(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : stripControls(String(value));
}

/** Left-aligned columns, every cell cleaned; widths from the plain text, so colours do not skew them. */
export function table(header: string[], rows: (string | number | null | undefined)[][], paint: Paint): string {
  const cells = rows.map((r) => r.map(clean));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (row: string[]): string => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [paint('bold', line(header)), ...cells.map(line)].join('\n');
}

/** Erases the current terminal line (for a progress bar redrawn in place). */
export const ERASE_LINE = '\r\u001b[2K';
