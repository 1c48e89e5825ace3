// The page's icon, made sure of at capture. Chromium fetches a page's icon on its own once the page
// stops loading, outside anything the page waits for, so whether that fetch lands before the
// visit ends is a race: on a busy machine it sometimes does not, and the favicon fingerprint of
// the same kit came and went between runs. When no answer for the icon was recorded, it is fetched
// here through the page's own network stack (the context's egress proxy, as the browser's own fetch
// would go), or taken from the trace in a replay.
import { iconUrlOfHtml } from '../../page/icon.ts';
import type { PageSnapshot } from '../../model.ts';
import { ATTACHMENT_ORIGIN } from '../../net/url-policy.ts';
import type { PageSession, PageSessionDeps } from './page-session.ts';
import { readStream } from './stream.ts';

interface LoadedResource {
  resource: { success: boolean; httpStatusCode?: number; stream?: string; headers?: Record<string, string> };
}

export async function fetchMissingIcon(ps: PageSession, snapshot: PageSnapshot, deps: Pick<PageSessionDeps, 'log' | 'bodyLimit' | 'replay'>): Promise<void> {
  const url = snapshot.html && /^https?:/i.test(snapshot.url) ? iconUrlOfHtml(snapshot.html, snapshot.url) : null;
  if (!url || !/^https?:/i.test(url) || url.startsWith(`${ATTACHMENT_ORIGIN}/`) || deps.log.responses.some((r) => r.url === url)) return;
  if (deps.replay) {
    const stored = deps.replay.take('GET', url);
    if (stored) deps.log.add({ ...stored, method: 'GET', url, resourceType: 'Other' });
    return;
  }
  const tree = (await ps.session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { resource } = (await ps.session.send('Network.loadNetworkResource', {
    frameId: tree.frameTree.frame.id,
    url,
    options: { disableCache: true, includeCredentials: true },
  })) as LoadedResource;
  if (!resource.success || resource.httpStatusCode === undefined) return;
  const body = resource.stream ? await readStream(ps.session, resource.stream, deps.bodyLimit) : null;
  deps.log.add({ method: 'GET', url, status: resource.httpStatusCode, headers: Object.entries(resource.headers ?? {}), body, resourceType: 'Other' });
}
