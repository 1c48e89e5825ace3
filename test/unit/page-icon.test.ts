// Where a page's icon is: what the favicon fingerprint reads and the browser engine fetches.
import { describe, expect, it } from 'vitest';
import { iconUrlOfHtml } from '../../src/page/icon.ts';

const PAGE = 'http://login.kit.test/secure/index.html';

describe('iconUrlOfHtml', () => {
  it.each([
    ['the first icon link, resolved against the page', '<link rel="icon" href="img/a.ico"><link rel="icon" href="/b.ico">', 'http://login.kit.test/secure/img/a.ico'],
    ['a "shortcut icon" link, in any case', '<LINK REL="Shortcut Icon" HREF="//cdn.test/i.png">', 'http://cdn.test/i.png'],
    ['/favicon.ico when the page names none', '<link rel="stylesheet" href="s.css"><link rel="apple-touch-icon-precomposed" href="t.png">', 'http://login.kit.test/favicon.ico'],
    ['/favicon.ico when the icon link has no href', '<link rel="icon"><p>x', 'http://login.kit.test/favicon.ico'],
    ['a data: icon as written', '<link rel="icon" href=" data:image/png;base64,AAAA ">', 'data:image/png;base64,AAAA'],
    ['an entity-encoded href decoded', '<link rel="icon" href="/i.ico?a=1&amp;b=2">', 'http://login.kit.test/i.ico?a=1&b=2'],
  ])('%s', (_what, html, expected) => {
    expect(iconUrlOfHtml(html, PAGE)).toBe(expected);
  });

  it('null for a javascript: icon', () => {
    expect(iconUrlOfHtml('<link rel="icon" href="javascript:alert(1)">', PAGE)).toBeNull();
  });
});
