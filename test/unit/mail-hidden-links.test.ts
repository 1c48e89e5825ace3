// Links from everywhere an HTML mail can hide them, each with where it was found, and the finding
// when Outlook's hidden button goes elsewhere than the anchor every other client shows.
import { describe, expect, it } from 'vitest';
import { extractLinks, hiddenLinkFindings } from '../../src/mail/links.ts';
import { parseMail } from '../../src/mail/parse.ts';
import { ATTACHMENT_ORIGIN } from '../../src/net/url-policy.ts';
import { sha256 } from '../../src/bytes.ts';
import { buildMultipart } from '../fixtures/mail/build.ts';

const html = (body: string) => extractLinks([{ type: 'html', content: body, where: 'body' }]);
const pick = (body: string) => html(body).map((l) => [l.kind, l.url, l.where]);

// The shape of a real Outlook bulletproof button: VML inside a conditional comment, the anchor for
// everybody else in a downlevel-revealed block.
const button = (hidden: string, visible: string) => `
  <div><!--[if mso]>
    <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="${hidden}" style="height:40px;width:200px" arcsize="10%" fillcolor="#0070ba">
      <v:fill type="tile" src="https://img.test/track/open.gif?u=a8f3k29dk3j4k5l6m7n8" />
      <center>Verify</center>
    </v:roundrect>
  <![endif]--><!--[if !mso]><!-- -->
    <a href="${visible}">Verify</a>
  <!--<![endif]--></div>`;

describe('links in HTML comments', () => {
  it('reads the VML button and background of a conditional comment, marked `comment`', () => {
    expect(pick(button('http://www.paypal.com@0x7f.0x1/verify', 'https://lure.test/v?t=1'))).toEqual([
      ['anchor', 'http://www.paypal.com@0x7f.0x1/verify', 'comment'],
      ['beacon', 'https://img.test/track/open.gif?u=a8f3k29dk3j4k5l6m7n8', 'comment'],
      ['anchor', 'https://lure.test/v?t=1', 'body'],
    ]);
  });

  it('reads anchors and bare URLs in plain comments', () => {
    expect(pick('<p>Hi</p><!-- <a href="https://old.test/a">old</a> see https://note.test/n -->')).toEqual([
      ['anchor', 'https://old.test/a', 'comment'],
      ['text', 'https://note.test/n', 'comment'],
    ]);
  });

  it('a URL both hidden and shown counts as shown', () => {
    expect(pick(button('https://same.test/x', 'https://same.test/x'))).toEqual([
      ['anchor', 'https://same.test/x', 'body'],
      ['beacon', 'https://img.test/track/open.gif?u=a8f3k29dk3j4k5l6m7n8', 'comment'],
    ]);
  });

  it('a hidden button to another host is a finding that names both hosts and the spelling', () => {
    const findings = hiddenLinkFindings(html(button('http://www.paypal.com@0x7f.0x1/verify', 'https://lure.test/v?t=1')));
    expect(findings).toEqual([
      {
        kind: 'hidden-link-host',
        detail: 'a link inside an HTML comment goes to 127.0.0.1 (written www.paypal.com@0x7f.0x1); the visible links go to lure.test',
        brand: null,
      },
    ]);
  });

  it('no finding when the hidden button goes where the visible anchor goes, or when nothing is visible', () => {
    expect(hiddenLinkFindings(html(button('https://same.test/other-token', 'https://same.test/x')))).toEqual([]);
    expect(hiddenLinkFindings(html('<!--[if mso]><v:roundrect href="https://only.test/"></v:roundrect><![endif]-->'))).toEqual([]);
  });
});

describe('scripts, stylesheets, frames, forms and refreshes', () => {
  it.each([
    ['script src', '<script src="https://kit.netlify.test/app.js"></script>', [['script', 'https://kit.netlify.test/app.js', 'body']]],
    ['inline script URL', '<script>fetch("https://collect.test/p.php", {method:"POST"})</script>', [['script', 'https://collect.test/p.php', 'body']]],
    ['stylesheet', '<link rel="stylesheet" href="https://cdn.test/s.css">', [['stylesheet', 'https://cdn.test/s.css', 'body']]],
    ['other link rel', '<link rel="icon" href="https://cdn.test/favicon.ico">', [['other', 'https://cdn.test/favicon.ico', 'body']]],
    ['iframe', '<iframe src="https://frame.test/x"></iframe>', [['iframe', 'https://frame.test/x', 'body']]],
    ['form action', '<form action="https://post.test/login.php"><input type=password></form>', [['form', 'https://post.test/login.php', 'body']]],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://go.test/">', [['other', 'https://go.test/', 'body']]],
  ])('%s', (_name, body, expected) => {
    expect(pick(body)).toEqual(expected);
  });
});

describe('an HTML attachment', () => {
  const page = '<html><head><script src="https://kit.netlify.test/a.js"></script><link rel="stylesheet" href="https://kit.netlify.test/a.css"></head>' +
    '<body><form action="https://collect.test/post.php" method="post"><input type="password" name="pw"></form>' +
    '<iframe src="https://frame.test/f"></iframe></body></html>';
  const raw = buildMultipart({ From: 'Billing <billing@shop.example>', To: 'r@x.test', Subject: 'Invoice' }, [
    { contentType: 'text/plain; charset=utf-8', body: 'See the attached invoice.' },
    { contentType: 'text/html; charset=utf-8', filename: 'Invoice #42.html', body: page },
  ]);

  it('is a link itself, on the .invalid origin, with its sha256 and file name; its bytes ride along', async () => {
    const m = await parseMail(raw, 'a.eml');
    const hash = sha256(Buffer.from(page));
    const att = m.links.find((l) => l.kind === 'attachment');
    expect(att).toMatchObject({ url: `${ATTACHMENT_ORIGIN}/${hash}/Invoice%20%2342.html`, where: 'attachment:Invoice #42.html', text: 'Invoice #42.html', visitable: true });
    expect(m.attachments).toEqual([{ sha256: hash, filename: 'Invoice #42.html', mime: 'text/html', data: Buffer.from(page) }]);
  });

  it('gives its scripts, stylesheets, forms and frames, each marked with the attachment', async () => {
    const m = await parseMail(raw, 'a.eml');
    expect(m.links.filter((l) => l.kind !== 'attachment').map((l) => [l.kind, l.url, l.where])).toEqual([
      ['script', 'https://kit.netlify.test/a.js', 'attachment:Invoice #42.html'],
      ['stylesheet', 'https://kit.netlify.test/a.css', 'attachment:Invoice #42.html'],
      ['form', 'https://collect.test/post.php', 'attachment:Invoice #42.html'],
      ['iframe', 'https://frame.test/f', 'attachment:Invoice #42.html'],
    ]);
  });
});

describe('a page written into a data: URL', () => {
  const page = '<html><body><form action="https://collect.test/p.php"><input type="password"></form><script src="https://kit.test/k.js"></script></body></html>';
  const mailWith = (html: string) => parseMail(buildMultipart({ From: 'IT <it@corp.example>', To: 'r@x.test', Subject: 'Expiry' }, [{ contentType: 'text/html; charset=utf-8', body: html }]), 'd.eml');
  const b64 = Buffer.from(page).toString('base64');

  it.each([
    ['base64, double quotes', `<a href="data:text/html;base64,${b64}">keep</a>`],
    ['base64, single quotes, spaces', `<a href = ' data:text/html;charset=utf-8;base64,${b64}'>keep</a>`],
    ['unquoted', `<a href=data:text/html;base64,${b64}>keep</a>`],
    ['percent-encoded, in an iframe', `<iframe src="data:text/html,${encodeURIComponent(page).replace(/'/g, '%27')}"></iframe>`],
  ])('%s: the page is an attachment link (data-url-1.html) and its own links are read', async (_, html) => {
    const m = await mailWith(html);
    const hash = sha256(Buffer.from(page));
    expect(m.attachments).toEqual([{ sha256: hash, filename: 'data-url-1.html', mime: 'text/html', data: Buffer.from(page) }]);
    expect(m.links.filter((l) => !l.url.startsWith('data:')).map((l) => [l.kind, l.url, l.where])).toEqual([
      ['form', 'https://collect.test/p.php', 'attachment:data-url-1.html'],
      ['script', 'https://kit.test/k.js', 'attachment:data-url-1.html'],
      ['attachment', `${ATTACHMENT_ORIGIN}/${hash}/data-url-1.html`, 'body'],
    ]);
  });

  it('a page with a charset parameter (Shift_JIS bytes) is read; images and plain text in data: URLs are no pages', async () => {
    const jp = await mailWith(`<a href="data:text/html;charset=shift_jis;base64,${Buffer.concat([Buffer.from('<p>'), Buffer.from([0x82, 0xa0]), Buffer.from('</p><a href="https://sj.test/">x</a>')]).toString('base64')}">go</a>`);
    expect(jp.links.find((l) => l.where === 'attachment:data-url-1.html')?.url).toBe('https://sj.test/');
    const none = await mailWith('<a href="data:text/plain,hello">t</a><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    expect(none.attachments).toEqual([]);
    expect(none.links.some((l) => l.kind === 'attachment')).toBe(false);
  });

  it('a protocol-relative link takes https, as in the webmail page it is opened from', () => {
    expect(html('<a href="//lure.test/p?u=1">x</a><img src="//cdn.test/o.gif" width="1" height="1"><a href="///nohost">y</a>').map((l) => [l.kind, l.url, l.refused])).toEqual([
      ['anchor', 'https://lure.test/p?u=1', null],
      ['beacon', 'https://cdn.test/o.gif', 'beacon: fetching it would confirm the recipient'],
      ['anchor', '///nohost', 'malformed URL: no scheme'],
    ]);
  });

  it('a javascript: anchor is not followed, but the URL written in it is a script link', () => {
    expect(pick(`<a href="javascript:location='https://js-href.test/x?u=1'">open</a><a href='javascript:window.open("https://pop.test/")'>p</a>`)).toEqual([
      ['anchor', "javascript:location='https://js-href.test/x?u=1'", 'body'],
      ['script', 'https://js-href.test/x?u=1', 'body'],
      ['anchor', 'javascript:window.open("https://pop.test/")', 'body'],
      ['script', 'https://pop.test/', 'body'],
    ]);
  });
});
