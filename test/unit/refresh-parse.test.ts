import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRefresh } from '../../src/engines/refresh.ts';

const casesFile = fileURLToPath(new URL('../../../shared/corpus/wpt-refresh/meta-refresh-parsing-cases.json', import.meta.url));

interface WptCase {
  input: string;
  parses: boolean;
  delay?: number;
  url?: string | null;
}

const cases: WptCase[] = existsSync(casesFile) ? JSON.parse(readFileSync(casesFile, 'utf8')).cases : [];

describe.skipIf(cases.length === 0)('parseRefresh against the web-platform-tests cases (corpus wpt-refresh)', () => {
  it('has the 69 cases', () => {
    expect(cases).toHaveLength(69);
  });
  it.each(cases.map((c) => [JSON.stringify(c.input), c] as const))('%s', (_name, c) => {
    expect(parseRefresh(c.input)).toEqual(c.parses ? { delay: c.delay, url: c.url ?? null } : null);
  });
});

if (cases.length === 0) {
  it.skip(`wpt refresh cases skipped: corpus file absent (${casesFile})`, () => {});
}

describe('parseRefresh beyond the wpt table', () => {
  it.each([
    ['0;./refreshed.txt?\xFF', { delay: 0, url: './refreshed.txt?\xFF' }],
    ['5; URL = "https://x.test/a b"', { delay: 5, url: 'https://x.test/a b' }],
    ['999999999999; url=/later', { delay: 999999999999, url: '/later' }],
    ['\v1; url=foo', null],
  ])('%j', (input, expected) => {
    expect(parseRefresh(input)).toEqual(expected);
  });

  it('percent-encodes a header byte 0xFF as UTF-8 once resolved (the wpt Refresh header case)', () => {
    const r = parseRefresh('0;./refreshed.txt?\xFF');
    expect(new URL(r!.url!, 'http://a.test/dir/page').href).toBe('http://a.test/dir/refreshed.txt?%C3%BF');
  });
});
