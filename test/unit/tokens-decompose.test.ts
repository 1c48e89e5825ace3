import { describe, expect, it } from 'vitest';
import { decomposeUrl, spliceUrl } from '../../src/tokens/decompose.ts';

const pairs = (url: string) => decomposeUrl(url).map((c) => [c.component, c.value]);

describe('decomposeUrl', () => {
  it.each([
    {
      url: 'https://u1:pw@a.b.example.test:8080/x/y',
      want: [['userinfo', 'u1:pw'], ['host', 'a.b.example.test'], ['host[0]', 'a'], ['host[1]', 'b'], ['host[2]', 'example'], ['host[3]', 'test'], ['path[1]', 'x'], ['path[2]', 'y']],
    },
    {
      url: 'http://h.test/a%2Fb/;jsessionid=X1;v=2/c?q=a+b&q=%41&Q=3&bare&=empty#top',
      want: [
        ['host', 'h.test'], ['host[0]', 'h'], ['host[1]', 'test'],
        ['path[1]', 'a%2Fb'], ['path[3]', 'c'], ['matrix:jsessionid', 'X1'], ['matrix:v', '2'],
        ['query[1]', 'bare'], ['query:q[1]', 'a+b'], ['query:q[2]', '%41'], ['query:Q', '3'], ['query:', 'empty'],
        ['fragment', 'top'],
      ],
    },
    {
      url: 'https://app.test/#!/route/T0k3n?x=1&y=%40',
      want: [['host', 'app.test'], ['host[0]', 'app'], ['host[1]', 'test'], ['fragment', '!/route/T0k3n?x=1&y=%40'], ['fragment:path[1]', 'route'], ['fragment:path[2]', 'T0k3n'], ['fragment:query:x', '1'], ['fragment:query:y', '%40']],
    },
    {
      url: 'https://app.test/p#email=a%40b.test&id=7',
      want: [['host', 'app.test'], ['host[0]', 'app'], ['host[1]', 'test'], ['path[1]', 'p'], ['fragment', 'email=a%40b.test&id=7'], ['fragment:query:email', 'a%40b.test'], ['fragment:query:id', '7']],
    },
    { url: 'mailto:x@y.test', want: [['path[1]', 'x@y.test']] },
    { url: 'not a url', want: [] },
  ])('$url', ({ url, want }) => {
    expect(pairs(url)).toEqual(want);
  });

  it('gives offsets that slice back to each raw value, so a splice changes nothing else', () => {
    const url = 'https://a.b.test/x;m=1/yy?q=1&q=2&r=%2F#/f?z=9';
    for (const c of decomposeUrl(url)) expect(url.slice(c.start, c.end)).toBe(c.value);
    const r = decomposeUrl(url).find((c) => c.component === 'query:q[2]')!;
    expect(spliceUrl(url, [{ start: r.start, end: r.end, value: 'NEW' }])).toBe('https://a.b.test/x;m=1/yy?q=1&q=NEW&r=%2F#/f?z=9');
  });
});
