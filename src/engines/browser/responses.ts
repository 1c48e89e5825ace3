// Every response a visit received, with its body as a content-addressed blob, bounded in size, in
// the order received: what an offline replay serves back.
import { headerValue, sha256 } from '../../bytes.ts';
import type { Blob, RecordedResponse } from '../../model.ts';

export class ResponseLog {
  readonly responses: RecordedResponse[] = [];
  private readonly blobs = new Map<string, Blob>();
  /** Downloads cut at the cap before the browser got them. */
  private readonly cut = new Set<string>();

  constructor(private readonly bodyLimit: number) {}

  add(r: {
    method: string;
    url: string;
    status: number;
    headers: [string, string][];
    body: Buffer | null;
    resourceType: string;
  }): RecordedResponse {
    let sha: string | null = null;
    let truncated = false;
    if (r.body) {
      truncated = r.body.length > this.bodyLimit;
      const kept = truncated ? r.body.subarray(0, this.bodyLimit) : r.body;
      sha = this.addBlob(kept, headerValue(r.headers, 'content-type'));
    }
    const rec: RecordedResponse = {
      order: this.responses.length,
      method: r.method,
      url: r.url,
      status: r.status,
      headers: r.headers,
      bodySha256: sha,
      resourceType: r.resourceType.toLowerCase(),
      truncated,
    };
    this.responses.push(rec);
    return rec;
  }

  addBlob(data: Buffer, mime: string | null): string {
    const sha = sha256(data);
    if (!this.blobs.has(sha)) this.blobs.set(sha, { sha256: sha, mime, data });
    return sha;
  }

  allBlobs(): Blob[] {
    return [...this.blobs.values()];
  }

  /** Notes a download the page was handed only the first bytes of. */
  noteCutDownload(url: string): void {
    this.cut.add(url);
  }

  wasCut(url: string): boolean {
    return this.cut.has(url);
  }

  /** The Refresh header of the last document response from `url`, if it had one. */
  refreshHeader(url: string): string | null {
    const r = this.responses.findLast((x) => x.resourceType === 'document' && x.url === url);
    return r ? headerValue(r.headers, 'refresh') : null;
  }

  /** The n-th recorded document response for this method and URL (to give hops their body hash). */
  documentBody(method: string, url: string, nth: number): RecordedResponse | null {
    return (
      this.responses.filter((r) => r.resourceType === 'document' && r.method === method && r.url === url)[nth] ?? null
    );
  }
}
