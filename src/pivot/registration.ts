// Who registered a domain, from an RDAP answer (JSON, RFC 9083 with jCard contacts) or a saved
// WHOIS text (gTLD `Key: Value` lines, or JPRS `[Key]  value` lines), in one shape that pivots
// can compare.
import { countryCode, normalizeAddress, normalizePhone } from './normalize.ts';

export interface Registration {
  domain: string;
  registrantName: string | null;
  registrantOrg: string | null;
  email: string | null;
  phone: string | null;
  /** E.164-like (`+81312345678`), read with the registrant's country when written nationally. */
  phoneNormalized: string | null;
  address: string | null;
  addressNormalized: string | null;
  registrar: string | null;
  /** ISO-8601 when the record's date parses, else as written. */
  created: string | null;
}

export class RegistrationParseError extends Error {
  override name = 'RegistrationParseError';
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

function finish(domain: string, fields: Omit<Registration, 'domain' | 'phoneNormalized' | 'addressNormalized'>, country: string | null): Registration {
  const address = clean(fields.address);
  return {
    domain: domain.toLowerCase().replace(/\.$/, ''),
    registrantName: clean(fields.registrantName),
    registrantOrg: clean(fields.registrantOrg),
    email: clean(fields.email)?.toLowerCase() ?? null,
    phone: clean(fields.phone)?.replace(/^tel:/i, '') ?? null,
    phoneNormalized: normalizePhone(fields.phone, countryCode(country) ?? 'JP'),
    address,
    addressNormalized: normalizeAddress(address),
    registrar: clean(fields.registrar),
    created: isoDate(clean(fields.created)),
  };
}

// ------------------------------------------------------------------ RDAP

type JCardProperty = [string, Record<string, unknown>, string, unknown];

interface RdapEntity {
  roles?: string[];
  vcardArray?: [string, JCardProperty[]];
  entities?: RdapEntity[];
}

interface RdapDomain {
  objectClassName?: string;
  ldhName?: string;
  unicodeName?: string;
  events?: { eventAction?: string; eventDate?: string }[];
  entities?: RdapEntity[];
}

function entitiesWithRole(entities: RdapEntity[] | undefined, role: string): RdapEntity[] {
  return (entities ?? []).flatMap((e) => [...(e.roles?.includes(role) ? [e] : []), ...entitiesWithRole(e.entities, role)]);
}

function vcardText(entity: RdapEntity | undefined, name: string): string | null {
  const prop = entity?.vcardArray?.[1]?.find((p) => p[0] === name);
  if (!prop) return null;
  const v = prop[3];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.flat().filter((x) => typeof x === 'string' && x).join(' ') : null;
}

/** jCard `adr`: the `label` parameter when given, else the structured parts; plus the country. */
function vcardAddress(entity: RdapEntity | undefined): { address: string | null; country: string | null } {
  const prop = entity?.vcardArray?.[1]?.find((p) => p[0] === 'adr');
  if (!prop) return { address: null, country: null };
  const params = prop[1] ?? {};
  const parts = Array.isArray(prop[3]) ? (prop[3] as unknown[]).map((x) => (Array.isArray(x) ? x.join(' ') : String(x ?? ''))) : [];
  const label = typeof params.label === 'string' ? params.label : null;
  const country = (typeof params.cc === 'string' ? params.cc : null) ?? parts[6] ?? null;
  return { address: label ?? (parts.filter(Boolean).join(', ') || null), country: clean(country) };
}

/** Parses an RDAP domain answer; throws RegistrationParseError when it is not one. */
export function parseRdap(json: unknown, fallbackDomain?: string): Registration {
  const d = json as RdapDomain | null;
  if (!d || typeof d !== 'object' || (d.objectClassName !== undefined && d.objectClassName !== 'domain')) {
    throw new RegistrationParseError('not an RDAP domain object');
  }
  const domain = d.ldhName ?? d.unicodeName ?? fallbackDomain;
  if (!domain) throw new RegistrationParseError('RDAP answer names no domain');
  const registrant = entitiesWithRole(d.entities, 'registrant')[0];
  const registrar = entitiesWithRole(d.entities, 'registrar')[0];
  const { address, country } = vcardAddress(registrant);
  return finish(
    domain,
    {
      registrantName: vcardText(registrant, 'fn'),
      registrantOrg: vcardText(registrant, 'org'),
      email: vcardText(registrant, 'email'),
      phone: vcardText(registrant, 'tel'),
      address,
      registrar: vcardText(registrar, 'fn') ?? vcardText(registrar, 'org'),
      created: d.events?.find((e) => e.eventAction === 'registration')?.eventDate ?? null,
    },
    country,
  );
}

// ------------------------------------------------------------------ WHOIS

type WhoisField = keyof Omit<Registration, 'phoneNormalized' | 'addressNormalized' | 'address'> | 'street' | 'city' | 'state' | 'postal' | 'country' | 'address';

// Keys as registries write them, lower-cased, in the order of preference within one field.
const WHOIS_KEYS: [WhoisField, string[]][] = [
  ['domain', ['domain name', 'domain', 'ドメイン名']],
  ['registrantName', ['registrant name', '登録者名', 'registrant', '名前', 'name']],
  ['registrantOrg', ['registrant organization', 'registrant organisation', '組織名', 'organization']],
  ['email', ['registrant email', 'registrant contact email', 'email', 'e-mail']],
  ['phone', ['registrant phone', 'registrant phone number', '電話番号', 'phone']],
  ['street', ['registrant street', 'registrant address', '住所', 'postal address']],
  ['city', ['registrant city']],
  ['state', ['registrant state/province', 'registrant state']],
  ['postal', ['registrant postal code', '郵便番号']],
  ['country', ['registrant country', 'registrant country code']],
  ['registrar', ['registrar', 'registrar name', 'sponsoring registrar']],
  ['created', ['creation date', 'created', 'created on', 'registration time', 'created date', '登録年月日', '作成日', 'domain registration date']],
];

const KEY_TO_FIELD = new Map(WHOIS_KEYS.flatMap(([field, keys]) => keys.map((k, rank) => [k, { field, rank }] as const)));

/** `Key: value` (gTLD), or `[Key]  value` with an optional `a. ` item letter (JPRS). */
function splitLine(line: string): { key: string; value: string } | null {
  const jprs = /^\s*(?:[a-z]\.\s*)?\[(.+?)\]\s*(.*)$/.exec(line);
  if (jprs) return { key: jprs[1]!, value: jprs[2]! };
  const gtld = /^\s*([^:\[\]]{2,60}?)\s*:\s*(.*)$/.exec(line);
  return gtld && !/^(https?|mailto)$/i.test(gtld[1]!) ? { key: gtld[1]!, value: gtld[2]! } : null;
}

/** Parses a WHOIS text; throws RegistrationParseError when it has no usable field. */
export function parseWhois(text: string, fallbackDomain?: string): Registration {
  const best = new Map<WhoisField, { rank: number; values: string[] }>();
  let last: { field: WhoisField; rank: number } | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(%|#|>>>)/.test(line)) continue;
    const kv = splitLine(line);
    if (!kv) {
      // JPRS continues a multi-line value (an address) on indented lines without a key.
      if (last && /^\s{2,}\S/.test(line)) best.get(last.field)?.values.push(line.trim());
      continue;
    }
    const hit = KEY_TO_FIELD.get(kv.key.trim().toLowerCase());
    last = null;
    if (!hit || !kv.value.trim()) continue;
    const seen = best.get(hit.field);
    if (!seen || hit.rank < seen.rank) best.set(hit.field, { rank: hit.rank, values: [kv.value.trim()] });
    else if (hit.rank === seen.rank) seen.values.push(kv.value.trim());
    else continue;
    last = hit;
  }
  const one = (f: WhoisField) => best.get(f)?.values[0] ?? null;
  const all = (f: WhoisField) => best.get(f)?.values ?? [];
  const domain = one('domain') ?? fallbackDomain;
  if (!domain) throw new RegistrationParseError('WHOIS text names no domain');
  if (best.size <= 1) throw new RegistrationParseError('WHOIS text has no registration fields');
  const address = [...all('street'), ...all('city'), ...all('state'), ...all('postal'), ...all('country')].join(', ');
  return finish(
    domain,
    {
      registrantName: one('registrantName'),
      registrantOrg: one('registrantOrg'),
      email: one('email'),
      phone: one('phone'),
      address,
      registrar: one('registrar'),
      created: one('created'),
    },
    one('country'),
  );
}

/** RDAP JSON or WHOIS text, told apart by content. */
export function parseRegistrationText(text: string, fallbackDomain?: string): Registration {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (err) {
      throw new RegistrationParseError(`not valid JSON: ${(err as Error).message}`, { cause: err });
    }
    return parseRdap(json, fallbackDomain);
  }
  return parseWhois(text, fallbackDomain);
}
