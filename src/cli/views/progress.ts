// A one-line progress bar on stderr for long jobs: done/total, rate, eta. Only on a terminal.
import type { CrawlProgress } from '../../jobs/crawl.ts';
import { ERASE_LINE } from './terminal.ts';

export function progressPrinter(stream: NodeJS.WriteStream): ((p: CrawlProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let lastDraw = 0;
  return (p) => {
    const now = Date.now();
    if (p.done < p.total && now - lastDraw < 100) return;
    lastDraw = now;
    const secs = Math.max(0.001, (now - p.startedAt) / 1000);
    const rate = p.done / secs;
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    const width = 24;
    const filled = p.total ? Math.round((p.done / p.total) * width) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${bar} ${p.done}/${p.total}  ${(rate * 60).toFixed(1)} visits/min  eta ${eta.toFixed(0)} s`;
    stream.write(`${ERASE_LINE}${line}`);
    if (p.done >= p.total) stream.write('\n');
  };
}
