// The options a job was started with, as stored in its row. Jobs written before options were
// typed stored a flat object (hostMap, mappedOnly… at the top level); they are read into the
// typed shape here, so every reader of a job sees one JobOptions whatever wrote it.
import type { Engine, JobOptions } from '../model.ts';

export const DEFAULT_JOB_OPTIONS: JobOptions = {
  inputs: [],
  urls: [],
  engine: 'browser',
  personas: ['desktop-ja'],
  net: { hostMap: [], mappedOnly: false, allowPrivate: false, proxy: null },
  concurrency: 4,
  timeoutMs: 30_000,
  maxHops: 20,
  bodyLimit: 5 * 1024 * 1024,
  decoy: false,
  cloakCheck: false,
  retries: 1,
  rules: [],
  recipient: null,
  recipientHeaders: [],
  overrides: [],
};

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
const strings = (v: unknown, d: string[]): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : d);
const arr = <T>(v: unknown, d: T[]): T[] => (Array.isArray(v) ? (v as T[]) : d);

/** A stored options object (any version) as JobOptions; missing fields take the defaults of their time. */
export function readJobOptions(raw: unknown): JobOptions {
  const r: Raw = raw && typeof raw === 'object' ? (raw as Raw) : {};
  const d = DEFAULT_JOB_OPTIONS;
  // Old rows: the net policy's fields sat at the top level.
  const net: Raw = r.net && typeof r.net === 'object' ? (r.net as Raw) : r;
  const engine = r.engine === 'http' || r.engine === 'browser' ? (r.engine as Engine) : d.engine;
  return {
    inputs: strings(r.inputs, d.inputs),
    urls: strings(r.urls, d.urls),
    engine,
    personas: strings(r.personas, d.personas),
    net: {
      hostMap: arr(net.hostMap, d.net.hostMap),
      mappedOnly: bool(net.mappedOnly, d.net.mappedOnly),
      allowPrivate: bool(net.allowPrivate, d.net.allowPrivate),
      proxy: str(net.proxy),
    },
    concurrency: num(r.concurrency, d.concurrency),
    timeoutMs: num(r.timeoutMs, d.timeoutMs),
    maxHops: num(r.maxHops, d.maxHops),
    bodyLimit: num(r.bodyLimit, d.bodyLimit),
    decoy: bool(r.decoy, d.decoy),
    cloakCheck: bool(r.cloakCheck, d.cloakCheck),
    // Jobs from before retries existed made none.
    retries: num(r.retries, r.net ? d.retries : 0),
    rules: arr(r.rules, d.rules),
    recipient: str(r.recipient),
    recipientHeaders: strings(r.recipientHeaders, d.recipientHeaders),
    overrides: arr(r.overrides, d.overrides),
  };
}
