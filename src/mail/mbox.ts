// Streaming mbox reader: messages one at a time, never the whole file in memory. A message starts
// at a separator line: `From ` followed by an address and a date, as mailbox readers check it, with
// or without an empty line before it (some writers put none). After an empty line a `From ` line
// with a time and a year in another shape separates too; a line of prose does not. `>From `, `>>From `…
// lines are unquoted by one level (mboxrd; in mboxo files only `>From ` occurs and is unquoted the
// same way).
import { createReadStream } from 'node:fs';

const NL = 0x0a;
const FROM_ = Buffer.from('From ');
const QUOTED_FROM = /^>+From /;
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
// `From sender@example.com Thu Jan  1 00:00:00 2025` (ctime), optionally with a zone, or a
// Date-header style date (`Thu, 01 Jan 2025 00:00:00 +0000`).
const SEPARATOR = new RegExp(
  `^From \\S+\\s+${DAY},?\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})\\s+(?:\\d{4}\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+\\S+)?(?:\\s+\\d{4})?\\s*$`,
);

// After an empty line a date in another shape still separates, as long as the line has a time and
// a year: prose such as "From now on, prices drop." (written unquoted by mboxcl writers) does not.
const LOOSE_SEPARATOR = /^From [^\s:]\S*\s.*\b\d{1,2}:\d{2}\b.*\b(?:19|20)\d{2}\b|^From [^\s:]\S*\s.*\b(?:19|20)\d{2}\b.*\b\d{1,2}:\d{2}\b/;

/** Is this line an mbox separator; after an empty line a looser rule on the date holds. */
export function isSeparator(line: string, afterBlank: boolean): boolean {
  if (!line.startsWith('From ')) return false;
  return SEPARATOR.test(line.trimEnd()) || (afterBlank && LOOSE_SEPARATOR.test(line));
}

/** Lines of a file as raw bytes, each with its line ending. */
async function* byteLines(path: string): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NL, start); nl !== -1; nl = buf.indexOf(NL, start)) {
      yield buf.subarray(start, nl + 1);
      start = nl + 1;
    }
    rest = Buffer.from(buf.subarray(start));
    buf = Buffer.alloc(0);
  }
  if (rest.length) yield rest;
}

function isBlank(line: Buffer): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === NL) || (line.length === 2 && line[0] === 0x0d && line[1] === NL);
}

export interface MboxMessage {
  /** 1-based position in the file. */
  index: number;
  raw: Buffer;
  /** The message was cut at `maxBytes`. */
  truncated: boolean;
}

export async function* readMbox(path: string, maxBytes: number): AsyncGenerator<MboxMessage> {
  let lines: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let index = 0;
  let previousBlank = true;
  const finish = (): MboxMessage => {
    // The empty line before the next `From ` belongs to the separator.
    if (lines.length && isBlank(lines[lines.length - 1])) lines.pop();
    const message = { index, raw: Buffer.concat(lines), truncated };
    lines = [];
    size = 0;
    truncated = false;
    return message;
  };
  for await (const line of byteLines(path)) {
    if (line.subarray(0, 5).equals(FROM_) && isSeparator(line.subarray(0, 256).toString('latin1'), previousBlank)) {
      if (index > 0) yield finish();
      index++;
      previousBlank = false;
      continue;
    }
    previousBlank = isBlank(line);
    if (index === 0) continue; // text before the first separator is no message
    let out = line;
    if (line[0] === 0x3e && QUOTED_FROM.test(line.subarray(0, 64).toString('latin1'))) out = line.subarray(1);
    if (size + out.length > maxBytes) {
      truncated = true;
      continue;
    }
    lines.push(out);
    size += out.length;
  }
  if (index > 0) yield finish();
}
