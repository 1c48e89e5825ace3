// The upstream proxy (`--proxy`). Names must be resolved by the upstream, never here: a socks
// client that resolves locally would leak the lookup past the policy (and to the local resolver).
import type { Agent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';
import { SocksProxyAgent } from 'socks-proxy-agent';
import { UsageError } from '../errors.ts';

const REMOTE_RESOLVING: Record<string, string> = { 'socks:': 'socks5h:', 'socks5:': 'socks5h:', 'socks4:': 'socks4a:' };

/** The proxy URL with the scheme that makes the upstream resolve names (socks5 → socks5h, socks4 → socks4a). */
export function upstreamUrlForChaining(proxy: string): string {
  const url = new URL(proxy);
  const remote = REMOTE_RESOLVING[url.protocol];
  if (!['http:', 'https:', 'socks4a:', 'socks5h:'].includes(remote ?? url.protocol)) {
    throw new UsageError(`proxy ${proxy}: scheme ${url.protocol} is not supported (http, https, socks4, socks5)`);
  }
  return remote ? proxy.replace(/^[a-z0-9]+:/i, remote) : proxy;
}

/** Agents that send every request through the upstream proxy (which then resolves and connects). */
export function upstreamAgents(proxy: string, rejectUnauthorized: boolean): { http: Agent; https: HttpsAgent } {
  const url = upstreamUrlForChaining(proxy);
  if (url.startsWith('socks')) {
    // SocksProxyAgent serves both schemes; got's typing wants an https.Agent for https.
    const agent = new SocksProxyAgent(url);
    return { http: agent, https: agent as unknown as HttpsAgent };
  }
  const common = { proxy: url, keepAlive: false, proxyRequestOptions: { rejectUnauthorized } };
  return { http: new HttpProxyAgent(common), https: new HttpsProxyAgent({ ...common, rejectUnauthorized }) };
}
