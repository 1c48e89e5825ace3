// The crawl job: inputs → stored messages and links → token analysis → one visit per
// (visitable link × persona) through p-queue → classification → store; then token propagation
// and cloaking. A job can be resumed: visits already stored are never repeated.
import PQueue from 'p-queue';
import { classifyVisit } from '../classify/classify.ts';
import type { RuleSet } from '../classify/rules.ts';
import { findCloaking } from '../diff/cloaking.ts';
import type { VisitEngine } from '../engines/engine.ts';
import { readInputs, type MailOptions } from '../mail/inputs.ts';
import type { Category, Engine, Job, Persona, Token, Visit, VisitOutcome } from '../model.ts';
import type { NetPolicy } from '../net/policy.ts';
import { refusalForUrl } from '../net/url-policy.ts';
import { assembleVisit, emptyCapture } from '../records.ts';
import { newId, type NewLink, type StoredLink, type TraceStore } from '../store/store.ts';
import { analyzeTokens } from '../tokens/analyze.ts';
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
}

export interface CrawlInputs {
  paths: string[];
  urls: string[];
}

export interface CrawlProgress {
  done: number;
  total: number;
  startedAt: number;
  last?: { url: string; persona: string; outcome: VisitOutcome; category: Category | null };
}

export interface CrawlSummary {
  job: Pick<Job, 'id' | 'name' | 'status'>;
  messages: number;
  links: number;
  visitable: number;
  refused: number;
  visits: number;
  outcomes: Partial<Record<VisitOutcome, number>>;
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
      store.addMessage(job.id, {
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
        })),
      });
    }
  }
  if (inputs.urls.length) store.addLinks(job.id, urlLinks(inputs.urls));
  return problems;
}

/** Token analysis over every link of the job (before any visit: `--decoy` needs it). */
export function analyzeJobTokens(store: TraceStore, jobId: string): Token[] {
  const links = store.listLinks(jobId);
  const tokens = analyzeTokens(
    jobId,
    links.map((l) => ({ linkId: l.id, url: l.url, recipients: l.recipients })),
  );
  store.saveTokens(jobId, tokens);
  return tokens;
}

interface Task {
  link: StoredLink;
  persona: Persona;
  /** A same-persona re-visit for `--cloak-check`. */
  recheck: boolean;
}

/** Runs every visit the job still owes, then propagation and cloaking; returns the summary. */
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
  const links = store.listLinks(job.id);
  const done = store.visitedPairs(job.id);
  const tasks: Task[] = [];
  for (const link of links.filter((l) => l.visitable)) {
    for (const persona of opts.personas) {
      if (!done.has(`${link.id} ${persona.name}`)) tasks.push({ link, persona, recheck: false });
    }
    if (opts.cloakCheck && opts.personas.length > 0) tasks.push({ link, persona: opts.personas[0]!, recheck: true });
  }

  const queue = new PQueue({ concurrency: opts.concurrency });
  const progress: CrawlProgress = { done: 0, total: tasks.length, startedAt: t0 };
  hooks.onProgress?.(progress);
  hooks.signal?.addEventListener('abort', () => queue.clear(), { once: true });

  const visitOne = async (task: Task): Promise<void> => {
    if (hooks.signal?.aborted) return;
    const linkTokens = tokens.filter((t) => t.linkId === task.link.id);
    const sub = opts.decoy ? decoyUrl(task.link.url, linkTokens, task.persona.decoy.email) : null;
    const url = sub?.url ?? task.link.url;
    // A decoy visit must never send the real address: if any encoding of it is left, do not go.
    const leak = sub ? task.link.recipients.map((r) => containsRecipient(url, r)).find((d) => d !== null) : null;
    const capture = leak
      ? emptyCapture('refused', `decoy: the URL still carries the recipient as ${leak}; not visited`)
      : await engine.visit({
          url,
          persona: task.persona,
          timeoutMs: opts.timeoutMs,
          maxHops: opts.maxHops,
          bodyLimit: opts.bodyLimit,
          net: opts.net,
        });
    if (sub) capture.warnings.push(...sub.warnings);
    const classified = classifyVisit(capture.snapshots, capture.hops, capture.outcome, capture.error, opts.rules);
    const visit = assembleVisit(
      {
        id: newId('v-'),
        jobId: job.id,
        linkId: task.link.id,
        url,
        persona: task.persona.name,
        engine: opts.engine,
        replayOf: null,
        decoy: opts.decoy,
        substitutions: sub?.substitutions,
        decoyUnexplained: sub?.unexplained,
      },
      capture,
      classified,
    );
    if (task.recheck) visit.warnings = [...(visit.warnings ?? []), 'cloak-check: same-persona re-visit'];
    store.saveVisit(visit, { responses: capture.responses, blobs: capture.blobs });
    progress.done++;
    progress.last = { url, persona: task.persona.name, outcome: visit.outcome, category: visit.final?.category ?? null };
    hooks.onProgress?.(progress);
  };

  await Promise.all(tasks.map((t) => queue.add(() => visitOne(t))));
  await queue.onIdle();

  const visits = store.listVisits(job.id);
  finishAnalysis(store, job.id, visits);
  const interrupted = hooks.signal?.aborted ?? false;
  store.setJobStatus(job.id, interrupted ? 'interrupted' : 'done');
  return summarize(store, { ...job, status: interrupted ? 'interrupted' : 'done' }, inputErrors, Date.now() - t0);
}

/** After the visits: which hosts learned each token, and which links cloak by persona. */
export function finishAnalysis(store: TraceStore, jobId: string, visits: Visit[]): void {
  const tokens = store.listTokens(jobId);
  const propagated = propagateTokens(
    tokens,
    visits.map((v) => ({ linkId: v.linkId, hops: v.hops })),
  );
  store.saveTokens(jobId, propagated);
  const originals = visits.filter((v) => v.replayOf === null);
  const rechecks = originals.filter((v) => v.warnings?.some((w) => w.startsWith('cloak-check')));
  const primary = originals.filter((v) => !rechecks.includes(v));
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
  const warnings = [...new Set(visits.flatMap((v) => (v.warnings ?? []).filter((w) => !w.startsWith('cloak-check'))))];
  return {
    job: { id: job.id, name: job.name, status: job.status },
    messages: store.listMessages(job.id).length,
    links: links.length,
    visitable: links.filter((l) => l.visitable).length,
    refused: links.filter((l) => !l.visitable).length,
    visits: visits.length,
    outcomes: count(visits.map((v) => v.outcome)),
    categories: count(visits.map((v) => v.final?.category ?? 'unknown')),
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
