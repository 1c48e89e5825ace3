// Registration records (RDAP answers and imported WHOIS/RDAP texts), cached per registrable domain
// with their fetch time. Files from before migration 2 have none.
import { json, type Connection } from './connection.ts';

export interface StoredRegistration {
  domain: string;
  fetchedAt: string;
  /** `rdap` (fetched), or `import:<file>` */
  source: string;
  raw: string;
  /** The parsed record (pivot/ defines its shape). */
  parsed: unknown;
}

type RegistrationRow = Record<'domain' | 'fetched_at' | 'source' | 'raw' | 'parsed', string>;

const toRegistration = (r: RegistrationRow): StoredRegistration => ({
  domain: r.domain,
  fetchedAt: r.fetched_at,
  source: r.source,
  raw: r.raw,
  parsed: JSON.parse(r.parsed),
});

export class RegistrationsRoom {
  private readonly present: boolean;

  constructor(private readonly conn: Connection) {
    this.present = conn.version >= 2;
  }

  put(r: StoredRegistration): void {
    this.conn.tx(() =>
      this.conn
        .stmt('INSERT OR REPLACE INTO registrations (domain, fetched_at, source, raw, parsed) VALUES (?,?,?,?,?)')
        .run(r.domain.toLowerCase(), r.fetchedAt, r.source, r.raw, json(r.parsed)),
    );
  }

  get(domain: string): StoredRegistration | null {
    if (!this.present) return null;
    const r = this.conn.stmt('SELECT * FROM registrations WHERE domain = ?').get(domain.toLowerCase()) as RegistrationRow | undefined;
    return r ? toRegistration(r) : null;
  }

  list(): StoredRegistration[] {
    if (!this.present) return [];
    return (this.conn.stmt('SELECT * FROM registrations ORDER BY domain').all() as RegistrationRow[]).map(toRegistration);
  }
}
