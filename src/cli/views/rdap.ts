// `hoptrace rdap`: one block per registration record. Every field came from a registry or a
// saved WHOIS file, so every field is cleaned.
import type { Registration } from '../../pivot/index.ts';
import { clean } from './terminal.ts';

export function formatRegistration(r: Registration, origin: string): string {
  const rows: [string, string | null][] = [
    ['registrant', [r.registrantName, r.registrantOrg].filter(Boolean).join(' / ') || null],
    ['e-mail', r.email],
    ['phone', r.phone && `${r.phone}${r.phoneNormalized && r.phoneNormalized !== r.phone ? `  (${r.phoneNormalized})` : ''}`],
    ['address', r.address],
    ['registrar', r.registrar],
    ['created', r.created],
  ];
  const lines = rows.filter(([, v]) => v).map(([k, v]) => `  ${k.padEnd(12)}${clean(v)}`);
  return [`${clean(r.domain)}  (${clean(origin)})`, ...lines].join('\n');
}

/** The records of one `rdap` call: imported ones, then those looked up (cached or fetched). */
export function formatRegistrations(blocks: { registration: Registration; origin: string }[]): string {
  return blocks.map((b) => formatRegistration(b.registration, b.origin)).join('\n\n');
}

/** One stderr line per domain whose lookup failed. */
export function formatLookupError(e: { domain: string; error: string }): string {
  return `rdap: ${clean(e.domain)}: ${clean(e.error)}`;
}
