// The one place that turns a host into the address to connect to. Every connection asks here once
// and then connects to exactly the address returned: no second lookup, so no rebinding window.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { parseHostLiteral, refusalForAddress } from './address.ts';
import { lookupHostMap, normalizeHost } from './hostmap.ts';
import type { NetPolicy } from './policy.ts';

export type Resolution = { ip: string; mapped: boolean } | { refused: string };

/** How a connection to a host leaves the machine: direct to a checked address, or via the upstream proxy. */
export type Route =
  | { kind: 'direct'; ip: string; mapped: boolean }
  /** The upstream resolves the name itself; `ip` is known only when the URL held a literal. */
  | { kind: 'upstream'; proxy: string; ip: string | null }
  | { kind: 'refused'; reason: string };

const systemResolver = async (host: string): Promise<string[]> =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

function isLocalhostName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

function guard(ip: string, policy: NetPolicy): Resolution {
  const refusal = policy.allowPrivate ? null : refusalForAddress(ip);
  return refusal ? { refused: refusal } : { ip, mapped: false };
}

/** Host-map, mapped-only and literal checks: everything decidable without a DNS lookup. */
function decideWithoutLookup(host: string, policy: NetPolicy): Resolution | { name: string } {
  const h = normalizeHost(host);
  const entry = lookupHostMap(h, policy.hostMap);
  if (entry) return { ip: entry.ip, mapped: true };
  if (policy.mappedOnly) return { refused: `host ${h} is not mapped (--mapped-only)` };
  const literal = isIP(h) ? h : parseHostLiteral(h);
  if (literal) return guard(literal, policy);
  if (isLocalhostName(h) && !policy.allowPrivate) return { refused: `host ${h} is loopback (localhost)` };
  return { name: h };
}

/**
 * The address to connect to for `host`, or why not: host map first (a mapped name is allowed
 * whatever its address), then `mappedOnly` (refused with no lookup), then IP literals, then
 * `policy.resolver` (the system resolver by default) with the guard on the first answer.
 */
export async function resolveForConnect(host: string, policy: NetPolicy): Promise<Resolution> {
  const decided = decideWithoutLookup(host, policy);
  if (!('name' in decided)) return decided;
  let addresses: string[];
  try {
    addresses = await (policy.resolver ?? systemResolver)(decided.name);
  } catch (err) {
    return { refused: `host ${decided.name} did not resolve: ${(err as Error).message}` };
  }
  const ip = addresses.find((a) => isIP(a) !== 0);
  if (!ip) return { refused: `host ${decided.name} did not resolve to an address` };
  const checked = guard(ip, policy);
  return 'refused' in checked ? { refused: `host ${decided.name} resolved to ${checked.refused.replace(/^address /, '')}` } : checked;
}

/**
 * Like resolveForConnect, but with an upstream proxy (`policy.proxy`) unmapped names are left to
 * the upstream to resolve: the guard then checks only IP literals and mapped names. Mapped names
 * are connected to directly (a host map names addresses the upstream could not reach anyway).
 */
export async function routeForHost(host: string, policy: NetPolicy): Promise<Route> {
  if (!policy.proxy) {
    const r = await resolveForConnect(host, policy);
    return 'refused' in r ? { kind: 'refused', reason: r.refused } : { kind: 'direct', ...r };
  }
  const decided = decideWithoutLookup(host, policy);
  if ('refused' in decided) return { kind: 'refused', reason: decided.refused };
  if ('name' in decided) return { kind: 'upstream', proxy: policy.proxy, ip: null };
  return decided.mapped ? { kind: 'direct', ...decided } : { kind: 'upstream', proxy: policy.proxy, ip: decided.ip };
}

/**
 * The guard's verdict on a host that needs no lookup (IP literals, localhost), ignoring the host
 * map: what an offline replay can still tell about a hop that was never recorded.
 */
export function guardRefusalForLiteral(host: string): string | null {
  const h = normalizeHost(host);
  const literal = isIP(h) ? h : parseHostLiteral(h);
  if (literal) return refusalForAddress(literal);
  return isLocalhostName(h) ? `host ${h} is loopback (localhost)` : null;
}
