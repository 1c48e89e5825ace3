// The web view's HTML, rendered on the server from the same data the JSON API returns. It reuses
// the report's pieces (chain diagram, visit section, token table, diff table, badges, escaping),
// so a visit looks the same in both. Every string from a trace goes through `escapeHtml`; lure
// URLs and hosts are shown defanged and never linked; the only links lead to this server's own
// pages. The pages need no script: filters and search are plain GET forms.
import { describeOrigin } from '../ingest/origin-text.ts';
import type { VisitDiff } from '../diff/diff.ts';
import { CATEGORIES, type Category, type Visit } from '../model.ts';
import {
  categoryBadge,
  chainDiagram,
  defanged,
  diffTable,
  escapeHtml as e,
  MISSING_SHOT,
  NO_SHOT,
  pivotSection,
  summaryCards,
  tokenTable,
  visitSection,
  type ShotHtml,
} from '../report/html.ts';
import { defang, hostAndPath } from '../report/safe-text.ts';
import type { Family } from '../fingerprint/cluster.ts';
import type { SimilarVisit } from '../fingerprint/query.ts';
import type { CampaignData, DiffData, FamiliesData, FamilyData, JobCloakingData, JobData, JobEntry, JobPivotsData, JobsData, JobTokensData, PageInfo, SearchData, VisitData } from './data.ts';
import type { Query } from './request.ts';

/** A link to one of this server's pages; every value is percent-encoded, the whole escaped. */
export function href(path: string, params: Record<string, string | number | undefined> = {}): string {
  const qs = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return e(qs ? `${path}?${qs}` : path);
}

const link = (path: string, label: string, params: Record<string, string | number | undefined> = {}): string =>
  `<a href="${href(path, params)}">${label}</a>`;

/** A host as text nobody opens by accident (`evil[.]example`). */
const defangHost = (host: string): string => host.replaceAll('.', '[.]');

/** A defanged host, linked to a search for it. */
const hostLink = (host: string): string => link('/search', e(defangHost(host)), { q: host });

export interface Shell {
  title: string;
  crumbs?: [string, string | null][];
  q?: string;
  /** The JSON form of this page. */
  api?: string;
}

export function layout(shell: Shell, body: string): string {
  const crumbs = shell.crumbs?.length
    ? `<nav class="crumbs">${shell.crumbs.map(([label, to]) => (to ? `<a href="${e(to)}">${e(label)}</a>` : e(label))).join(' › ')}</nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(shell.title)} · hoptrace</title>
<link rel="stylesheet" href="/assets/serve.css">
</head>
<body>
<header class="top"><a class="brand" href="/">hoptrace</a><nav><a href="/">jobs</a> <a href="/watches">watches</a> <a href="/families">kit families</a></nav>
<form class="search" method="get" action="/search"><input type="search" name="q" value="${e(shell.q ?? '')}" aria-label="search every job" placeholder="host, domain, IP, URL part, token, category, registrant phone or e-mail, sha256"><button type="submit">search</button></form>
</header>
<main>
${crumbs}
${body}
</main>
<footer>read-only view · URLs are defanged (hxxp, [.]) and not clickable${shell.api ? ` · <a href="${e(shell.api)}">this page as JSON</a>` : ''}</footer>
</body>
</html>
`;
}

export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : status === 401 ? 'Token required' : status === 405 ? 'Read-only' : 'Error';
  const login =
    status === 401
      ? `<form class="filters" method="get" action=""><label>token<input type="password" name="token" autocomplete="current-password"></label><button type="submit">sign in</button></form>`
      : '';
  return layout({ title }, `<h1>${e(status)} · ${e(title)}</h1><p class="notice">${e(message)}</p>${login}<p>${link('/', 'all jobs')}</p>`);
}

/** Screenshots served by this server: `<img>` only for a stored PNG, else the report's placeholder. */
export function linkedShot(isStoredPng: (sha: string) => boolean): ShotHtml {
  return (sha, alt) => {
    if (!sha) return NO_SHOT;
    if (!/^[0-9a-f]{64}$/.test(sha) || !isStoredPng(sha)) return MISSING_SHOT;
    return `<img class="shot" alt="${e(alt)}" src="/shots/${sha}.png">`;
  };
}

function pager(info: PageInfo, path: string, query: Query, noun: string): string {
  if (info.total === 0) return '';
  const at = (page: number) => href(path, { ...query, page: page === 1 ? undefined : page });
  const from = (info.page - 1) * info.per + 1;
  const to = Math.min(info.total, info.page * info.per);
  return `<nav class="pager">${info.page > 1 ? `<a href="${at(info.page - 1)}" rel="prev">← previous</a>` : ''}
<span>${e(from)}–${e(to)} of ${e(info.total)} ${e(noun)} · page ${e(info.page)} of ${e(info.pages)}</span>
${info.page < info.pages ? `<a href="${at(info.page + 1)}" rel="next">next →</a>` : ''}</nav>`;
}

function visitChips(v: Visit): string {
  return [
    v.purpose && v.purpose !== 'primary' ? `<span class="chip">${e(v.purpose)}${v.attempt && v.attempt > 1 ? ` #${e(v.attempt)}` : ''}</span>` : '',
    v.incomplete ? `<span class="chip warn" title="${e(v.incomplete)}">incomplete</span>` : '',
  ].join(' ');
}

interface VisitColumns {
  jobNames?: Record<string, string>;
  extra?: { head: string; cell: (v: Visit) => string };
}

function visitTable(visits: Visit[], cols: VisitColumns = {}): string {
  if (visits.length === 0) return '<p class="empty">no visits</p>';
  const rows = visits.map((v) => {
    const f = v.final;
    const landing = f
      ? `<span class="t">${e(f.title) || '<span class="muted">(no title)</span>'}</span><code class="url">${e(defangHost(hostAndPath(f.url).host))}</code>`
      : '<span class="muted">—</span>';
    return `<tr class="visit-row${v.incomplete ? ' incomplete' : ''}" data-visit="${e(v.id)}">
<td class="nowrap">${link(`/visits/${encodeURIComponent(v.id)}`, e(v.id))}</td>
${cols.jobNames ? `<td>${link(`/jobs/${encodeURIComponent(v.jobId)}`, e(cols.jobNames[v.jobId] ?? v.jobId))}</td>` : ''}
<td>${categoryBadge(f?.category, f?.confidence)}</td><td>${e(v.persona)}</td><td>${e(v.outcome)} ${visitChips(v)}</td>
<td class="lure" title="${e(defang(v.url))}">${defanged(v.url)}</td><td class="landing">${landing}</td><td>${e(v.hops.length)}</td>
<td class="nowrap">${e(v.startedAt.replace('T', ' ').slice(0, 19))}</td>
${cols.extra ? `<td class="extra">${cols.extra.cell(v)}</td>` : ''}</tr>`;
  });
  return `<div class="scroll"><table class="grid visits"><thead><tr><th>visit</th>${cols.jobNames ? '<th>job</th>' : ''}<th>category</th><th>persona</th><th>outcome</th>
<th>lure</th><th>landing</th><th>hops</th><th>started (UTC)</th>${cols.extra ? `<th>${cols.extra.head}</th>` : ''}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

// ---------------------------------------------------------------- jobs

export function jobsPage(d: JobsData): string {
  const rows = d.jobs.map(
    (j) => `<tr data-job="${e(j.id)}"><td>${link(`/jobs/${encodeURIComponent(j.id)}`, `<b>${e(j.name)}</b>`)}<br><span class="muted">${e(j.id)}</span></td>
<td>${e(j.status)}</td><td class="nowrap">${e(j.createdAt.replace('T', ' ').slice(0, 19))}</td><td>${e(j.messages)}</td><td>${e(j.links)}</td>
<td>${e(j.visits)}${j.incomplete ? ` <span class="chip warn">${e(j.incomplete)} incomplete</span>` : ''}</td>
<td>${j.cloaked ? link(`/jobs/${encodeURIComponent(j.id)}/cloaking`, e(j.cloaked)) : '0'}</td>
<td>${Object.entries(j.categories).map(([c, n]) => `${categoryBadge(c as Category)} ${e(n)}`).join(' ')}</td></tr>`,
  );
  const body = d.jobs.length
    ? `<table class="grid jobs"><thead><tr><th>job</th><th>status</th><th>created (UTC)</th><th>messages</th><th>links</th><th>visits</th><th>cloaked links</th><th>categories (complete visits)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="empty">no jobs in this database yet: run <code>hoptrace crawl</code> first</p>';
  return layout({ title: 'jobs', api: '/api/jobs' }, `<h1>Jobs</h1>${body}`);
}

function jobHeader(job: JobEntry, tab: 'visits' | 'tokens' | 'cloaking' | 'pivots'): string {
  const base = `/jobs/${encodeURIComponent(job.id)}`;
  const tabs: [typeof tab, string, string][] = [
    ['visits', base, `Visits (${job.visits})`],
    ['tokens', `${base}/tokens`, 'Tokens'],
    ['cloaking', `${base}/cloaking`, `Cloaked links (${job.cloaked})`],
    ['pivots', `${base}/pivots`, 'Pivots'],
  ];
  return `<h1>${e(job.name)}</h1><p class="muted">${e(job.id)} · ${e(job.status)} · created ${e(job.createdAt)}${job.finishedAt ? ` · finished ${e(job.finishedAt)}` : ''}</p>
${summaryCards(
    [['messages', 'messages', job.messages], ['links', 'links', job.links], ['visits', 'visits', job.visits],
      ['incomplete', 'incomplete (not evidence)', job.incomplete], ['cloaked', 'cloaked links', job.cloaked]],
    Object.entries(job.categories).map(([c, n]) => [c === 'none' ? null : (c as Category), n]),
  )}
<nav class="tabs">${tabs.map(([key, to, label]) => `<a href="${e(to)}"${key === tab ? ' class="on"' : ''}>${e(label)}</a>`).join('')}</nav>`;
}

const jobCrumbs = (job: JobEntry): Shell['crumbs'] => [['jobs', '/'], [job.name, null]];

function select(name: string, label: string, values: Record<string, number>, current: string | undefined, all: readonly string[] = []): string {
  const keys = [...new Set([...all.filter((k) => values[k]), ...Object.keys(values)])];
  const options = keys.map((k) => `<option value="${e(k)}"${k === current ? ' selected' : ''}>${e(k)} (${e(values[k] ?? 0)})</option>`);
  return `<label>${e(label)}<select name="${e(name)}"><option value="">any</option>${options.join('')}</select></label>`;
}

export function jobPage(d: JobData, query: Query): string {
  const base = `/jobs/${encodeURIComponent(d.job.id)}`;
  const f = d.filter;
  const filters = `<form class="filters" method="get" action="${e(base)}">
${select('category', 'category', d.facets.categories, f.category, CATEGORIES)}
${select('persona', 'persona', d.facets.personas, f.persona)}
${select('outcome', 'outcome', d.facets.outcomes, f.outcome)}
${select('purpose', 'purpose', d.facets.purposes, f.purpose)}
<label>complete<select name="incomplete"><option value="">any</option><option value="no"${f.incomplete === 'no' ? ' selected' : ''}>complete only</option><option value="yes"${f.incomplete === 'yes' ? ' selected' : ''}>incomplete only</option></select></label>
<label>host or domain on the chain<input name="host" value="${e(f.host ?? '')}" placeholder="tracker.example"></label>
<button type="submit">filter</button> ${link(base, 'clear')}</form>`;
  const body = `${jobHeader(d.job, 'visits')}${filters}${pager(d.page, base, query, 'visits')}${visitTable(d.visits)}${pager(d.page, base, query, 'visits')}`;
  return layout({ title: d.job.name, crumbs: jobCrumbs(d.job), api: `/api${base}` }, body);
}

export function jobTokensPage(d: JobTokensData, query: Query): string {
  const base = `/jobs/${encodeURIComponent(d.job.id)}/tokens`;
  const table = d.tokens.length ? tokenTable(d.tokens, true) : '<p class="empty">no tokens found in this job\'s links</p>';
  return layout(
    { title: `${d.job.name} · tokens`, crumbs: jobCrumbs(d.job), api: `/api${base}` },
    `${jobHeader(d.job, 'tokens')}${pager(d.page, base, query, 'tokens')}${table}${pager(d.page, base, query, 'tokens')}`,
  );
}

export function jobCloakingPage(d: JobCloakingData, query: Query): string {
  const base = `/jobs/${encodeURIComponent(d.job.id)}/cloaking`;
  const rows = d.cloaking.map((c) => {
    const [first, second] = c.personas;
    const personas = c.personas
      .map((p) => `${link(`/visits/${encodeURIComponent(p.visitId)}`, e(p.persona))} ${categoryBadge(p.category)} ${p.finalUrl ? defanged(p.finalUrl) : ''}`)
      .join('<br>');
    return `<tr><td class="lure">${defanged(c.url)}</td><td>${e(c.divergesAt ?? '—')}</td><td>${c.noisy ? '<span class="chip warn">noisy</span>' : ''}</td>
<td>${personas}</td><td>${first && second ? link('/diff', 'compare', { a: first.visitId, b: second.visitId }) : ''}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="grid"><thead><tr><th>link</th><th>diverges at hop</th><th></th><th>personas</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="empty">no link sent personas to different places</p>';
  return layout(
    { title: `${d.job.name} · cloaked links`, crumbs: jobCrumbs(d.job), api: `/api${base}` },
    `${jobHeader(d.job, 'cloaking')}${pager(d.page, base, query, 'cloaked links')}${table}${pager(d.page, base, query, 'cloaked links')}`,
  );
}

export function jobPivotsPage(d: JobPivotsData): string {
  const base = `/jobs/${encodeURIComponent(d.job.id)}/pivots`;
  const clusters = d.clusters.map(
    (c) => `<article class="cluster">${pivotSection(c)}<p class="muted">search: ${c.domains.map(hostLink).join(' ')}
${c.links.map((l) => link('/search', e(l.value), { q: l.value })).join(' ')} · ${e(c.visits.length)} visits touch these domains</p></article>`,
  );
  return layout(
    { title: `${d.job.name} · pivots`, crumbs: jobCrumbs(d.job), api: `/api${base}` },
    `${jobHeader(d.job, 'pivots')}${clusters.join('') || '<p class="empty">no two domains of this job share a registrant or infrastructure fact</p>'}`,
  );
}

// ---------------------------------------------------------------- a visit

export function visitPage(d: VisitData, shot: ShotHtml): string {
  const v = d.visit;
  const vid = encodeURIComponent(v.id);
  const actions = `<div class="actions">${link('/diff', 'compare with…', { a: v.id })}${link('/campaign', 'campaign over time', { visit: v.id })}${link(`/jobs/${encodeURIComponent(v.jobId)}`, 'all visits of the job')}</div>`;
  const notice = v.incomplete ? `<p class="notice">This visit is incomplete (${e(v.incomplete)}): it is shown as recorded, but it is not evidence and no count or verdict uses it.</p>` : '';
  const origins = [
    v.retryOf ? `retry${v.attempt ? ` (attempt ${e(v.attempt)})` : ''} of ${link(`/visits/${encodeURIComponent(v.retryOf)}`, e(v.retryOf))}` : '',
    v.replayOf ? `replay of ${link(`/visits/${encodeURIComponent(v.replayOf)}`, e(v.replayOf))}` : '',
    d.lureOrigin ? `lure ${e(describeOrigin(d.lureOrigin))}` : '',
  ].filter(Boolean);
  const provenance = origins.length ? `<p class="muted">${origins.join(' · ')}</p>` : '';
  const hosts = d.hosts.map(
    (h) => `<tr><td>${hostLink(h.host)}</td><td>${h.domain && h.domain !== h.host ? hostLink(h.domain) : ''}</td>
<td>${h.serverIps.map((ip) => link('/search', e(ip), { q: ip })).join(' ')}</td><td>${e(h.hops.join(', '))}</td>
<td>${h.tokens.map((t) => link('/search', `<code class="value">${e(t)}</code>`, { q: t })).join(' ') || '<span class="muted">—</span>'}</td></tr>`,
  );
  const registrations = d.registrations.map(
    (r) => `<tr><td>${hostLink(r.domain)}</td><td>${e([r.registrantName, r.registrantOrg].filter(Boolean).join(' / ') || '—')}</td>
<td>${r.email ? link('/search', e(r.email), { q: r.email }) : '—'}</td><td>${r.phone ? link('/search', e(r.phone), { q: r.phone }) : '—'}</td><td>${e(r.registrar ?? '—')}</td><td>${e(r.created ?? '—')}</td></tr>`,
  );
  const files = [...new Set(v.downloads.map((x) => x.sha256))].map(
    (sha) => `<li><code class="hash">${e(sha)}</code> ${link('/search', 'other visits', { q: sha })} · <a href="/downloads/${e(sha)}">save as ${e(sha.slice(0, 12))}….bin</a> <span class="muted">(application/octet-stream, never opened here)</span></li>`,
  );
  const siblings = d.siblings.length
    ? `<h2>Other visits of this link</h2>${visitTable(d.siblings, { extra: { head: '', cell: (s) => link('/diff', 'compare', { a: v.id, b: s.id }) } })}`
    : '';
  const body = `<h1>Visit ${e(v.id)}</h1>${actions}${provenance}${notice}
${visitSection(v, d.tokens, shot)}
<h2>Hosts on the chain</h2>
<table class="grid hosts"><thead><tr><th>host</th><th>registrable domain</th><th>server IP</th><th>hops</th><th>per-recipient tokens received</th></tr></thead><tbody>${hosts.join('')}</tbody></table>
${registrations.length ? `<h2>Registrations</h2><table class="grid"><thead><tr><th>domain</th><th>registrant</th><th>e-mail</th><th>phone</th><th>registrar</th><th>created</th></tr></thead><tbody>${registrations.join('')}</tbody></table>` : ''}
${files.length ? `<h2>Downloads by hash</h2><ul>${files.join('')}</ul>` : ''}
${siblings}
<h2>Similar pages</h2>${similarTable(d.similar)}`;
  return layout({ title: `visit ${v.id}`, crumbs: [['jobs', '/'], [d.job.name, `/jobs/${encodeURIComponent(v.jobId)}`], [v.id, null]], api: `/api/visits/${vid}` }, body);
}

// ---------------------------------------------------------------- kit fingerprints

const visitLink = (visitId: string): string => link(`/visits/${encodeURIComponent(visitId)}`, e(visitId));

/** Pages like a visit's, best first: score, the fingerprints that matched, the visit (linked) and its URL (defanged). */
function similarTable(matches: SimilarVisit[]): string {
  if (!matches.length) return '<p class="empty">no other stored page shares or comes close on this visit\'s fingerprints</p>';
  const rows = matches.map(
    (m) => `<tr class="similar-row" data-visit="${e(m.visitId)}"><td>${e(m.score.toFixed(3))}</td><td class="nowrap">${visitLink(m.visitId)}</td>
<td>${m.by.map((b) => `<span class="chip">${e(b)}</span>`).join(' ')}</td><td class="lure">${defanged(m.url)}</td></tr>`,
  );
  return `<table class="grid similar"><thead><tr><th>score</th><th>visit</th><th>matched on</th><th>URL</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A family's evidence value: a search link (search reads values as stored), but a redacted bot token matches nothing. */
function evidenceValue(value: string | null): string {
  if (value === null) return '<span class="muted">near</span>';
  const code = `<code class="value">${e(value)}</code>`;
  return value.endsWith(':[redacted]') ? code : link('/search', code, { q: value });
}

/** What holds a family together. */
function evidenceList(f: Family): string {
  return f.evidence.map((x) => `${e(x.fingerprint)} ${evidenceValue(x.value)} <span class="muted">(${e(x.visits)} visits)</span>`).join('<br>');
}

export function familiesPage(d: FamiliesData, query: Query): string {
  const rows = d.families.map(
    (f) => `<tr class="family-row" data-family="${e(f.id)}"><td class="nowrap">${link(`/families/${encodeURIComponent(f.id)}`, e(f.id))}</td><td>${e(f.name)}</td>
<td>${e(f.visits.length)}</td><td>${evidenceList(f)}</td></tr>`,
  );
  const table = rows.length
    ? `<table class="grid families"><thead><tr><th>family</th><th>label</th><th>visits</th><th>evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="empty">no families: no two landings share a kit fingerprint</p>';
  return layout(
    { title: 'kit families', crumbs: [['jobs', '/'], ['kit families', null]], api: '/api/families' },
    `<h1>Kit families</h1><p class="muted">landings of every job joined by shared kit fingerprints, as <code>hoptrace cluster</code></p>${pager(d.page, '/families', query, 'families')}${table}${pager(d.page, '/families', query, 'families')}`,
  );
}

export function familyPage(d: FamilyData): string {
  const f = d.family;
  const base = `/families/${encodeURIComponent(f.id)}`;
  return layout(
    { title: `family ${f.id}`, crumbs: [['jobs', '/'], ['kit families', '/families'], [f.id, null]], api: `/api${base}` },
    `<h1>Kit family ${e(f.id)}</h1><p>${e(f.name)}</p><p>${e(f.label)}</p><h2>Evidence</h2><p>${evidenceList(f)}</p><h2>Visits (${e(f.visits.length)})</h2>${visitTable(d.visits, { jobNames: d.jobNames })}`,
  );
}

// ---------------------------------------------------------------- diff

function sideHead(label: string, v: Visit): string {
  return `<div class="side-head">${e(label)}</div><p>${link(`/visits/${encodeURIComponent(v.id)}`, e(v.id))} · <b>${e(v.persona)}</b> · ${e(v.engine)} ${visitChips(v)}
${categoryBadge(v.final?.category, v.final?.confidence)}</p><p class="lure">${defanged(v.url)}</p>`;
}

function verdict(d: VisitDiff): string {
  if (d.same) return '<p class="verdict same">same chain: the visits differ at most in per-recipient token values, server addresses or bodies</p>';
  return `<p class="verdict differs">the chains part at hop <span data-diverges>${e(d.divergesAt ?? '—')}</span>${d.final.a !== d.final.b ? ` · landing ${e(d.final.a ?? 'none')} → ${e(d.final.b ?? 'none')}` : ''}</p>`;
}

export function diffPage(d: DiffData, shot: ShotHtml): string {
  const crumbs: Shell['crumbs'] = [['jobs', '/'], [d.a.id, `/visits/${encodeURIComponent(d.a.id)}`], ['compare', null]];
  if (!d.b || !d.diff) {
    const picker = `<form class="filters" method="get" action="/diff"><input type="hidden" name="a" value="${e(d.a.id)}">
<label>visit id to compare with<input name="b" required placeholder="v-…"></label><button type="submit">compare</button></form>`;
    const table = visitTable(d.candidates, { extra: { head: '', cell: (c) => link('/diff', 'compare', { a: d.a.id, b: c.id }) } });
    return layout(
      { title: `compare ${d.a.id}`, crumbs, api: `/api/diff?a=${encodeURIComponent(d.a.id)}` },
      `<h1>Compare ${e(d.a.id)} with…</h1>${sideHead('A', d.a)}${picker}<h2>Visits of the same link, then of the same job</h2>${table}`,
    );
  }
  const incomplete = [d.a, d.b].filter((v) => v.incomplete);
  const body = `<h1>Diff</h1>
<div class="two"><div>${sideHead('A', d.a)}</div><div>${sideHead('B', d.b)}</div></div>
${verdict(d.diff)}
${incomplete.length ? `<p class="notice">${incomplete.map((v) => `${e(v.id)} is incomplete (${e(v.incomplete)})`).join('; ')}: this diff is no evidence of cloaking or change.</p>` : ''}
<h2>Hop by hop</h2>${diffTable(d.diff)}
<h2>Side by side</h2><div class="two"><div><div class="side-head">A · ${e(d.a.persona)}</div>${chainDiagram(d.a, shot)}</div><div><div class="side-head">B · ${e(d.b.persona)}</div>${chainDiagram(d.b, shot)}</div></div>
<div class="two"><div>${shot(d.a.final?.screenshot ?? null, 'final page of A')}</div><div>${shot(d.b.final?.screenshot ?? null, 'final page of B')}</div></div>`;
  return layout({ title: `diff ${d.a.id} ${d.b.id}`, crumbs, api: `/api/diff?a=${encodeURIComponent(d.a.id)}&b=${encodeURIComponent(d.b.id)}` }, body);
}

// ---------------------------------------------------------------- search

const SEARCH_HELP = `<dl class="help">
<dt>host or domain</dt><dd>track.example.test, or example.test for every host under it (defanged text such as hxxp://evil[.]test works)</dd>
<dt>server IP</dt><dd>an address any hop was answered from</dd>
<dt>URL part</dt><dd>any text of a hop URL or a lure, case-sensitive (3 characters or more)</dd>
<dt>token value</dt><dd>a per-recipient or campaign token value, exactly</dd>
<dt>category</dt><dd>${CATEGORIES.map((c) => e(c)).join(', ')}</dd>
<dt>registrant</dt><dd>a phone number (any notation) or e-mail address from a stored registration record</dd>
<dt>sha256</dt><dd>of a response body, a screenshot or a download</dd>
</dl>`;

export function searchPage(d: SearchData, query: Query): string {
  const api = `/api/search?q=${encodeURIComponent(d.query)}`;
  if (d.query === '') return layout({ title: 'search', api }, `<h1>Search every job</h1>${SEARCH_HELP}`);
  const counts = Object.entries(d.counts).map(([label, n]) => `<span class="chip">${e(label)}: ${e(n)}</span>`).join(' ');
  const registrants = d.registrants.length
    ? `<h2>Registrations that name it</h2><ul>${d.registrants.map((r) => `<li>${hostLink(r.domain)} ${e([r.registrantName, r.registrantOrg].filter(Boolean).join(' / '))} ${e(r.email ?? '')} ${e(r.phone ?? '')}</li>`).join('')}</ul>`
    : '';
  const visits = d.results.map((r) => r.visit);
  const matched = new Map(d.results.map((r) => [r.visit.id, r.matched]));
  const body = `<h1>Search: <code>${e(d.query)}</code></h1>
<p class="muted">read as: ${e([...new Set(d.terms.map((t) => t.label))].join(', '))}</p>
<p>${e(d.page.total)} visits ${counts}</p>${registrants}
${d.page.total ? `${pager(d.page, '/search', query, 'visits')}${visitTable(visits, { jobNames: d.jobNames, extra: { head: 'matched by', cell: (v) => e((matched.get(v.id) ?? []).join(', ')) } })}${pager(d.page, '/search', query, 'visits')}` : `<p class="empty">nothing matched</p>${SEARCH_HELP}`}`;
  return layout({ title: `search ${d.query}`, q: d.query, crumbs: [['jobs', '/'], ['search', null]], api }, body);
}

// ---------------------------------------------------------------- campaign

export function campaignPage(d: CampaignData, query: Query): string {
  const c = d.campaign;
  const base = '/campaign';
  const byId = new Map(d.visits.map((v) => [v.id, v]));
  const variants = c.variants.map(
    (v) => `<tr><td>${v.hosts.map((h) => `<code class="url">${e(defangHost(h))}</code>`).join(' → ')}</td><td>${categoryBadge(v.category as Category | null)}</td>
<td>${e(v.visits)}</td><td>${e(v.personas.join(', '))}</td><td class="nowrap">${e(v.first.slice(0, 19).replace('T', ' '))}</td><td class="nowrap">${e(v.last.slice(0, 19).replace('T', ' '))}</td></tr>`,
  );
  const days = c.days.map(
    (day) => `<tr><td class="nowrap">${e(day.date)}</td><td>${e(day.visits)}</td><td>${e(day.incomplete)}</td><td>${e(day.variants)}</td><td>${day.changes ? `<b>${e(day.changes)}</b>` : '0'}</td></tr>`,
  );
  const entries = c.entries.flatMap((entry) => (byId.has(entry.visitId) ? [byId.get(entry.visitId)!] : []));
  const entryOf = new Map(c.entries.map((entry) => [entry.visitId, entry]));
  const change = (v: Visit): string => {
    const entry = entryOf.get(v.id);
    if (!entry?.changedFrom || !entry.diff) {
      return entry?.alignedBy.includes('shape') === false ? '<span class="muted">same token components, another host</span>' : '';
    }
    return `<b>changed at hop ${e(entry.diff.divergesAt ?? '—')}</b>: ${e(entry.diff.changes.join(', '))} ${link('/diff', 'diff with previous', { a: entry.changedFrom, b: v.id })}`;
  };
  const body = `<h1>Campaign over time</h1>
<p>Visits whose lure aligns with ${link(`/visits/${encodeURIComponent(d.visit.id)}`, e(d.visit.id))}: the same host and path shape
<code class="url">${e(defang(c.key.shape))}</code>${c.key.components.length ? `, or the same per-recipient token components (${c.key.components.map((x) => `<code>${e(x)}</code>`).join(', ')}) and path shape on another host` : ''}.</p>
<h2>Chains seen</h2><table class="grid"><thead><tr><th>main chain (hosts)</th><th>landing</th><th>visits</th><th>personas</th><th>first</th><th>last</th></tr></thead><tbody>${variants.join('')}</tbody></table>
<h2>By date</h2><table class="grid"><thead><tr><th>date (UTC)</th><th>visits</th><th>incomplete</th><th>distinct chains</th><th>changes</th></tr></thead><tbody>${days.join('')}</tbody></table>
<h2>Visits, oldest first</h2><p class="muted">A change: the hosts of the main chain or the landing category differ from the same persona's previous complete visit (incomplete visits are never compared).</p>${pager(d.page, base, query, 'visits')}${visitTable(entries, { jobNames: d.jobNames, extra: { head: 'change', cell: change } })}${pager(d.page, base, query, 'visits')}`;
  return layout({ title: 'campaign', crumbs: [['jobs', '/'], [d.visit.id, `/visits/${encodeURIComponent(d.visit.id)}`], ['campaign', null]], api: `/api/campaign?visit=${encodeURIComponent(d.visit.id)}` }, body);
}
