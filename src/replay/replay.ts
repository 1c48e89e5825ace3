// Replay: re-run a stored visit from its stored responses (offline, nothing leaves the machine),
// or visit its URL again (`--live`); store the new visit with `replayOf` and diff it.
import type { RuleSet } from '../classify/rules.ts';
import { diffVisits, type VisitDiff } from '../diff/diff.ts';
import type { ReplaySource, VisitEngine } from '../engines/engine.ts';
import type { Persona, RecordedResponse, Visit } from '../model.ts';
import { OFFLINE_POLICY, type NetPolicy } from '../net/policy.ts';
import { runVisitStage } from '../jobs/visit-stage.ts';
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
  const visit = await runVisitStage(
    {
      id: newId('v-'),
      jobId: original.jobId,
      linkId: original.linkId,
      url: original.url,
      persona: opts.persona,
      replayOf: original.id,
      decoy: original.decoy,
      purpose: 'replay',
      attempt: 1,
      retryOf: null,
      substitutions: original.substitutions,
      decoyUnexplained: original.decoyUnexplained,
    },
    {
      store,
      engine: opts.engine,
      engineName: original.engine,
      rules: opts.rules,
      input: {
        timeoutMs: opts.timeoutMs,
        maxHops: opts.maxHops,
        bodyLimit: opts.bodyLimit,
        net: opts.live ?? OFFLINE_POLICY,
        replay: opts.live ? undefined : replaySource(store.getResponses(original.id), (sha) => store.getBlob(sha)),
      },
    },
  );
  return { visit, diff: diffVisits(original, visit, store.listTokens(original.jobId)) };
}
