// Small helpers every floor needs on recorded bytes and headers, kept in one place.
import { createHash } from 'node:crypto';

/** Hex sha256: the key of the content-addressed blob table and of every body hash in a trace. */
export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The first value of a header in a recorded [name, value] list, by case-insensitive name. */
export function headerValue(headers: [string, string][], name: string): string | null {
  const n = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === n)?.[1] ?? null;
}

/** Whether a Content-Disposition value makes a response a download (RFC 6266: its first token). */
export function isAttachmentDisposition(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && /^\s*attachment/i.test(value);
}
