// What a request may ask for, checked before anything reads the database: a bad parameter is a
// 400 with one clear sentence, an id that names nothing a 404, never a crash or a stack trace.
import { CATEGORIES } from '../model.ts';
import type { VisitFilter } from '../store/search.ts';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: 400 | 401 | 404 | 405,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, `no ${what} in this database`);

/** The query string of a request as single values (a repeated key keeps its last value). */
export type Query = Record<string, string | undefined>;

export interface PageParams {
  page: number;
  per: number;
  offset: number;
}

export const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 500;
const MAX_TEXT = 2000;

function positive(query: Query, key: string, fallback: number, max: number): number {
  const raw = query[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || n < 1 || n > max) throw new HttpError(400, `${key} must be a whole number from 1 to ${max}, not "${raw.slice(0, 40)}"`);
  return n;
}

export function pageParams(query: Query): PageParams {
  const page = positive(query, 'page', 1, 1_000_000);
  const per = positive(query, 'per', DEFAULT_PER_PAGE, MAX_PER_PAGE);
  return { page, per, offset: (page - 1) * per };
}

/** A free-text parameter, trimmed; over-long text is refused rather than searched for. */
export function text(query: Query, key: string): string {
  const v = (query[key] ?? '').trim();
  if (v.length > MAX_TEXT) throw new HttpError(400, `${key} is longer than ${MAX_TEXT} characters`);
  return v;
}

/** An id from a URL: ids are short printable words; anything else cannot name a record. */
export function id(value: string | undefined, what: string): string {
  const v = (value ?? '').trim();
  if (v === '') throw new HttpError(400, `which ${what}? the ${what} id is missing`);
  if (v.length > 200 || /[\u0000-\u001f\u007f]/.test(v)) throw new HttpError(400, `"${v.slice(0, 40)}" is not a ${what} id`);
  return v;
}

const OUTCOMES = ['ok', 'error', 'timeout', 'blocked', 'refused'];
const PURPOSES = ['primary', 'cloak-check', 'retry', 'replay'];

function oneOf(query: Query, key: string, allowed: readonly string[]): string | undefined {
  const v = query[key];
  if (v === undefined || v === '') return undefined;
  if (!allowed.includes(v)) throw new HttpError(400, `${key} must be one of ${allowed.join(', ')}, not "${v.slice(0, 40)}"`);
  return v;
}

export function visitFilter(query: Query): VisitFilter {
  const host = text(query, 'host').toLowerCase().replace(/\.$/, '');
  if (host.length > 253 || /[\s/?#@]/.test(host)) throw new HttpError(400, `host must be a host name or domain, not "${host.slice(0, 40)}"`);
  const persona = text(query, 'persona');
  return {
    ...(oneOf(query, 'category', [...CATEGORIES, 'none']) ? { category: query.category } : {}),
    ...(persona ? { persona } : {}),
    ...(oneOf(query, 'outcome', OUTCOMES) ? { outcome: query.outcome } : {}),
    ...(oneOf(query, 'purpose', PURPOSES) ? { purpose: query.purpose } : {}),
    ...(host ? { host } : {}),
    ...(oneOf(query, 'incomplete', ['yes', 'no']) ? { incomplete: query.incomplete as 'yes' | 'no' } : {}),
  };
}
