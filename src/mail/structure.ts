// Damage that mailparser repairs silently but a researcher should see: an empty or binary file, a
// message with no body, a multipart whose closing boundary never comes, a base64 body cut short.
// One pass over the raw text (latin1, so byte offsets hold), bounded by the size cap of the caller.

export function looksBinary(raw: Buffer): boolean {
  const sample = raw.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function boundariesOf(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/^content-type:[^\n]*(?:\n[ \t][^\n]*)*/gim)) {
    const b = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(m[0]);
    if (b) found.add(b[1] ?? b[2]);
  }
  return [...found];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The base64 bodies of the parts that declare it: text after the part's headers up to the next
// boundary line. A length that is not a whole number of quads means bytes are missing.
function truncatedBase64Parts(text: string): number {
  let damaged = 0;
  const cte = /^content-transfer-encoding:[ \t]*base64[ \t]*\r?$/gim;
  for (const m of text.matchAll(cte)) {
    const bodyStart = text.slice(m.index).search(/\r?\n\r?\n/);
    if (bodyStart === -1) continue;
    const from = m.index + bodyStart;
    const next = text.slice(from).search(/\n--[^\n]*\r?\n|\n--[^\n]*$/);
    const body = next === -1 ? text.slice(from) : text.slice(from, from + next);
    const chars = body.replace(/[\s]/g, '');
    if (/[^A-Za-z0-9+/=]/.test(chars) || chars.length % 4 !== 0) damaged++;
  }
  return damaged;
}

/** Problems with the message's shape, each one line, for the message's `errors`. */
export function structureProblems(raw: Buffer): string[] {
  if (raw.length === 0) return ['empty file: no headers, no body'];
  const problems: string[] = [];
  if (looksBinary(raw)) problems.push('binary data: this does not look like a mail message');
  const text = raw.toString('latin1');
  const headerEnd = text.search(/\r?\n\r?\n/);
  if (headerEnd === -1 || !/\S/.test(text.slice(headerEnd))) problems.push('header-only message: no body');
  for (const boundary of boundariesOf(text)) {
    const b = escapeRegExp(boundary);
    if (!new RegExp(`^--${b}[ \\t]*\\r?$`, 'm').test(text)) problems.push(`multipart boundary "${boundary}" never opens a part`);
    else if (!new RegExp(`^--${b}--`, 'm').test(text)) problems.push(`multipart boundary "${boundary}" is never closed: message truncated?`);
  }
  const damaged = truncatedBase64Parts(text);
  if (damaged) problems.push(`${damaged} base64 part(s) truncated or damaged`);
  return problems;
}
