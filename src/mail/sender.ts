// Findings about who a message claims to be from: brand names over foreign addresses, look-alike
// domains, a local part that is itself a domain, and headers that point at different domains.
import { getDomain, parse } from 'tldts';
import { brandsNamedIn, isBrandDomain, lookalikeBrands, skeleton, type Brand } from '../brands.ts';
import type { Address, SenderFinding } from '../model.ts';

export interface SenderHeaders {
  from: Address;
  /** Further addresses of the From header (RFC 5322 allows several authors; clients show the first). */
  otherFrom?: string[];
  replyTo: string | null;
  returnPath: string | null;
}

export function domainOf(address: string | null): string | null {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at === -1) return null;
  return address.slice(at + 1).replace(/[>\s]+$/, '').toLowerCase() || null;
}

const ADDRESS_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(0, at);
}

function registrable(domain: string): string {
  return getDomain(domain) ?? domain;
}

function lookalikeFindings(domain: string, header: string, brands: Brand[]): SenderFinding[] {
  return lookalikeBrands(domain, brands).map((m) => ({
    kind: m.technique === 'idn-homograph' ? 'idn-homograph' : 'lookalike-domain',
    detail: `${header} domain ${m.detail}`,
    brand: m.brand.name,
  }));
}

// "Outlook India" from outlookindia.com, "Apple Valley Farm" from applevalleyfarm.com: a name that
// spells the sender's own registrable domain names that sender. (A look-alike domain such as
// paypal-support.com is flagged by the domain checks, whatever the name.)
function namesOwnDomain(name: string, domain: string): boolean {
  const compact = skeleton(name).replace(/[^a-z0-9]/g, '');
  const label = skeleton(registrable(domain).split('.')[0]).replace(/[^a-z0-9]/g, '');
  return compact.length >= 4 && compact === label;
}

// A local part such as `torendmicro.com` or `amazon.co.jp`: a domain name with a public suffix.
function localPartDomain(local: string): string | null {
  const candidate = local.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(candidate)) return null;
  const parsed = parse(candidate);
  // `marie.dupont` ends in a brand gTLD too: only the suffixes people read as domains count.
  const common = /^(?:com|net|org|info|biz|[a-z]{2})$/.test(parsed.publicSuffix?.split('.').pop() ?? '');
  return parsed.isIcann && parsed.domain && common ? candidate : null;
}

export function senderFindings(headers: SenderHeaders, brands: Brand[]): SenderFinding[] {
  const findings: SenderFinding[] = [];
  const fromDomain = domainOf(headers.from.address);

  const ownName = fromDomain !== null && namesOwnDomain(headers.from.name, fromDomain);
  for (const brand of brandsNamedIn(headers.from.name, brands)) {
    if (ownName || (fromDomain && isBrandDomain(fromDomain, brand))) continue;
    findings.push({
      kind: 'display-name-brand',
      detail: `display name "${headers.from.name}" names ${brand.name}, but the address is ${headers.from.address || '(none)'}`,
      brand: brand.name,
    });
  }

  // `"service@paypal.com" <x@evil.test>`: most clients show only the name, so the name's address
  // is the one the reader believes.
  if (fromDomain) {
    for (const shown of new Set(headers.from.name.match(ADDRESS_IN_TEXT) ?? [])) {
      const domain = domainOf(shown)!;
      if (registrable(domain) === registrable(fromDomain)) continue;
      findings.push({
        kind: 'display-name-address',
        detail: `display name shows the address ${shown}, but the message is from ${headers.from.address}`,
        brand: brands.find((b) => isBrandDomain(domain, b))?.name ?? null,
      });
    }
  }

  if (headers.otherFrom?.length) {
    findings.push({
      kind: 'several-from-addresses',
      detail: `From names ${headers.otherFrom.length + 1} addresses: ${[headers.from.address, ...headers.otherFrom].join(', ')}; most clients show only the first`,
      brand: null,
    });
  }

  const local = localPartDomain(localPartOf(headers.from.address));
  if (local) {
    const imitated = lookalikeBrands(local, brands)[0]?.brand ?? brands.find((b) => isBrandDomain(local, b)) ?? null;
    findings.push({
      kind: 'local-part-domain',
      detail: `the local part of ${headers.from.address} is the domain ${local}${imitated ? `, which imitates ${imitated.name}` : ''}`,
      brand: imitated?.name ?? null,
    });
  }

  const others: [string, string | null, SenderFinding['kind']][] = [
    ['Reply-To', headers.replyTo, 'reply-to-mismatch'],
    ['Return-Path', headers.returnPath, 'return-path-mismatch'],
  ];
  if (fromDomain) findings.push(...lookalikeFindings(fromDomain, 'From', brands));
  for (const [header, address, kind] of others) {
    const domain = domainOf(address);
    if (!domain) continue;
    if (fromDomain && registrable(domain) !== registrable(fromDomain)) {
      findings.push({ kind, detail: `${header} ${address} is at ${registrable(domain)}, From is at ${registrable(fromDomain)}`, brand: null });
    }
    if (domain !== fromDomain) findings.push(...lookalikeFindings(domain, header, brands));
  }
  return findings;
}
