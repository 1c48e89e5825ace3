// The page server behind `npm run eval`: each wild page at its own host and path on loopback, as
// it was saved, including paths a browser keeps as written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWildServer, type WildServer } from '../fixtures/wild-server.ts';

const get = (port: number, host: string, path: string) =>
  new Promise<{ status: number; body: string; type?: string }>((ok, fail) => {
    request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    })
      .on('error', fail)
      .end();
  });

describe('wild page server', () => {
  const root = mkdtempSync(join(tmpdir(), 'wild-'));
  let server: WildServer;
  beforeAll(async () => {
    writeFileSync(join(root, 'a.html'), '<title>double slash</title>');
    writeFileSync(join(root, 'b.html'), '<title>plain</title>');
    writeFileSync(join(root, 'recipe.testhtml'), '<title>recipe</title>');
    writeFileSync(join(root, 'data.testhtml'), 'not a page');
    server = await startWildServer(
      [
        { url: 'https://www.example.co.jp//books/1/', file: join(root, 'a.html') },
        { url: 'https://news.example.com/x', file: join(root, 'b.html') },
        { url: 'https://cook.example.com/r/1', file: join(root, 'recipe.testhtml') },
      ],
      root,
    );
  });
  afterAll(() => server.close());

  it('serves a page whose saved path starts with two slashes at that path, under its host', async () => {
    expect(server.crawlUrl('https://www.example.co.jp//books/1/')).toBe(`http://www.example.co.jp:${server.port}//books/1/`);
    expect(await get(server.port, 'www.example.co.jp', '//books/1/')).toMatchObject({ status: 200, body: '<title>double slash</title>' });
    expect((await get(server.port, 'books', '/1/')).status).toBe(404);
  });

  it('serves by Host header and path; what the corpus does not hold is a 404', async () => {
    expect((await get(server.port, 'news.example.com', '/x')).body).toBe('<title>plain</title>');
    expect((await get(server.port, 'other.example.com', '/x')).status).toBe(404);
  });

  it('serves a page as HTML whatever its saved name; a file beside it by its own', async () => {
    expect(await get(server.port, 'cook.example.com', '/r/1')).toMatchObject({ status: 200, type: 'text/html' });
    expect((await get(server.port, 'cook.example.com', '/r/data.testhtml')).type).toBe('application/octet-stream');
  });
});
