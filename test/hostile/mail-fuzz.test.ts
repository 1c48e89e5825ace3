// Hostile mail: the malformed shapes spam really comes in, and a seeded mutation fuzzer over the
// corpus messages. parseMail and readInputs must always return (never throw, never hang), and
// `hoptrace extract` on a folder of mutants must exit 0. Parse times are measured and printed,
// not asserted (timing belongs in benchmarks).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/mail/inputs.ts';
import { parseMail } from '../../src/mail/parse.ts';
import { hoptrace } from '../fixtures/cli.ts';
import { mutate, prng, type MutationName } from './support/mutate.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/emails/', import.meta.url));
const ITERATIONS = 300;
const SEED = 0x5eed10;
const dir = mkdtempSync(join(tmpdir(), 'hoptrace-mailfuzz-'));

function emlFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const p = join(root, name);
    return statSync(p).isDirectory() ? emlFiles(p) : name.endsWith('.eml') ? [p] : [];
  });
}

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}

const HEAD = 'From: "Bank" <a@b.test>\r\nTo: victim@example.test\r\nSubject: hi\r\nMIME-Version: 1.0\r\n';
const MALFORMED: [string, Buffer][] = [
  ['empty file', Buffer.alloc(0)],
  ['binary file', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ['truncated base64', Buffer.from(`${HEAD}Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('<a href="http://x.test/a">go</a>'.repeat(20)).toString('base64').slice(0, 301)}`)],
  ['multipart without closing boundary', Buffer.from(`${HEAD}Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhttp://x.test/plain\r\n--b1\r\nContent-Type: text/html\r\n\r\n<a href="http://x.test/html">go</a>\r\n`)],
  ['4 MB single-line body', Buffer.from(`${HEAD}Content-Type: text/plain\r\n\r\n${'A'.repeat(4 * 1024 * 1024)} http://x.test/end\r\n`)],
  ['header only', Buffer.from(HEAD)],
  ['header only, no final newline', Buffer.from(HEAD.trimEnd())],
  ['deeply nested multipart', Buffer.from(`${HEAD}${Array.from({ length: 200 }, (_, i) => `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`).join('')}Content-Type: text/plain\r\n\r\nhttp://x.test/deep\r\n`)],
  ['NUL bytes in headers', Buffer.from(`From: a\u0000@b.test\r\nSubject: \u0000\u0000\r\n\r\nhttp://x.test/nul\r\n`)],
];

describe('malformed mail', () => {
  it.each(MALFORMED)('%s: parseMail returns, readInputs lists it', async (name, bytes) => {
    const mail = await parseMail(bytes, name);
    expect(mail.source).toBe(name);
    expect(Array.isArray(mail.links)).toBe(true);
    const file = join(dir, `${name.replace(/\W+/g, '-')}.eml`);
    writeFileSync(file, bytes);
    const items = await collect([file]);
    expect(items).toHaveLength(1);
    expect(['mail', 'error']).toContain(items[0].type);
  });

  it('the 4 MB single line still yields its link', async () => {
    const [, bytes] = MALFORMED.find(([n]) => n === '4 MB single-line body')!;
    const mail = await parseMail(bytes, 'long');
    expect(mail.links.map((l) => l.url)).toContain('http://x.test/end');
  });
});

describe.skipIf(!existsSync(CORPUS))('mutation fuzzer over the corpus', () => {
  if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: mutation fuzzer skipped`);
  const seeds = existsSync(CORPUS) ? emlFiles(CORPUS).sort() : [];

  it(`${ITERATIONS} mutants through parseMail and readInputs: always return`, async () => {
    expect(seeds.length).toBeGreaterThan(0);
    const rand = prng(SEED);
    const byMutation = new Map<MutationName, number>();
    let maxMs = 0;
    let totalMs = 0;
    const mutantsDir = join(dir, 'mutants');
    mkdirSync(mutantsDir);
    for (let i = 0; i < ITERATIONS; i++) {
      const seedFile = seeds[Math.floor(rand() * seeds.length)];
      const { data, applied } = mutate(readFileSync(seedFile), rand);
      for (const a of applied) byMutation.set(a, (byMutation.get(a) ?? 0) + 1);
      const started = performance.now();
      const mail = await parseMail(data, `mutant-${i}`).catch((err: Error) => {
        throw new Error(`seed ${SEED} iteration ${i} (${applied.join('+')} of ${seedFile}) threw: ${err.message}`);
      });
      const ms = performance.now() - started;
      maxMs = Math.max(maxMs, ms);
      totalMs += ms;
      expect(mail.source).toBe(`mutant-${i}`);
      writeFileSync(join(mutantsDir, `m${String(i).padStart(3, '0')}.eml`), data);
    }
    // Every mutant again, from disk, through the input walker (sniffing, mbox splitting, folders).
    const items = await collect([mutantsDir]);
    expect(items).toHaveLength(ITERATIONS);
    console.log(
      `mail fuzz: ${ITERATIONS} mutants of ${seeds.length} corpus mails (seed ${SEED}), none threw; ` +
        `parse max ${maxMs.toFixed(0)} ms, mean ${(totalMs / ITERATIONS).toFixed(1)} ms; mutations ${JSON.stringify(Object.fromEntries(byMutation))}`,
    );
  });

  it('hoptrace extract on a folder of 30 mutants exits 0', async () => {
    const rand = prng(SEED + 1);
    const folder = join(dir, 'extract');
    mkdirSync(folder);
    for (let i = 0; i < 30; i++) {
      const seedFile = seeds[Math.floor(rand() * seeds.length)];
      writeFileSync(join(folder, `m${i}.eml`), mutate(readFileSync(seedFile), rand).data);
    }
    const r = await hoptrace(['extract', folder, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.messages.length + out.errors.length + out.urlLists.length).toBe(30);
  });
});
