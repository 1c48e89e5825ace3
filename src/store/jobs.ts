// The jobs table: one row per crawl job with the options it was started with, its status and the
// pid of the process running it (so a job whose process died reads as interrupted).
import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.ts';
import { readJobOptions } from '../records/job-options.ts';
import type { Job, JobOptions, JobStatus } from '../model.ts';
import { json, parseJson, type Connection, type Row } from './connection.ts';

export function newId(prefix: string): string {
  return `${prefix}${randomBytes(8).toString('hex')}`;
}

export interface JobSummaryRow extends Job {
  finishedAt: string | null;
  messages: number;
  links: number;
  visits: number;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A job left `running` by a process that no longer exists was interrupted (kill -9, crash, power cut). */
function orphaned(status: string, pid: number | null): boolean {
  return status === 'running' && pid !== process.pid && (pid == null || !processAlive(pid));
}

export class JobsRoom {
  constructor(private readonly conn: Connection) {}

  create(name: string, options: JobOptions): Job {
    const job: Job = { id: newId('j-'), name, createdAt: new Date().toISOString(), status: 'running', options };
    try {
      this.conn.tx(() =>
        this.conn
          .stmt('INSERT INTO jobs (id, name, created_at, status, options, pid) VALUES (?, ?, ?, ?, ?, ?)')
          .run(job.id, job.name, job.createdAt, job.status, json(options), process.pid),
      );
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new UsageError(`a job named "${name}" already exists (use --resume ${name} to finish it)`, { cause: err });
      }
      throw err;
    }
    return job;
  }

  /** A resumed job's options after `--override` (the change is recorded inside them). */
  setOptions(jobId: string, options: JobOptions): void {
    this.conn.tx(() => this.conn.stmt("UPDATE jobs SET options = ? WHERE id = ?").run(json(options), jobId));
  }

  setStatus(jobId: string, status: JobStatus): void {
    const running = status === 'running';
    this.conn.tx(() =>
      this.conn
        .stmt('UPDATE jobs SET status = ?, finished_at = ?, pid = ? WHERE id = ?')
        .run(status, running ? null : new Date().toISOString(), running ? process.pid : null, jobId),
    );
  }

  /** Writes `interrupted` on the jobs whose process died; a writer runs it on open. */
  markInterrupted(): void {
    const rows = this.conn.stmt("SELECT id, status, pid FROM jobs WHERE status = 'running'").all() as Row[];
    const dead = rows.filter((r) => orphaned(r.status as string, r.pid as number | null));
    if (dead.length === 0) return;
    this.conn.tx(() => {
      for (const r of dead) this.conn.stmt("UPDATE jobs SET status = 'interrupted' WHERE id = ?").run(r.id);
    });
  }

  /** A reader shows a dead job as interrupted without writing it. */
  private toJob(r: Row): Job {
    const status = orphaned(r.status as string, r.pid as number | null) ? 'interrupted' : (r.status as JobStatus);
    return {
      id: r.id as string,
      name: r.name as string,
      createdAt: r.created_at as string,
      status,
      options: readJobOptions(parseJson(r.options as string, {})),
    };
  }

  /** A job by id or by name. */
  find(idOrName: string): Job | null {
    const r = this.conn.stmt('SELECT * FROM jobs WHERE id = ? OR name = ?').get(idOrName, idOrName) as Row | undefined;
    return r ? this.toJob(r) : null;
  }

  list(): JobSummaryRow[] {
    const rows = this.conn
      .stmt(
        `SELECT j.*,
          (SELECT count(*) FROM messages m WHERE m.job_id = j.id) AS n_messages,
          (SELECT count(*) FROM links l WHERE l.job_id = j.id) AS n_links,
          (SELECT count(*) FROM visits v WHERE v.job_id = j.id) AS n_visits
         FROM jobs j ORDER BY j.created_at`,
      )
      .all() as Row[];
    return rows.map((r) => ({
      ...this.toJob(r),
      finishedAt: (r.finished_at as string | null) ?? null,
      messages: r.n_messages as number,
      links: r.n_links as number,
      visits: r.n_visits as number,
    }));
  }
}
