// The egress proxy: a forward proxy on 127.0.0.1 that the browser sends everything through. For
// every request and CONNECT it routes the host with routeForHost (host map, mapped-only, guard),
// refuses with 403 + `x-hoptrace-blocked` before a byte reaches the target, connects to exactly
// the checked address, logs each decision, and chains to `policy.proxy` when set.
import http from 'node:http';
import https from 'node:https';
import { RequestError, Server, type PrepareRequestFunctionOpts, type PrepareRequestFunctionResult } from 'proxy-chain';
import { fixedLookup } from './connect-lookup.ts';
import { normalizeHost } from './hostmap.ts';
import type { NetPolicy } from './policy.ts';
import { routeForHost } from './resolve.ts';
import { upstreamUrlForChaining } from './upstream.ts';

export const BLOCKED_HEADER = 'x-hoptrace-blocked';

export interface EgressEvent {
  time: string;
  method: string;
  host: string;
  port: number;
  /** The full URL for plain http, null for CONNECT. */
  url: string | null;
  /** The address connected to; null when refused or when an upstream proxy resolved the name. */
  ip: string | null;
  refused: string | null;
}

export interface EgressProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  events: EgressEvent[];
  /** The address last connected to for this host and port, or null. */
  serverIpFor(host: string, port: number): string | null;
  close(): Promise<void>;
}

export async function startEgressProxy(
  policy: NetPolicy,
  opts: { onEvent?: (e: EgressEvent) => void } = {},
): Promise<EgressProxy> {
  const events: EgressEvent[] = [];
  const lastIp = new Map<string, string>();
  // No keep-alive: a pooled socket would skip the lookup and so the check of the next request.
  const httpAgent = new http.Agent({ keepAlive: false });
  const httpsAgent = new https.Agent({ keepAlive: false });

  const prepare = async (req: PrepareRequestFunctionOpts): Promise<PrepareRequestFunctionResult> => {
    const host = normalizeHost(req.hostname);
    const route = await routeForHost(host, policy);
    const event: EgressEvent = {
      time: new Date().toISOString(),
      method: req.request.method ?? 'GET',
      host,
      port: req.port,
      url: req.isHttp ? (req.request.url ?? null) : null,
      ip: route.kind === 'refused' ? null : route.ip,
      refused: route.kind === 'refused' ? route.reason : null,
    };
    events.push(event);
    opts.onEvent?.(event);
    if (route.kind === 'refused') {
      throw new RequestError(`blocked: ${route.reason}`, 403, { [BLOCKED_HEADER]: route.reason });
    }
    if (route.ip) lastIp.set(`${host}:${req.port}`, route.ip);
    if (req.isHttp) stripProxyConnection(req.request.rawHeaders);
    if (route.kind === 'upstream') return { upstreamProxyUrl: upstreamUrlForChaining(route.proxy), httpAgent, httpsAgent };
    // proxy-chain types the hook as `typeof dns.lookup`; it only ever calls it as a plain lookup.
    const dnsLookup = fixedLookup(route.ip) as unknown as NonNullable<PrepareRequestFunctionResult['dnsLookup']>;
    return { dnsLookup, httpAgent, httpsAgent };
  };

  const server = new Server({ port: 0, host: '127.0.0.1', prepareRequestFunction: prepare, verbose: false });
  await server.listen();
  return {
    url: `http://127.0.0.1:${server.port}`,
    events,
    serverIpFor: (host, port) => lastIp.get(`${normalizeHost(host)}:${port}`) ?? null,
    close: async () => {
      await server.close(true);
      // proxy-chain destroys the browser's sockets but leaves a forwarded request to a server
      // that never answers open: its socket would keep the process alive for good.
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

/**
 * Chromium sends `Proxy-Connection` to its proxy; proxy-chain forwards it (it is not in its
 * hop-by-hop list) and sites would see the proxy. Removed in place before forwarding.
 */
function stripProxyConnection(raw: string[]): void {
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i]!.toLowerCase() === 'proxy-connection') raw.splice(i, 2);
  }
}
