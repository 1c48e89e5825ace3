import { describe, expect, it } from 'vitest';
import type { Visit } from '../../src/model.ts';
import { COMMON_FACT_MIN_DOMAINS, pivot } from '../../src/pivot/cluster.ts';
import type { Fact, FactKind } from '../../src/pivot/facts.ts';
import type { Registration } from '../../src/pivot/registration.ts';
import { normalizeAddress, normalizePhone } from '../../src/pivot/normalize.ts';

function fact(kind: FactKind, value: string, domain: string, visitId?: string): Fact {
  return { kind, value, domain, ...(visitId ? { visitId } : {}) };
}

function reg(domain: string, fields: Partial<Registration>): Registration {
  const r: Registration = {
    domain, registrantName: null, registrantOrg: null, email: null, phone: null, phoneNormalized: null,
    address: null, addressNormalized: null, registrar: 'Same Registrar', created: null, ...fields,
  };
  return { ...r, phoneNormalized: normalizePhone(r.phone), addressNormalized: normalizeAddress(r.address) };
}

function visitTo(id: string, ...hosts: string[]): Visit {
  return {
    id, jobId: 'j', linkId: null, url: `http://${hosts[0]}/`, persona: 'desktop-ja', engine: 'http', replayOf: null, decoy: false,
    startedAt: '', finishedAt: '', outcome: 'ok', error: null, final: null, downloads: [],
    hops: hosts.map((h, seq) => ({
      seq, branch: 0, url: `http://${h}/`, method: 'GET', status: 200, cause: seq ? 'http' : 'initial', serverIp: null,
      contentType: null, bodySha256: null, blocked: null, startedAt: '', durationMs: 0, setCookies: [],
    })),
  };
}

const domainsOf = (clusters: ReturnType<typeof pivot>) => clusters.map((c) => c.domains);

describe('pivot', () => {
  const registrations = [
    reg('phone-a.test', { registrantName: 'Taro Yamada', address: 'Tokyo 1-2-3', phone: '+81.312345678' }),
    reg('phone-b.test', { registrantName: 'Hanako Sato', address: 'Osaka 4-5-6', phone: '03-1234-5678' }),
    reg('phone-c.test', { registrantName: 'Ichiro Suzuki', address: 'Nagoya 7', phone: '(03) 1234 5678' }),
    reg('mail-a.test', { registrantName: 'K Ito', email: 'ops@mailbox.example', phone: '+81.611111111' }),
    reg('mail-b.test', { registrantName: 'K Ito', email: 'ops@mailbox.example', phone: '+81.622222222' }),
    // Same name as phone-a, nothing else in common: names alone never join.
    reg('name-only.test', { registrantName: 'Taro Yamada', address: 'Tokyo 1-2-3', phone: '+81.399999999' }),
    // Privacy-service placeholders shared by unrelated domains.
    reg('private-a.test', { registrantName: 'REDACTED FOR PRIVACY', email: 'redacted@privacy.example', phone: '+1.0000000000' }),
    reg('private-b.test', { registrantName: 'REDACTED FOR PRIVACY', email: 'redacted@privacy.example', phone: '+1.0000000000' }),
  ];
  const facts = [
    fact('domain', 'ip-a.test', 'ip-a.test', 'v1'),
    fact('server-ip', '203.0.113.5', 'ip-a.test', 'v1'),
    fact('domain', 'ip-b.test', 'ip-b.test', 'v2'),
    fact('server-ip', '203.0.113.5', 'ip-b.test', 'v2'),
    fact('tls-cert', 'ab:cd:ef', 'ip-b.test', 'v2'),
    fact('tls-cert', 'ab:cd:ef', 'cert-c.test', 'v3'),
    fact('analytics-id', 'google-ua:UA-24681357-2', 'lure-a.test', 'v4'),
    fact('analytics-id', 'google-ua:UA-24681357-2', 'lure-b.test', 'v5'),
    fact('cookie-name', 'PHPSESSID', 'lure-a.test', 'v4'),
    fact('cookie-name', 'PHPSESSID', 'mail-a.test', 'v6'),
    fact('dom-hash', 'f00d', 'lone.test', 'v7'),
  ];
  const visits = [visitTo('v1', 'redirector.test', 'x.ip-a.test'), visitTo('v4', 'lure-a.test'), visitTo('v5', 'www.lure-b.test'), visitTo('v8', 'phone-b.test')];
  const clusters = pivot({ visits, facts, registrations });

  it('joins exactly the domains that share a strong fact, transitively', () => {
    expect(domainsOf(clusters)).toEqual([
      ['cert-c.test', 'ip-a.test', 'ip-b.test'],
      ['phone-a.test', 'phone-b.test', 'phone-c.test'],
      ['lure-a.test', 'lure-b.test'],
      ['mail-a.test', 'mail-b.test'],
    ]);
    expect(clusters.map((c) => c.id)).toEqual(['cluster-1', 'cluster-2', 'cluster-3', 'cluster-4']);
  });

  it('names the facts that tie each cluster', () => {
    expect(clusters[0]!.links).toEqual([
      { kind: 'server-ip', value: '203.0.113.5', domains: ['ip-a.test', 'ip-b.test'] },
      { kind: 'tls-cert', value: 'ab:cd:ef', domains: ['cert-c.test', 'ip-b.test'] },
    ]);
    expect(clusters[1]!.links).toEqual([{ kind: 'registrant-phone', value: '+81312345678', domains: ['phone-a.test', 'phone-b.test', 'phone-c.test'] }]);
    expect(clusters[3]!.links).toEqual([{ kind: 'registrant-email', value: 'ops@mailbox.example', domains: ['mail-a.test', 'mail-b.test'] }]);
  });

  it('explains the link and says when registrant names and addresses differ', () => {
    expect(clusters[1]!.explanation).toBe(
      'these 3 domains share the registrant phone +81312345678; their registrant names differ (Hanako Sato, Ichiro Suzuki, Taro Yamada) and so do their addresses',
    );
    expect(clusters[0]!.explanation).toBe(
      'ip-a.test and ip-b.test share the server address 203.0.113.5; cert-c.test and ip-b.test share the TLS certificate ab:cd:ef',
    );
    expect(clusters[3]!.explanation).toBe('these 2 domains share the registrant e-mail ops@mailbox.example');
  });

  it('lists the visits whose chains touched a clustered domain', () => {
    expect(clusters[0]!.visits).toEqual(['v1']);
    expect(clusters[1]!.visits).toEqual(['v8']);
    expect(clusters[2]!.visits).toEqual(['v4', 'v5']);
  });

  it('never joins on a registrar, a cookie name, a registrant name or a privacy placeholder', () => {
    const all = clusters.flatMap((c) => c.domains);
    for (const d of ['name-only.test', 'private-a.test', 'private-b.test', 'lone.test']) expect(all).not.toContain(d);
    expect(clusters.flatMap((c) => c.links.map((l) => l.kind))).not.toContain('registrar');
  });

  it(`ignores a value held by more than half of all domains once there are ${COMMON_FACT_MIN_DOMAINS} or more`, () => {
    const many = Array.from({ length: 10 }, (_, i) => `site${i}.test`);
    const cdn = many.slice(0, 6).map((d) => fact('server-ip', '198.51.100.1', d));
    const pair = [fact('favicon', 'beef', 'site8.test'), fact('favicon', 'beef', 'site9.test')];
    const result = pivot({ visits: [], facts: [...many.map((d) => fact('domain', d, d)), ...cdn, ...pair], registrations: [] });
    expect(domainsOf(result)).toEqual([['site8.test', 'site9.test']]);
    // The same share among a few domains still links: a small job says nothing about commonness.
    const few = pivot({ visits: [], facts: cdn.slice(0, 3), registrations: [] });
    expect(domainsOf(few)).toEqual([['site0.test', 'site1.test', 'site2.test']]);
  });
});
