// Starting and stopping `hoptrace serve`: the database opened read-only, the app bound to one
// address, and a clean close (open connections ended, the database closed).
import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MIGRATIONS } from '../store/schema.ts';
import { StoreError, TraceStore } from '../store/store.ts';
import { createApp } from './app.ts';
import { isLoopbackHost, loopbackHostHeaders } from './security.ts';

export interface ServeOptions {
  db: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  token: string | null;
  onError?: (err: Error) => void;
}

export interface RunningServer {
  /** `http://HOST:PORT/` */
  url: string;
  close(): Promise<void>;
}

export async function startServe(opts: ServeOptions): Promise<RunningServer> {
  const store = TraceStore.open(opts.db, { readonly: true });
  const schema = store.schemaVersion();
  if (schema !== MIGRATIONS.length) {
    store.close();
    throw new StoreError(
      'schema',
      schema < MIGRATIONS.length
        ? `database ${opts.db} has schema ${schema}, this hoptrace reads ${MIGRATIONS.length}: upgrade it once with a writing command (hoptrace classify JOB --db ${opts.db}); serve never writes`
        : `database ${opts.db} was written by a newer hoptrace (schema ${schema})`,
    );
  }
  // Filled once the port is known, before the first request can arrive.
  const hostHeaders = new Set<string>();
  const app = createApp({ store, token: opts.token, hostHeaders, onError: opts.onError });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port, opts.host, () => resolve());
    });
  } catch (err) {
    store.close();
    throw new Error(`cannot listen on ${opts.host}:${opts.port}: ${(err as Error).message}`);
  }
  const { port } = server.address() as AddressInfo;
  if (!opts.token && isLoopbackHost(opts.host)) for (const h of loopbackHostHeaders(opts.host, port)) hostHeaders.add(h);
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          resolve();
        });
      }),
  };
}
