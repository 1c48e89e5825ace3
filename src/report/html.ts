// `hoptrace report`: one self-contained HTML file for a job. Opening it needs no network: the CSS
// is inline, screenshots are data: URIs, there are no fonts, scripts or links to fetch.
//
// Every string from a trace is attacker-controlled (titles, URLs, filenames, evidence), so every
// one goes through `escapeHtml` (text and quoted attributes alike), and the page carries a CSP
// that allows no script at all: even a missed escape could not run anything. Lure URLs are shown
// defanged, as text to copy, never as links.
import { describeOrigin } from '../ingest/origin-text.ts';
import { CATEGORIES, type Category, type CloakFinding, type Hop, type Message, type Token, type TraceBundle, type Visit } from '../model.ts';
import { diffVisits, type VisitDiff } from '../diff/diff.ts';
import { latestAttempts } from '../records/visit-record.ts';
import { defang, defangUrls, hostAndPath, stripControls } from './safe-text.ts';
import { REPORT_CSS } from './html-style.ts';

export interface ReportOptions {
  /** Bytes of a stored blob (screenshots), null when missing. */
  getBlob: (sha256: string) => Buffer | null;
  cloaking?: CloakFinding[];
  /** Shown in the header; defaults to now. */
  generatedAt?: string;
  /** Pivot results (shared hosts, DOM hashes…), shown as JSON when given. */
  /** Infrastructure clusters (pivot/): domains tied by shared registrant, IP, certificate, analytics id… */
  pivot?: PivotCluster[];
}

export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** The one escape for text and (quoted) attribute values; control characters shown as escapes. */
export function escapeHtml(value: unknown, multiline = false): string {
  return stripControls(value === null || value === undefined ? '' : String(value), multiline).replace(
    /[&<>"'`]/g,
    (c) => ENTITIES[c],
  );
}

const e = (v: unknown): string => escapeHtml(v);

/** A category as a badge; with its confidence when the classification has one. */
export function categoryBadge(category: Category | null | undefined, confidence?: number): string {
  const known = category && CATEGORIES.includes(category) ? category : null;
  const sure = known && typeof confidence === 'number' ? ` <span class="conf" title="confidence">${e(confidence.toFixed(2))}</span>` : '';
  return `<span class="badge cat-${known ?? 'none'}">${e(known ?? 'no page')}${sure}</span>`;
}

/** The shape of a pivot cluster the report shows (pivot/cluster.ts builds it). */
export interface PivotCluster {
  domains: string[];
  explanation: string;
  links: { kind: string; value: string; domains: string[] }[];
}

export function pivotSection(c: PivotCluster): string {
  const dom = (d: string) => `<code class="url">${e(d.replaceAll('.', '[.]'))}</code>`;
  return `<div class="visit"><p>${c.domains.map(dom).join(' ')}</p><p>${e(c.explanation)}</p>
<table><tr><th>shared</th><th>value</th><th>domains</th></tr>${c.links
    .map((l) => `<tr><td>${e(l.kind)}</td><td><code>${e(l.value)}</code></td><td>${l.domains.map(dom).join(' ')}</td></tr>`)
    .join('')}</table></div>`;
}

/** A lure URL as defanged, selectable text. */
export const defanged = (url: string): string => `<code class="url">${e(defang(url))}</code>`;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True for the bytes of a PNG file: the only thing ever shown as a screenshot. */
export const isPng = (bytes: Buffer | null): bytes is Buffer => bytes !== null && bytes.subarray(0, 8).equals(PNG_SIGNATURE);

/** How a stored screenshot becomes HTML: the report inlines it, `hoptrace serve` links to it. */
export type ShotHtml = (sha: string | null, alt: string) => string;

export const NO_SHOT = '<div class="shot none">no screenshot</div>';
export const MISSING_SHOT = '<div class="shot none">screenshot missing</div>';

function inlineShot(getBlob: ReportOptions['getBlob']): ShotHtml {
  return (sha, alt) => {
    if (!sha) return NO_SHOT;
    const png = getBlob(sha);
    // Only a real PNG becomes a data URI: the MIME type is ours, never the blob's word for it.
    if (!isPng(png)) return MISSING_SHOT;
    return `<img class="shot" alt="${e(alt)}" src="data:image/png;base64,${png.toString('base64')}">`;
  };
}

function statusClass(h: Hop): string {
  if (h.blocked) return 'st-blocked';
  if (h.status === null) return 'st-none';
  return `st-${Math.floor(h.status / 100)}xx`;
}

function hopBox(h: Hop, previous: Hop | null): string {
  const { host, path } = hostAndPath(h.url);
  const arrow = previous
    ? `<div class="arrow"><span>${e(previous.status ?? '—')} · ${e(h.cause)}</span></div>`
    : `<div class="arrow first"><span>${e(h.cause)}</span></div>`;
  const meta = [`${e(h.method)}`, `${e(h.durationMs)} ms`, h.serverIp ? e(h.serverIp) : null].filter(Boolean).join(' · ');
  return `${arrow}<div class="hop ${statusClass(h)}">
  <div class="hop-head"><span class="seq">#${e(h.seq)}</span><span class="status">${h.blocked ? 'blocked' : e(h.status ?? 'no response')}</span></div>
  <div class="host">${e(host)}</div>
  <div class="path">${e(path)}</div>
  <div class="meta">${meta}</div>
  ${h.blocked ? `<div class="blocked">${e(h.blocked)}</div>` : ''}
</div>`;
}

export function chainDiagram(visit: Visit, shot: ShotHtml): string {
  const numbers = [...new Set(visit.hops.map((h) => h.branch))].sort((a, b) => a - b);
  if (numbers.length === 0) return '<p class="muted">no hops recorded</p>';
  const columns = numbers.map((b) => {
    const hops = visit.hops.filter((h) => h.branch === b).sort((x, y) => x.seq - y.seq);
    const finalOfBranch = b === 0 ? null : visit.branchFinals?.find((f) => f.branch === b);
    return `<div class="branch">
  <div class="branch-title">${b === 0 ? 'main chain' : `branch ${e(b)} · ${e(hops[0].cause)}`}</div>
  ${hops.map((h, i) => hopBox(h, i ? hops[i - 1] : null)).join('\n')}
  ${finalOfBranch ? `<div class="branch-final">${categoryBadge(finalOfBranch.classification.category, finalOfBranch.classification.confidence)} ${e(finalOfBranch.title)}
    ${finalOfBranch.screenshot ? shot(finalOfBranch.screenshot, `branch ${b} final page`) : ''}</div>` : ''}
</div>`;
  });
  return `<div class="chain">${columns.join('\n')}</div>`;
}

export function tokenTable(tokens: Token[], withLink: boolean): string {
  if (tokens.length === 0) return '';
  const rows = tokens.map(
    (t) => `<tr>${withLink ? `<td>${defanged(t.url)}</td>` : ''}<td><code>${e(t.component)}</code></td><td>${e(t.kind)}</td>
<td>${e(t.derivation ?? t.format)}</td><td>${e(t.recipient ?? '—')}</td><td><code class="value">${e(t.value)}</code></td>
<td>${t.seenOnHosts.length ? t.seenOnHosts.map((h) => `<span class="chip">${e(h)}</span>`).join(' ') : '<span class="muted">—</span>'}</td></tr>`,
  );
  return `<table class="grid"><thead><tr>${withLink ? '<th>link</th>' : ''}<th>component</th><th>kind</th><th>derivation</th>
<th>recipient</th><th>value</th><th>received by</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

export function visitSection(visit: Visit, tokens: Token[], shot: ShotHtml): string {
  const f = visit.final;
  const seconds = (Date.parse(visit.finishedAt) - Date.parse(visit.startedAt)) / 1000;
  const evidence = f?.evidence.length
    ? `<ul class="evidence">${f.evidence.map((x) => `<li><b>${e(x.rule)}</b> ${e(defangUrls(x.detail))}</li>`).join('')}</ul>`
    : '<p class="muted">no evidence recorded</p>';
  const downloads = visit.downloads.length
    ? `<h4>Downloads</h4><table class="grid"><thead><tr><th>file</th><th>type</th><th>size</th><th>sha256</th><th>from</th></tr></thead><tbody>${visit.downloads
        .map((d) => `<tr><td>${e(d.filename)}</td><td>${e(d.mime)}</td><td>${e(d.size)} B</td><td><code class="hash">${e(d.sha256)}</code></td><td>${defanged(d.url)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const mine = tokens.filter((t) => visit.linkId !== null && t.linkId === visit.linkId);
  return `<article class="visit" id="visit-${e(visit.id)}">
<header class="visit-head">${categoryBadge(f?.category, f?.confidence)}
  <span class="persona">${e(visit.persona)}</span><span class="muted">${e(visit.engine)} · ${e(visit.outcome)} · ${e(visit.hops.length)} hops${Number.isFinite(seconds) ? ` · ${seconds.toFixed(1)} s` : ''}</span>
  ${visit.purpose && visit.purpose !== 'primary' ? `<span class="chip">${e(visit.purpose)}${visit.attempt && visit.attempt > 1 ? ` · attempt ${e(visit.attempt)}` : ''}</span>` : ''}
  ${visit.incomplete ? `<span class="chip warn">incomplete, not evidence: ${e(visit.incomplete)}</span>` : ''}
  <span class="visit-id">visit ${e(visit.id)}${visit.replayOf ? ` · replay of ${e(visit.replayOf)}` : ''}${visit.retryOf ? ` · retry of ${e(visit.retryOf)}` : ''}</span></header>
<p class="lure"><span class="label">lure</span> ${defanged(visit.url)}</p>
${visit.error ? `<p class="error">${e(visit.error)}</p>` : ''}
<div class="visit-body">
  <div class="visit-chain">${chainDiagram(visit, shot)}</div>
  <div class="visit-final">
    <h4>Final page</h4>
    ${f ? `<p class="title">${e(f.title) || '<span class="muted">(no title)</span>'}</p><p>${defanged(f.url)} <span class="muted">${e(f.status ?? '')}</span></p>` : '<p class="muted">no final page</p>'}
    ${shot(f?.screenshot ?? null, 'final page')}
    <h4>Evidence</h4>${evidence}
  </div>
</div>
${downloads}
${mine.length ? `<h4>Tokens in this link</h4>${tokenTable(mine, false)}` : ''}
${(visit.warnings ?? []).map((w) => `<p class="warning">${e(w)}</p>`).join('')}
</article>`;
}

function messageSection(m: Message): string {
  const findings = m.sender.findings.length
    ? `<ul class="findings">${m.sender.findings.map((x) => `<li><span class="chip warn">${e(x.kind)}</span> ${e(x.detail)}${x.brand ? ` <b>${e(x.brand)}</b>` : ''}</li>`).join('')}</ul>`
    : '';
  const links = m.links
    .map((l) => `<li><span class="chip">${e(l.kind)}</span> ${defanged(l.url)} ${l.refused ? `<span class="muted">refused: ${e(l.refused)}</span>` : l.visited ? '' : '<span class="muted">not visited</span>'}</li>`)
    .join('');
  return `<article class="message">
<h3>${e(m.subject) || '<span class="muted">(no subject)</span>'}</h3>
<p class="from">from <b>${e(m.from.name)}</b> &lt;${e(m.from.address)}&gt; · ${e(m.date ?? 'no date')} · to ${e(m.recipients.join(', ') || '—')}</p>
<p class="muted">${e(m.source)}</p>
${m.origin ? `<p class="muted">${e(describeOrigin(m.origin))}</p>` : ''}
${findings}
${links ? `<ul class="links">${links}</ul>` : ''}
${m.errors.map((x) => `<p class="warning">${e(x)}</p>`).join('')}
</article>`;
}

export function diffTable(d: VisitDiff): string {
  // Rows come branch by branch, main chain first: the first row that is not `same` is where they part.
  const parting = d.hops.findIndex((h) => h.op !== 'same');
  const rows = d.hops.map((h, i) => {
    const url = (hop: Hop | null): string => (hop ? `<code class="url">${e(defang(hop.url))}</code>` : '<span class="muted">—</span>');
    return `<tr class="op-${h.op}${i === parting ? ' diverges' : ''}"><td>${e(h.op)}</td><td>${e(h.a?.seq ?? '')}</td><td>${url(h.a)}</td><td>${e(h.b?.seq ?? '')}</td><td>${url(h.b)}</td><td>${e(h.changes.join(', '))}</td></tr>`;
  });
  return `<table class="grid diff"><thead><tr><th>op</th><th>#</th><th>A</th><th>#</th><th>B</th><th>changes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cloakSection(f: CloakFinding, visits: Map<string, Visit>, tokens: Token[]): string {
  const personas = f.personas
    .map((p) => `<tr><td><b>${e(p.persona)}</b></td><td>${categoryBadge(p.category)}</td><td>${p.finalUrl ? defanged(p.finalUrl) : '—'}</td></tr>`)
    .join('');
  const [ref, ...others] = f.personas.map((p) => visits.get(p.visitId)).filter((v): v is Visit => v !== undefined);
  const diffs = ref
    ? others.map((o) => `<h4>${e(ref.persona)} → ${e(o.persona)}</h4>${diffTable(diffVisits(ref, o, tokens))}`).join('')
    : '';
  return `<article class="cloak">
<p class="lure"><span class="label">link</span> ${defanged(f.url)} ${f.noisy ? '<span class="chip warn">noisy: a same-persona re-visit differed too</span>' : ''}</p>
<p>diverges at hop <b>${e(f.divergesAt ?? '—')}</b></p>
<table class="grid"><thead><tr><th>persona</th><th>category</th><th>final URL</th></tr></thead><tbody>${personas}</tbody></table>
${diffs}
</article>`;
}

/** Summary cards: `[data-count id, label, number]`, then the category tally. */
export function summaryCards(cards: [string, string, number][], categories: [Category | null, number][], incomplete = 0): string {
  const card = ([id, label, value]: [string, string, number]): string =>
    `<div class="card"><div class="num" data-count="${e(id)}">${e(value)}</div><div class="label">${e(label)}</div></div>`;
  return `<section class="summary">
${cards.map(card).join('')}
<div class="card wide"><div class="cats">${[...categories].sort((a, b) => b[1] - a[1]).map(([c, n]) => `<span class="cat">${categoryBadge(c)} <span class="cat-n">${e(n)}</span></span>`).join(' ')}</div><div class="label">categories${incomplete ? ` · ${e(incomplete)} incomplete, not counted` : ''}</div></div>
</section>`;
}

function summary(bundle: TraceBundle, cloaking: CloakFinding[]): string {
  // Each link × persona's last attempt; an incomplete one is never counted as a category.
  const counts = new Map<Category | null, number>();
  const traces = latestAttempts(bundle.visits);
  for (const v of traces.filter((t) => !t.incomplete)) counts.set(v.final?.category ?? null, (counts.get(v.final?.category ?? null) ?? 0) + 1);
  const incomplete = traces.filter((t) => t.incomplete).length;
  const links = bundle.messages.reduce((n, m) => n + m.links.length, 0);
  const perRecipient = bundle.tokens.filter((t) => t.kind === 'per-recipient').length;
  return summaryCards(
    [['messages', 'messages', bundle.messages.length], ['links', 'links', links], ['visits', 'visits', bundle.visits.length],
      ['cloaked', 'cloaked links', cloaking.length], ['tokens', `tokens (${perRecipient} per-recipient)`, bundle.tokens.length]],
    [...counts],
    incomplete,
  );
}

export function renderReport(bundle: TraceBundle, opts: ReportOptions): string {
  const cloaking = opts.cloaking ?? [];
  const shot = inlineShot(opts.getBlob);
  const visits = new Map(bundle.visits.map((v) => [v.id, v]));
  const title = bundle.jobs.map((j) => j.name).join(', ') || 'hoptrace';
  const jobs = bundle.jobs.map((j) => `${e(j.name)} <span class="muted">${e(j.id)} · ${e(j.status)} · ${e(j.createdAt)}</span>`).join('<br>');
  const section = (heading: string, body: string): string => (body ? `<section><h2>${heading}</h2>${body}</section>` : '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hoptrace report · ${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><div class="brand">hoptrace report</div><div class="job">${jobs}</div>
<div class="muted">generated ${e(opts.generatedAt ?? new Date().toISOString())} · URLs are defanged (hxxp, [.]) and not clickable</div></header>
<main>
${summary(bundle, cloaking)}
${section('Cloaked links', cloaking.map((f) => cloakSection(f, visits, bundle.tokens)).join(''))}
${section('Messages', bundle.messages.map(messageSection).join(''))}
${section('Visits', bundle.visits.map((v) => visitSection(v, bundle.tokens, shot)).join(''))}
${section('Tokens', tokenTable(bundle.tokens, true))}
${opts.pivot?.length ? section('Infrastructure pivots', opts.pivot.map(pivotSection).join('')) : ''}
</main>
</body>
</html>
`;
}
