// Replay: re-run a stored visit from its stored responses (offline, nothing leaves the machine),
// or visit its URL again (`--live`); store the new visit with `replayOf` and diff it.
import { classifyVisit } from '../classify/classify.ts';
import type { RuleSet } from '../classify/rules.ts';
import { diffVisits, type VisitDiff } from '../diff/diff.ts';
import type { ReplaySource, VisitEngine } from '../engines/engine.ts';
import type { Persona, RecordedResponse, Visit } from '../model.ts';
import { OFFLINE_POLICY, type NetPolicy } from '../net/policy.ts';
import { assembleVisit } from '../records.ts';
import { newId, type TraceStore } from '../store/store.ts';

/**
 * Serves stored responses by method and URL, in their original order when a URL repeats; once a
 * URL's responses are used up, the last one is served again (a page may reload what it loaded).
 */
export function replaySource(responses: RecordedResponse[], getBody: (sha: string) => Buffer | null): ReplaySource {
  const queues = new Map<string, RecordedResponse[]>();
  const last = new Map<string, RecordedResponse>();
  for (const r of [...responses].sort((a, b) => a.order - b.order)) {
    const key = `${r.method.toUpperCase()} ${r.url}`;
    queues.set(key, [...(queues.get(key) ?? []), r]);
  }
  return {
    take(method, url) {
      const key = `${method.toUpperCase()} ${url}`;
      const r = queues.get(key)?.shift() ?? last.get(key);
      if (!r) return null;
      last.set(key, r);
      return { status: r.status, headers: r.headers, body: r.bodySha256 ? getBody(r.bodySha256) : null };
    },
  };
}

export interface ReplayOptions {
  engine: VisitEngine;
  persona: Persona;
  rules: RuleSet;
  timeoutMs: number;
  maxHops: number;
  bodyLimit: number;
  /** Given for `--live`: visit the network again under this policy. Offline otherwise. */
  live?: NetPolicy;
}

export async function replayVisit(
  store: TraceStore,
  original: Visit,
  opts: ReplayOptions,
): Promise<{ visit: Visit; diff: VisitDiff }> {
  const capture = await opts.engine.visit({
    url: original.url,
    persona: opts.persona,
    timeoutMs: opts.timeoutMs,
    maxHops: opts.maxHops,
    bodyLimit: opts.bodyLimit,
    net: opts.live ?? OFFLINE_POLICY,
    replay: opts.live ? undefined : replaySource(store.getResponses(original.id), (sha) => store.getBlob(sha)),
  });
  const classified = classifyVisit(capture.snapshots, capture.hops, capture.outcome, capture.error, opts.rules);
  const visit = assembleVisit(
    {
      id: newId('v-'),
      jobId: original.jobId,
      linkId: original.linkId,
      url: original.url,
      persona: opts.persona.name,
      engine: original.engine,
      replayOf: original.id,
      decoy: original.decoy,
      substitutions: original.substitutions,
      decoyUnexplained: original.decoyUnexplained,
    },
    capture,
    classified,
  );
  store.saveVisit(visit, { responses: capture.responses, blobs: capture.blobs });
  return { visit, diff: diffVisits(original, visit, store.listTokens(original.jobId)) };
}
