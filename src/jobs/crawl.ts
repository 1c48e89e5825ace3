// The crawl job: inputs → stored messages and links → token analysis → one visit per
// (visitable link × persona) through p-queue → classification → store; then token propagation
// and cloaking. A job can be resumed: visits already stored are never repeated.
import PQueue from 'p-queue';
import type { RuleSet } from '../classify/rules.ts';
import { findCloaking } from '../diff/cloaking.ts';
import type { LocalDocument, VisitEngine } from '../engines/engine.ts';
import { readInputs, type MailOptions, type ParsedMail } from '../mail/inputs.ts';
import type { Category, Engine, Job, Persona, Token, Visit, VisitOutcome } from '../model.ts';
import type { NetPolicy } from '../net/policy.ts';
import { attachmentHash, refusalForUrl } from '../net/url-policy.ts';
import { latestAttempts } from '../records/visit-record.ts';
import { runVisitStage, visitIdFor, type StageContext, type VisitTask } from './visit-stage.ts';
import type { NewLink, NewMessage, StoredLink, TraceStore } from '../store/store.ts';
import { analyzeTokens } from '../tokens/analyze.ts';
import { groupCampaigns } from '../tokens/campaign.ts';
import { containsRecipient, decoyUrl } from '../tokens/decoy.ts';
import { propagateTokens } from '../tokens/propagate.ts';

export interface CrawlOptions {
  personas: Persona[];
  engine: Engine;
  net: NetPolicy;
  concurrency: number;
  timeoutMs: number;
  maxHops: number;
  bodyLimit: number;
  decoy: boolean;
  rules: RuleSet;
  mail?: MailOptions;
  /** Recipient of URL inputs (`--recipient`), for token explanations. */
  recipient?: string | null;
  /** Visit each link a second time under the first persona to tell cloaking from noise. */
  cloakCheck?: boolean;
  /** Attempts after the first for a visit that ended incomplete. */
  retries: number;
}

export interface CrawlInputs {
  paths: string[];
  urls: string[];
}

export interface CrawlProgress {
  done: number;
  total: number;
  startedAt: number;
  last?: { url: string; persona: string; outcome: VisitOutcome; category: Category | null; incomplete: string | null };
}

export interface CrawlSummary {
  job: Pick<Job, 'id' | 'name' | 'status'>;
  messages: number;
  links: number;
  visitable: number;
  refused: number;
  /** Visits stored, every attempt counted. */
  visits: number;
  /** Of those, retries of incomplete visits. */
  retries: number;
  /** Links × personas whose last attempt is still incomplete: not evidence, listed with why. */
  incomplete: { visitId: string; url: string; persona: string; reason: string }[];
  /** Outcomes of each link × persona's last attempt. */
  outcomes: Partial<Record<VisitOutcome, number>>;
  /** Categories of the complete last attempts. */
  categories: Partial<Record<Category, number>>;
  tokens: { total: number; perRecipient: number; explained: number };
  cloaked: { linkId: string; url: string; personas: { persona: string; finalUrl: string | null; category: Category | null }[] }[];
  inputErrors: { source: string; error: string }[];
  warnings: string[];
  elapsedMs: number;
  /** With `--rdap`: registration lookups after the visits. */
  rdap?: { fetched: number; cached: number; errors: { domain: string; error: string }[] };
}

export interface CrawlHooks {
  onProgress?: (p: CrawlProgress) => void;
  /** Lets the caller stop the job (SIGINT): queued visits are dropped, running ones finish. */
  signal?: AbortSignal;
}

/** Reads the inputs into the job: messages and links, stored; returns problems with inputs. */
export async function ingest(
  store: TraceStore,
  job: Job,
  inputs: CrawlInputs,
  opts: Pick<CrawlOptions, 'mail' | 'recipient'>,
): Promise<{ source: string; error: string }[]> {
  const problems: { source: string; error: string }[] = [];
  const urlLinks = (urls: string[]): NewLink[] =>
    urls.map((url) => {
      const refused = refusalForUrl(url);
      return { url, wrappedUrl: null, text: null, kind: 'other', visitable: refused === null, refused, recipients: opts.recipient ? [opts.recipient] : [] };
    });
  for await (const item of readInputs(inputs.paths, opts.mail)) {
    if (item.type === 'error') problems.push({ source: item.source, error: item.error });
    else if (item.type === 'urls') store.addLinks(job.id, urlLinks(item.urls.map((u) => u.url)));
    else {
      const m = item.mail;
      // An HTML attachment is visited from its own bytes: they are stored with the trace.
      for (const a of m.attachments) store.putBlob({ sha256: a.sha256, mime: a.mime, data: a.data });
      store.addMessage(job.id, messageRecord(m));
    }
  }
  if (inputs.urls.length) store.addLinks(job.id, urlLinks(inputs.urls));
  return problems;
}

/** A parsed mail as the store takes it. */
export function messageRecord(m: ParsedMail): NewMessage {
  return {
    source: m.source,
    messageId: m.messageId,
    subject: m.subject,
    date: m.date,
    from: m.from,
    recipients: m.recipients,
    sender: m.sender,
    errors: m.errors,
    links: m.links.map((l) => ({
      url: l.url,
      wrappedUrl: l.wrappedUrl,
      text: l.text,
      kind: l.kind,
      visitable: l.visitable,
      refused: l.refused,
      where: l.where,
    })),
  };
}

/**
 * Token analysis over every link of the job (before any visit: `--decoy` needs it), aligned only
 * within a campaign: messages grouped by sender or template and time, URL inputs as one group.
 * Attachment links are the mail's own files, not URLs anyone minted per recipient.
 */
export function analyzeJobTokens(store: TraceStore, jobId: string): Token[] {
  const messages = store.listMessages(jobId);
  const campaigns = groupCampaigns(
    messages.map((m) => ({ from: m.from.address, date: m.date, subject: m.subject, urls: m.links.filter((l) => l.kind !== 'attachment').map((l) => l.url) })),
  );
  const campaignOf = new Map(messages.map((m, i) => [m.id, campaigns[i]]));
  const links = store.listLinks(jobId).filter((l) => l.kind !== 'attachment');
  const tokens = analyzeTokens(
    jobId,
    links.map((l) => ({ linkId: l.id, url: l.url, recipients: l.recipients, campaign: l.messageId ? campaignOf.get(l.messageId) : undefined })),
  );
  store.saveTokens(jobId, tokens);
  return tokens;
}

/** One (link, persona, role) the job owes a visit, and which attempt that visit is. */
export interface Due {
  link: StoredLink;
  persona: Persona;
  role: 'primary' | 'cloak-check';
  attempt: number;
  retryOf: string | null;
}

/** An incomplete visit is made again while its attempts do not exceed 1 + the job's retries. */
function retryOwed(v: Pick<Visit, 'incomplete' | 'attempt'>, retries: number): boolean {
  return Boolean(v.incomplete) && (v.attempt ?? 1) <= retries;
}

/**
 * What the job still owes: every (visitable link × persona) and, with `--cloak-check`, one
 * same-persona re-visit per link, unless its last stored attempt is complete or the retries
 * are used up. Counted from the stored visits, so a resumed job owes exactly what is missing.
 */
export function dueVisits(links: StoredLink[], visits: Visit[], opts: Pick<CrawlOptions, 'personas' | 'cloakCheck' | 'retries'>): Due[] {
  const last = new Map(latestAttempts(visits).map((v) => [`${v.linkId}\u0000${v.persona}\u0000${v.role}`, v]));
  const due: Due[] = [];
  const owe = (link: StoredLink, persona: Persona, role: Due['role']) => {
    const v = last.get(`${link.id}\u0000${persona.name}\u0000${role}`);
    if (!v) due.push({ link, persona, role, attempt: 1, retryOf: null });
    else if (retryOwed(v, opts.retries)) due.push({ link, persona, role, attempt: (v.attempt ?? 1) + 1, retryOf: v.id });
  };
  for (const link of links.filter((l) => l.visitable)) {
    for (const persona of opts.personas) owe(link, persona, 'primary');
    if (opts.cloakCheck && opts.personas[0]) owe(link, opts.personas[0], 'cloak-check');
  }
  return due;
}

/** An attachment link's file, as the engine serves it at the link's own URL; null for other links. */
function attachmentDocument(store: TraceStore, link: StoredLink): LocalDocument | null {
  const hash = link.kind === 'attachment' ? attachmentHash(link.url) : null;
  const body = hash ? store.getBlob(hash) : null;
  if (!hash || !body) return null;
  return { url: link.url, mime: /\.svgz?$/i.test(link.url) ? 'image/svg+xml' : 'text/html', body };
}

/** Runs every visit the job still owes (retrying incomplete ones), then propagation and cloaking. */
export async function runCrawl(
  store: TraceStore,
  job: Job,
  engine: VisitEngine,
  opts: CrawlOptions,
  hooks: CrawlHooks = {},
  inputErrors: { source: string; error: string }[] = [],
): Promise<CrawlSummary> {
  const t0 = Date.now();
  const tokens = store.listTokens(job.id);
  const due = dueVisits(store.listLinks(job.id), store.listVisits(job.id), opts);
  const ctx: StageContext = {
    store,
    engine,
    engineName: opts.engine,
    rules: opts.rules,
    input: { timeoutMs: opts.timeoutMs, maxHops: opts.maxHops, bodyLimit: opts.bodyLimit, net: opts.net },
  };

  const queue = new PQueue({ concurrency: opts.concurrency });
  const progress: CrawlProgress = { done: 0, total: due.length, startedAt: t0 };
  hooks.onProgress?.(progress);
  hooks.signal?.addEventListener('abort', () => queue.clear(), { once: true });

  const visitOne = async (d: Due): Promise<void> => {
    if (hooks.signal?.aborted) return;
    const linkTokens = tokens.filter((t) => t.linkId === d.link.id);
    const sub = opts.decoy ? decoyUrl(d.link.url, linkTokens, d.persona.decoy.email) : null;
    const url = sub?.url ?? d.link.url;
    // A decoy visit must never send the real address: if any encoding of it is left, do not go.
    const leak = sub ? d.link.recipients.map((r) => containsRecipient(url, r)).find((x) => x !== null) : null;
    const document = attachmentDocument(store, d.link);
    const task: VisitTask = {
      id: visitIdFor(job.id, d.link.id, d.persona.name, d.role, d.attempt),
      jobId: job.id,
      linkId: d.link.id,
      url,
      persona: d.persona,
      replayOf: null,
      decoy: opts.decoy,
      purpose: d.attempt > 1 ? 'retry' : d.role,
      attempt: d.attempt,
      retryOf: d.retryOf,
      substitutions: sub?.substitutions,
      decoyUnexplained: sub?.unexplained,
      refusal: leak
        ? `decoy: the URL still carries the recipient as ${leak}; not visited`
        : d.link.kind === 'attachment' && !document
          ? 'attachment: its bytes are not in the trace'
          : null,
      document: document ?? undefined,
    };
    const visit = await runVisitStage(task, ctx, sub?.warnings ?? []);
    progress.done++;
    progress.last = { url, persona: d.persona.name, outcome: visit.outcome, category: visit.final?.category ?? null, incomplete: visit.incomplete ?? null };
    // An incomplete visit is tried again in a fresh context: it is never the link's last word while retries remain.
    if (retryOwed(visit, opts.retries) && !hooks.signal?.aborted) {
      progress.total++;
      void queue.add(() => make({ ...d, attempt: d.attempt + 1, retryOf: visit.id }));
    }
    hooks.onProgress?.(progress);
  };

  // A visit that could not be made at all (the engine gave up, a remote queue closed on Ctrl-C) is
  // not stored: the job still owes it, and --resume makes it. The job itself goes on.
  const lost: string[] = [];
  const make = (d: Due) =>
    visitOne(d).catch((err: Error) => void lost.push(`visit of ${d.link.url} (${d.persona.name}) not made: ${err.message.split('\n')[0]}`));
  for (const d of due) void queue.add(() => make(d));
  await queue.onIdle();

  const visits = store.listVisits(job.id);
  finishAnalysis(store, job.id, visits);
  // A job that still owes visits is not done: `--resume` finishes it.
  const interrupted = (hooks.signal?.aborted ?? false) || lost.length > 0;
  store.setJobStatus(job.id, interrupted ? 'interrupted' : 'done');
  const summary = summarize(store, { ...job, status: interrupted ? 'interrupted' : 'done' }, inputErrors, Date.now() - t0);
  summary.warnings.push(...lost);
  return summary;
}

/** After the visits: which hosts learned each token, and which links cloak by persona. */
export function finishAnalysis(store: TraceStore, jobId: string, visits: Visit[]): void {
  const tokens = store.listTokens(jobId);
  const propagated = propagateTokens(
    tokens,
    visits.map((v) => ({ linkId: v.linkId, hops: v.hops })),
  );
  store.saveTokens(jobId, propagated);
  // Each (link, persona, role) speaks through its last attempt, and only a complete one is evidence.
  const traces = latestAttempts(visits).filter((v) => !v.incomplete);
  const primary = traces.filter((v) => v.role === 'primary');
  const rechecks = traces.filter((v) => v.role === 'cloak-check');
  store.saveCloaking(jobId, findCloaking(primary, { noiseCheck: rechecks, tokens: propagated }));
}

export function summarize(
  store: TraceStore,
  job: Pick<Job, 'id' | 'name' | 'status'>,
  inputErrors: { source: string; error: string }[],
  elapsedMs: number,
): CrawlSummary {
  const links = store.listLinks(job.id);
  const visits = store.listVisits(job.id);
  const tokens = store.listTokens(job.id);
  const count = <K extends string>(keys: K[]) =>
    keys.reduce<Partial<Record<K, number>>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
  const warnings = [...new Set(visits.flatMap((v) => v.warnings ?? []))];
  const traces = latestAttempts(visits);
  const complete = traces.filter((v) => !v.incomplete);
  return {
    job: { id: job.id, name: job.name, status: job.status },
    messages: store.listMessages(job.id).length,
    links: links.length,
    visitable: links.filter((l) => l.visitable).length,
    refused: links.filter((l) => !l.visitable).length,
    visits: visits.length,
    retries: visits.filter((v) => v.purpose === 'retry').length,
    incomplete: traces.filter((v) => v.incomplete).map((v) => ({ visitId: v.id, url: v.url, persona: v.persona, reason: v.incomplete! })),
    outcomes: count(traces.map((v) => v.outcome)),
    categories: count(complete.map((v) => v.final?.category ?? 'unknown')),
    tokens: {
      total: tokens.length,
      perRecipient: tokens.filter((t) => t.kind === 'per-recipient').length,
      explained: tokens.filter((t) => t.derivation).length,
    },
    cloaked: store.listCloaking(job.id).filter((c) => !c.noisy).map((c) => ({
      linkId: c.linkId,
      url: c.url,
      personas: c.personas.map((p) => ({ persona: p.persona, finalUrl: p.finalUrl, category: p.category })),
    })),
    inputErrors,
    warnings,
    elapsedMs,
  };
}
