// Known tracking parameters and URL shorteners, kept as data (src/data/tracking-params.json,
// built from public lists: AdGuard's URL tracking filter, the mpchadwick registry, ClearURLs'
// global rules, PeterDaveHello's url-shorteners).
import data from '../data/tracking-params.json' with { type: 'json' };

export interface TrackingList {
  params: Set<string>;
  prefixes: string[];
  shorteners: Set<string>;
}

export const TRACKING: TrackingList = {
  params: new Set(data.params),
  prefixes: data.prefixes,
  shorteners: new Set(data.shorteners),
};

/** Whether a query or fragment parameter name is a known tracking parameter (case-insensitive). */
export function isTrackingParam(name: string, list: Pick<TrackingList, 'params' | 'prefixes'> = TRACKING): boolean {
  const lower = name.toLowerCase();
  return list.params.has(lower) || list.prefixes.some((p) => lower.startsWith(p));
}

/** Whether a host is, or is under, a known URL-shortener domain. */
export function isShortenerHost(host: string, list: Pick<TrackingList, 'shorteners'> = TRACKING): boolean {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  return labels.some((_, i) => list.shorteners.has(labels.slice(i).join('.')));
}
