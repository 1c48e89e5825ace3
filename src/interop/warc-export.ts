// `export --format warc`: a WARC/1.1 file (1.0 for older readers) written with warcio: a warcinfo
// record, then per visit a request and a response record for every stored response (body as
// stored) and one metadata record with what a WARC has no field for: the hops and their causes,
// the persona, the verdict. warcio computes the block and payload digests and lengths.
//
// Stored bodies are the bytes after content and transfer decoding (what the page received), so a
// response record carries them with those headers renamed `X-Hoptrace-Orig-…` and Content-Length
// set to the stored length: a reader that decoded them again would get garbage.
import { STATUS_CODES } from 'node:http';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { TraceBundle, Visit } from '../model.ts';
import { HAR_CREATOR, type StoredBodies } from './har-export.ts';

export type WarcVersion = '1.0' | '1.1';

/** The metadata record's JSON (Content-Type application/json): the visit as a WARC cannot say it. */
export const WARC_METADATA_FORMAT = 'hoptrace.warc-visit/1';

const RENAMED = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

export async function toWarc(bundle: TraceBundle, stored: StoredBodies, version: WarcVersion = '1.1'): Promise<Buffer> {
  const warcVersion = version === '1.0' ? 'WARC/1.0' : 'WARC/1.1';
  const chunks: Uint8Array[] = [];
  const put = async (record: WARCRecord) => chunks.push(await WARCSerializer.serialize(record));
  await put(
    WARCRecord.createWARCInfo(
      { filename: 'hoptrace.warc', warcVersion },
      { software: `${HAR_CREATOR.name} ${HAR_CREATOR.version}`, format: `WARC File Format ${version}`, jobs: bundle.jobs.map((j) => j.name).join(', ') },
    ),
  );
  for (const visit of bundle.visits) {
    for (const r of stored.responses(visit.id)) {
      const date = warcDate(visit.hops.find((h) => h.url === r.url && h.method === r.method)?.startedAt ?? visit.startedAt, version);
      const body = r.bodySha256 ? stored.body(r.bodySha256) : null;
      const target = new URL(r.url);
      await put(
        WARCRecord.create(
          {
            url: r.url,
            date,
            type: 'request',
            warcVersion,
            statusline: `${r.method} ${target.pathname}${target.search} HTTP/1.1`,
            httpHeaders: { Host: target.host },
            warcHeaders: { 'WARC-Hoptrace-Visit': visit.id },
          },
          [],
        ),
      );
      await put(
        WARCRecord.create(
          {
            url: r.url,
            date,
            type: 'response',
            warcVersion,
            statusline: `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? ''}`.trimEnd(),
            httpHeaders: responseHeaders(r.headers, body?.length ?? 0),
            keepHeadersCase: true,
            warcHeaders: {
              'WARC-Hoptrace-Visit': visit.id,
              ...(r.truncated ? { 'WARC-Truncated': 'length' } : {}),
            },
          },
          body ? [new Uint8Array(body.buffer, body.byteOffset, body.length)] : [],
        ),
      );
    }
    await put(
      WARCRecord.create(
        {
          url: visit.url,
          date: warcDate(visit.startedAt, version),
          type: 'metadata',
          warcVersion,
          warcHeaders: { 'Content-Type': 'application/json', 'WARC-Hoptrace-Visit': visit.id },
        },
        [new TextEncoder().encode(JSON.stringify(visitMetadata(visit)))],
      ),
    );
  }
  return Buffer.concat(chunks);
}

function visitMetadata(v: Visit): Record<string, unknown> {
  return {
    format: WARC_METADATA_FORMAT,
    visit: { id: v.id, url: v.url, persona: v.persona, engine: v.engine, outcome: v.outcome, error: v.error, incomplete: v.incomplete ?? null, startedAt: v.startedAt, finishedAt: v.finishedAt },
    hops: v.hops.map(({ seq, branch, url, method, status, cause, blocked, note }) => ({ seq, branch, url, method, status, cause, blocked, note: note ?? null })),
    final: v.final && { url: v.final.url, status: v.final.status, category: v.final.category, confidence: v.final.confidence ?? null, evidence: v.final.evidence },
  };
}

/** The recorded headers with the ones describing the wire encoding renamed (see the top of the file). */
function responseHeaders(headers: [string, string][], length: number): [string, string][] {
  const out: [string, string][] = headers.map(([n, v]) => (RENAMED.has(n.toLowerCase()) ? [`X-Hoptrace-Orig-${n}`, v] : [n, v]));
  out.push(['Content-Length', String(length)]);
  return out;
}

/** WARC 1.0 dates are whole seconds (W3C-ISO8601 as WARC 1.0 allows); 1.1 keeps the fraction. */
function warcDate(iso: string, version: WarcVersion): string {
  const d = new Date(iso);
  const s = Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
  return version === '1.0' ? s.replace(/\.\d+Z$/, 'Z') : s;
}
