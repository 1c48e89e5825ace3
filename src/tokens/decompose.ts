// Splits a URL into the components a token can hide in, each value exactly as written (no
// percent-decoding, no normalisation), with its offsets so a caller can splice a substitute in
// without touching a single other byte.
//
// Component names:
//   host, host[0]…host[n-1]   the host and its labels, 0-based from the left (host[0] is the
//                              leftmost label, where per-recipient subdomains live)
//   userinfo                  whatever precedes `@` in the authority
//   path[1]…path[n]           path segments, 1-based as in the contract (`/a/b` → path[1]=a);
//                              the value stops before the first `;` (matrix params)
//   matrix:NAME               `;NAME=VALUE` inside a path segment (NAME[1], NAME[2]… when repeated)
//   query:NAME                each query parameter; a repeated key gets query:NAME[1], [2]…
//   query[k]                  the k-th bare query item (no `=`), e.g. `?dG9rZW4`
//   fragment                  the whole fragment
//   fragment:path[i]          segments of a `#/route/…` or `#!/route/…` fragment
//   fragment:query:NAME       params of `#/route?x=y`, or of a `#a=b&c=d` fragment

export interface UrlComponent {
  component: string;
  /** The raw value, as written in the URL. */
  value: string;
  /** Offsets of `value` in the URL string: url.slice(start, end) === value. */
  start: number;
  end: number;
}

const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/s;

export function decomposeUrl(url: string): UrlComponent[] {
  const m = URL_PARTS.exec(url);
  if (!m) return [];
  const [, scheme, authority = '', path = '', query, fragment] = m;
  const out: UrlComponent[] = [];
  let pos = scheme.length;
  if (authority) {
    addAuthority(out, authority.slice(2), pos + 2);
    pos += authority.length;
  }
  addPath(out, path, pos, '');
  pos += path.length;
  if (query !== undefined) {
    addQuery(out, query.slice(1), pos + 1, 'query');
    pos += query.length;
  }
  if (fragment !== undefined) addFragment(out, fragment.slice(1), pos + 1);
  return out;
}

/** The URL with the component values at the given offsets replaced; everything else kept. */
export function spliceUrl(url: string, replacements: { start: number; end: number; value: string }[]): string {
  let result = url;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, r.start) + r.value + result.slice(r.end);
  }
  return result;
}

function addAuthority(out: UrlComponent[], authority: string, offset: number): void {
  const at = authority.lastIndexOf('@');
  if (at >= 0) out.push({ component: 'userinfo', value: authority.slice(0, at), start: offset, end: offset + at });
  const hostStart = at + 1;
  const hostPort = authority.slice(hostStart);
  const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.replace(/:\d*$/, '');
  if (!host) return;
  const base = offset + hostStart;
  out.push({ component: 'host', value: host, start: base, end: base + host.length });
  if (host.startsWith('[')) return;
  let labelStart = 0;
  host.split('.').forEach((label, i) => {
    out.push({ component: `host[${i}]`, value: label, start: base + labelStart, end: base + labelStart + label.length });
    labelStart += label.length + 1;
  });
}

function addPath(out: UrlComponent[], path: string, offset: number, prefix: string): void {
  const matrix: UrlComponent[] = [];
  let segStart = path.startsWith('/') ? 1 : 0;
  if (segStart === 0 && path === '') return;
  const segments = path.slice(segStart).split('/');
  segments.forEach((segment, i) => {
    const [head, ...params] = segment.split(';');
    const base = offset + segStart;
    if (head) out.push({ component: `${prefix}path[${i + 1}]`, value: head, start: base, end: base + head.length });
    let paramStart = head.length + 1;
    for (const param of params) {
      const eq = param.indexOf('=');
      const name = eq >= 0 ? param.slice(0, eq) : param;
      const valueStart = base + paramStart + (eq >= 0 ? eq + 1 : param.length);
      matrix.push({ component: `${prefix}matrix:${name}`, value: eq >= 0 ? param.slice(eq + 1) : '', start: valueStart, end: base + paramStart + param.length });
      paramStart += param.length + 1;
    }
    segStart += segment.length + 1;
  });
  out.push(...numberRepeats(matrix));
}

function addQuery(out: UrlComponent[], query: string, offset: number, prefix: string): void {
  const named: UrlComponent[] = [];
  let bare = 0;
  let itemStart = 0;
  for (const item of query.split('&')) {
    const start = offset + itemStart;
    itemStart += item.length + 1;
    if (!item) continue;
    const eq = item.indexOf('=');
    if (eq < 0) {
      out.push({ component: `${prefix}[${++bare}]`, value: item, start, end: start + item.length });
    } else {
      named.push({ component: `${prefix}:${item.slice(0, eq)}`, value: item.slice(eq + 1), start: start + eq + 1, end: start + item.length });
    }
  }
  out.push(...numberRepeats(named));
}

function addFragment(out: UrlComponent[], fragment: string, offset: number): void {
  out.push({ component: 'fragment', value: fragment, start: offset, end: offset + fragment.length });
  const q = fragment.indexOf('?');
  const route = q >= 0 ? fragment.slice(0, q) : fragment;
  const routeStart = route.startsWith('!/') ? 1 : route.startsWith('/') ? 0 : -1;
  if (routeStart >= 0) addPath(out, route.slice(routeStart), offset + routeStart, 'fragment:');
  if (q >= 0) addQuery(out, fragment.slice(q + 1), offset + q + 1, 'fragment:query');
  else if (routeStart < 0 && fragment.includes('=')) addQuery(out, fragment, offset, 'fragment:query');
}

/** `name` stays as is when unique; repeated names become `name[1]`, `name[2]`… in order. */
function numberRepeats(components: UrlComponent[]): UrlComponent[] {
  const counts = new Map<string, number>();
  for (const c of components) counts.set(c.component, (counts.get(c.component) ?? 0) + 1);
  const seen = new Map<string, number>();
  return components.map((c) => {
    if (counts.get(c.component) === 1) return c;
    const n = (seen.get(c.component) ?? 0) + 1;
    seen.set(c.component, n);
    return { ...c, component: `${c.component}[${n}]` };
  });
}
