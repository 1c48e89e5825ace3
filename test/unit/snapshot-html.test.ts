import { describe, expect, it } from 'vitest';
import { SNAPSHOT_HTML_LIMIT, SNAPSHOT_TEXT_LIMIT, snapshotFromHtml } from '../../src/page/snapshot.ts';

const page = { url: 'http://lure.test/a/b.html', status: 200 };

describe('snapshotFromHtml', () => {
  const html = `<!DOCTYPE html><html><head><title> Sign
    in </title><style>.x{color:red}</style><script>var secret = "script text";</script></head>
    <body><h1>Hello</h1><p>first</p><p>second <b>bold</b></p>
    <div style="display: none">hidden by style</div><div hidden>hidden attr</div><noscript>no script</noscript>
    <form action="/post.php" method="POST"><input name="user"><input type="Password" name="pw">
      <input type="hidden" name="token" value="t0k3n"><input type="submit" value="Log in"></form>
    <input type="email" id="loose" placeholder="your mail">
    <a href="../c.html">relative <img src="x.png" alt="Logo Alt"></a> <a href="mailto:reg@mail.test?subject=x">mail us</a>
    <a href="javascript:void(0)">js</a><a href="#top">top</a><img alt="  second   alt ">
    </body></html>`;
  const snap = snapshotFromHtml(html, page);

  it('takes the title and the visible text only', () => {
    expect(snap.title).toBe('Sign in');
    expect(snap.text).toBe('Hello first second bold Log in your mail relative mail us jstop');
    for (const invisible of ['script text', 'color:red', 'hidden by style', 'hidden attr', 'no script', 't0k3n']) {
      expect(snap.text).not.toContain(invisible);
    }
  });

  it('lists forms with resolved actions and typed inputs, and loose inputs as a formless form', () => {
    expect(snap.forms).toEqual([
      {
        action: 'http://lure.test/post.php',
        method: 'post',
        inputs: [
          { type: 'text', name: 'user', label: 'user', hidden: false },
          { type: 'password', name: 'pw', label: 'pw', hidden: false },
          { type: 'hidden', name: 'token', label: 'token', hidden: true },
          { type: 'submit', name: null, label: '', hidden: false },
        ],
      },
      { action: null, method: 'none', inputs: [{ type: 'email', name: 'loose', label: 'loose your mail', hidden: false }] },
    ]);
  });

  it('resolves links against the page, keeps mailto as written, drops script and fragment links', () => {
    expect(snap.links).toEqual([
      { url: 'http://lure.test/c.html', text: 'relative Logo Alt' },
      { url: 'mailto:reg@mail.test?subject=x', text: 'mail us' },
    ]);
    expect(snap.imageAlts).toEqual(['Logo Alt', 'second alt']);
  });

  it("a field's label ends with its <label>'s words: by for=id, or the first field inside, never a list's choices", () => {
    const s = snapshotFromHtml(
      `<form><label for="n">Card number</label><input id="n" name="one">
      <label>Expiry <script>var inLabel = 1</script><input type="hidden" name="t"><input name="two"><select name="m"><option>Choose?</option></select></label>
      <label for="elsewhere">CVV <input name="three"></label></form>`,
      page,
    );
    expect(s.forms[0]!.inputs.map((i) => i.label)).toEqual(['one n card number', 't', 'two expiry', 'm', 'three']);
  });

  it('honours <base href> for links', () => {
    const s = snapshotFromHtml('<head><base href="http://cdn.test/x/"></head><a href="y">y</a>', page);
    expect(s.links[0].url).toBe('http://cdn.test/x/y');
  });

  it('hashes the tag structure, not the text', () => {
    const a = snapshotFromHtml('<div><p>one</p></div>', page);
    const b = snapshotFromHtml('<div><p>two words</p></div>', page);
    const c = snapshotFromHtml('<div><span>one</span></div>', page);
    expect(a.domHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.domHash).toBe(b.domHash);
    expect(a.domHash).not.toBe(c.domHash);
  });

  it('bounds text and html and carries the page facts through', () => {
    const big = `<p>${'あ'.repeat(SNAPSHOT_HTML_LIMIT)}</p>`;
    const chain = [{ url: page.url, status: 200, cause: 'initial' as const, blocked: null }];
    const s = snapshotFromHtml(big, { ...page, branch: 2, chain, screenshot: 'abc' });
    expect(s.text.length).toBe(SNAPSHOT_TEXT_LIMIT);
    expect(s.html?.length).toBe(SNAPSHOT_HTML_LIMIT);
    expect(s).toMatchObject({ branch: 2, url: page.url, status: 200, chain, screenshot: 'abc', downloads: [] });
  });
});
