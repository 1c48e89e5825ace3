// The replay proxy: a forward proxy on 127.0.0.1 that answers plain-http requests from the stored
// responses of an earlier visit and never opens a connection of its own. An offline replay gives it
// to the browser as its proxy, so a request that escapes CDP interception (a popup's first
// requests, sent before its page can be watched) is still answered from the store, in order.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Marks the proxy's own answers: `not-recorded` (502) and `connect-refused` (403). */
export const REPLAY_HEADER = 'x-hoptrace-replay';

/** The stored responses, served in their original order when a URL repeats (engines' ReplaySource). */
export interface ReplayResponses {
  take(method: string, url: string): { status: number; headers: [string, string][]; body: Buffer | null } | null;
}

export interface ReplayProxy {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Requests answered from the store so far. */
  served(): number;
  close(): Promise<void>;
}

// The stored body is the decoded one, and its framing is the proxy's business, not the original's.
const FRAMING_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * Stored headers made fit to serve again with the stored body: framing and encoding headers
 * dropped, and headers that Chromium joined with newlines (Set-Cookie) split back into values.
 */
export function replayableHeaders(headers: [string, string][]): [string, string][] {
  return headers
    .filter(([name]) => !FRAMING_HEADERS.has(name.toLowerCase()))
    .flatMap(([name, value]) => value.split('\n').map((v) => [name, v] as [string, string]));
}

export async function startReplayProxy(source: ReplayResponses): Promise<ReplayProxy> {
  let served = 0;

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const target = req.url ?? '';
    const stored = /^http:\/\//i.test(target) ? source.take(req.method ?? 'GET', target) : null;
    if (!stored) {
      res.writeHead(502, { [REPLAY_HEADER]: 'not-recorded', 'content-type': 'text/plain' });
      res.end(`not recorded: ${req.method} ${target}`);
      return;
    }
    served++;
    const body = stored.body ?? Buffer.alloc(0);
    const headers: Record<string, string[]> = {};
    for (const [name, value] of replayableHeaders(stored.headers)) (headers[name.toLowerCase()] ??= []).push(value);
    headers['content-length'] = [String(body.length)];
    try {
      res.writeHead(stored.status, headers);
    } catch {
      // A stored header Node refuses to send again (invalid characters): serve without them.
      res.writeHead(stored.status, { 'content-length': String(body.length) });
    }
    res.end(body);
  };

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(req, res));
  });
  // No tunnels: CONNECT (https, websockets) would need a connection the replay must never open.
  const refuse = (_req: IncomingMessage, socket: Socket) => {
    socket.end(`HTTP/1.1 403 Forbidden\r\n${REPLAY_HEADER}: connect-refused\r\ncontent-length: 0\r\n\r\n`);
  };
  server.on('connect', refuse);
  server.on('upgrade', refuse);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    served: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
