// Reading HAR files made by other tools into visits: the chain and its causes from what the file
// shows, never more; and every malformed or hostile entry refused with where it is.
import { describe, expect, it } from 'vitest';
import { visitsFromHar } from '../../src/interop/har-import.ts';
import { ImportProblem } from '../../src/interop/imported.ts';
import { CAUSE_NOT_RECORDED, rebuildCapture } from '../../src/interop/rebuild.ts';

const LIMIT = 1_000_000;
const T0 = Date.parse('2026-12-01T00:00:00Z');

interface E {
  url: string;
  status?: number;
  headers?: [string, string][];
  text?: string;
  base64?: boolean;
  type?: string;
  initiator?: string;
  mime?: string;
}

/** A HAR as DevTools writes one: no `_hop…` fields, `_resourceType` and `_initiator` on entries. */
function har(entries: E[]): unknown {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [{ id: 'page_1', title: 't', startedDateTime: new Date(T0).toISOString(), pageTimings: {} }],
      entries: entries.map((e, i) => ({
        pageref: 'page_1',
        startedDateTime: new Date(T0 + i * 10).toISOString(),
        time: 5,
        request: { method: 'GET', url: e.url, httpVersion: 'HTTP/1.1', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
        response: {
          status: e.status ?? 200,
          statusText: '',
          httpVersion: 'HTTP/1.1',
          headers: (e.headers ?? [['content-type', e.mime ?? 'text/html']]).map(([name, value]) => ({ name, value })),
          cookies: [],
          content: { size: 0, mimeType: e.mime ?? 'text/html', ...(e.text !== undefined ? { text: e.text } : {}), ...(e.base64 ? { encoding: 'base64' } : {}) },
          redirectURL: '',
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 5, receive: 0 },
        ...(e.type ? { _resourceType: e.type } : {}),
        ...(e.initiator ? { _initiator: { type: e.initiator } } : {}),
      })),
    },
  };
}

function problem(data: unknown, limit = LIMIT): string {
  try {
    visitsFromHar(data, limit);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportProblem);
    return (err as Error).message;
  }
  throw new Error('no problem found');
}

describe('a DevTools HAR rebuilt into a visit', () => {
  const data = har([
    { url: 'http://lure.test/c', status: 302, headers: [['Location', '/r?uid=1']], type: 'document', initiator: 'other' },
    { url: 'http://lure.test/r?uid=1', headers: [['content-type', 'text/html'], ['Refresh', '0; url=http://b.test/']], text: '<p>wait</p>', type: 'document' },
    { url: 'http://b.test/', text: '<meta http-equiv="refresh" content="0;URL=\'/next\'"><iframe src="http://ads.test/f"></iframe>', type: 'document' },
    { url: 'http://ads.test/f', text: '<p>frame</p>', type: 'document', initiator: 'parser' },
    { url: 'http://b.test/next', text: '<script>location.href="/land"</script>', type: 'document' },
    { url: 'data:image/png;base64,AAAA', mime: 'image/png', type: 'image' },
    { url: 'http://b.test/land', text: '<title>Win</title><h1>Congratulations</h1>', type: 'document', initiator: 'script' },
    { url: 'http://b.test/logo.png', text: Buffer.from([0xff, 0x00, 0x81]).toString('base64'), base64: true, mime: 'image/png', type: 'image' },
    { url: 'http://b.test/gone', type: 'document', initiator: 'other' },
  ]);

  it('takes each cause from what the file shows, and says when it shows none', () => {
    const [v] = visitsFromHar(data, LIMIT);
    expect(v!.notes).toEqual(['1 data:/blob: entries skipped (no network request)']);
    const capture = rebuildCapture(v!.exchanges, v!.facts, []);
    expect(capture.hops.map((h) => [new URL(h.url).pathname, h.cause, h.note ?? null])).toEqual([
      ['/c', 'initial', null],
      ['/r', 'http', null],
      ['/', 'refresh-header', null],
      ['/next', 'meta-refresh', null],
      ['/land', 'script', null],
      ['/gone', 'other', CAUSE_NOT_RECORDED],
    ]);
    // Every response is kept for replay, with the bytes the file holds.
    expect(capture.responses.map((r) => new URL(r.url).pathname)).toEqual(['/c', '/r', '/', '/f', '/next', '/land', '/logo.png', '/gone']);
    const logo = capture.responses.find((r) => r.url.endsWith('/logo.png'))!;
    expect(capture.blobs.find((b) => b.sha256 === logo.bodySha256)!.data).toEqual(Buffer.from([0xff, 0x00, 0x81]));
  });

  it('makes a visit incomplete when the file holds no body for its last document, and takes no snapshot', () => {
    const [v] = visitsFromHar(data, LIMIT);
    const capture = rebuildCapture(v!.exchanges, v!.facts, []);
    expect(capture.snapshots).toEqual([]);
    expect(capture.incomplete).toMatch(/no page body/);
  });

  it('reads the final page from its stored body', () => {
    const [v] = visitsFromHar(har([{ url: 'http://b.test/land', text: '<title>Win</title><h1>Congratulations</h1>', type: 'document' }]), LIMIT);
    const capture = rebuildCapture(v!.exchanges, v!.facts, []);
    expect(capture.snapshots[0]).toMatchObject({ url: 'http://b.test/land', title: 'Win', branch: 0, screenshot: null });
    expect(capture.incomplete).toBeNull();
    expect(capture.outcome).toBe('ok');
  });
});

describe('malformed and hostile HAR files', () => {
  it.each([
    ['not a HAR', [], 'not a HAR: no "log" object'],
    ['no entries list', { log: { entries: 'x' } }, 'not a HAR: "log.entries" is not a list'],
    ['no entries', { log: { entries: [] } }, 'the HAR has no entries'],
    ['an entry without a response', { log: { entries: [{ request: { url: 'http://a.test/' } }] } }, 'entry 0: no request or response object'],
  ])('%s', (_name, data, message) => {
    expect(problem(data)).toBe(message);
  });

  it('refuses file:, javascript: and other schemes, naming the entry', () => {
    expect(problem(har([{ url: 'http://a.test/' }, { url: 'file:///etc/passwd' }]))).toBe('entry 1: file: URLs are refused (only http and https are imported)');
    expect(problem(har([{ url: 'javascript:alert(1)' }]))).toBe('entry 0: javascript: URLs are refused (only http and https are imported)');
    expect(problem(har([{ url: 'not a url' }]))).toBe('entry 0: "not a url" is not a URL');
  });

  it('refuses a body over the limit before decoding it, and base64 that is not', () => {
    expect(problem(har([{ url: 'http://a.test/', text: 'x'.repeat(101) }]), 100)).toBe('entry 0: body of 101 bytes is over the body limit of 100 (--body-limit)');
    expect(problem(har([{ url: 'http://a.test/', text: '%%%%', base64: true }]))).toBe('entry 0: content.text is not base64');
  });

  it('refuses a bad status, method, date or hop cause', () => {
    expect(problem(har([{ url: 'http://a.test/', status: -1 }]))).toBe('entry 0: response.status is not a status code');
    const d = har([{ url: 'http://a.test/' }]) as { log: { entries: Record<string, unknown>[] } };
    d.log.entries[0]!.startedDateTime = 'yesterday';
    expect(problem(d)).toBe('entry 0: startedDateTime is not a date');
    const h = har([{ url: 'http://a.test/' }]) as { log: { entries: Record<string, unknown>[] } };
    Object.assign(h.log.entries[0]!, { _hopSeq: 0, _branch: 0, _hopCause: '<script>' });
    expect(problem(h)).toBe('entry 0: _hopCause "<script>" is not a hop cause');
  });
});
