// The landing-page classifier: a pure function of a stored snapshot and a rule set, so `classify`
// and `replay` can re-run it on old traces. Every decision carries the rules that made it.
import { getDomain } from 'tldts';
import { brandsNamedIn, isBrandDomain, lookalikeBrands, type Brand } from '../brands.ts';
import type { Category, Classification, Evidence, Hop, PageSnapshot, VisitOutcome } from '../model.ts';
import { normalizeText } from './normalize.ts';
import type { Condition, Rule, RuleSet, Target } from './rules.ts';

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

type BrandPlace = 'title' | 'text' | 'alt' | 'host';

interface BrandHit {
  brand: Brand;
  places: Set<BrandPlace>;
  official: boolean;
}

// Categories worth flagging when the chain passed through them on the way somewhere else.
const NOTABLE: ReadonlySet<Category> = new Set<Category>([
  'dating', 'fake-scan', 'credential-phishing', 'email-harvest', 'prize-scam', 'tech-support-scam', 'malware-download', 'adult',
]);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function findBrands(snapshot: PageSnapshot, host: string, brands: Brand[]): BrandHit[] {
  const hits = new Map<Brand, BrandHit>();
  const note = (brand: Brand, place: BrandPlace): void => {
    const hit = hits.get(brand) ?? { brand, places: new Set<BrandPlace>(), official: isBrandDomain(host, brand) };
    hit.places.add(place);
    hits.set(brand, hit);
  };
  for (const brand of brandsNamedIn(snapshot.title, brands)) note(brand, 'title');
  for (const brand of brandsNamedIn(snapshot.text, brands)) note(brand, 'text');
  for (const brand of snapshot.imageAlts.flatMap((alt) => brandsNamedIn(alt, brands))) note(brand, 'alt');
  for (const { brand } of lookalikeBrands(host, brands)) note(brand, 'host');
  // The brand a page pretends to be is the one in its host, then its title, then its logos.
  const rank = (h: BrandHit): number =>
    (h.places.has('host') ? 8 : 0) + (h.places.has('title') ? 4 : 0) + (h.places.has('alt') ? 2 : 0) + (h.places.has('text') ? 1 : 0);
  return [...hits.values()].sort((a, b) => rank(b) - rank(a));
}

function isEmailField(type: string, name: string): boolean {
  return type === 'email' || /mail|アドレス/.test(name);
}

// Fields a person fills in: not hidden, not buttons.
function fillable(type: string): boolean {
  return !['hidden', 'submit', 'button', 'reset', 'image'].includes(type);
}

function deriveFacts(snapshot: PageSnapshot, host: string, brandHits: BrandHit[]): string[] {
  const facts = new Set<string>();
  const named = brandHits.filter((h) => h.places.has('title') || h.places.has('text') || h.places.has('alt'));
  if (named.length > 0) facts.add('brand-named');
  if (brandHits.some((h) => h.official)) facts.add('brand-official-host');
  if (named.some((h) => !h.official)) facts.add('brand-off-host');
  if (brandHits.some((h) => !h.official && h.places.has('title'))) facts.add('brand-in-title-off-host');
  if (brandHits.some((h) => h.places.has('host'))) facts.add('brand-in-host');
  const pageDomain = getDomain(host) ?? host;
  for (const form of snapshot.forms) {
    const fields = form.inputs.filter((i) => fillable(i.type));
    if (fields.length > 0 && fields.length <= 2 && fields.some((i) => isEmailField(i.type, (i.name ?? '').toLowerCase()))) {
      const others = fields.filter((i) => !isEmailField(i.type, (i.name ?? '').toLowerCase()));
      if (others.every((i) => i.type === 'text' && !/pass|card|pin/.test((i.name ?? '').toLowerCase()))) facts.add('form-email-only');
    }
    if (form.action) {
      const actionHost = hostOf(form.action);
      if (actionHost && (getDomain(actionHost) ?? actionHost) !== pageDomain) facts.add('form-external-action');
    }
  }
  if (snapshot.text.length < 200) facts.add('little-text');
  return [...facts];
}

function subjectsOf(snapshot: PageSnapshot, host: string, facts: string[]): Subjects {
  const inputs = snapshot.forms.flatMap((f) => f.inputs);
  const chainUrls = snapshot.chain.map((h) => h.url);
  // The chain ends at the page itself when the engine recorded it so: that hop is not "before".
  if (chainUrls.length > 0 && chainUrls[chainUrls.length - 1] === snapshot.url) chainUrls.pop();
  return {
    title: [normalizeText(snapshot.title)],
    text: [normalizeText(snapshot.text)],
    url: [safeDecode(snapshot.url).toLowerCase()],
    host: [host],
    input: inputs.map((i) => normalizeText(`type=${i.type} name=${i.name ?? ''}`)),
    mailto: snapshot.links.filter((l) => /^mailto:/i.test(l.url)).map((l) => normalizeText(safeDecode(l.url))),
    link: snapshot.links.filter((l) => !/^mailto:/i.test(l.url)).map((l) => normalizeText(`${safeDecode(l.url)} ${l.text ?? ''}`)),
    download: snapshot.downloads.map((d) => `${d.filename} ${d.mime} ${safeDecode(d.url)}`.toLowerCase()),
    status: snapshot.status === null ? [] : [String(snapshot.status)],
    alt: snapshot.imageAlts.map(normalizeText),
    html: snapshot.html ? [snapshot.html.toLowerCase()] : [],
    fact: facts,
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

export function classifyPage(snapshot: PageSnapshot, rules: RuleSet, ctx: ClassifyContext = {}): Classification {
  const host = hostOf(snapshot.url);
  const brandHits = findBrands(snapshot, host, rules.brands);
  const facts = deriveFacts(snapshot, host, brandHits);
  const subjects = subjectsOf(snapshot, host, facts);
  const flags = chainFlags(rules.rules, subjects, snapshot.chain);

  const scores = new Map<Category, number>();
  const hits: { rule: Rule; matches: Match[] }[] = [];
  for (const rule of rules.rules) {
    if (isChainRule(rule)) continue;
    const matches = evaluateRule(rule, subjects);
    if (!matches) continue;
    hits.push({ rule, matches });
    scores.set(rule.category, (scores.get(rule.category) ?? 0) + rule.weight);
  }
  const evidenceFor = (category: Category): Evidence[] =>
    hits
      .filter((h) => h.rule.category === category && h.rule.weight > 0)
      .sort((a, b) => b.rule.weight - a.rule.weight)
      .map((h) => ({ rule: h.rule.id, detail: describe(h.matches) }));

  // A file that arrived is the strongest fact of a visit, whatever page (or error) surrounds it.
  const downloadScore = scores.get('malware-download') ?? 0;
  if (snapshot.downloads.length > 0 && downloadScore >= rules.threshold) {
    return { category: 'malware-download', evidence: [...evidenceFor('malware-download'), ...flags], brand: null };
  }
  const verdict = visitVerdict(snapshot, ctx);
  if (verdict) return { category: verdict.category, evidence: [verdict.evidence, ...flags], brand: null };

  const rank = (c: Category): number => {
    const i = rules.priority.indexOf(c);
    return i === -1 ? rules.priority.length : i;
  };
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]));
  const [best, runnerUp] = ranked;
  const summary = ranked
    .slice(0, 3)
    .map(([c, s]) => `${c} ${s}`)
    .join(', ');
  if (!best || best[1] < rules.threshold) {
    return {
      category: 'unknown',
      evidence: [{ rule: 'score', detail: `no category reached ${rules.threshold}${summary ? ` (${summary})` : ''}` }, ...flags],
      brand: null,
    };
  }
  const category = best[0];
  const evidence = evidenceFor(category);
  let brand: string | null = null;
  const pretended = brandHits.find((h) => !h.official);
  if (category === 'credential-phishing' && pretended) {
    brand = pretended.brand.name;
    evidence.push({
      rule: 'brand',
      detail: `names ${JSON.stringify(brand)} in ${[...pretended.places].join(', ')}; host ${host} is not ${pretended.brand.domains.join(' / ') || 'a domain of the brand'}`,
    });
  }
  evidence.push({ rule: 'score', detail: `${category} ${best[1]}${runnerUp ? `, next ${runnerUp[0]} ${runnerUp[1]}` : ''}` });
  return { category, evidence: [...evidence, ...flags], brand };
}

function emptySnapshot(branch: number, url: string, status: number | null, chain: PageSnapshot['chain']): PageSnapshot {
  return { branch, url, status, title: '', text: '', forms: [], links: [], imageAlts: [], domHash: null, screenshot: null, downloads: [], chain };
}

/**
 * Every branch's last page classified (branch 0 first, it is the visit's final page), with
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
      emptySnapshot(branch, lastHop?.url ?? '', lastHop?.status ?? null, chain);
    const withChain = finalPage.chain.length > 0 ? finalPage : { ...finalPage, chain };
    const result = classifyPage(withChain, rules, branch === 0 ? { outcome, error } : {});
    const passedHere = passedPages.filter((s) => s.branch === branch);
    for (const passed of [...pages.filter((s) => s !== finalPage), ...passedHere]) {
      const seen = classifyPage({ ...passed, chain: [] }, rules);
      if (!NOTABLE.has(seen.category)) continue;
      const rulesHit = seen.evidence.filter((e) => e.rule !== 'score' && e.rule !== 'brand').map((e) => e.rule);
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
