// The double-byte codecs are built when first used (src/mail/iconv-lazy.ts), not when libmime
// loads: they must still decode and encode as iconv-lite's own, and still look alike to libmime.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseMail } from '../../src/mail/parse.ts';
import { buildMail, encodeText } from '../fixtures/mail/build.ts';

const decoderOf = (charset: string) => (iconv as unknown as { getCodec(name: string): { decoder: unknown } }).getCodec(charset).decoder;

describe('lazy double-byte codecs', () => {
  it('round-trip every double-byte charset', () => {
    for (const [charset, text] of [['gbk', '中文测试'], ['gb18030', '中文𠀀测试'], ['shift_jis', 'アマゾン'], ['big5', '繁體中文'], ['euc-kr', '한국어'], ['cp932', '①ｱ']]) {
      expect(iconv.decode(iconv.encode(text, charset), charset), charset).toBe(text);
    }
  });

  it('share one decoder class, which libmime uses to recognise them, and no other codec has it', () => {
    const gbk = decoderOf('gbk');
    for (const charset of ['shift_jis', 'big5', 'euc-kr', 'gb18030']) expect(decoderOf(charset), charset).toBe(gbk);
    expect(decoderOf('windows-1252')).not.toBe(gbk);
  });

  it('a GB18030 body with four-byte characters decodes through mailparser', async () => {
    const text = `${'𠀀中文 '.repeat(4000)}https://example.com/x`;
    const raw = buildMail({ headers: { From: 'a@b.example', Subject: 's' }, contentType: 'text/plain; charset=gb18030', transferEncoding: 'base64', body: encodeText(text, 'gb18030') });
    const m = await parseMail(raw, 'g.eml', { brands: [] });
    expect(m.links.map((l) => l.url)).toEqual(['https://example.com/x']);
  });
});
