// `hoptrace serve`: a read-only web view over every trace in the database (src/serve/).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { isLoopbackHost, MIN_TOKEN_LENGTH } from '../serve/security.ts';
import { startServe } from '../serve/server.ts';
import { InputError, StoreError } from '../errors.ts';
import { DEFAULT_DB, log, UsageError } from './common.ts';

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535) throw new UsageError(`--port expects 0 (any free port) to 65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('read-only web view over every trace (jobs, visits, diff, search, campaigns) and its JSON API')
    .option('--db <file>', 'trace database', DEFAULT_DB)
    .option('--host <address>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 8787)
    .option('--token <secret>', `require this secret on every request (or HOPTRACE_SERVE_TOKEN; at least ${MIN_TOKEN_LENGTH} characters)`)
    .action(async (flags: { db: string; host: string; port: number; token?: string }) => {
      const token = flags.token ?? (process.env.HOPTRACE_SERVE_TOKEN || null);
      if (!isLoopbackHost(flags.host) && !token) {
        throw new UsageError(`--host ${flags.host} is reachable beyond this machine: give --token SECRET (or HOPTRACE_SERVE_TOKEN)`);
      }
      if (token !== null && token.length < MIN_TOKEN_LENGTH) throw new UsageError(`the token must be at least ${MIN_TOKEN_LENGTH} characters`);
      if (!existsSync(flags.db)) throw new InputError(`no database at ${flags.db} (run a crawl first, or pass --db FILE)`);
      let server;
      try {
        server = await startServe({ db: flags.db, host: flags.host, port: flags.port, token, onError: (err) => log(`hoptrace serve: ${err.message}`) });
      } catch (err) {
        // An unreadable database is bad input (exit 2); a port that cannot be bound is fatal (exit 1).
        throw err instanceof StoreError ? new InputError(err.message, { cause: err }) : err;
      }
      process.stdout.write(`listening on ${server.url}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await server.close();
    });
}
