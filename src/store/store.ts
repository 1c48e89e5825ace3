// The trace store: the only module that writes SQL. One SQLite file holds a whole, shareable,
// replayable trace. The tables live in rooms (jobs; messages and links; visits, hops and
// responses; blobs; tokens and cloaking; registrations), each its own module over one shared
// connection; this facade is what the rest of hoptrace calls. WAL mode, one writer, one
// transaction per visit; readers open the file read-only and never migrate or write it.
import { TRACE_FORMAT, type Blob, type CloakFinding, type FamilyLanding, type FingerprintRow, type VisitFingerprintRow, type Job, type JobOptions, type JobStatus, type Link, type MailOrigin, type Message, type PageSnapshot, type RecordedResponse, type Token, type TraceBundle, type Visit, type VisitSource, type Watch, type WatchEvent, type WatchRound, type WatchSpec, type WatchStatus } from '../model.ts';
import { BlobsRoom } from './blobs.ts';
import { Connection } from './connection.ts';
import { FingerprintsRoom } from './fingerprints.ts';
import { IntakeRoom, type ImapCursor } from './intake.ts';
import { JobsRoom, type JobSummaryRow } from './jobs.ts';
import { MessagesRoom, type NewLink, type NewMessage, type StoredLink } from './messages.ts';
import { RegistrationsRoom, type StoredRegistration } from './registrations.ts';
import { SourcesRoom } from './sources.ts';
import { TokensRoom } from './tokens.ts';
import * as search from './search.ts';
import { VisitsRoom } from './visits.ts';
import { WatchesRoom, type StoredWatchEvent, type WatchDelivery, type WatchSummaryRow } from './watches.ts';

export { StoreError } from '../errors.ts';
export { sha256 } from '../bytes.ts';
export { newId, type JobSummaryRow } from './jobs.ts';
export type { NewLink, NewMessage, StoredLink } from './messages.ts';
export type { StoredRegistration } from './registrations.ts';
export type { StoredWatchEvent, WatchDelivery, WatchSummaryRow } from './watches.ts';
export type { ImapCursor } from './intake.ts';

/** A raw message that arrived by itself, parsed, with where it came from. */
export interface ArrivedMail {
  raw: Buffer;
  message: NewMessage;
  /** Its HTML attachments, visited from their own bytes. */
  attachments: Blob[];
  origin: MailOrigin;
}

/** What a visit brings besides its record: the responses to replay and the bytes they reference. */
export interface VisitExtras {
  responses?: RecordedResponse[];
  blobs?: Blob[];
  /** The fingerprint index rows of the visit's pages. */
  fingerprints?: FingerprintRow[];
}

export class TraceStore {
  private readonly jobs: JobsRoom;
  private readonly messages: MessagesRoom;
  private readonly visits: VisitsRoom;
  private readonly blobs: BlobsRoom;
  private readonly tokens: TokensRoom;
  private readonly registrations: RegistrationsRoom;
  private readonly watches: WatchesRoom;
  private readonly intake: IntakeRoom;
  private readonly sources: SourcesRoom;
  private readonly fingerprints: FingerprintsRoom;

  private constructor(private readonly conn: Connection) {
    this.jobs = new JobsRoom(conn);
    this.messages = new MessagesRoom(conn);
    this.visits = new VisitsRoom(conn);
    this.blobs = new BlobsRoom(conn);
    this.tokens = new TokensRoom(conn);
    this.registrations = new RegistrationsRoom(conn);
    this.watches = new WatchesRoom(conn);
    this.intake = new IntakeRoom(conn);
    this.sources = new SourcesRoom(conn);
    this.fingerprints = new FingerprintsRoom(conn);
  }

  /**
   * Opens a trace database; throws StoreError with one clear line. For writing (the default) the
   * file is created and migrated; `readonly` needs an existing file and leaves it untouched.
   */
  static open(path: string, opts: { readonly?: boolean } = {}): TraceStore {
    return new TraceStore(Connection.open(path, opts));
  }

  get readonly(): boolean {
    return this.conn.readonly;
  }

  /** Runs fn in one write transaction; a busy database becomes a clear StoreError. */
  tx<T>(fn: () => T): T {
    return this.conn.tx(fn);
  }

  close(): void {
    this.conn.close();
  }

  integrityCheck(): string {
    return this.conn.pragma('integrity_check') as string;
  }

  /** Folds the write-ahead log into the file, so its size on disk is the trace's size. */
  checkpoint(): void {
    this.conn.pragma('wal_checkpoint(TRUNCATE)');
  }

  // jobs
  createJob(name: string, options: JobOptions): Job {
    return this.jobs.create(name, options);
  }
  setJobOptions(jobId: string, options: JobOptions): void {
    this.jobs.setOptions(jobId, options);
  }
  setJobStatus(jobId: string, status: JobStatus): void {
    this.jobs.setStatus(jobId, status);
  }
  /** Writes `interrupted` on jobs whose process died; readers show them so without writing. */
  markInterrupted(): void {
    this.jobs.markInterrupted();
  }
  /** A job by id or by name. */
  findJob(idOrName: string): Job | null {
    return this.jobs.find(idOrName);
  }
  listJobs(): JobSummaryRow[] {
    return this.jobs.list();
  }

  // messages and links
  /** Stores a parsed message and its links, assigning ids; returns the stored message. */
  addMessage(jobId: string, msg: NewMessage): Message {
    return this.messages.add(jobId, msg);
  }
  /** Stores links that came without a message (URL inputs). */
  addLinks(jobId: string, links: NewLink[]): Link[] {
    return this.messages.addLinks(jobId, links);
  }
  listLinks(jobId: string): StoredLink[] {
    return this.messages.listLinks(jobId);
  }
  listMessages(jobId: string): Message[] {
    return this.withOrigins(this.messages.list(jobId));
  }
  getMessage(id: string): Message | null {
    const m = this.messages.get(id);
    return m && this.withOrigins([m])[0]!;
  }
  private withOrigins(messages: Message[]): Message[] {
    const origins = this.intake.originsOf(messages.map((m) => m.id));
    return origins.size ? messages.map((m) => (origins.has(m.id) ? { ...m, origin: origins.get(m.id)! } : m)) : messages;
  }

  // mail that arrived by itself (ingest, spamtrap)
  /** True when a raw message with this sha256 is already stored. */
  hasArrived(sha256: string): boolean {
    return this.intake.has(sha256);
  }
  /**
   * Stores an arrived mail (its raw bytes, attachments, message and links, and where it came from)
   * and moves the mailbox's place, all in one transaction: after a crash either both happened or
   * neither. The same bytes are stored once: a repeat only moves the place and returns null.
   */
  storeArrived(jobId: string, mail: ArrivedMail, place?: { mailbox: string; cursor: ImapCursor }): Message | null {
    return this.conn.tx(() => {
      if (place) this.intake.setCursor(place.mailbox, place.cursor);
      if (this.intake.has(mail.origin.sha256)) return null;
      this.blobs.put({ sha256: mail.origin.sha256, mime: 'message/rfc822', data: mail.raw });
      for (const a of mail.attachments) this.blobs.put(a);
      const stored = this.messages.add(jobId, mail.message);
      this.intake.record(mail.origin, jobId, stored.id);
      return { ...stored, origin: mail.origin };
    });
  }
  /** Moves a mailbox's place without storing anything (messages skipped, a new UIDVALIDITY). */
  setImapCursor(mailbox: string, cursor: ImapCursor): void {
    this.conn.tx(() => this.intake.setCursor(mailbox, cursor));
  }
  /** Where the mail that carried a link came from (ingest, spamtrap); null otherwise. */
  originOfLink(linkId: string): MailOrigin | null {
    return this.intake.originOfLink(linkId);
  }
  imapCursor(mailbox: string): ImapCursor | null {
    return this.intake.cursor(mailbox);
  }
  /** Raw messages that arrived into a job. */
  arrivedCount(jobId: string): number {
    return this.intake.count(jobId);
  }

  // visits, hops and responses
  /** Stores one finished visit with its hops, responses and blobs in one transaction. */
  saveVisit(visit: Visit, extra: VisitExtras = {}): void {
    this.saveVisits([{ visit, ...extra }]);
  }
  /** Stores many visits in one transaction (the fast path for bulk writes). */
  saveVisits(items: ({ visit: Visit } & VisitExtras)[]): void {
    this.conn.tx(() => {
      for (const it of items) {
        for (const b of it.blobs ?? []) this.blobs.put(b);
        this.visits.insert(it.visit, it.responses ?? []);
        if (it.fingerprints) this.fingerprints.insert(it.visit.id, it.fingerprints);
      }
    });
  }
  /** Re-classification writes only the final page and branch finals of a stored visit. */
  updateVisitClassification(visitId: string, final: Visit['final'], branchFinals: Visit['branchFinals']): void {
    this.visits.updateClassification(visitId, final, branchFinals);
  }
  getVisit(id: string): Visit | null {
    const v = this.visits.get(id);
    return v && this.withSources([v])[0]!;
  }
  listVisits(jobId: string): Visit[] {
    return this.withSources(this.visits.list(jobId));
  }
  /** Records the file an imported visit was rebuilt from (inside the import's transaction). */
  saveVisitSource(visitId: string, source: VisitSource): void {
    this.conn.tx(() => this.sources.put(visitId, source));
  }
  private withSources(visits: Visit[]): Visit[] {
    const sources = this.sources.of(visits.map((v) => v.id));
    return sources.size === 0 ? visits : visits.map((v) => (sources.has(v.id) ? { ...v, source: sources.get(v.id)! } : v));
  }
  /** (link, persona) pairs already visited in a job: what `--resume` skips. */
  getResponses(visitId: string): RecordedResponse[] {
    return this.visits.responses(visitId);
  }
  /** Every stored response of a job's visits, by visit id (one query, for readers of a whole job). */
  responsesOfJob(jobId: string): Map<string, RecordedResponse[]> {
    return this.visits.responsesOfJob(jobId);
  }

  // fingerprints (kit families, `similar`)
  /** False on a file written before the fingerprint index existed (opened read-only). */
  get hasFingerprintIndex(): boolean {
    return this.fingerprints.available;
  }
  /** Replaces a stored visit's fingerprint rows and its branch finals carrying the fingerprints. */
  saveFingerprints(visitId: string, rows: FingerprintRow[], branchFinals: PageSnapshot[]): void {
    this.fingerprints.replace(visitId, rows, branchFinals);
  }
  visitsWithFingerprint(kind: string, value: string, limit: number): string[] {
    return this.fingerprints.visitsWith(kind, value, limit);
  }
  fingerprintRowsOf(visitIds: string[]): Map<string, FingerprintRow[]> {
    return this.fingerprints.rowsOf(visitIds);
  }
  /** Fingerprint rows of some kinds of the complete visits of some jobs (every job when none), streamed. */
  fingerprintRowsOfJobs(jobIds: string[], kinds: string[]): IterableIterator<VisitFingerprintRow> {
    return this.fingerprints.rowsOfJobs(jobIds, kinds);
  }
  /** Each complete visit's landing URL and category, of some jobs (every job when none), streamed. */
  landingsOfJobs(jobIds: string[]): IterableIterator<FamilyLanding> {
    return this.fingerprints.landingsOfJobs(jobIds);
  }
  visitIdByUrl(url: string): string | null {
    return this.fingerprints.visitIdByUrl(url);
  }

  // blobs
  /** Content-addressed: the same bytes are stored once, whatever visit brought them. */
  putBlob(b: Blob): void {
    this.conn.tx(() => this.blobs.put(b));
  }
  getBlob(hash: string): Buffer | null {
    return this.blobs.get(hash);
  }

  // tokens and cloaking
  /** Replaces the job's token table (analysis re-runs as a whole). */
  saveTokens(jobId: string, tokens: Token[]): void {
    this.tokens.saveTokens(jobId, tokens);
  }
  listTokens(jobId: string): Token[] {
    return this.tokens.listTokens(jobId);
  }
  saveCloaking(jobId: string, findings: CloakFinding[]): void {
    this.tokens.saveCloaking(jobId, findings);
  }
  listCloaking(jobId: string): CloakFinding[] {
    return this.tokens.listCloaking(jobId);
  }

  // registration records
  /** Caches a registration record (an RDAP answer or an imported WHOIS/RDAP text) for a domain. */
  putRegistration(r: StoredRegistration): void {
    this.registrations.put(r);
  }
  getRegistration(domain: string): StoredRegistration | null {
    return this.registrations.get(domain);
  }
  listRegistrations(): StoredRegistration[] {
    return this.registrations.list();
  }

  // watches (issue 29): see watches.ts
  createWatch(name: string, spec: WatchSpec, nextDue: string): Watch { return this.watches.create(name, spec, nextDue); }
  /** A watch by id or by name. */
  findWatch(idOrName: string): Watch | null { return this.watches.find(idOrName); }
  listWatches(): WatchSummaryRow[] { return this.watches.list(); }
  setWatchStatus(id: string, status: WatchStatus): void { this.watches.setStatus(id, status); }
  setWatchNextDue(id: string, nextDue: string | null): void { this.watches.setNextDue(id, nextDue); }
  removeWatch(id: string): void { this.watches.remove(id); }
  watchState(id: string): unknown { return this.watches.state(id); }
  /** The watch's next round for this process, or null while one of its rounds is still running. */
  claimWatchRound(watchId: string, dueAt: string, nextDue: string | null): WatchRound | null { return this.watches.claimRound(watchId, dueAt, nextDue); }
  /** Rounds whose process died, now this process's to finish. */
  adoptOrphanRounds(): WatchRound[] { return this.watches.adoptOrphanRounds(); }
  setRoundJob(roundId: string, jobId: string): void { this.watches.setRoundJob(roundId, jobId); }
  finishWatchRound(round: WatchRound, verdict: string, state: unknown, events: WatchEvent[], opts: { webhook: boolean; status?: WatchStatus }): StoredWatchEvent[] {
    return this.watches.finishRound(round, verdict, state, events, opts);
  }
  watchRounds(watchId: string): WatchRound[] { return this.watches.rounds(watchId); }
  watchEvents(watchId: string): StoredWatchEvent[] { return this.watches.events(watchId); }
  unprintedWatchEvents(): StoredWatchEvent[] { return this.watches.unprintedEvents(); }
  markWatchEventsPrinted(ids: number[]): void { this.watches.markPrinted(ids); }
  dueWatchDeliveries(now: string): StoredWatchEvent[] { return this.watches.dueDeliveries(now); }
  recordWatchDelivery(d: WatchDelivery, nextAttemptAt: string | null): void { this.watches.recordDelivery(d, nextAttemptAt); }
  watchDeliveries(eventId: number): WatchDelivery[] { return this.watches.deliveries(eventId); }

  /** The `hoptrace.trace/1` bundle of one job, or of every job. */
  bundle(jobId?: string): TraceBundle {
    const jobs: Job[] = jobId
      ? [this.findJob(jobId)].filter((x): x is Job => x !== null)
      : this.listJobs().map(({ id, name, createdAt, status, options }) => ({ id, name, createdAt, status, options }));
    return {
      format: TRACE_FORMAT,
      jobs,
      messages: jobs.flatMap((job) => this.listMessages(job.id)),
      visits: jobs.flatMap((job) => this.listVisits(job.id)),
      tokens: jobs.flatMap((job) => this.listTokens(job.id)),
      cloaking: jobs.flatMap((job) => this.listCloaking(job.id)),
    };
  }

  // reading across jobs (`hoptrace serve`), in search.ts
  jobOverviews(jobId?: string): search.JobOverview[] { return search.jobOverviews(this.conn, jobId); }
  jobNames(): Map<string, string> { return search.jobNames(this.conn); }
  jobFacets(jobId: string): search.JobFacets { return search.jobFacets(this.conn, jobId); }
  jobVisitIds(jobId: string, filter: search.VisitFilter, page: search.PageRequest): search.IdPage { return search.jobVisitIds(this.conn, jobId, filter, page); }
  searchVisits(terms: search.SearchTerm[], page: search.PageRequest): search.SearchResult { return search.searchVisits(this.conn, terms, page); }
  visitRowsByLurePieces(pieces: string[]): search.VisitRow[] { return search.visitRowsByLurePieces(this.conn, pieces); }
  perRecipientTokens(linkIds: string[]): Map<string, { component: string; value: string }[]> { return search.perRecipientTokens(this.conn, linkIds); }
  mainChainUrls(visitIds: string[]): Map<string, string[]> { return search.mainChainUrls(this.conn, visitIds); }
  visitIdsOfLink(linkId: string): string[] { return search.visitIdsOfLink(this.conn, linkId); }
  isDownload(sha256: string): boolean { return search.isDownload(this.conn, sha256); }
  dataVersion(): number { return search.dataVersion(this.conn); }
  schemaVersion(): number { return search.schemaVersion(this.conn); }
}
