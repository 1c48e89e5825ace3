// The tokens of a stream of messages, with memory that does not grow with the stream's length.
// Token alignment needs every message of a campaign, and a campaign is only known once all
// messages are in; so while messages stream past, each one's campaign facts are kept (a few
// numbers, campaign.ts) and its link record goes to a temporary file. At the end the messages are
// grouped, each campaign is read back and analysed alone (memory bounded by the largest campaign,
// not by the input), its tokens are written to a second file, and they are read back in message
// order. Holding the records and tokens in memory instead cost 45 MB at 8,000 mails and twice
// that at 16,000.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Token } from '../model.ts';
import { analyzeTokens, pushTo } from './analyze.ts';
import { CampaignGrouper } from './campaign.ts';

/** What the token analysis needs of a message. */
export interface MessageLinks {
  source: string;
  from: string;
  date: string | null;
  subject: string;
  recipients: string[];
  /** Link URLs by their index in the message; null for a link no sender minted (an attachment's synthetic URL). */
  urls: (string | null)[];
}

/** The tokens of one message. Link ids are `message:link`. */
export interface MessageTokens {
  message: number;
  source: string;
  tokens: Token[];
}

/** Lines appended to a temporary file, each read back by its number. */
class LineFile {
  private readonly fd: number;
  private size = 0;
  private readonly at: number[] = [];
  private readonly lengths: number[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w+');
  }

  /** Stores text under number n (numbers may come in any order). */
  put(n: number, text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.at[n] = this.size;
    this.lengths[n] = bytes.length;
    this.size += bytes.length;
  }

  has(n: number): boolean {
    return this.lengths[n] !== undefined;
  }

  get(n: number): string {
    const bytes = Buffer.allocUnsafe(this.lengths[n]);
    readSync(this.fd, bytes, 0, bytes.length, this.at[n]);
    return bytes.toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
  }
}

function temporaryFolder(): string {
  try {
    return mkdtempSync(join(tmpdir(), 'hoptrace-tokens-'));
  } catch (err) {
    throw new Error(`cannot make a temporary folder in ${tmpdir()} for the token analysis (set TMPDIR to a writable folder): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export class MessageTokenSpool {
  private readonly dir = temporaryFolder();
  private readonly links = new LineFile(join(this.dir, 'links'));
  private readonly tokens = new LineFile(join(this.dir, 'tokens'));
  private readonly grouper = new CampaignGrouper();
  private count = 0;
  private readonly cleanup = () => this.dispose();

  constructor(private readonly jobId: string) {
    // The files stay readable through their descriptors once their names are gone: removed now,
    // nothing is left behind even when the process is killed. Where open files cannot be removed
    // (Windows), they go at exit.
    try {
      rmSync(this.dir, { recursive: true });
    } catch {
      process.once('exit', this.cleanup);
    }
  }

  /** Adds the next message; its number is the count of messages added before it. */
  add(m: MessageLinks): void {
    this.grouper.add({ from: m.from, date: m.date, subject: m.subject, urls: m.urls.filter((u): u is string => u !== null) });
    this.links.put(this.count++, JSON.stringify({ source: m.source, recipients: m.recipients, urls: m.urls }));
  }

  /** The tokens of every message that has some, in message order. Call once, after the last add. */
  *byMessage(): Generator<MessageTokens> {
    const members = new Map<number, number[]>();
    this.grouper.groups().forEach((campaign, message) => pushTo(members, campaign, message));
    for (const messages of members.values()) {
      const records = new Map(messages.map((mi) => [mi, JSON.parse(this.links.get(mi)) as Pick<MessageLinks, 'source' | 'recipients' | 'urls'>]));
      const found = analyzeTokens(
        this.jobId,
        [...records].flatMap(([mi, r]) => r.urls.flatMap((url, li) => (url === null ? [] : [{ linkId: `${mi}:${li}`, url, recipients: r.recipients }]))),
      );
      const byMessage = new Map<number, Token[]>();
      for (const t of found) pushTo(byMessage, Number(t.linkId.slice(0, t.linkId.indexOf(':'))), t);
      for (const [mi, tokens] of byMessage) this.tokens.put(mi, JSON.stringify({ message: mi, source: records.get(mi)!.source, tokens }));
    }
    for (let mi = 0; mi < this.count; mi++) if (this.tokens.has(mi)) yield JSON.parse(this.tokens.get(mi)) as MessageTokens;
  }

  /** Closes and deletes the temporary files (also done at process exit). */
  dispose(): void {
    process.removeListener('exit', this.cleanup);
    for (const file of [this.links, this.tokens]) {
      try {
        file.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
