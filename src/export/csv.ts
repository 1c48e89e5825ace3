// One row per hop, with its visit's facts repeated, for spreadsheets. Cells that a spreadsheet
// would run as a formula (an attacker's URL or title starting with = + - @) are escaped.
import { stringify } from 'csv-stringify/sync';
import type { TraceBundle } from '../model.ts';
import { hostOf } from '../diff/url-compare.ts';

const COLUMNS = [
  'job_id', 'visit_id', 'persona', 'engine', 'visit_url', 'link_id', 'outcome', 'seq', 'branch', 'url', 'host',
  'method', 'status', 'cause', 'server_ip', 'content_type', 'body_sha256', 'blocked', 'started_at', 'duration_ms',
  'final_url', 'final_category',
];

export function toCsv(bundle: TraceBundle): string {
  const rows = bundle.visits.flatMap((v) =>
    v.hops.map((h) => [
      v.jobId, v.id, v.persona, v.engine, v.url, v.linkId, v.outcome, h.seq, h.branch, h.url, hostOf(h.url),
      h.method, h.status, h.cause, h.serverIp, h.contentType, h.bodySha256, h.blocked, h.startedAt, h.durationMs,
      v.final?.url ?? null, v.final?.category ?? null,
    ]),
  );
  return stringify(rows, { header: true, columns: COLUMNS, escape_formulas: true });
}
