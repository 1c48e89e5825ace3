// Link-protection rewriting: a gateway replaces every link by its own URL carrying the original.
// The original is what the sender wrote, so it becomes the link's `url`; the wrapper is kept too.

function queryParam(url: URL, ...names: string[]): string | null {
  for (const n of names) {
    const v = url.searchParams.get(n);
    if (v) return v;
  }
  return null;
}

// Proofpoint URL Defense v2: `u=https-3A__example.com_path` (`-` stands for `%`, `_` for `/`).
function proofpointV2(u: string): string {
  return decodeURIComponent(u.replace(/-/g, '%').replace(/_/g, '/'));
}

const V3_RUN = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

// Proofpoint URL Defense v3: `/v3/__URL__;BYTES!!…`: each `*` in URL stands for the next character
// of the base64url-decoded BYTES, `**X` for a run of them whose length X encodes.
function proofpointV3(path: string): string | null {
  const m = /\/v3\/__(.+?)__;([^!]*)!/.exec(path);
  if (!m) return null;
  const chars = Array.from(Buffer.from(m[2], 'base64url').toString('utf8'));
  let next = 0;
  return m[1].replace(/\*\*(.)|\*/g, (_all, run?: string) => {
    const n = run ? V3_RUN.indexOf(run) + 2 : 1;
    const out = chars.slice(next, next + n).join('');
    next += n;
    return out;
  });
}

function unwrapOnce(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.safelinks.protection.outlook.com')) return queryParam(url, 'url');
  if (host === 'urldefense.proofpoint.com' || host === 'urldefense.com') {
    if (url.pathname.startsWith('/v2/url')) {
      const u = queryParam(url, 'u');
      return u ? proofpointV2(u) : null;
    }
    if (url.pathname.startsWith('/v3/')) return proofpointV3(raw.slice(raw.indexOf('/v3/')));
  }
  if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && url.pathname === '/url') return queryParam(url, 'q', 'url');
  return null;
}

/** The URL a link-protection wrapper carries (unwrapping nested wrappers), or null when `raw` is no wrapper. */
export function unwrapProtectedLink(raw: string): { url: string; wrappedUrl: string } | null {
  let current = raw;
  for (let depth = 0; depth < 4; depth++) {
    let inner: string | null;
    try {
      inner = unwrapOnce(current);
    } catch {
      inner = null; // a malformed escape in the wrapper: keep what unwrapped so far
    }
    if (!inner || inner === current) break;
    current = inner;
  }
  return current === raw ? null : { url: current, wrappedUrl: raw };
}
