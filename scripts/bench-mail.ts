// Mail parsing speed and memory: messages per second and peak RSS on the corpus and on a generated
// ~100 MB mbox (written to the temp dir, deleted afterwards). Prints a table, then the figures as
// JSON on the last line.  Usage: tsx scripts/bench-mail.ts [mboxMegabytes]
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/mail/inputs.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/emails/', import.meta.url));
const mboxMegabytes = Number(process.argv[2] ?? 100);

interface Figure {
  run: string;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  peakRssMB: number;
  rssAtHalfMB?: number;
}

let peak = 0;
const sampleRss = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

async function measure(run: string, paths: string[], halfway?: number): Promise<Figure> {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const timer = setInterval(sampleRss, 20);
  let messages = 0;
  let rssAtHalf: number | undefined;
  const t0 = performance.now();
  for await (const item of readInputs(paths)) {
    if (item.type === 'mail') messages++;
    sampleRss();
    if (halfway && messages === halfway) rssAtHalf = process.memoryUsage().rss;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const mb = (n: number) => Math.round(n / 1048576);
  return { run, messages, seconds: Number(seconds.toFixed(2)), messagesPerSecond: Math.round(messages / seconds), peakRssMB: mb(peak), ...(rssAtHalf ? { rssAtHalfMB: mb(rssAtHalf) } : {}) };
}

const files = ['japanese', 'phishing_pot'].flatMap((d) =>
  existsSync(join(CORPUS, d)) ? readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.eml')).map((f) => join(CORPUS, d, f)) : [],
);
if (!files.length) throw new Error(`corpus not found at ${CORPUS}`);

const figures: Figure[] = [];
await measure('warm-up', files);
figures.push(await measure('corpus x5 (.eml files)', [...files, ...files, ...files, ...files, ...files]));

const mbox = join(tmpdir(), `hoptrace-bench-${process.pid}.mbox`);
try {
  const fd = openSync(mbox, 'w');
  let written = 0;
  let count = 0;
  const raws = files.map((f) => readFileSync(f).toString('latin1').replace(/^(>*From )/gm, '>$1'));
  while (written < mboxMegabytes * 1048576) {
    const raw = raws[count % raws.length];
    const chunk = Buffer.from(`From bench@example.test Thu Jan  1 00:00:00 2025\n${raw}${raw.endsWith('\n') ? '' : '\n'}\n`, 'latin1');
    writeSync(fd, chunk);
    written += chunk.length;
    count++;
  }
  closeSync(fd);
  const size = Math.round(statSync(mbox).size / 1048576);
  figures.push(await measure(`mbox ${size} MB (${count} messages)`, [mbox], Math.floor(count / 2)));
} finally {
  rmSync(mbox, { force: true });
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`${pad('run', 34)}${pad('msgs', 8)}${pad('sec', 8)}${pad('msgs/s', 9)}${pad('peak RSS MB', 13)}RSS at half MB`);
for (const f of figures) console.log(`${pad(f.run, 34)}${pad(f.messages, 8)}${pad(f.seconds, 8)}${pad(f.messagesPerSecond, 9)}${pad(f.peakRssMB, 13)}${f.rssAtHalfMB ?? ''}`);
console.log(JSON.stringify({ bench: 'mail', node: process.version, figures }));
