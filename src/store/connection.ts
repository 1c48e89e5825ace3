// The one SQLite connection every room of the store shares: opening (read-write with migrations,
// or read-only without touching the file), cached statements, and write transactions whose
// failures say what happened in one line.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../errors.ts';
import { MIGRATIONS } from './schema.ts';

function sqliteCode(err: unknown): string {
  return (err as { code?: string }).code ?? '';
}

export class Connection {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private readonly db: Database.Database,
    /** True for a reader: no migration ran, and every write fails. */
    readonly readonly: boolean,
    /** The schema version of the file (a reader may see an older one than MIGRATIONS has). */
    readonly version: number,
  ) {}

  /**
   * Opens a trace database. A writer creates the file and its folder and migrates the schema; a
   * reader needs the file, changes nothing in it and reads older schemas as they are.
   */
  static open(path: string, opts: { readonly?: boolean } = {}): Connection {
    const readonly = opts.readonly ?? false;
    let db: Database.Database;
    try {
      if (!readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { readonly, fileMustExist: readonly });
      db.pragma('busy_timeout = 5000');
      if (!readonly) {
        db.pragma('journal_mode = WAL');
        // NORMAL in WAL mode: a power cut may lose the last commits but never corrupts the file.
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      // Reading the schema fails fast on a file that is not SQLite at all.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      throw new StoreError('open', `cannot open database ${path}: ${(err as Error).message}`, { cause: err });
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      db.close();
      throw new StoreError('schema', `database ${path} was written by a newer hoptrace (schema ${version})`);
    }
    const conn = new Connection(db, readonly, readonly ? version : MIGRATIONS.length);
    if (!readonly) conn.migrate(version);
    return conn;
  }

  private migrate(from: number): void {
    for (let v = from; v < MIGRATIONS.length; v++) {
      this.tx(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      });
    }
  }

  /** A prepared statement, prepared once per connection. */
  stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs fn in one write transaction; a busy or read-only database becomes a one-line StoreError. */
  tx<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      const code = sqliteCode(err);
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new StoreError('busy', 'database is busy: another hoptrace process is writing to it', { cause: err });
      }
      if (code.startsWith('SQLITE_READONLY')) {
        throw new StoreError('read-only', 'database opened for reading only: this command may not write to it', { cause: err });
      }
      throw err;
    }
  }

  pragma(source: string): unknown {
    return this.db.pragma(source, { simple: true });
  }

  close(): void {
    this.db.close();
  }
}

export const json = (v: unknown): string => JSON.stringify(v);
export const parseJson = <T>(s: string | null | undefined, fallback: T): T => (s == null ? fallback : (JSON.parse(s) as T));
export type Row = Record<string, unknown>;
