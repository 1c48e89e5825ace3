// Findings about who a message claims to be from: brand names over foreign addresses, look-alike
// domains, a local part that is itself a domain, and headers that point at different domains.
import { getDomain, parse } from 'tldts';
import { brandsNamedIn, isBrandDomain, lookalikeBrands, type Brand } from '../brands.ts';
import type { Address, SenderFinding } from '../model.ts';

export interface SenderHeaders {
  from: Address;
  replyTo: string | null;
  returnPath: string | null;
}

export function domainOf(address: string | null): string | null {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at === -1) return null;
  return address.slice(at + 1).replace(/[>\s]+$/, '').toLowerCase() || null;
}

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

// A local part such as `torendmicro.com` or `amazon.co.jp`: a domain name with a public suffix.
function localPartDomain(local: string): string | null {
  const candidate = local.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(candidate)) return null;
  const parsed = parse(candidate);
  return parsed.isIcann && parsed.domain ? candidate : null;
}

export function senderFindings(headers: SenderHeaders, brands: Brand[]): SenderFinding[] {
  const findings: SenderFinding[] = [];
  const fromDomain = domainOf(headers.from.address);

  for (const brand of brandsNamedIn(headers.from.name, brands)) {
    if (fromDomain && isBrandDomain(fromDomain, brand)) continue;
    findings.push({
      kind: 'display-name-brand',
      detail: `display name "${headers.from.name}" names ${brand.name}, but the address is ${headers.from.address || '(none)'}`,
      brand: brand.name,
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
