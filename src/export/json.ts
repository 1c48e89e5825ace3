// `hoptrace.trace/1` as text (docs/CONTRACT.md). Keys come in the contract's order, then any
// extra fields in alphabetical order, so two exports of one database are byte-identical.
import type { CloakFinding, Download, Hop, Job, Message, Token, TraceBundle, Visit } from '../model.ts';

type Plain = Record<string, unknown>;

/** `obj` with `keys` first (those present), then the rest sorted. */
function ordered(obj: object, keys: readonly string[]): Plain {
  const src = obj as Plain;
  const out: Plain = {};
  for (const k of keys) if (k in src) out[k] = src[k];
  for (const k of Object.keys(src).sort()) if (!(k in out)) out[k] = src[k];
  return out;
}

const JOB = ['id', 'name', 'createdAt', 'status', 'options'] as const;
const MESSAGE = ['id', 'jobId', 'source', 'messageId', 'subject', 'date', 'from', 'recipients', 'sender', 'links', 'errors'];
const LINK = ['id', 'url', 'text', 'kind', 'visited', 'refused'];
const FINDING = ['kind', 'detail', 'brand'];
const VISIT = ['id', 'jobId', 'linkId', 'url', 'persona', 'engine', 'replayOf', 'decoy', 'startedAt', 'finishedAt',
  'outcome', 'error', 'hops', 'final', 'downloads'];
const HOP = ['seq', 'branch', 'url', 'method', 'status', 'cause', 'serverIp', 'contentType', 'bodySha256', 'blocked',
  'startedAt', 'durationMs', 'setCookies'];
const FINAL = ['url', 'status', 'title', 'category', 'evidence', 'textExcerpt', 'screenshot'];
const DOWNLOAD = ['url', 'filename', 'mime', 'size', 'sha256'];
const TOKEN = ['jobId', 'linkId', 'url', 'component', 'value', 'kind', 'format', 'recipient', 'derivation', 'seenOnHosts'];
const CLOAKING = ['jobId', 'linkId', 'url', 'divergesAt', 'noisy', 'personas'];
const CLOAKED_PERSONA = ['persona', 'visitId', 'finalUrl', 'category'];

export const orderJob = (j: Job): Plain => ordered(j, JOB);

export function orderMessage(m: Message): Plain {
  return ordered(
    {
      ...m,
      from: ordered(m.from, ['address', 'name']),
      sender: ordered({ ...m.sender, findings: m.sender.findings.map((f) => ordered(f, FINDING)) }, ['findings']),
      links: m.links.map((l) => ordered(l, LINK)),
    },
    MESSAGE,
  );
}

const orderDownload = (d: Download): Plain => ordered(d, DOWNLOAD);
const orderHop = (h: Hop): Plain => ordered(h, HOP);

export function orderVisit(v: Visit): Plain {
  return ordered(
    {
      ...v,
      hops: v.hops.map(orderHop),
      final: v.final
        ? ordered({ ...v.final, evidence: v.final.evidence.map((e) => ordered(e, ['rule', 'detail'])) }, FINAL)
        : null,
      downloads: v.downloads.map(orderDownload),
    },
    VISIT,
  );
}

export const orderToken = (t: Token): Plain => ordered(t, TOKEN);

/** A cloaking finding; `noisy` is always said (findings from before `--cloak-check` were not). */
export function orderCloaking(f: CloakFinding): Plain {
  return ordered({ ...f, noisy: f.noisy ?? false, personas: f.personas.map((p) => ordered(p, CLOAKED_PERSONA)) }, CLOAKING);
}

export function orderBundle(bundle: TraceBundle): Plain {
  return {
    format: bundle.format,
    jobs: bundle.jobs.map(orderJob),
    messages: bundle.messages.map(orderMessage),
    visits: bundle.visits.map(orderVisit),
    tokens: bundle.tokens.map(orderToken),
    cloaking: (bundle.cloaking ?? []).map(orderCloaking),
  };
}

export function toJson(bundle: TraceBundle): string {
  return `${JSON.stringify(orderBundle(bundle), null, 2)}\n`;
}
