// `hoptrace import FILE…`: visits rebuilt from HAR (and WARC) files, classified on the visit stage
// a crawl uses, stored as one job. Every file is read and checked first; the job and all its
// visits are then written in one transaction, so a bad file leaves the database as it was.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { sha256 } from '../bytes.ts';
import { InputError } from '../errors.ts';
import type { RuleSet } from '../classify/rules.ts';
import { DEFAULT_JOB_OPTIONS } from '../records/job-options.ts';
import { fingerprintCapture, storeCapture, visitIdFor, type CaptureFingerprints } from '../jobs/visit-stage.ts';
import type { Job, Persona, VisitCapture, VisitSource } from '../model.ts';
import { getPersona } from '../personas.ts';
import type { TraceStore } from '../store/store.ts';
import { visitsFromHar } from './har-import.ts';
import { ImportProblem, type ImportedVisit } from './imported.ts';
import { rebuildCapture } from './rebuild.ts';
import { visitsFromWarc } from './warc-import.ts';

export type ImportFormat = 'har' | 'warc';

export interface ImportOptions {
  /** Forces the format; otherwise it is read from the file's first bytes. */
  format?: ImportFormat;
  jobName: string;
  /** A body over this many bytes is refused (the crawl's --body-limit). */
  bodyLimit: number;
  /** A HAR is one JSON document and is read whole: one over this many bytes is refused before reading. */
  maxHarBytes: number;
  rules: RuleSet;
}

export interface ImportResult {
  job: Job;
  visits: string[];
}

interface ReadFile {
  file: string;
  source: VisitSource;
  visits: ImportedVisit[];
}

export async function importFiles(store: TraceStore, files: string[], opts: ImportOptions): Promise<ImportResult> {
  const read: ReadFile[] = [];
  for (const file of files) read.push(await readImport(file, opts));
  // Fingerprinting waits, and a transaction must not: every capture is rebuilt and fingerprinted
  // first, then the job and all its visits are stored in one transaction, or nothing is.
  const rebuilt: { source: VisitSource; v: ImportedVisit; capture: VisitCapture; fingerprints: CaptureFingerprints }[] = [];
  for (const { file, source, visits } of read) {
    for (const v of visits) {
      const warnings = [`imported from ${source.kind} ${file}: no screenshot, no request headers`, ...v.notes];
      const capture = rebuildCapture(v.exchanges, v.facts, warnings);
      rebuilt.push({ source, v, capture, fingerprints: await fingerprintCapture(capture) });
    }
  }
  return store.tx(() => {
    const job = store.createJob(opts.jobName, { ...DEFAULT_JOB_OPTIONS, inputs: files, bodyLimit: opts.bodyLimit, concurrency: 1, retries: 0 });
    const ids: string[] = [];
    for (const { source, v, capture, fingerprints } of rebuilt) {
      const id = visitIdFor(job.id, null, v.persona ?? 'imported', `import:${source.sha256}:${v.key}`, 1);
      const task = { id, jobId: job.id, linkId: null, url: v.url, persona: personaNamed(v.persona), replayOf: null, decoy: false, purpose: 'primary' as const, attempt: 1, retryOf: null };
      storeCapture(task, capture, fingerprints, { store, engineName: v.engine, rules: opts.rules });
      store.saveVisitSource(id, source);
      ids.push(id);
    }
    store.setJobStatus(job.id, 'done');
    return { job: { ...job, status: 'done' as const }, visits: ids };
  });
}

/**
 * The stage wants a persona; only its name is stored. A name the file gives that hoptrace does not
 * know is kept as it is, on the default persona's other fields (which an import never uses).
 */
function personaNamed(name: string | null): Persona {
  const base = getPersona(DEFAULT_JOB_OPTIONS.personas[0]!);
  return { ...base, name: name ?? 'imported' };
}

async function readImport(file: string, opts: ImportOptions): Promise<ReadFile> {
  const size = await stat(file).then((s) => (s.isFile() ? s.size : null), () => null);
  if (size === null) throw new InputError(`${file}: cannot read: no such file`);
  const format = opts.format ?? (await sniff(file));
  try {
    if (format === 'har') {
      // Checked before a byte is read: a 2 GB "HAR" costs nothing.
      if (size > opts.maxHarBytes) throw new ImportProblem(`${size} bytes is over the ${opts.maxHarBytes} a HAR may have (--max-size); a HAR is one JSON document`);
      const text = await readFile(file);
      let data: unknown;
      try {
        data = JSON.parse(text.toString('utf8').replace(/^\uFEFF/, ''));
      } catch (err) {
        throw new ImportProblem(`not JSON: ${(err as Error).message}`);
      }
      return { file, source: { kind: format, file, sha256: sha256(text) }, visits: visitsFromHar(data, opts.bodyLimit) };
    }
    return { file, source: { kind: format, file, sha256: await fileSha256(file) }, visits: await visitsFromWarc(file, opts.bodyLimit) };
  } catch (err) {
    if (err instanceof ImportProblem) throw new InputError(`${file}: ${err.message}`, { cause: err });
    throw err;
  }
}

/** HAR is JSON (`{` after optional whitespace or BOM); WARC starts with `WARC/` (or gzip's magic). */
async function sniff(file: string): Promise<ImportFormat> {
  const fh = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(64), 0, 64, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'warc';
    const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
    if (text.startsWith('{')) return 'har';
    if (text.startsWith('WARC/')) return 'warc';
    throw new InputError(`${file}: neither a HAR (JSON) nor a WARC file; --format har|warc to say which`);
  } finally {
    await fh.close();
  }
}

/** A WARC is streamed, never held whole: its hash too. */
function fileSha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => hash.update(c))
      .on('error', (err) => reject(new InputError(`${file}: cannot read: ${err.message}`, { cause: err })))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
