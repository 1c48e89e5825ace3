import { describe, expect, it } from 'vitest';
import { BEACON_REASON, extractLinks } from '../../src/mail/links.ts';

const html = (body: string) => extractLinks([{ type: 'html', content: body, where: 'body' }]);
const text = (body: string) => extractLinks([{ type: 'text', content: body, where: 'body' }]);
const pick = (links: ReturnType<typeof extractLinks>) => links.map((l) => [l.kind, l.url, l.text, l.refused]);

describe('HTML links', () => {
  it.each([
    ['anchor keeps collapsed text', '<a href="https://a.test/x?B=2&amp;a=1#Frag"> Log\n  <b>in</b> now </a>', [['anchor', 'https://a.test/x?B=2&a=1#Frag', 'Log in now', null]]],
    ['area', '<map><area href="https://a.test/map" alt="Map"></map>', [['area', 'https://a.test/map', 'Map', null]]],
    ['form action', '<form action="https://collect.test/post.php" method="post"><input name="pw"></form>', [['form', 'https://collect.test/post.php', null, null]]],
    ['1x1 image is a beacon', '<img src="https://t.test/i.gif" width="1" height="1">', [['beacon', 'https://t.test/i.gif', null, BEACON_REASON]]],
    ['hidden image is a beacon', '<img src="https://t.test/logo.png" style="display:none">', [['beacon', 'https://t.test/logo.png', null, BEACON_REASON]]],
    ['open-tracking path is a beacon', '<img src="https://u.test/wf/open?upn=abc" width="600">', [['beacon', 'https://u.test/wf/open?upn=abc', null, BEACON_REASON]]],
    ['per-recipient query is a beacon', '<img src="https://u.test/l.png?id=a8f3k29dk3j4k5l6m7n8">', [['beacon', 'https://u.test/l.png?id=a8f3k29dk3j4k5l6m7n8', null, BEACON_REASON]]],
    ['CSS background pixel', '<td style="background-image:url(\'https://t.test/px?u=bob%40x.test\')">', [['beacon', 'https://t.test/px?u=bob%40x.test', null, BEACON_REASON]]],
    ['a plain logo is no link', '<img src="https://cdn.test/logo.png" width="200" height="60">', []],
    ['mailto', '<a href="mailto:help@x.test">mail</a>', [['mailto', 'mailto:help@x.test', 'mail', 'scheme mailto: not visited']]],
    ['javascript', '<a href="javascript:void(0)">x</a>', [['anchor', 'javascript:void(0)', 'x', 'scheme javascript: not visited']]],
    ['tel and data', '<a href="tel:0120">t</a><a href="data:text/html,hi">d</a>', [['anchor', 'tel:0120', 't', 'scheme tel: not visited'], ['anchor', 'data:text/html,hi', 'd', 'scheme data: not visited']]],
    ['relative is malformed', '<a href="/login">x</a>', [['anchor', '/login', 'x', 'malformed URL: no scheme']]],
    ['meta refresh and iframe', '<meta http-equiv="refresh" content="0; url=https://r.test/go"><iframe src="https://f.test/"></iframe>', [['other', 'https://r.test/go', null, null], ['iframe', 'https://f.test/', null, null]]],
    ['bare URL in HTML text', '<p>copy https://bare.test/p?x=1 into your browser</p>', [['text', 'https://bare.test/p?x=1', null, null]]],
  ])('%s', (_name, body, expected) => {
    expect(pick(html(body))).toEqual(expected);
  });

  it('deduplicates (url, kind) and keeps the first anchor text', () => {
    const links = html('<a href="https://d.test/"><img src="https://cdn.test/x.png" width="100"></a><a href="https://d.test/">Second</a><a href="https://d.test/">Third</a>');
    expect(pick(links)).toEqual([['anchor', 'https://d.test/', 'Second', null]]);
  });
});

describe('link protection is unwrapped, the wrapper kept', () => {
  it.each([
    ['Safe Links', 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.test%2Fa%3Fb%3D1&data=05%7C01&reserved=0', 'https://evil.test/a?b=1'],
    ['Proofpoint v2', 'https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.test_path-3Fa-3D1&d=DwMF&c=x', 'https://evil.test/path?a=1'],
    ['Proofpoint v3', 'https://urldefense.com/v3/__https://evil.test/p?a=1*b=2__;Jg!!AbC$', 'https://evil.test/p?a=1&b=2'],
    ['Google', 'https://www.google.com/url?q=https://evil.test/x&sa=D&usg=AOv', 'https://evil.test/x'],
  ])('%s', (_name, wrapped, original) => {
    const [link] = html(`<a href="${wrapped.replace(/&/g, '&amp;')}">go</a>`);
    expect(link.url).toBe(original);
    expect(link.wrappedUrl).toBe(wrapped);
    expect(link.visitable).toBe(true);
  });
});

describe('text links', () => {
  it.each([
    ['Japanese brackets', '詳細は「https://a.test/x?y=1」をご確認ください。', 'https://a.test/x?y=1', null],
    ['full-width parentheses and comma', 'こちら（https://a.test/p）、次へ', 'https://a.test/p', null],
    ['full-width URL', 'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｔｅｓｔ／ｌｏｇｉｎ です', 'https://example.test/login', 'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｔｅｓｔ／ｌｏｇｉｎ'],
    ['defanged hxxp and [.]', 'IOC: hxxps://evil[.]test/path ok', 'https://evil.test/path', 'hxxps://evil[.]test/path'],
    ['defanged (.) and [:]', 'see http[:]//bad(.)test/a', 'http://bad.test/a', 'http[:]//bad(.)test/a'],
    ['www. without scheme', 'visit www.lure.com/login today', 'http://www.lure.com/login', 'www.lure.com/login'],
  ])('%s', (_name, body, url, written) => {
    const links = text(body);
    expect(links.map((l) => [l.url, l.text])).toEqual([[url, written]]);
    expect(links[0].kind).toBe('text');
  });

  it('marks refanged URLs', () => {
    expect(text('hxxp://x[.]test/')[0].defanged).toBe(true);
    expect(text('https://x.test/')[0].defanged).toBeUndefined();
  });

  it('ignores bare domains in prose', () => {
    expect(text('Amazon.co.jp からのお知らせ')).toEqual([]);
  });
});
