// Streaming mbox reader: messages one at a time, never the whole file in memory. A message starts
// at a `From ` line at the top of the file or after an empty line; `>From `, `>>From `… lines are
// unquoted by one level (mboxrd; in mboxo files only `>From ` occurs and is unquoted the same way).
import { createReadStream } from 'node:fs';

const NL = 0x0a;
const FROM_ = Buffer.from('From ');
const QUOTED_FROM = /^>+From /;

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
    if (previousBlank && line.subarray(0, 5).equals(FROM_)) {
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
