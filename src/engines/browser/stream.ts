// Bodies Chromium hands over as a stream (IO domain): a paused response taken as a stream, a
// resource loaded through the page's network stack.
import type { CDPSession } from 'playwright';

/** How much is read from the browser per round trip. */
const STREAM_CHUNK = 256 * 1024;

/**
 * The stream read to its end or to one chunk past `limit` (callers cut it there), then closed.
 * A read that fails ends it with what came so far.
 */
export async function readStream(session: CDPSession, handle: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const r = (await session.send('IO.read', { handle, size: STREAM_CHUNK }).catch(() => null)) as
      | { data: string; base64Encoded?: boolean; eof: boolean }
      | null;
    if (!r) break;
    const chunk = Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8');
    chunks.push(chunk);
    total += chunk.length;
    if (r.eof || total > limit) break;
  }
  await session.send('IO.close', { handle }).catch(() => undefined);
  return Buffer.concat(chunks);
}
