// Mail extraction speed, memory and what it finds, on the real-mail corpus (../shared/corpus):
//   - parsing in process: the corpus ×5 as .eml files (readInputs, messages/s, peak RSS);
//   - `hoptrace extract --jsonl` and `--json` as a child process on an mbox of N corpus mails
//     (8,000 by default, 1,000 with --quick), and `--jsonl` on one without the PDF-bearing mails,
//     written to the temp dir at bench time and deleted afterwards: messages/s over the whole run
//     (start-up and token analysis included) and the child's peak RSS (VmHWM), which must stay
//     flat in the input size;
//   - quality on the corpus: From addresses found, links by where they were found, imitation
//     findings, per-recipient tokens without a derivation.
// Prints a table, then the figures as JSON on the last line (scripts/bench.ts reads it).
// Usage: tsx scripts/bench-mail.ts [--quick] [--messages N]
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../bin/dist.js';
import { readInputs } from '../src/mail/inputs.ts';
import { build } from './build.mjs';

// The CLI is measured as users run it, compiled: from stale sources it would run through tsx (about
// 100 MB more and a quarter slower), which `npm run bench` avoids by building first, and so does this.
if (!distIsFresh()) build();

const CORPUS = fileURLToPath(new URL('../../shared/corpus/emails/', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/hoptrace.js', import.meta.url));
const args = process.argv.slice(2);
const count = args.includes('--messages') ? Number(args[args.indexOf('--messages') + 1]) : args.includes('--quick') ? 1000 : 8000;

interface Figure {
  run: string;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  peakRssMB: number;
}

const mb = (n: number) => Math.round(n / 1048576);

async function inProcess(run: string, paths: string[]): Promise<Figure> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  let messages = 0;
  const t0 = performance.now();
  for await (const item of readInputs(paths)) if (item.type === 'mail') messages++;
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  return { run, messages, seconds: Number(seconds.toFixed(2)), messagesPerSecond: Math.round(messages / seconds), peakRssMB: mb(peak) };
}

/** Runs the CLI; stdout is counted, not kept (unless asked), and the child's VmHWM is polled. */
function cli(cliArgs: string[], keep = false): Promise<{ seconds: number; peakRssMB: number; stdout: string; lines: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // The executable itself, as users run it: its #! line sets how Node starts (bin/hoptrace.js says why).
    const child = spawn(BIN, cliArgs, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
    let hwm = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
      } catch {
        // the child has just exited
      }
    }, 50);
    const chunks: Buffer[] = [];
    let lines = 0;
    child.stdout.on('data', (d: Buffer) => {
      if (keep) chunks.push(d);
      for (const b of d) if (b === 0x0a) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`hoptrace ${cliArgs.join(' ')} exited ${code}`));
      else resolve({ seconds: (performance.now() - t0) / 1000, peakRssMB: mb(hwm), stdout: Buffer.concat(chunks).toString('utf8'), lines });
    });
  });
}

const folders = ['japanese', 'phishing_pot'].filter((d) => existsSync(join(CORPUS, d)));
const files = folders.flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.eml')).sort().map((f) => join(CORPUS, d, f)));
if (!files.length) throw new Error(`corpus not found at ${CORPUS}`);

const figures: Figure[] = [];
await inProcess('warm-up', files);
figures.push(await inProcess('corpus x5 (.eml files, in process)', [...files, ...files, ...files, ...files, ...files]));

// The same mbox twice: all corpus mails, and without the ones carrying a PDF (base64 of `%PDF-`
// is `JVBERi0`), since the PDF reader is a worker thread with a heap of its own.
const raws = files.map((f) => readFileSync(f).toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1'));
const withoutPdf = raws.filter((raw) => !/JVBERi0|application\/pdf/i.test(raw));
for (const [label, set, formats] of [
  [`mbox of ${count} corpus mails`, raws, ['--jsonl', '--json']],
  [`mbox of ${count}, no PDF-bearing mail`, withoutPdf, ['--jsonl']],
] as const) {
  const mbox = join(tmpdir(), `hoptrace-bench-${process.pid}.mbox`);
  try {
    const fd = openSync(mbox, 'w');
    for (let i = 0; i < count; i++) {
      const raw = set[i % set.length];
      writeSync(fd, Buffer.from(`From bench@example.test Thu Jan  1 00:00:00 2025\n${raw}${raw.endsWith('\n') ? '' : '\n'}\n`, 'latin1'));
    }
    closeSync(fd);
    for (const format of formats) {
      const r = await cli(['extract', format, mbox]);
      figures.push({ run: `extract ${format}, ${label}`, messages: count, seconds: Number(r.seconds.toFixed(2)), messagesPerSecond: Math.round(count / r.seconds), peakRssMB: r.peakRssMB });
    }
  } finally {
    rmSync(mbox, { force: true });
  }
}

// What extraction finds on the corpus itself.
const corpus = JSON.parse((await cli(['extract', '--json', ...folders.map((d) => join(CORPUS, d))], true)).stdout) as {
  messages: { from: { address: string }; links: { where: string; kind: string }[]; sender: { findings: { kind: string }[] } }[];
  tokens: { tokens: { kind: string; derivation: string | null }[] }[];
};
const where: Record<string, number> = {};
for (const m of corpus.messages) for (const l of m.links) where[l.where.replace(/:.*/, '')] = (where[l.where.replace(/:.*/, '')] ?? 0) + 1;
const perRecipient = corpus.tokens.flatMap((t) => t.tokens).filter((t) => t.kind === 'per-recipient');
const quality = {
  messages: corpus.messages.length,
  fromAddressFound: corpus.messages.filter((m) => m.from.address).length,
  linksByWhere: where,
  imitationFindings: corpus.messages.flatMap((m) => m.sender.findings).filter((f) => /lookalike|homograph|display-name|local-part/.test(f.kind)).length,
  hiddenLinkFindings: corpus.messages.flatMap((m) => m.sender.findings).filter((f) => f.kind === 'hidden-link-host').length,
  perRecipientTokens: perRecipient.length,
  perRecipientWithoutDerivation: perRecipient.filter((t) => !t.derivation).length,
};

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${pad('run', 52)}${pad('msgs', 8)}${pad('sec', 8)}${pad('msgs/s', 9)}peak RSS MB`);
for (const f of figures) console.log(`${pad(f.run, 52)}${pad(f.messages, 8)}${pad(f.seconds, 8)}${pad(f.messagesPerSecond, 9)}${f.peakRssMB}`);
console.log(`corpus: ${JSON.stringify(quality)}`);
console.log(JSON.stringify({ bench: 'mail', node: process.version, figures, quality }));
