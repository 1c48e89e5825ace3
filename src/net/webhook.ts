// One webhook delivery: a POST of a JSON body signed with HMAC-SHA256 under the watch's secret
// (`X-Hoptrace-Signature: sha256=HEX`), bounded by a timeout, redirects not followed. The URL is
// the analyst's own receiver, given on the command line, so the crawl's SSRF policy (which guards
// against addresses a page chooses) does not apply to it. Never throws: the caller records what happened.
import { createHmac } from 'node:crypto';
import got from 'got';

export const SIGNATURE_HEADER = 'x-hoptrace-signature';

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface DeliveryResult {
  /** The receiver's status; null when none came (refused, reset, timeout). */
  status: number | null;
  /** Why it is not delivered (a non-2xx status or the connection's failure); null when it is. */
  error: string | null;
  durationMs: number;
}

export async function postSigned(url: string, body: string, secret: string, timeoutMs: number): Promise<DeliveryResult> {
  const t0 = Date.now();
  try {
    const res = await got.post(url, {
      body,
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(body, secret), 'user-agent': 'hoptrace-watch' },
      timeout: { request: timeoutMs },
      retry: { limit: 0 },
      followRedirect: false,
      throwHttpErrors: false,
    });
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    return { status: res.statusCode, error: ok ? null : `HTTP ${res.statusCode}`, durationMs: Date.now() - t0 };
  } catch (err) {
    return { status: null, error: (err as Error).message.split('\n')[0] ?? 'failed', durationMs: Date.now() - t0 };
  }
}
