// The network policy every live visit runs under. Built once from the flags (see cli/), then
// enforced by net/ alone: the resolver, the address guard and the egress proxy.

export interface HostMapEntry {
  /** `*.test` (any subdomain, and the bare domain), `evil.example` (exact), `*` (everything). */
  pattern: string;
  ip: string;
}

export interface NetPolicy {
  hostMap: HostMapEntry[];
  /** Refuse every host that no host-map entry maps: no DNS lookup, no connection. */
  mappedOnly: boolean;
  /** Allow loopback/private/link-local destinations that no host-map entry produced. */
  allowPrivate: boolean;
  /** Upstream proxy for all egress (http://…, socks5://…), or null. */
  proxy: string | null;
  /** Name resolution; defaults to the system resolver. Injected in tests (e.g. DNS rebinding). */
  resolver?: (host: string) => Promise<string[]>;
}

export const OFFLINE_POLICY: NetPolicy = { hostMap: [], mappedOnly: true, allowPrivate: false, proxy: null };
