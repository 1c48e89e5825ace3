import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem, type ParsedMail } from '../../src/mail/inputs.ts';
import { headerDate } from '../../src/mail/headers.ts';
import { parseMail } from '../../src/mail/parse.ts';
import { buildMail } from '../fixtures/mail/build.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/emails/', import.meta.url));
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`mail-inputs: corpus not found at ${CORPUS}; corpus tests skipped`);
const corpusFiles = hasCorpus
  ? ['japanese', 'phishing_pot'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.eml')).sort().map((f) => join(CORPUS, d, f)))
  : [];

const tmp = mkdtempSync(join(tmpdir(), 'hoptrace-mail-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}
const mails = (items: InputItem[]): ParsedMail[] => items.flatMap((i) => (i.type === 'mail' ? [i.mail] : []));
const corpusMail = async (rel: string) => parseMail(readFileSync(join(CORPUS, rel)), rel);

describe.skipIf(!hasCorpus)('the real-mail corpus', () => {
  it('parses all 80 messages without a throw; each with a subject (sample-127 has an empty one)', async () => {
    const parsed = mails(await collect(corpusFiles));
    expect(parsed).toHaveLength(80);
    for (const m of parsed) {
      if (m.source.endsWith('sample-127.eml')) expect(m.subject).toBe('');
      else expect(m.subject, m.source).not.toBe('');
      // osst_00133's subject bytes were mangled by the list software (stray 0x98 0x94 inside EUC-JP).
      if (!m.source.includes('osst_00133')) expect(m.subject, m.source).not.toMatch(/\uFFFD|=\?/);
    }
  });

  it('erofs_01984: ISO-2022-JP subject, SendGrid upn= anchors, /wf/open pixel as beacon', async () => {
    const m = await corpusMail('japanese/erofs_01984_a0eb96243982.eml');
    expect(m.subject).toBe('お支払い方法の情報を更新');
    expect(m.charsets).toContain('iso-2022-jp');
    const anchors = m.links.filter((l) => l.kind === 'anchor');
    expect(anchors.length).toBeGreaterThanOrEqual(6);
    expect(anchors.every((l) => /upn=/.test(l.url) && l.visitable)).toBe(true);
    const beacons = m.links.filter((l) => l.kind === 'beacon');
    expect(beacons).toHaveLength(1);
    expect(beacons[0].url).toMatch(/\/wf\/open\?upn=/);
    expect(beacons[0].visitable).toBe(false);
    expect(m.sender.findings.map((f) => [f.kind, f.brand])).toContainEqual(['display-name-brand', 'Amazon']);
  });

  it.each([
    ['japanese/erofs_11254_7b1cb5555e42.eml', '取引目的等の確認のお願い', 'shift_jis'],
    ['japanese/osst_00994_0818774b9aef.eml', '[Osst-users] あなたのjcbカードにはリスク取引がありますので、3日以内にパスワードを変更し、リスクを解除し', 'iso-2022-jp'],
    ['phishing_pot/sample-1304.eml', 'Reminder: Customer Payment Needed #oo2oyj6dku6kdhekfc84exnt', 'iso-8859-5'],
    ['phishing_pot/sample-1968.eml', 'Fwd: Reminder: Your Amаzon accоunt is tempоrarily on hоld [', 'koi8-r'],
  ])('%s decodes its subject', async (rel, subjectStart, charset) => {
    const m = await corpusMail(rel);
    expect(m.subject.startsWith(subjectStart.slice(0, 40))).toBe(true);
    expect(m.charsets).toContain(charset);
  });

  it('finds the look-alike and brand tricks of the Japanese set', async () => {
    const eki = await corpusMail('japanese/erofs_04975_f4489cef94c5.eml');
    expect(eki.sender.findings.map((f) => [f.kind, f.brand])).toEqual(expect.arrayContaining([['display-name-brand', 'JR East'], ['local-part-domain', 'JR East']]));
    const amazon = await corpusMail('japanese/osst_01334_32a38a406b8e.eml');
    expect(amazon.links.filter((l) => l.kind === 'beacon')).toHaveLength(2);
  });

  it('unwraps the Proofpoint and Google links of the corpus', async () => {
    const pp = await corpusMail('phishing_pot/sample-2042.eml');
    expect(pp.links.some((l) => l.wrappedUrl?.includes('urldefense') && !l.url.includes('urldefense'))).toBe(true);
    const g = await corpusMail('phishing_pot/sample-1227.eml');
    expect(g.links.some((l) => l.wrappedUrl?.includes('google.com/url') && !l.url.includes('google.com/url'))).toBe(true);
  });

  it('mislabelled charsets fall back without garbage', async () => {
    for (const rel of ['phishing_pot/sample-423.eml', 'phishing_pot/sample-666.eml', 'phishing_pot/sample-3863.eml']) {
      const m = await corpusMail(rel);
      expect(m.subject).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('an mbox of corpus messages gives the same results as the single files, >From quoting undone', async () => {
    const picks = ['japanese/erofs_01984_a0eb96243982.eml', 'japanese/erofs_11254_7b1cb5555e42.eml', 'phishing_pot/sample-1044.eml'];
    const quoted = buildMail({ headers: { From: 'a@x.test', Subject: 'quoted' }, body: 'From the start\n>From here https://q.test/a\n' });
    const singles = [...picks.map((p) => readFileSync(join(CORPUS, p))), quoted];
    const mboxrd = singles
      .map((raw) => {
        const text = raw.toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
        return `From sender@example.test Thu Jan  1 00:00:00 2025\n${text}${text.endsWith('\n') ? '' : '\n'}\n`;
      })
      .join('');
    const path = join(tmp, 'box.mbox');
    writeFileSync(path, Buffer.from(mboxrd, 'latin1'));
    const fromMbox = mails(await collect([path]));
    expect(fromMbox.map((m) => m.source)).toEqual([1, 2, 3, 4].map((n) => `${path}#${n}`));
    for (const [i, raw] of singles.entries()) {
      const single = await parseMail(Buffer.from(raw.toString('latin1').replace(/\r\n/g, '\n'), 'latin1'), 'x');
      const { source: _a, ...a } = fromMbox[i];
      const { source: _b, ...b } = single;
      expect(a).toEqual(b);
    }
    expect(fromMbox[3].links.map((l) => l.url)).toEqual(['https://q.test/a']);
  });
});

describe('inputs', () => {
  it('reads a Maildir (new/ and cur/, not tmp/), a URL list, and reports a missing path', async () => {
    const md = join(tmp, 'Maildir');
    for (const d of ['new', 'cur', 'tmp']) mkdirSync(join(md, d), { recursive: true });
    writeFileSync(join(md, 'new', '1700000000.M1P1.host'), buildMail({ headers: { From: 'a@x.test', Subject: 'new one' }, body: 'https://n.test/' }));
    writeFileSync(join(md, 'cur', '1700000001.M2P2.host:2,S'), buildMail({ headers: { From: 'a@x.test', Subject: 'seen one' }, body: 'https://c.test/' }));
    writeFileSync(join(md, 'tmp', 'partial'), 'From: a@x.test\r\nSubject: partial');
    const list = join(tmp, 'urls.txt');
    writeFileSync(list, '# lures\nhttps://a.test/1\n\nhttps://b.test/2?x=Y#f\n');
    const items = await collect([md, list, join(tmp, 'missing.eml')]);
    expect(mails(items).map((m) => m.subject)).toEqual(['new one', 'seen one']);
    expect(items[2]).toEqual({ type: 'urls', source: list, urls: [{ url: 'https://a.test/1', line: 2 }, { url: 'https://b.test/2?x=Y#f', line: 4 }] });
    expect(items[3].type).toBe('error');
  });

  it('records bad input in errors and carries on', async () => {
    const bad: [string, Buffer, RegExp][] = [
      ['empty.eml', Buffer.alloc(0), /empty file/],
      ['binary.eml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 0xff, 0xfe]), /binary data/],
      ['header-only.eml', Buffer.from('From: a@x.test\r\nSubject: no body\r\n'), /header-only/],
      ['trunc-b64.eml', Buffer.from(`From: a@x.test\r\nSubject: t\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('<a href="https://t.test/ok">x</a>').toString('base64').slice(0, 41)}\r\n`), /base64 part\(s\) truncated/],
      ['unclosed.eml', Buffer.from('From: a@x.test\r\nSubject: u\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html\r\n\r\n<a href="https://u.test/found">go</a>\r\n'), /never closed/],
    ];
    for (const [name, raw] of bad) writeFileSync(join(tmp, name), raw);
    const huge = join(tmp, 'huge.eml');
    writeFileSync(huge, `From: a@x.test\r\nSubject: huge\r\nContent-Type: text/plain\r\n\r\n${'x'.repeat(4 * 1024 * 1024)} https://end.test/far\r\n`);
    const parsed = mails(await collect([...bad.map(([n]) => join(tmp, n)), huge]));
    expect(parsed).toHaveLength(bad.length + 1);
    for (const [i, [, , error]] of bad.entries()) expect(parsed[i].errors.join('\n'), bad[i][0]).toMatch(error);
    expect(parsed[4].links.map((l) => l.url)).toEqual(['https://u.test/found']);
    expect(parsed[5].links.map((l) => l.url)).toEqual(['https://end.test/far']);
  });

  it('a message without a Date header has no date (not the time it was read); an unreadable one neither', async () => {
    const undated = await parseMail(buildMail({ headers: { From: 'a@x.test', Subject: 's' }, body: 'hi' }), 'u');
    const garbled = await parseMail(buildMail({ headers: { From: 'a@x.test', Date: 'yesterday-ish', Subject: 's' }, body: 'hi' }), 'g');
    const dated = await parseMail(buildMail({ headers: { From: 'a@x.test', Date: 'Thu, 01 Jan 2025 09:00:00 +0900', Subject: 's' }, body: 'hi' }), 'd');
    expect([undated.date, garbled.date, dated.date]).toEqual([null, null, '2025-01-01T00:00:00.000Z']);
  });

  it.each([
    ['Thu, 01 Jan 2025 09:00:00 +0900 (JST)', '2025-01-01T00:00:00.000Z'],
    ['Thu, 1 Jan 2025 09:00:00 JST', '2025-01-01T00:00:00.000Z'],
    ['Mon, 2 Dec 2024 10:00:00 -0500 (EST)', '2024-12-02T15:00:00.000Z'],
    ['1 Jan 25 09:00 GMT', '2025-01-01T09:00:00.000Z'],
    // corpus: a stray number glued to the zone; a second time before the zone
    ['Sat, 01 Jun 2024 07:11:01 +0000-62495-238', '2024-06-01T07:11:01.000Z'],
    ['Sun, 06 Aug 2023 06:34:47 03:32:34 -0700', '2023-08-06T06:34:47.000Z'],
    ['Thu, 01 Jan 2025 09:00:00 QQT', '2025-01-01T09:00:00.000Z'],
    ['2025-01-01T00:00:00+09:00', '2024-12-31T15:00:00.000Z'],
    ['2025-01-01 00:00', '2025-01-01T00:00:00.000Z'],
    ['11-04-2023', '2023-11-04T00:00:00.000Z'],
    ['yesterday-ish', null],
    ['', null],
  ])('Date header %j reads as %s, whatever the machine\'s time zone', (value, iso) => {
    expect(headerDate(value)).toBe(iso);
  });

  it('collects recipients from To, Delivered-To, X-Original-To, Envelope-To and extra headers', async () => {
    const raw = buildMail({
      headers: { From: 'a@x.test', To: '"Bob" <Bob@Example.TEST>', 'Delivered-To': 'bob@example.test', 'X-Original-To': 'Alias@EXAMPLE.test', 'Envelope-To': 'bob@example.test', 'X-Rcpt': 'carol@c.test', Subject: 's' },
      body: 'hi',
    });
    const m = await parseMail(raw, 'r', { recipientHeaders: ['X-Rcpt'] });
    expect(m.recipients).toEqual(['Bob@example.test', 'bob@example.test', 'Alias@example.test', 'carol@c.test']);
  });
});
