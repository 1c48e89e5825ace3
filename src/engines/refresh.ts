// The HTML "shared declarative refresh steps", used for both `<meta http-equiv=refresh>` and the
// `Refresh:` header (whose value node already hands over isomorphic-decoded, one char per byte).
// A lenient regex gets `1; urfoo`, `1 url=foo`, `.9;url=x` and `1;;url=foo` wrong: hence the
// state machine, checked against the web-platform-tests cases.

const WS = new Set(['\t', '\n', '\f', '\r', ' ']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** What the URL parser strips before parsing: TAB/LF/CR anywhere, C0 controls and spaces at the ends. */
function urlParserClean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * `{ delay, url }` for a refresh value (delay in whole seconds; url still relative, null for a
 * reload of the same document), or null when the value does not refresh at all.
 */
export function parseRefresh(value: string): { delay: number; url: string | null } | null {
  let i = 0;
  const skipWs = () => {
    while (i < value.length && WS.has(value[i])) i++;
  };
  skipWs();
  const digitsStart = i;
  while (isDigit(value[i])) i++;
  if (i === digitsStart && value[i] !== '.') return null;
  const delay = i === digitsStart ? 0 : Number.parseInt(value.slice(digitsStart, i), 10);
  while (isDigit(value[i]) || value[i] === '.') i++;
  if (i < value.length) {
    const c = value[i];
    if (c !== ';' && c !== ',' && !WS.has(c)) return null;
    skipWs();
    if (value[i] === ';' || value[i] === ',') i++;
    skipWs();
  }
  if (i >= value.length) return { delay, url: null };

  let rest = value.slice(i);
  if (rest[0] === 'u' || rest[0] === 'U') {
    const prefix = /^url[\t\n\f\r ]*=[\t\n\f\r ]*/i.exec(rest);
    if (!prefix) return { delay, url: urlParserClean(rest) };
    rest = rest.slice(prefix[0].length);
  }
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    rest = rest.slice(1);
    const end = rest.indexOf(quote);
    if (end >= 0) rest = rest.slice(0, end);
  }
  return { delay, url: urlParserClean(rest) };
}
