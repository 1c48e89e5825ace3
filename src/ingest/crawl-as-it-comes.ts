// `--crawl` for mail that arrives by itself: every new lure is visited at once, while its links
// still work. Each round is an ordinary crawl of the job (`runCrawl`): it owes exactly the (link ×
// persona) visits not yet stored, so a restart after a kill makes the missing ones and never a
// stored one again. Rounds run one at a time; mail that arrives during a round starts the next,
// after a pause as long as the round took (1 s at least, 10 s at most). A round reads the whole job (token
// analysis, what is owed, the summary) on the thread that also takes the mail: the pause keeps it
// from taking more than about half of that thread while mail pours in, and lets mail gather, so
// 1,000 mails make a few dozen rounds rather than a thousand.
import type { VisitEngine } from '../engines/engine.ts';
import { analyzeJobTokens, runCrawl, type CrawlOptions, type CrawlSummary } from '../jobs/crawl.ts';
import type { Job } from '../model.ts';
import type { TraceStore } from '../store/store.ts';
import { pause } from './backoff.ts';

const MIN_PAUSE_MS = 1000;
const MAX_PAUSE_MS = 10_000;

export class CrawlAsItComes {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly store: TraceStore,
    private readonly job: Job,
    private readonly engine: VisitEngine,
    private readonly opts: CrawlOptions,
    private readonly hooks: { signal: AbortSignal; onRound(summary: CrawlSummary): void; log(line: string): void },
  ) {}

  /** New mail is stored: crawl what it brought (now, or right after the round in flight). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rounds().finally(() => (this.running = null));
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      const started = Date.now();
      try {
        // Tokens are analysed over the whole job, so a new mail's tokens line up with its campaign's.
        analyzeJobTokens(this.store, this.job.id);
        this.hooks.onRound(await runCrawl(this.store, this.job, this.engine, this.opts, { signal: this.hooks.signal }));
      } catch (err) {
        // A failed round leaves its visits owed; the next mail (or a restart) makes them.
        this.hooks.log(`crawl: ${(err as Error).message.split('\n')[0]}`);
      }
      if (this.again) await pause(Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, Date.now() - started)), this.hooks.signal);
    } while (this.again && !this.hooks.signal.aborted);
  }

  /** Waits for the round in flight, then closes the engine. */
  async close(): Promise<void> {
    await this.running;
    await this.engine.close();
  }
}
