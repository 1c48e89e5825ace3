import { describe, expect, it } from 'vitest';
import { formatExtracted, type ExtractResult } from '../../src/cli/views/extract.ts';

describe('extract view', () => {
  it('shows attacker strings without letting them drive the terminal', () => {
    const evil = 'Invoice\x1b[2J\x1b]0;pwned\x07 \u202etxt.exe';
    const result: ExtractResult = {
      messages: [{
        source: 'm.eml', index: 0, messageId: null, subject: evil, date: null, from: { address: 'a@b.test', name: evil },
        replyTo: null, returnPath: null, recipients: ['r@x.test'], sender: { findings: [] }, errors: [], charsets: [], attachments: [],
        links: [{ url: `http://a.test/${evil}`, wrappedUrl: null, text: evil, kind: 'anchor', visitable: true, refused: null, where: 'body' }],
      }],
      urlLists: [],
      errors: [],
    };
    const out = formatExtracted(result, { color: false });
    expect(out).toContain('Invoice');
    expect(out).not.toMatch(/[\x1b\x07\u202e]/);
  });
});
