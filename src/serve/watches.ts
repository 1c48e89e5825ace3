// The watches in the web view (issue 29): every watch, and one watch as a timeline of its rounds
// (each a link to its job) with the events each raised, their evidence, and a diff link from the
// previous round's visit to the confirming one. Read-only like every page; strings escaped, URLs defanged.
import type { Watch, WatchEvent, WatchRound } from '../model.ts';
import { defanged, escapeHtml as e } from '../report/html.ts';
import type { TraceStore, WatchSummaryRow } from '../store/store.ts';
import { href, layout } from './pages.ts';
import { HttpError } from './request.ts';

export interface WatchesData {
  watches: WatchSummaryRow[];
}

export interface WatchData {
  watch: Watch;
  rounds: (WatchRound & { events: (WatchEvent & { deliveredAt: string | null; attempts: number })[] })[];
}

export function watchesData(store: TraceStore): WatchesData {
  return { watches: store.listWatches() };
}

export function watchData(store: TraceStore, idOrName: string): WatchData {
  const watch = store.findWatch(idOrName);
  if (!watch) throw new HttpError(404, `no watch "${idOrName.slice(0, 80)}"`);
  const events = store.watchEvents(watch.id);
  return {
    watch,
    rounds: store.watchRounds(watch.id).map((r) => ({
      ...r,
      events: events.filter((x) => x.event.round === r.id).map((x) => ({ ...x.event, deliveredAt: x.deliveredAt, attempts: x.attempts })),
    })),
  };
}

const schedule = (w: Watch): string => ('every' in w.spec.schedule ? `every ${w.spec.schedule.every / 1000} s` : `cron ${w.spec.schedule.cron}`);
const watchHref = (w: Watch) => href(`/watches/${encodeURIComponent(w.id)}`);

export function watchesPage(d: WatchesData): string {
  const rows = d.watches.map(
    (w) => `<tr><td><a href="${watchHref(w)}"><b>${e(w.name)}</b></a></td><td>${e(w.status)}</td><td>${e(schedule(w))}</td><td>${e(w.spec.targets.length)}</td><td>${e(w.rounds)}</td><td>${e(w.events)}</td><td class="nowrap">${e(w.nextDue ?? '-')}</td></tr>`,
  );
  const body = rows.length
    ? `<table class="grid"><thead><tr><th>watch</th><th>status</th><th>schedule</th><th>lures</th><th>rounds</th><th>events</th><th>next due (UTC)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p class="empty">no watches: <code>hoptrace watch add TARGET --every 6h</code></p>';
  return layout({ title: 'watches', api: '/api/watches', crumbs: [['jobs', '/'], ['watches', null]] }, `<h1>Watches</h1>${body}`);
}

function eventHtml(ev: WatchData['rounds'][number]['events'][number]): string {
  const evidence = ev.evidence.map((x) => {
    const diff = x.visits.length >= 2 ? ` <a href="${href('/diff', { a: x.visits[0], b: x.visits.at(-1) })}">diff</a>` : '';
    return `<li>${e(x.persona ?? '')} ${e(x.what)}: <code>${e(JSON.stringify(x.before))}</code> → <code>${e(JSON.stringify(x.after))}</code>${diff}</li>`;
  });
  const delivery = ev.deliveredAt ? ` · delivered ${e(ev.deliveredAt)}` : ev.attempts ? ` · <span class="chip warn">not delivered (${e(ev.attempts)} attempts)</span>` : '';
  return `<div class="event"><b>${e(ev.kind)}</b> ${defanged(ev.target)}${delivery}<ul>${evidence.join('')}</ul></div>`;
}

export function watchPage(d: WatchData): string {
  const w = d.watch;
  const rows = d.rounds.map(
    (r) => `<tr><td>r${e(r.seq)}</td><td class="nowrap">${e(r.startedAt.replace('T', ' ').slice(0, 19))}</td><td>${r.jobId ? `<a href="${href(`/jobs/${encodeURIComponent(r.jobId)}`)}">job</a>` : '-'}</td>
<td>${r.status === 'running' ? '<span class="chip warn">running</span>' : e(r.verdict ?? '')}</td><td>${r.events.map(eventHtml).join('')}</td></tr>`,
  );
  const lures = w.spec.targets.map((t) => `<li>${defanged(t.url)}${t.recipients.length ? ` <span class="muted">to ${e(t.recipients.join(', '))}</span>` : ''}</li>`);
  return layout(
    { title: w.name, api: `/api/watches/${encodeURIComponent(w.id)}`, crumbs: [['jobs', '/'], ['watches', '/watches'], [w.name, null]] },
    `<h1>${e(w.name)}</h1><p class="muted">${e(w.status)} · ${e(schedule(w))} · confirm ${e(w.spec.confirm)} · next due ${e(w.nextDue ?? '-')}</p><ul>${lures.join('')}</ul>
<table class="grid"><thead><tr><th>round</th><th>started (UTC)</th><th>trace</th><th>verdict</th><th>events</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}
