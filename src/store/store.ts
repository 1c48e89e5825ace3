// The only module that writes SQL. One SQLite file holds a whole, shareable, replayable trace:
// jobs, messages, links, visits, hops, responses, tokens, cloaking findings and a
// content-addressed blob table. WAL mode, one writer, one transaction per visit.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zc } from 'node:zlib';
import {
  TRACE_FORMAT,
  type Blob,
  type CloakFinding,
  type Hop,
  type Job,
  type JobOptions,
  type JobStatus,
  type Link,
  type Message,
  type RecordedResponse,
  type Token,
  type TraceBundle,
  type Visit,
  type VisitPurpose,
} from '../model.ts';
import { readJobOptions } from '../job-options.ts';
import { MIGRATIONS } from './schema.ts';
import * as search from './search.ts';

/** A store error whose message is fit for one line on stderr. */
export class StoreError extends Error {
  override name = 'StoreError';
}

export function newId(prefix: string): string {
  return `${prefix}${randomBytes(8).toString('hex')}`;
}

export { sha256 } from '../bytes.ts';

/** A message as parsed, before the store gives it ids. */
export type NewMessage = Omit<Message, 'id' | 'jobId' | 'links'> & { links: NewLink[] };
export type NewLink = Omit<Link, 'id' | 'messageId' | 'visited'> & { visitable: boolean; recipients?: string[] };

/** A stored link with what the job needs to visit it. */
export interface StoredLink extends Link {
  jobId: string;
  visitable: boolean;
  recipients: string[];
}

/** What a visit brings besides its record: the responses to replay and the bytes they reference. */
export interface VisitExtras {
  responses?: RecordedResponse[];
  blobs?: Blob[];
}

export interface StoredRegistration {
  domain: string;
  fetchedAt: string;
  /** `rdap` (fetched), or `import:<file>` */
  source: string;
  raw: string;
  /** The parsed record (pivot/ defines its shape). */
  parsed: unknown;
}

export interface JobSummaryRow extends Job {
  finishedAt: string | null;
  messages: number;
  links: number;
  visits: number;
}

const j = (v: unknown) => JSON.stringify(v);
const parse = <T>(s: string | null | undefined, fallback: T): T => (s == null ? fallback : (JSON.parse(s) as T));

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

export class TraceStore {
  readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens (and creates, unless readonly) a trace database; throws StoreError with one clear line. */
  static open(path: string, opts: { readonly?: boolean } = {}): TraceStore {
    let db: Database.Database;
    try {
      if (!opts.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
      db.pragma('busy_timeout = 5000');
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file.
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      // Reading the schema fails fast on a file that is not SQLite at all.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      throw new StoreError(`cannot open database ${path}: ${(err as Error).message}`);
    }
    const store = new TraceStore(db);
    if (!opts.readonly) store.migrate(path);
    return store;
  }

  private migrate(path: string): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new StoreError(`database ${path} was written by a newer hoptrace (schema ${version})`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.tx(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      });
    }
  }

  /** Runs fn in one write transaction; a busy database becomes a clear StoreError. */
  tx<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      if (isBusy(err)) throw new StoreError('database is busy: another hoptrace process is writing to it');
      throw err;
    }
  }

  close(): void {
    this.db.close();
  }

  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  // ------------------------------------------------------------ jobs

  createJob(name: string, options: JobOptions): Job {
    const job: Job = { id: newId('j-'), name, createdAt: new Date().toISOString(), status: 'running', options };
    try {
      this.tx(() =>
        this.db
          .prepare('INSERT INTO jobs (id, name, created_at, status, options, pid) VALUES (?, ?, ?, ?, ?, ?)')
          .run(job.id, job.name, job.createdAt, job.status, j(options), process.pid),
      );
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new StoreError(`a job named "${name}" already exists (use --resume ${name} to finish it)`);
      }
      throw err;
    }
    return job;
  }

  setJobStatus(jobId: string, status: JobStatus): void {
    this.tx(() =>
      this.db
        .prepare('UPDATE jobs SET status = ?, finished_at = ?, pid = ? WHERE id = ?')
        .run(status, status === 'running' ? null : new Date().toISOString(), status === 'running' ? process.pid : null, jobId),
    );
  }

  /**
   * A job left `running` by a process that no longer exists was interrupted (kill -9, crash,
   * power cut). Called on every open for writing and before listing.
   */
  markInterrupted(): void {
    const rows = this.db.prepare("SELECT id, pid FROM jobs WHERE status = 'running'").all() as { id: string; pid: number | null }[];
    for (const row of rows) {
      if (row.pid != null && row.pid !== process.pid && processAlive(row.pid)) continue;
      if (row.pid === process.pid) continue;
      this.db.prepare("UPDATE jobs SET status = 'interrupted' WHERE id = ?").run(row.id);
    }
  }

  private rowToJob(r: Record<string, unknown>): Job {
    return {
      id: r.id as string,
      name: r.name as string,
      createdAt: r.created_at as string,
      status: r.status as JobStatus,
      options: readJobOptions(parse(r.options as string, {})),
    };
  }

  /** A job by id or by name. */
  findJob(idOrName: string): Job | null {
    const r = this.db.prepare('SELECT * FROM jobs WHERE id = ? OR name = ?').get(idOrName, idOrName) as
      | Record<string, unknown>
      | undefined;
    return r ? this.rowToJob(r) : null;
  }

  listJobs(): JobSummaryRow[] {
    const rows = this.db
      .prepare(
        `SELECT j.*,
          (SELECT count(*) FROM messages m WHERE m.job_id = j.id) AS n_messages,
          (SELECT count(*) FROM links l WHERE l.job_id = j.id) AS n_links,
          (SELECT count(*) FROM visits v WHERE v.job_id = j.id) AS n_visits
         FROM jobs j ORDER BY j.created_at`,
      )
      .all() as Record<string, unknown>[];
    return rows.map((r) => ({
      ...this.rowToJob(r),
      finishedAt: (r.finished_at as string | null) ?? null,
      messages: r.n_messages as number,
      links: r.n_links as number,
      visits: r.n_visits as number,
    }));
  }

  // ------------------------------------------------------------ messages and links

  /** Stores a parsed message and its links, assigning ids; returns the stored message. */
  addMessage(jobId: string, msg: NewMessage): Message {
    const id = newId('m-');
    return this.tx(() => {
      const ord = this.nextOrd('messages', jobId);
      this.db
        .prepare(
          `INSERT INTO messages (id, job_id, ord, source, message_id, subject, date, from_address, from_name,
             recipients, findings, errors) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
        )
        .run(id, jobId, ord, msg.source, msg.messageId, msg.subject, msg.date, msg.from.address, msg.from.name,
          j(msg.recipients), j(msg.sender.findings), j(msg.errors));
      const links = msg.links.map((l) => this.insertLink(jobId, id, { ...l, recipients: l.recipients ?? msg.recipients }));
      return { ...msg, id, jobId, links };
    });
  }

  /** Stores links that came without a message (URL inputs). */
  addLinks(jobId: string, links: NewLink[]): Link[] {
    return this.tx(() => links.map((l) => this.insertLink(jobId, null, l)));
  }

  private insertLink(jobId: string, messageId: string | null, l: NewLink): Link {
    const id = newId('l-');
    const ord = this.nextOrd('links', jobId);
    this.db
      .prepare(
        `INSERT INTO links (id, job_id, message_id, ord, url, wrapped_url, text, kind, visitable, refused, recipients, where_found)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(id, jobId, messageId, ord, l.url, l.wrappedUrl, l.text, l.kind, l.visitable ? 1 : 0, l.refused, j(l.recipients ?? []), l.where ?? 'body');
    return { id, messageId, url: l.url, wrappedUrl: l.wrappedUrl, text: l.text, kind: l.kind, visited: false, refused: l.refused, where: l.where ?? 'body' };
  }

  private nextOrd(table: 'messages' | 'links' | 'visits', jobId: string): number {
    const r = this.db.prepare(`SELECT coalesce(max(ord), -1) + 1 AS n FROM ${table} WHERE job_id = ?`).get(jobId) as { n: number };
    return r.n;
  }

  listLinks(jobId: string): StoredLink[] {
    const rows = this.db
      .prepare(
        `SELECT l.*, EXISTS (SELECT 1 FROM visits v WHERE v.link_id = l.id) AS visited
         FROM links l WHERE l.job_id = ? ORDER BY l.ord`,
      )
      .all(jobId) as Record<string, unknown>[];
    return rows.map((r) => this.rowToLink(r));
  }

  private rowToLink(r: Record<string, unknown>): StoredLink {
    return {
      id: r.id as string,
      jobId: r.job_id as string,
      messageId: (r.message_id as string | null) ?? null,
      url: r.url as string,
      wrappedUrl: (r.wrapped_url as string | null) ?? null,
      text: (r.text as string | null) ?? null,
      kind: r.kind as Link['kind'],
      visited: Boolean(r.visited),
      refused: (r.refused as string | null) ?? null,
      where: r.where_found as string,
      visitable: Boolean(r.visitable),
      recipients: parse(r.recipients as string, [] as string[]),
    };
  }

  listMessages(jobId: string): Message[] {
    const links = this.listLinks(jobId);
    const rows = this.db.prepare('SELECT * FROM messages WHERE job_id = ? ORDER BY ord').all(jobId) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id as string,
      jobId,
      source: r.source as string,
      messageId: (r.message_id as string | null) ?? null,
      subject: r.subject as string,
      date: (r.date as string | null) ?? null,
      from: { address: r.from_address as string, name: r.from_name as string },
      recipients: parse(r.recipients as string, [] as string[]),
      sender: { findings: parse(r.findings as string, []) },
      links: links.filter((l) => l.messageId === r.id).map(publicLink),
      errors: parse(r.errors as string, [] as string[]),
    }));
  }

  getMessage(id: string): Message | null {
    const r = this.db.prepare('SELECT job_id FROM messages WHERE id = ?').get(id) as { job_id: string } | undefined;
    return r ? (this.listMessages(r.job_id).find((m) => m.id === id) ?? null) : null;
  }

  // ------------------------------------------------------------ visits

  /** Stores one finished visit with its hops, responses and blobs in one transaction. */
  saveVisit(visit: Visit, extra: VisitExtras = {}): void {
    this.tx(() => this.insertVisit(visit, extra));
  }

  /** Stores many visits in one transaction (the fast path for bulk writes). */
  saveVisits(items: ({ visit: Visit } & VisitExtras)[]): void {
    this.tx(() => {
      for (const it of items) this.insertVisit(it.visit, it);
    });
  }

  private insertVisit(v: Visit, extra: VisitExtras): void {
    for (const b of extra.blobs ?? []) this.putBlob(b);
    this.db
      .prepare(
        `INSERT INTO visits (id, job_id, link_id, ord, url, persona, engine, replay_of, decoy, started_at, finished_at,
          outcome, error, final, downloads, branch_finals, substitutions, decoy_unexplained, warnings,
          purpose, attempt, retry_of, incomplete)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(v.id, v.jobId, v.linkId, this.nextOrd('visits', v.jobId), v.url, v.persona, v.engine, v.replayOf, v.decoy ? 1 : 0,
        v.startedAt, v.finishedAt, v.outcome, v.error, v.final ? j(v.final) : null, j(v.downloads),
        j(v.branchFinals ?? []), j(v.substitutions ?? []), j(v.decoyUnexplained ?? []), j(v.warnings ?? []),
        v.purpose ?? (v.replayOf ? 'replay' : 'primary'), v.attempt ?? 1, v.retryOf ?? null, v.incomplete ?? null);
    const hop = this.db.prepare(
      `INSERT INTO hops (visit_id, seq, branch, url, method, status, cause, server_ip, content_type, body_sha256, blocked,
        started_at, duration_ms, set_cookies, note, tls) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    for (const h of v.hops) {
      hop.run(v.id, h.seq, h.branch, h.url, h.method, h.status, h.cause, h.serverIp, h.contentType, h.bodySha256, h.blocked,
        h.startedAt, Math.round(h.durationMs), j(h.setCookies), h.note ?? null, h.tls ? j(h.tls) : null);
    }
    const resp = this.db.prepare(
      `INSERT INTO responses (visit_id, ord, method, url, status, headers, body_sha256, resource_type, truncated)
       VALUES (?,?,?,?,?,?,?,?,?)`,
    );
    for (const r of extra.responses ?? []) {
      resp.run(v.id, r.order, r.method, r.url, r.status, j(r.headers), r.bodySha256, r.resourceType, r.truncated ? 1 : 0);
    }
  }

  /** Re-classification writes only the final page and branch finals of a stored visit. */
  updateVisitClassification(visitId: string, final: Visit['final'], branchFinals: Visit['branchFinals']): void {
    this.tx(() =>
      this.db
        .prepare('UPDATE visits SET final = ?, branch_finals = ? WHERE id = ?')
        .run(final ? j(final) : null, j(branchFinals ?? []), visitId),
    );
  }

  private hopsOf(visitId: string): Hop[] {
    const rows = this.db.prepare('SELECT * FROM hops WHERE visit_id = ? ORDER BY seq').all(visitId) as Record<string, unknown>[];
    return rows.map((r) => ({
      seq: r.seq as number,
      branch: r.branch as number,
      url: r.url as string,
      method: r.method as string,
      status: (r.status as number | null) ?? null,
      cause: r.cause as Hop['cause'],
      serverIp: (r.server_ip as string | null) ?? null,
      contentType: (r.content_type as string | null) ?? null,
      bodySha256: (r.body_sha256 as string | null) ?? null,
      blocked: (r.blocked as string | null) ?? null,
      startedAt: r.started_at as string,
      durationMs: r.duration_ms as number,
      setCookies: parse(r.set_cookies as string, [] as string[]),
      note: (r.note as string | null) ?? null,
      ...(r.tls ? { tls: parse(r.tls as string, null) } : {}),
    }));
  }

  private rowToVisit(r: Record<string, unknown>): Visit {
    return {
      id: r.id as string,
      jobId: r.job_id as string,
      linkId: (r.link_id as string | null) ?? null,
      url: r.url as string,
      persona: r.persona as string,
      engine: r.engine as Visit['engine'],
      replayOf: (r.replay_of as string | null) ?? null,
      decoy: Boolean(r.decoy),
      startedAt: r.started_at as string,
      finishedAt: r.finished_at as string,
      outcome: r.outcome as Visit['outcome'],
      error: (r.error as string | null) ?? null,
      purpose: r.purpose as VisitPurpose,
      attempt: r.attempt as number,
      retryOf: (r.retry_of as string | null) ?? null,
      incomplete: (r.incomplete as string | null) ?? null,
      hops: this.hopsOf(r.id as string),
      final: parse(r.final as string | null, null),
      downloads: parse(r.downloads as string, []),
      branchFinals: parse(r.branch_finals as string, []),
      substitutions: parse(r.substitutions as string, []),
      decoyUnexplained: parse(r.decoy_unexplained as string, []),
      warnings: parse(r.warnings as string, []),
    };
  }

  getVisit(id: string): Visit | null {
    const r = this.db.prepare('SELECT * FROM visits WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return r ? this.rowToVisit(r) : null;
  }

  listVisits(jobId: string): Visit[] {
    const rows = this.db.prepare('SELECT * FROM visits WHERE job_id = ? ORDER BY ord').all(jobId) as Record<string, unknown>[];
    return rows.map((r) => this.rowToVisit(r));
  }

  /** (link, persona) pairs already visited in a job: what `--resume` skips. */
  visitedPairs(jobId: string): Set<string> {
    const rows = this.db
      .prepare('SELECT link_id, persona FROM visits WHERE job_id = ? AND replay_of IS NULL AND link_id IS NOT NULL')
      .all(jobId) as { link_id: string; persona: string }[];
    return new Set(rows.map((r) => `${r.link_id} ${r.persona}`));
  }

  getResponses(visitId: string): RecordedResponse[] {
    const rows = this.db.prepare('SELECT * FROM responses WHERE visit_id = ? ORDER BY ord').all(visitId) as Record<string, unknown>[];
    return rows.map((r) => ({
      order: r.ord as number,
      method: r.method as string,
      url: r.url as string,
      status: r.status as number,
      headers: parse(r.headers as string, [] as [string, string][]),
      bodySha256: (r.body_sha256 as string | null) ?? null,
      resourceType: r.resource_type as string,
      truncated: Boolean(r.truncated),
    }));
  }

  // ------------------------------------------------------------ blobs

  /** Content-addressed: the same bytes are stored once, whatever visit brought them. */
  putBlob(b: Blob): void {
    const exists = this.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(b.sha256);
    if (exists) return;
    // Brotli at a low quality: bodies are mostly HTML and compress 5-10x at little CPU cost;
    // PNG screenshots and archives gain nothing, so they are kept as they are.
    const compressible = !/^(image\/(png|jpe?g|gif|webp)|application\/(zip|gzip|x-gzip|octet-stream|x-7z))/.test(b.mime ?? '');
    const data = compressible
      ? brotliCompressSync(b.data, { params: { [zc.BROTLI_PARAM_QUALITY]: 4, [zc.BROTLI_PARAM_SIZE_HINT]: b.data.length } })
      : b.data;
    this.db
      .prepare('INSERT INTO blobs (sha256, size, mime, compression, data) VALUES (?,?,?,?,?)')
      .run(b.sha256, b.data.length, b.mime, compressible ? 'br' : 'none', data);
  }

  getBlob(hash: string): Buffer | null {
    const r = this.db.prepare('SELECT compression, data FROM blobs WHERE sha256 = ?').get(hash) as
      | { compression: string; data: Buffer }
      | undefined;
    if (!r) return null;
    return r.compression === 'br' ? brotliDecompressSync(r.data) : r.data;
  }

  // ------------------------------------------------------------ tokens and cloaking

  /** Replaces the job's token table (analysis re-runs as a whole). */
  saveTokens(jobId: string, tokens: Token[]): void {
    this.tx(() => {
      this.db.prepare('DELETE FROM tokens WHERE job_id = ?').run(jobId);
      const ins = this.db.prepare(
        `INSERT OR REPLACE INTO tokens (job_id, link_id, component, url, value, kind, format, recipient, derivation,
          seen_on_hosts, entropy) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      );
      for (const t of tokens) {
        ins.run(jobId, t.linkId, t.component, t.url, t.value, t.kind, t.format, t.recipient, t.derivation,
          j(t.seenOnHosts), t.entropy ?? null);
      }
    });
  }

  listTokens(jobId: string): Token[] {
    const rows = this.db.prepare('SELECT * FROM tokens WHERE job_id = ? ORDER BY rowid').all(jobId) as Record<string, unknown>[];
    return rows.map((r) => ({
      jobId,
      linkId: r.link_id as string,
      url: r.url as string,
      component: r.component as string,
      value: r.value as string,
      kind: r.kind as Token['kind'],
      format: r.format as string,
      recipient: (r.recipient as string | null) ?? null,
      derivation: (r.derivation as string | null) ?? null,
      seenOnHosts: parse(r.seen_on_hosts as string, [] as string[]),
      ...(r.entropy != null ? { entropy: r.entropy as number } : {}),
    }));
  }

  saveCloaking(jobId: string, findings: CloakFinding[]): void {
    this.tx(() => {
      this.db.prepare('DELETE FROM cloaking WHERE job_id = ?').run(jobId);
      const ins = this.db.prepare('INSERT INTO cloaking (job_id, link_id, finding) VALUES (?,?,?)');
      for (const f of findings) ins.run(jobId, f.linkId, j(f));
    });
  }

  listCloaking(jobId: string): CloakFinding[] {
    const rows = this.db.prepare('SELECT finding FROM cloaking WHERE job_id = ?').all(jobId) as { finding: string }[];
    return rows.map((r) => JSON.parse(r.finding) as CloakFinding);
  }

  // ------------------------------------------------------------ registration records

  /** Caches a registration record (an RDAP answer or an imported WHOIS/RDAP text) for a domain. */
  putRegistration(r: StoredRegistration): void {
    this.tx(() =>
      this.db
        .prepare('INSERT OR REPLACE INTO registrations (domain, fetched_at, source, raw, parsed) VALUES (?,?,?,?,?)')
        .run(r.domain.toLowerCase(), r.fetchedAt, r.source, r.raw, j(r.parsed)),
    );
  }

  getRegistration(domain: string): StoredRegistration | null {
    const r = this.db.prepare('SELECT * FROM registrations WHERE domain = ?').get(domain.toLowerCase()) as
      | Record<string, string>
      | undefined;
    return r ? { domain: r.domain!, fetchedAt: r.fetched_at!, source: r.source!, raw: r.raw!, parsed: JSON.parse(r.parsed!) } : null;
  }

  listRegistrations(): StoredRegistration[] {
    const rows = this.db.prepare('SELECT * FROM registrations ORDER BY domain').all() as Record<string, string>[];
    return rows.map((r) => ({ domain: r.domain!, fetchedAt: r.fetched_at!, source: r.source!, raw: r.raw!, parsed: JSON.parse(r.parsed!) }));
  }

  // ------------------------------------------------------------ the whole trace

  /** The `hoptrace.trace/1` bundle of one job, or of every job. */
  bundle(jobId?: string): TraceBundle {
    const jobs = jobId ? [this.findJob(jobId)].filter((x): x is Job => x !== null) : this.listJobs().map(stripCounts);
    return {
      format: TRACE_FORMAT,
      jobs,
      messages: jobs.flatMap((job) => this.listMessages(job.id)),
      visits: jobs.flatMap((job) => this.listVisits(job.id)),
      tokens: jobs.flatMap((job) => this.listTokens(job.id)),
    };
  }

  // ------------------------------------------------------------ reading across jobs (`hoptrace serve`), in search.ts

  jobOverviews(jobId?: string): search.JobOverview[] { return search.jobOverviews(this.db, jobId); }
  jobNames(): Map<string, string> { return search.jobNames(this.db); }
  jobFacets(jobId: string): search.JobFacets { return search.jobFacets(this.db, jobId); }
  jobVisitIds(jobId: string, filter: search.VisitFilter, page: search.PageRequest): search.IdPage { return search.jobVisitIds(this.db, jobId, filter, page); }
  searchVisits(terms: search.SearchTerm[], page: search.PageRequest): search.SearchResult { return search.searchVisits(this.db, terms, page); }
  visitRowsByLurePieces(pieces: string[]): search.VisitRow[] { return search.visitRowsByLurePieces(this.db, pieces); }
  perRecipientTokens(linkIds: string[]): Map<string, { component: string; value: string }[]> { return search.perRecipientTokens(this.db, linkIds); }
  mainChainUrls(visitIds: string[]): Map<string, string[]> { return search.mainChainUrls(this.db, visitIds); }
  visitIdsOfLink(linkId: string): string[] { return search.visitIdsOfLink(this.db, linkId); }
  isDownload(sha256: string): boolean { return search.isDownload(this.db, sha256); }
  dataVersion(): number { return search.dataVersion(this.db); }
  schemaVersion(): number { return search.schemaVersion(this.db); }
}

function publicLink(l: StoredLink): Link {
  return { id: l.id, messageId: l.messageId, url: l.url, wrappedUrl: l.wrappedUrl, text: l.text, kind: l.kind, visited: l.visited, refused: l.refused, where: l.where ?? 'body' };
}

function stripCounts(r: JobSummaryRow): Job {
  return { id: r.id, name: r.name, createdAt: r.createdAt, status: r.status, options: r.options };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
