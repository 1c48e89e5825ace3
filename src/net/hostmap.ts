// `--host-map PATTERN=IP`: names the user resolves by hand. A mapped name is trusted whatever its
// address (that is how tests reach the loopback fixture server), so matching must be exact.
import { isIP } from 'node:net';
import { UsageError } from '../errors.ts';
import type { HostMapEntry } from './policy.ts';

const LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;

/** A host as written in a URL or a CONNECT line: lower-case, no brackets, no trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/** Parses `*.test=127.0.0.1`, `evil.example=10.1.2.3` or `*=127.0.0.1`; throws one line on bad input. */
export function parseHostMap(spec: string): HostMapEntry {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new UsageError(`host map "${spec}" is not PATTERN=IP`);
  const pattern = normalizeHost(spec.slice(0, eq));
  const ip = normalizeHost(spec.slice(eq + 1));
  if (!isIP(ip)) throw new UsageError(`host map "${spec}": "${ip}" is not an IP address`);
  const name = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  const validName = pattern === '*' || (name !== '' && name.split('.').every((label) => LABEL.test(label)));
  if (!validName) throw new UsageError(`host map "${spec}": "${pattern}" is not a host name, *.domain or *`);
  return { pattern, ip };
}

/** Whether a normalized host matches `*`, `*.domain` (the domain and its subdomains) or an exact name. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return host === domain || host.endsWith(`.${domain}`);
  }
  return host === pattern;
}

/** The first entry (in the order given) whose pattern matches the host, or null. */
export function lookupHostMap(host: string, entries: readonly HostMapEntry[]): HostMapEntry | null {
  const h = normalizeHost(host);
  return entries.find((e) => hostMatches(normalizeHost(e.pattern), h)) ?? null;
}
