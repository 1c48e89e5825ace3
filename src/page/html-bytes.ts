// Bytes of a fetched page to text, the way a browser picks the charset: BOM, then the
// Content-Type charset, then a `<meta charset>` in the first 1024 bytes, then UTF-8. Spam pages
// in Japanese are often Shift_JIS or EUC-JP.
import iconv from 'iconv-lite';

function charsetFromContentType(contentType: string | null): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

function charsetFromMeta(head: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

export function decodeBody(body: Buffer, contentType: string | null): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return body.subarray(3).toString('utf8');
  const candidates = [charsetFromContentType(contentType), charsetFromMeta(body.subarray(0, 1024).toString('latin1'))];
  const charset = candidates.find((c): c is string => c !== null && iconv.encodingExists(c));
  return charset ? iconv.decode(body, charset) : body.toString('utf8');
}

export function isHtml(contentType: string | null, body: Buffer): boolean {
  if (contentType) return /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
  // No type at all: sniff like a browser would for the common case.
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<script)/i.test(body.subarray(0, 512).toString('latin1'));
}
