// One record per line, for streaming into jq or a log pipeline; `format` says which record a line
// is. Each string is one JSON object without its newline (the writer adds it). First one line per
// visit (`hoptrace.visit/1`):
//   { "format": "hoptrace.visit/1", "jobId": "…", "messageId": "…|null", "linkId": "…|null",
//     "linkUrl": "the URL as written in the mail|null", "visit": <a visit as in trace/1 visits[]>,
//     "tokens": [<the tokens found in that link, as in trace/1 tokens[]>] }
// `messageId` is the id of the message record (not its Message-ID header). Then one line per
// cloaking finding (`hoptrace.cloaking/1`): { "format": "hoptrace.cloaking/1", <a finding as in
// trace/1 cloaking[]> }.
import type { Link, TraceBundle } from '../model.ts';
import { orderCloaking, orderToken, orderVisit } from './json.ts';

export const VISIT_LINE_FORMAT = 'hoptrace.visit/1';
export const CLOAKING_LINE_FORMAT = 'hoptrace.cloaking/1';

export function* toJsonl(bundle: TraceBundle): Iterable<string> {
  const links = new Map<string, Link>();
  for (const m of bundle.messages) for (const l of m.links) links.set(l.id, { ...l, messageId: l.messageId ?? m.id });
  for (const v of bundle.visits) {
    const link = v.linkId ? links.get(v.linkId) : undefined;
    yield JSON.stringify({
      format: VISIT_LINE_FORMAT,
      jobId: v.jobId,
      messageId: link?.messageId ?? null,
      linkId: v.linkId,
      linkUrl: link?.url ?? null,
      visit: orderVisit(v),
      tokens: bundle.tokens.filter((t) => v.linkId !== null && t.linkId === v.linkId).map(orderToken),
    });
  }
  for (const f of bundle.cloaking ?? []) yield JSON.stringify({ format: CLOAKING_LINE_FORMAT, ...orderCloaking(f) });
}
