// The landing-page classifier: a pure function of a stored snapshot, a rule set and the verdict
// model, so `classify` and `replay` can re-run it on old traces. A category is considered only
// where the page shows that category's intent (intent.ts); the model (model.ts) turns the facts
// and rules that hold into a probability, and every decision carries its evidence and confidence.
import type { Category, Classification, Evidence, Hop, PageSnapshot, VisitOutcome } from '../model.ts';
import { intentFor, type RuleHit } from './intent.ts';
import { contributions, logOdds, sigmoid, type VerdictModel } from './model.ts';
import { normalizeText, safeDecode } from './normalize.ts';
import { snapshotFromHtml } from '../page/snapshot.ts';
import { pageFacts, type PageFacts } from './page-facts.ts';
import { SHIPPED_RULES_FILE, type Condition, type Rule, type RuleSet, type Target } from './rules.ts';

export interface ClassifyContext {
  outcome?: VisitOutcome;
  error?: string | null;
}

interface Match {
  target: Target;
  label: string;
  /** The subject that matched (for chain rules: the hop URL). */
  subject: string;
}

type Subjects = Record<Target, string[]>;

/** The malicious verdicts; also the ones worth flagging when a chain passed through them. */
export const MALICIOUS_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'dating', 'fake-scan', 'credential-phishing', 'email-harvest', 'prize-scam', 'tech-support-scam', 'malware-download', 'adult',
]);

function subjectsOf(snapshot: PageSnapshot, facts: PageFacts): Subjects {
  const inputs = snapshot.forms.flatMap((f) => f.inputs);
  const chainUrls = snapshot.chain.map((h) => h.url);
  // The chain ends at the page itself when the engine recorded it so: that hop is not "before".
  if (chainUrls.length > 0 && chainUrls[chainUrls.length - 1] === snapshot.url) chainUrls.pop();
  const text = normalizeText(snapshot.text);
  return {
    title: [normalizeText(snapshot.title)],
    text: [text],
    // On a short page the whole text is the message; on a long one only what stands out is.
    prominent: facts.flags['short-text'] ? [...facts.prominent, text] : facts.prominent,
    url: [safeDecode(snapshot.url).toLowerCase()],
    host: [facts.host],
    input: inputs.map((i) => normalizeText(`type=${i.type} name=${i.name ?? ''}`)),
    mailto: snapshot.links.filter((l) => /^mailto:/i.test(l.url)).map((l) => normalizeText(safeDecode(l.url))),
    link: snapshot.links.filter((l) => !/^mailto:/i.test(l.url)).map((l) => normalizeText(`${safeDecode(l.url)} ${l.text ?? ''}`)),
    download: snapshot.downloads.map((d) => `${d.filename} ${d.mime} ${safeDecode(d.url)}`.toLowerCase()),
    status: snapshot.status === null ? [] : [String(snapshot.status)],
    alt: snapshot.imageAlts.map(normalizeText),
    image: facts.images,
    html: snapshot.html ? [snapshot.html.toLowerCase()] : [],
    fact: Object.entries(facts.flags).filter(([, v]) => v > 0).map(([k]) => k),
    chain: chainUrls.map((u) => safeDecode(u).toLowerCase()),
  };
}

function evaluateCondition(condition: Condition, subjects: Subjects): Match[] | null {
  const matches: Match[] = [];
  for (const pattern of condition.patterns) {
    search: for (const target of condition.in) {
      for (const subject of subjects[target]) {
        if (pattern.test(subject)) {
          matches.push({ target, label: pattern.label, subject });
          break search;
        }
      }
    }
  }
  return matches.length >= condition.minHits ? matches : null;
}

function evaluateRule(rule: Rule, subjects: Subjects): Match[] | null {
  const all: Match[] = [];
  for (const condition of rule.conditions) {
    const matches = evaluateCondition(condition, subjects);
    if (!matches) return null;
    all.push(...matches);
  }
  return all;
}

function describe(matches: Match[]): string {
  const byTarget = new Map<Target, string[]>();
  for (const m of matches) byTarget.set(m.target, [...(byTarget.get(m.target) ?? []), `"${m.label}"`]);
  return [...byTarget].map(([target, labels]) => `${target} matched ${labels.join(', ')}`).join('; ');
}

const isChainRule = (rule: Rule): boolean => rule.conditions.some((c) => c.in.includes('chain'));

/** Chain rules match normalised URLs; the evidence names the hop as it was recorded. */
function chainFlags(rules: Rule[], subjects: Subjects, chain: PageSnapshot['chain']): Evidence[] {
  const recorded = (subject: string) => chain.find((h) => safeDecode(h.url).toLowerCase() === subject)?.url ?? subject;
  const flags: Evidence[] = [];
  for (const rule of rules.filter(isChainRule)) {
    const matches = evaluateRule(rule, subjects);
    if (!matches || rule.weight <= 0) continue;
    const hop = matches.find((m) => m.target === 'chain');
    flags.push({
      rule: `chain:${rule.category}`,
      detail: `passed through ${hop ? recorded(hop.subject) : 'a hop'} (${rule.id}: ${describe(matches)})`,
    });
  }
  return flags;
}

function visitVerdict(snapshot: PageSnapshot, ctx: ClassifyContext): { category: Category; evidence: Evidence } | null {
  const last = snapshot.chain[snapshot.chain.length - 1];
  if (ctx.outcome === 'blocked' || ctx.outcome === 'refused' || last?.blocked) {
    return { category: 'blocked', evidence: { rule: 'visit:blocked', detail: `refused by policy: ${last?.blocked ?? ctx.error ?? ctx.outcome}` } };
  }
  if (snapshot.status !== null && snapshot.status >= 400) {
    return { category: 'error', evidence: { rule: 'visit:error', detail: `HTTP status ${snapshot.status}` } };
  }
  const nothingLoaded = snapshot.status === null || snapshot.text.trim() === '';
  if ((ctx.outcome === 'error' || ctx.outcome === 'timeout') && nothingLoaded) {
    return { category: 'error', evidence: { rule: `visit:${ctx.outcome}`, detail: ctx.error ?? `visit ended with ${ctx.outcome}` } };
  }
  return null;
}

/** A page read for the model: its facts, the rules that hold, and the named features of both. */
export interface PageReadout {
  facts: PageFacts;
  hits: (RuleHit & { rule: Rule; matches: Match[] })[];
  features: Map<string, number>;
  /** Evidence for chain rules that matched the hops before the page. */
  chainEvidence: Evidence[];
}

/**
 * A page that shows almost nothing while its markup holds much more (content revealed by a script
 * or stylesheet that never arrived: a CDN the sandbox refused, an anti-bot check) is read by its
 * markup's text, with the fact `content-hidden`. What a scam hides from a sandbox it shows a victim.
 */
function revealed(snapshot: PageSnapshot): { page: PageSnapshot; hidden: boolean } {
  if (snapshot.text.length >= 300 || !snapshot.html) return { page: snapshot, hidden: false };
  const markup = snapshotFromHtml(snapshot.html, { url: snapshot.url, status: snapshot.status });
  if (markup.text.length < 300 || markup.text.length < 3 * snapshot.text.length) return { page: snapshot, hidden: false };
  return { page: { ...snapshot, title: snapshot.title || markup.title, text: markup.text, imageAlts: [...new Set([...snapshot.imageAlts, ...markup.imageAlts])] }, hidden: true };
}

export function readoutOf(shown: PageSnapshot, rules: RuleSet): PageReadout {
  const { page: snapshot, hidden } = revealed(shown);
  const facts = pageFacts(snapshot, rules.brands);
  if (hidden) facts.flags['content-hidden'] = 1;
  const subjects = subjectsOf(snapshot, facts);
  const hits: PageReadout['hits'] = [];
  const features = new Map<string, number>();
  for (const [name, value] of Object.entries(facts.flags)) if (value) features.set(`fact:${name}`, value);
  for (const rule of rules.rules) {
    if (isChainRule(rule)) continue;
    const matches = evaluateRule(rule, subjects);
    if (!matches) continue;
    const inAlert = rule.conditions[0]!.patterns.some((p) => facts.alerts.some((a) => p.test(a)));
    const raised = rule.conditions[0]!.patterns.some((p) => facts.prominent.some((a) => p.test(a)));
    const own = rule.source !== SHIPPED_RULES_FILE;
    hits.push({ id: rule.id, category: rule.category, weight: rule.weight, intent: rule.intent, inAlert, raised, matched: matches.length, own, targets: new Set(matches.map((m) => m.target)), rule, matches });
    // A rule from the user's own file is not the one the model was fitted with: it counts at its own weight.
    if (!own) features.set(`rule:${rule.id}`, 1);
  }
  return { facts, hits, features, chainEvidence: chainFlags(rules.rules, subjects, snapshot.chain) };
}

// Verdicts on a page's content; a download, an error, a refusal and unknown come from the visit itself.
export const CONTENT_CATEGORIES: readonly Category[] = [
  'credential-phishing', 'malware-download', 'tech-support-scam', 'fake-scan', 'prize-scam', 'dating', 'email-harvest', 'adult', 'parked', 'benign',
];

/** Rules of the category that the model does not weigh (a user's own), at their stated weight. */
function unseenRules(readout: PageReadout, category: Category, model: VerdictModel): { hit: PageReadout['hits'][number]; share: number }[] {
  const weights = model.categories[category]?.weights ?? {};
  return readout.hits
    .filter((h) => h.category === category && !(readout.features.has(`rule:${h.id}`) && weights[`rule:${h.id}`] !== undefined))
    .map((hit) => ({ hit, share: hit.weight * model.unseenRuleScale }));
}

/** The probability of each category whose intent the page shows, with that intent. */
export function categoryOdds(readout: PageReadout, model: VerdictModel): { category: Category; p: number; intent: string }[] {
  const out: { category: Category; p: number; intent: string }[] = [];
  for (const category of CONTENT_CATEGORIES) {
    const m = model.categories[category];
    const intent = intentFor(category, readout.facts, readout.hits);
    if (!m || !intent) continue;
    const unseen = unseenRules(readout, category, model).reduce((sum, u) => sum + u.share, 0);
    out.push({ category, p: sigmoid(logOdds(m, readout.features, unseen)), intent });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function describeFeature(feature: string, readout: PageReadout): string {
  if (feature.startsWith('rule:')) {
    const hit = readout.hits.find((h) => `rule:${h.id}` === feature);
    return hit ? `${hit.id}: ${describe(hit.matches)}` : feature.slice(5);
  }
  return feature.slice(5);
}

export function classifyPage(snapshot: PageSnapshot, rules: RuleSet, ctx: ClassifyContext = {}): Classification {
  const readout = readoutOf(snapshot, rules);
  const flags = readout.chainEvidence;
  // A file that arrived is the strongest fact of a visit, whatever page (or error) surrounds it.
  const fileRules = readout.hits.filter((h) => h.category === 'malware-download' && h.weight > 0 && h.targets.has('download'));
  if (snapshot.downloads.length > 0 && fileRules.length > 0) {
    return {
      category: 'malware-download',
      confidence: 0.99,
      evidence: [...fileRules.map((h) => ({ rule: h.id, detail: describe(h.matches) })), ...flags],
      brand: null,
    };
  }
  const verdict = visitVerdict(snapshot, ctx);
  if (verdict) return { category: verdict.category, confidence: 1, evidence: [verdict.evidence, ...flags], brand: null };

  const rank = (c: Category): number => {
    const i = rules.priority.indexOf(c);
    return i === -1 ? rules.priority.length : i;
  };
  const odds = categoryOdds(readout, rules.model).sort((a, b) => b.p - a.p || rank(a.category) - rank(b.category));
  const threshold = (c: Category) => rules.model.categories[c]?.threshold ?? 1;
  const summary = odds
    .slice(0, 3)
    .map((o) => `${o.category} ${round(o.p)}/${threshold(o.category)}`)
    .join(', ');
  // Benign only where nothing malicious stands out; malicious above its threshold wins over benign.
  const best = odds.find((o) => o.category !== 'benign' && o.p >= threshold(o.category)) ?? odds.find((o) => o.category === 'benign' && o.p >= threshold('benign') && !odds.some((m) => m.category !== 'benign' && m.p >= 0.5));
  if (!best) {
    const top = odds.find((o) => o.category !== 'benign');
    return {
      category: 'unknown',
      confidence: round(1 - (top?.p ?? 0)),
      evidence: [{ rule: 'score', detail: summary ? `no category reached its threshold (${summary})` : 'no category shows its evidence of intent' }, ...flags],
      brand: null,
    };
  }
  const model = rules.model.categories[best.category]!;
  const evidence: Evidence[] = [{ rule: 'intent', detail: best.intent }];
  const shares = [
    ...contributions(model, readout.features).map((c) => ({ rule: c.feature.startsWith('rule:') ? c.feature.slice(5) : c.feature, detail: describeFeature(c.feature, readout), share: c.share })),
    ...unseenRules(readout, best.category, rules.model).map((u) => ({ rule: u.hit.id, detail: describeFeature(`rule:${u.hit.id}`, readout), share: u.share })),
  ].sort((a, b) => b.share - a.share);
  for (const { rule, detail, share } of shares.filter((c) => c.share > 0).slice(0, 6)) evidence.push({ rule, detail: `${detail} (+${round(share)})` });
  const runnerUp = odds.find((o) => o !== best);
  evidence.push({ rule: 'score', detail: `${best.category} p=${round(best.p)} (threshold ${threshold(best.category)})${runnerUp ? `, next ${runnerUp.category} ${round(runnerUp.p)}` : ''}` });
  const pretended = best.category === 'credential-phishing' ? readout.facts.claims.find((c) => !c.official) : undefined;
  return { category: best.category, confidence: round(best.p), evidence: [...evidence, ...flags], brand: pretended?.brand.name ?? null };
}

/**
 * A chain that a page moved on from (a meta refresh, a script) into an error landed on that page:
 * a kit's next step taken down, or never served to a sandbox, leaves the page the reader saw as
 * the last thing that loaded. The branch takes that page's verdict, saying where the chain ended.
 */
function deadEnd(result: Classification, passed: { page: PageSnapshot; seen: Classification }[], hops: Hop[]): Classification {
  const ended = result.evidence[0];
  if (result.category !== 'error' || !ended || ended.rule === 'visit:blocked') return result;
  const urls = hops.map((h) => h.url);
  const position = (url: string) => urls.lastIndexOf(url);
  const last = [...passed].sort((a, b) => position(b.page.url) - position(a.page.url))[0];
  if (!last || !CONTENT_CATEGORIES.includes(last.seen.category)) return result;
  const detail = `the chain ended in an error (${ended.detail}) after ${last.page.url}, the last page that loaded, judged here`;
  return { ...last.seen, evidence: [{ rule: 'chain:dead-end', detail }, ...last.seen.evidence, ...result.evidence.slice(1)] };
}

function emptySnapshot(branch: number, url: string, status: number | null, chain: PageSnapshot['chain'], downloads: PageSnapshot['downloads']): PageSnapshot {
  return { branch, url, status, title: '', text: '', forms: [], links: [], imageAlts: [], domHash: null, screenshot: null, downloads, chain };
}

/**
 * Every branch's last page classified (branch 0 first, it is the visit's final page; the visit's
 * downloads stand for it when no page loaded), with
 * notable pages the chain passed through on the way (`passedPages`, read from their bodies)
 * flagged in that branch's evidence.
 */
export function classifyVisit(
  snapshots: PageSnapshot[],
  hops: Hop[],
  outcome: VisitOutcome,
  error: string | null,
  rules: RuleSet,
  passedPages: PageSnapshot[] = [],
  downloads: PageSnapshot['downloads'] = [],
): { final: Classification; branches: Classification[] } {
  const branchIds = [...new Set([0, ...hops.map((h) => h.branch), ...snapshots.map((s) => s.branch)])].sort((a, b) => a - b);
  const branches: Classification[] = [];
  for (const branch of branchIds) {
    const branchHops = hops.filter((h) => h.branch === branch).sort((a, b) => a.seq - b.seq);
    const chain = branchHops.map(({ url, status, cause, blocked }) => ({ url, status, cause, blocked }));
    const lastHop = branchHops[branchHops.length - 1];
    const pages = snapshots.filter((s) => s.branch === branch);
    if (pages.length === 0 && !lastHop && branch !== 0) continue;
    // The branch-final page is the one at the last hop's URL; any other snapshot was passed through.
    const finalPage =
      pages.find((s) => lastHop && s.url === lastHop.url) ??
      pages[pages.length - 1] ??
      // A link whose answer is a file leaves no page: the visit's downloads are what it landed on.
      emptySnapshot(branch, lastHop?.url ?? '', lastHop?.status ?? null, chain, branch === 0 ? downloads : []);
    const withChain = finalPage.chain.length > 0 ? finalPage : { ...finalPage, chain };
    const passedHere = passedPages.filter((s) => s.branch === branch);
    const passedBy = [...pages.filter((s) => s !== finalPage), ...passedHere].map((page) => ({ page, seen: classifyPage({ ...page, chain: [] }, rules) }));
    const result = deadEnd(classifyPage(withChain, rules, branch === 0 ? { outcome, error } : {}), passedBy, branchHops);
    for (const { page: passed, seen } of passedBy) {
      if (!MALICIOUS_CATEGORIES.has(seen.category)) continue;
      // The rules that held on the page it passed (its facts are in its own classification).
      const rulesHit = seen.evidence.filter((e) => !['score', 'brand', 'intent'].includes(e.rule) && !e.rule.startsWith('fact:')).map((e) => e.rule);
      const rule = `chain:${seen.category}`;
      const prefix = `passed through ${passed.url} (`;
      // The page may already be flagged by its URL: one line per page, its content rules added.
      const byUrl = result.evidence.find((e) => e.rule === rule && e.detail.startsWith(prefix));
      if (byUrl) byUrl.detail = `${byUrl.detail.slice(0, -1)}; ${rulesHit.join(', ')})`;
      else result.evidence.push({ rule, detail: `${prefix}${rulesHit.join(', ')})` });
    }
    branches.push(result);
  }
  return { final: branches[0], branches };
}
