// Text views of watches: the list, and one watch as a timeline of its rounds and events.
import type { Watch, WatchRound } from '../../model.ts';
import type { StoredWatchEvent, WatchSummaryRow } from '../../store/store.ts';
import { clean, painter, table } from './terminal.ts';

function scheduleText(w: Watch): string {
  const s = w.spec.schedule;
  return 'every' in s ? `every ${s.every / 1000}s` : `cron ${s.cron}`;
}

export function formatWatchList(rows: WatchSummaryRow[], color: boolean): string {
  if (rows.length === 0) return 'no watches (hoptrace watch add TARGET --every 6h)';
  return table(
    ['name', 'status', 'schedule', 'lures', 'rounds', 'events', 'next due'],
    rows.map((w) => [clean(w.name), w.status, clean(scheduleText(w)), w.spec.targets.length, w.rounds, w.events, w.nextDue ?? '-']),
    painter(color),
  );
}

export function formatWatch(w: Watch, rounds: WatchRound[], events: StoredWatchEvent[], color: boolean): string {
  const paint = painter(color);
  const lines = [
    `${paint('bold', clean(w.name))}  ${w.status}  ${clean(scheduleText(w))}  confirm ${w.spec.confirm}  next due ${w.nextDue ?? '-'}`,
    ...w.spec.targets.map((t) => `  lure ${clean(t.url)}${t.recipients.length ? `  (to ${clean(t.recipients.join(', '))})` : ''}`),
    '',
  ];
  const byRound = new Map<string, StoredWatchEvent[]>();
  for (const e of events) byRound.set(e.event.round, [...(byRound.get(e.event.round) ?? []), e]);
  for (const r of rounds) {
    lines.push(`r${r.seq}  ${r.startedAt}  ${r.status === 'running' ? paint('yellow', 'running') : clean(r.verdict ?? '')}  job ${r.jobId ?? '-'}`);
    for (const e of byRound.get(r.id) ?? []) {
      const delivered = w.spec.webhook ? (e.deliveredAt ? `  delivered ${e.deliveredAt}` : `  not delivered (${e.attempts} attempts)`) : '';
      lines.push(`    ${paint('magenta', e.event.kind)}  ${clean(e.event.target)}${delivered}`);
      for (const ev of e.event.evidence) {
        lines.push(`      ${clean(ev.persona ?? '')} ${clean(ev.what)}: ${clean(JSON.stringify(ev.before))} → ${clean(JSON.stringify(ev.after))}  (diff ${clean(ev.visits[0] ?? '')} ${clean(ev.visits.at(-1) ?? '')})`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
