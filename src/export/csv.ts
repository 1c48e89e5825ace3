// One row per hop, with its visit's facts repeated, for spreadsheets. A visit that a cloaking
// finding names carries it on each of its rows (`cloaking`: cloaked or noisy, and the hop where
// the personas' chains part), so a filter on one column finds the cloaked chains. Cells that a
// spreadsheet would run as a formula (an attacker's URL or title starting with = + - @) are escaped.
import { stringify } from 'csv-stringify/sync';
import type { TraceBundle } from '../model.ts';
import { hostOf } from '../diff/url-compare.ts';

const COLUMNS = [
  'job_id', 'visit_id', 'persona', 'engine', 'visit_url', 'link_id', 'outcome', 'seq', 'branch', 'url', 'host',
  'method', 'status', 'cause', 'server_ip', 'content_type', 'body_sha256', 'blocked', 'started_at', 'duration_ms',
  'final_url', 'final_category', 'cloaking', 'cloak_diverges_at',
];

export function toCsv(bundle: TraceBundle): string {
  const findingOf = new Map(
    (bundle.cloaking ?? []).flatMap((f) => f.personas.map((p) => [p.visitId, f] as const)),
  );
  const rows = bundle.visits.flatMap((v) => {
    const f = findingOf.get(v.id);
    return v.hops.map((h) => [
      v.jobId, v.id, v.persona, v.engine, v.url, v.linkId, v.outcome, h.seq, h.branch, h.url, hostOf(h.url),
      h.method, h.status, h.cause, h.serverIp, h.contentType, h.bodySha256, h.blocked, h.startedAt, h.durationMs,
      v.final?.url ?? null, v.final?.category ?? null, f ? (f.noisy ? 'noisy' : 'cloaked') : null, f?.divergesAt ?? null,
    ]);
  });
  return stringify(rows, { header: true, columns: COLUMNS, escape_formulas: true });
}
