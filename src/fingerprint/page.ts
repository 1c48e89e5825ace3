// Every fingerprint of one page snapshot, from what the visit stored: the page's markup, the
// responses its document and resources came in (headers, body hashes) and the stored blobs
// (screenshot, favicon, scripts). The same function serves a fresh capture and a stored trace.
import { sha256 } from '../bytes.ts';
import { iconUrl } from '../page/icon.ts';
import type { PageFingerprints, PageSnapshot, RecordedResponse } from '../model.ts';
import { faviconHashes } from './favicon.ts';
import { hhhash } from './headers.ts';
import { dhash } from './image-hash.ts';
import { readMarkup, tlshOf } from './markup.ts';
import { operatorIds } from './operator.ts';

const RESOURCE_TYPES = new Set(['script', 'stylesheet', 'image']);
/** Scripts past this size are not searched for operator ids (minified frameworks, not kit code). */
const SCRIPT_READ_LIMIT = 2_000_000;

export type BodyOf = (sha256: string) => Buffer | null;

export async function fingerprintPage(s: PageSnapshot, responses: RecordedResponse[], bodyOf: BodyOf): Promise<PageFingerprints> {
  const html = s.html ?? '';
  const markup = readMarkup(html);
  const loaded = responses.filter((r) => RESOURCE_TYPES.has(r.resourceType) && r.bodySha256 && !r.truncated);
  const scripts = loaded
    .filter((r) => r.resourceType === 'script')
    .map((r) => bodyOf(r.bodySha256!))
    .filter((b): b is Buffer => b !== null && b.length <= SCRIPT_READ_LIMIT)
    .map((b) => b.toString('utf8'));
  const document = responses.findLast((r) => r.url === s.url && r.resourceType === 'document');
  const shot = s.screenshot ? bodyOf(s.screenshot) : null;
  const ops = operatorIds([html, ...scripts], s.forms);
  return {
    domhash: markup.domhash,
    tlsh: tlshOf(html),
    domtlsh: markup.domtlsh,
    sha256: html ? sha256(html) : null,
    favicon: favicon(iconUrl(markup.iconHref, s.url), responses, bodyOf),
    phash: shot ? await dhash(shot) : null,
    hhhash: document ? hhhash(document.headers) : null,
    resources: [...new Set(loaded.map((r) => r.bodySha256!))].sort(),
    resourceNames: fileNames(loaded.map((r) => r.url)),
    dropHosts: ops.dropHosts,
    sitekeys: ops.sitekeys,
    trackerIds: ops.trackerIds,
    telegram: ops.telegram,
  };
}

/** The distinct file names (last path segment, decoded, lower case) of some URLs, sorted. */
function fileNames(urls: string[]): string[] {
  const names = new Set<string>();
  for (const url of urls) {
    const name = URL.canParse(url) ? new URL(url).pathname.split('/').at(-1) : null;
    if (!name) continue;
    try {
      names.add(decodeURIComponent(name).toLowerCase());
    } catch {
      names.add(name.toLowerCase()); // a stray % is part of the name
    }
  }
  return [...names].sort();
}

/** The page's icon (see iconUrl), when its bytes were stored or written inline. */
function favicon(url: string | null, responses: RecordedResponse[], bodyOf: BodyOf): PageFingerprints['favicon'] {
  const inline = url?.match(/^data:[^,]*;base64,(.*)$/is);
  if (inline) return faviconHashes(Buffer.from(inline[1]!, 'base64'));
  const hit = url ? responses.findLast((r) => r.url === url && r.status === 200 && r.bodySha256) : undefined;
  const bytes = hit ? bodyOf(hit.bodySha256!) : null;
  return bytes && bytes.length > 0 ? faviconHashes(bytes) : null;
}
