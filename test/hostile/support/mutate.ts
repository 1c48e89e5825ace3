// A small, deterministic mutation fuzzer for mail files: bit flips, truncation, duplicated and
// removed header lines, corrupted MIME boundaries and random charset labels, one to three per
// mutant. Seeded, so a failure names a seed and iteration that reproduce it.

/** mulberry32: a tiny seeded PRNG, good enough to pick mutations reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

const CHARSETS = [
  'utf-8', 'shift_jis', 'iso-2022-jp', 'euc-jp', 'gb2312', 'utf-7', 'utf-16le', 'ucs-2', 'x-unknown', 'binary',
  '', '"', '%%%', 'utf-8"; x="', 'iso-8859-99', 'windows-1252', 'x-mac-japanese', '\u0000', 'a'.repeat(300),
];

function headerEnd(mail: Buffer): number {
  const i = mail.indexOf('\r\n\r\n');
  const j = mail.indexOf('\n\n');
  return [i, j].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), mail.length);
}

function lineRanges(text: string, end: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < end) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 || nl >= end ? end : nl + 1;
    out.push([start, stop]);
    start = stop;
  }
  return out;
}

export const MUTATIONS = {
  bitFlips(mail: Buffer, rand: Rand): Buffer {
    const out = Buffer.from(mail);
    for (let i = 1 + int(rand, 16); i > 0 && out.length; i--) out[int(rand, out.length)] ^= 1 << int(rand, 8);
    return out;
  },
  truncate(mail: Buffer, rand: Rand): Buffer {
    return mail.subarray(0, int(rand, mail.length + 1));
  },
  duplicateHeader(mail: Buffer, rand: Rand): Buffer {
    const text = mail.toString('latin1');
    const lines = lineRanges(text, headerEnd(mail));
    if (!lines.length) return mail;
    const [s, e] = pick(rand, lines);
    const copies = 1 + int(rand, 50);
    return Buffer.concat([mail.subarray(0, e), ...Array(copies).fill(mail.subarray(s, e)), mail.subarray(e)]);
  },
  removeHeader(mail: Buffer, rand: Rand): Buffer {
    const lines = lineRanges(mail.toString('latin1'), headerEnd(mail));
    if (!lines.length) return mail;
    const [s, e] = pick(rand, lines);
    return Buffer.concat([mail.subarray(0, s), mail.subarray(e)]);
  },
  corruptBoundary(mail: Buffer, rand: Rand): Buffer {
    const text = mail.toString('latin1');
    const m = /boundary="?([^";\r\n]+)"?/i.exec(text);
    if (!m) return MUTATIONS.bitFlips(mail, rand);
    const b = m[1];
    const variants = [
      () => text.split(`--${b}--`).join(''), // no closing boundary
      () => text.split(`--${b}`).join(`--${b.slice(0, -1)}`), // every delimiter off by one
      () => text.replace(m[0], `boundary="${'-'.repeat(int(rand, 200))}"`), // declared boundary changed
      () => text.replace(m[0], 'boundary=""'),
      () => text.split(`--${b}`).map((part, i) => (i > 0 && rand() < 0.5 ? `${b}${part}` : part)).join(`--${b}`), // nested junk
    ];
    return Buffer.from(pick(rand, variants)(), 'latin1');
  },
  charsetLabel(mail: Buffer, rand: Rand): Buffer {
    const text = mail.toString('latin1');
    const replaced = text.replace(/charset\s*=\s*"?[^";\s]*"?/gi, (orig) => (rand() < 0.7 ? `charset=${pick(rand, CHARSETS)}` : orig));
    const words = replaced.replace(/=\?([^?]+)\?([bq])\?/gi, (orig, _cs, enc) => (rand() < 0.7 ? `=?${pick(rand, CHARSETS)}?${enc}?` : orig));
    return Buffer.from(words, 'latin1');
  },
} satisfies Record<string, (mail: Buffer, rand: Rand) => Buffer>;

export type MutationName = keyof typeof MUTATIONS;

/** One to three mutations of `mail`, chosen by `rand`; returns the bytes and the names applied. */
export function mutate(mail: Buffer, rand: Rand): { data: Buffer; applied: MutationName[] } {
  const names = Object.keys(MUTATIONS) as MutationName[];
  const applied: MutationName[] = [];
  let data = mail;
  for (let n = 1 + int(rand, 3); n > 0; n--) {
    const name = pick(rand, names);
    applied.push(name);
    data = MUTATIONS[name](data, rand);
  }
  return { data, applied };
}
