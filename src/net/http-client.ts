// One HTTP request for the HTTP engine, under the network policy: routed by routeForHost, connected
// to exactly the checked address, redirects not followed (the engine records each hop), body read
// only up to a cap. With an upstream proxy (`policy.proxy`) the upstream resolves unmapped names,
// so the guard then checks only IP literals and mapped names.
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import got, { type Method, type Response } from 'got';
import type { CookieJar } from 'tough-cookie';
import { fixedLookup } from './connect-lookup.ts';
import type { NetPolicy } from './policy.ts';
import { routeForHost } from './resolve.ts';
import { upstreamAgents } from './upstream.ts';
import { refusalForUrl } from './url-policy.ts';

export interface HopRequest {
  url: string;
  method: string;
  /** Sent in this order (the persona's browser order). */
  headers: [string, string][];
  cookieJar: CookieJar;
  policy: NetPolicy;
  /** Bytes of the (decoded) body read at most; the rest is never read. */
  bodyLimit: number;
  /** The visit's deadline: aborting it ends the request wherever it is. */
  signal: AbortSignal;
}

export interface HopResponse {
  kind: 'response';
  status: number;
  headers: [string, string][];
  body: Buffer;
  truncated: boolean;
  /** The connection failed after the headers (the body is what arrived before). */
  bodyError: string | null;
  serverIp: string | null;
  /** Why the certificate would have been rejected; it is a sandbox, so the hop goes on. */
  tlsError: string | null;
}

export type HopResult = HopResponse | { kind: 'refused'; reason: string } | { kind: 'error'; message: string };

// No keep-alive: a pooled socket would reuse an earlier connection instead of the checked address.
const directAgents = {
  http: new http.Agent({ keepAlive: false }),
  https: new https.Agent({ keepAlive: false, rejectUnauthorized: false }),
};

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

function oneLine(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const msg = (e.message ?? String(err)).split('\n')[0];
  return e.code && !msg.includes(e.code) ? `${e.code}: ${msg}` : msg;
}

// A resolver that never answers must not outlive the visit.
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    const onAbort = () => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Fetches one hop; never throws for network trouble (refusals and errors are results). */
export async function fetchHop(req: HopRequest): Promise<HopResult> {
  const urlRefusal = refusalForUrl(req.url);
  if (urlRefusal) return { kind: 'refused', reason: urlRefusal };
  const route = await untilAborted(routeForHost(new URL(req.url).hostname, req.policy), req.signal);
  if (route === null) return { kind: 'error', message: 'aborted while resolving' };
  if (route.kind === 'refused') return { kind: 'refused', reason: route.reason };

  const stream = got.stream(req.url, {
    method: req.method as Method,
    headers: Object.fromEntries(req.headers),
    cookieJar: req.cookieJar,
    followRedirect: false,
    throwHttpErrors: false,
    decompress: true,
    retry: { limit: 0 },
    signal: req.signal,
    https: { rejectUnauthorized: false },
    ...(route.kind === 'direct'
      ? { dnsLookup: fixedLookup(route.ip), agent: directAgents }
      : { agent: upstreamAgents(route.proxy, false) }),
  });

  let response: Response;
  try {
    response = await new Promise<Response>((resolve, reject) => {
      stream.once('response', resolve);
      stream.once('error', reject);
    });
  } catch (err) {
    stream.destroy();
    return { kind: 'error', message: oneLine(err) };
  }
  const socket = response.socket as TLSSocket | null;
  const tlsError = socket && 'authorized' in socket && !socket.authorized ? String(socket.authorizationError ?? 'untrusted certificate') : null;

  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let bodyError: string | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = req.bodyLimit - size;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.length, room);
      if (chunk.length >= room) {
        truncated = chunk.length > room || !response.complete;
        break;
      }
    }
  } catch (err) {
    bodyError = oneLine(err);
  } finally {
    stream.destroy();
  }
  return {
    kind: 'response',
    status: response.statusCode,
    headers: pairs(response.rawHeaders),
    body: Buffer.concat(chunks, size),
    truncated,
    bodyError,
    serverIp: route.kind === 'direct' ? (response.ip ?? route.ip) : route.ip,
    tlsError,
  };
}
