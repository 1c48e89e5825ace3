// The routes of `hoptrace serve` (Hono). Every page has its JSON twin under /api/… (or the same
// path asked with `Accept: application/json`), computed by the same ServeData call. Only GET and
// HEAD exist: the database is opened read-only and no route writes.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isPng } from '../report/html.ts';
import type { TraceStore } from '../store/store.ts';
import { ServeData } from './data.ts';
import {
  campaignPage,
  diffPage,
  errorPage,
  familiesPage,
  familyPage,
  jobCloakingPage,
  jobPage,
  jobPivotsPage,
  jobsPage,
  jobTokensPage,
  linkedShot,
  searchPage,
  visitPage,
} from './pages.ts';
import { HttpError, type Query } from './request.ts';
import { BLOB_CSP, SECURITY_HEADERS, SESSION_COOKIE, TokenGate } from './security.ts';
import { SERVE_CSS } from './style.ts';
import { watchData, watchesData, watchesPage, watchPage } from './watches.ts';

export interface AppOptions {
  store: TraceStore;
  /** Required on every request when set. */
  token: string | null;
  /** `host:port` values the Host header may take; empty when any is fine (a token guards the server). */
  hostHeaders: Set<string>;
  /** Called with unexpected errors (the page shows a generic message). */
  onError?: (err: Error) => void;
}

const wantsJson = (c: Context): boolean => {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return true;
  const accept = c.req.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
};

function failure(c: Context, status: number, message: string): Response {
  return wantsJson(c) ? c.json({ error: message, status }, status as 400) : c.html(errorPage(status, message), status as 400);
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const data = new ServeData(store);
  const gate = opts.token ? new TokenGate(opts.token) : null;
  const shot = linkedShot((sha) => isPng(store.getBlob(sha)));
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(k)) c.res.headers.set(k, v);
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  });

  app.use(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('allow', 'GET, HEAD');
      return failure(c, 405, `${c.req.method} is not allowed: this server is read-only`);
    }
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (opts.hostHeaders.size > 0 && !opts.hostHeaders.has(host)) {
      return failure(c, 421, `this server does not answer to the host name "${host.slice(0, 80)}"`);
    }
    if (!gate) return next();
    if (gate.acceptsBearer(c.req.header('authorization')) || gate.acceptsCookie(getCookie(c, SESSION_COOKIE))) return next();
    const given = c.req.query('token');
    if (given !== undefined && gate.acceptsToken(given)) {
      setCookie(c, SESSION_COOKIE, gate.session, { path: '/', httpOnly: true, sameSite: 'Strict' });
      // The token leaves the address bar at once: the page is reloaded without it.
      const url = new URL(c.req.url);
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    c.header('www-authenticate', 'Bearer realm="hoptrace"');
    return failure(c, 401, given === undefined ? 'this server needs its token: sign in below, or send Authorization: Bearer …' : 'wrong token');
  });

  const query = (c: Context): Query => c.req.query();

  /** A page and its JSON twin(s): the same data, rendered or not. */
  const page = <T>(paths: string[], apiPaths: string[], compute: (c: Context) => T, render: (d: T, q: Query) => string): void => {
    const handler = (c: Context): Response => {
      const d = compute(c);
      return wantsJson(c) ? c.json(d) : c.html(render(d, query(c)));
    };
    for (const p of [...paths, ...apiPaths]) app.get(p, handler);
  };

  page(['/', '/jobs'], ['/api', '/api/jobs'], () => data.jobs(), (d) => jobsPage(d));
  page(['/jobs/:job'], ['/api/jobs/:job'], (c) => data.job(c.req.param('job'), query(c)), (d, q) => jobPage(d, q));
  page(['/jobs/:job/tokens'], ['/api/jobs/:job/tokens'], (c) => data.jobTokens(c.req.param('job'), query(c)), (d, q) => jobTokensPage(d, q));
  page(['/jobs/:job/cloaking'], ['/api/jobs/:job/cloaking'], (c) => data.jobCloaking(c.req.param('job'), query(c)), (d, q) => jobCloakingPage(d, q));
  page(['/jobs/:job/pivots'], ['/api/jobs/:job/pivots'], (c) => data.jobPivots(c.req.param('job')), (d) => jobPivotsPage(d));
  page(['/visits/:visit'], ['/api/visits/:visit'], (c) => data.visitPage(c.req.param('visit')), (d) => visitPage(d, shot));
  page(['/diff'], ['/api/diff'], (c) => data.diff(query(c)), (d) => diffPage(d, shot));
  page(['/search'], ['/api/search'], (c) => data.search(query(c)), (d, q) => searchPage(d, q));
  page(['/campaign'], ['/api/campaign'], (c) => data.campaign(query(c)), (d, q) => campaignPage(d, q));
  // kit families (issue 27): `hoptrace cluster` over every job, and each family's visits
  page(['/families'], ['/api/families'], (c) => data.families(query(c)), (d, q) => familiesPage(d, q));
  page(['/families/:family'], ['/api/families/:family'], (c) => data.family(c.req.param('family')), (d) => familyPage(d));
  // watches (issue 29): each watch as a timeline of rounds and events
  page(['/watches'], ['/api/watches'], () => watchesData(store), (d) => watchesPage(d));
  page(['/watches/:watch'], ['/api/watches/:watch'], (c) => watchData(store, c.req.param('watch') ?? ''), (d) => watchPage(d));

  app.get('/assets/serve.css', (c) => c.body(SERVE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'private, max-age=3600' }));

  /** A content hash from the path: 64 lower-case hex digits, nothing else ever reaches the store. */
  const hashParam = (c: Context, suffix: RegExp): string => {
    const m = new RegExp(`^([0-9a-f]{64})${suffix.source}$`).exec(c.req.param('name') ?? '');
    if (!m) throw new HttpError(400, 'a blob is named by its sha256: 64 lower-case hex digits');
    return m[1]!;
  };

  // Screenshots: sent as PNG only when the bytes are a PNG; the stored MIME type is never trusted.
  app.get('/shots/:name', (c) => {
    const sha = hashParam(c, /\.png/);
    const bytes = store.getBlob(sha);
    if (!isPng(bytes)) throw new HttpError(404, 'no screenshot with this hash');
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'image/png',
      'content-security-policy': BLOB_CSP,
      'cache-control': 'private, max-age=86400, immutable',
    });
  });

  // Downloads: only blobs a visit recorded as a download, always as opaque bytes named by their
  // hash, never under the attacker's filename or type.
  app.get('/downloads/:name', (c) => {
    const sha = hashParam(c, /(\.bin)?/);
    const bytes = store.isDownload(sha) ? store.getBlob(sha) : null;
    if (!bytes) throw new HttpError(404, 'no download with this hash');
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${sha}.bin"`,
      'content-security-policy': BLOB_CSP,
    });
  });

  app.notFound((c) => failure(c, 404, `no page at ${c.req.path.slice(0, 200)}`));
  app.onError((err, c) => {
    if (err instanceof HttpError) return failure(c, err.status, err.message);
    opts.onError?.(err);
    return failure(c, 500, 'the server could not answer this request (see its stderr)');
  });
  return app;
}
