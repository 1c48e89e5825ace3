import { describe, expect, it } from 'vitest';
import { decodeLayers } from '../../src/tokens/decode.ts';
import { decomposeUrl } from '../../src/tokens/decompose.ts';
import { classifyValueFormat, explainToken, explainValue, shannonEntropy } from '../../src/tokens/explain.ts';
import { RECIPIENTS, TEMPLATES } from '../fixtures/tokens/campaign.ts';

const componentValue = (url: string, component: string) => decomposeUrl(url).find((c) => c.component === component)?.value;

const cases = TEMPLATES.flatMap((t) =>
  RECIPIENTS.flatMap((recipient) => t.explained.map((want) => ({ name: `${t.name} ${want.component} ${recipient}`, url: t.url(recipient), recipient, want }))),
);

describe('explainToken on the fixture campaign', () => {
  it.each(cases)('$name', ({ url, recipient, want }) => {
    const value = componentValue(url, want.component);
    expect(value).toBeDefined();
    expect(explainToken(value!, recipient)).toEqual({ format: want.format, derivation: want.derivation });
    // The match is to this recipient, not to any address.
    for (const other of RECIPIENTS.filter((r) => r !== recipient)) expect(explainToken(value!, other)).toBeNull();
  });
});

describe('explainToken edge cases', () => {
  it.each([
    { value: 'ALICE@EXAMPLE.TEST', recipient: 'Alice@Example.test', want: { format: 'plain-email', derivation: 'email' } },
    { value: 'mixed.case@example.test', recipient: 'Mixed.Case@Example.test', want: { format: 'plain-email', derivation: 'lower(email)' } },
    // sha256 of the address as written, when it differs from the lower-cased one
    { value: '8c5bd1e4fd7cbfb4b9de43c45e10aa5cb6aa0cdd8e0b5dfcfe21fbcabc6ac12b', recipient: 'X@Y.test', want: null },
    { value: 'info', recipient: 'info@example.test', want: null },
    { value: 'YWxpY2U', recipient: 'alice@example.test', want: null },
    { value: '', recipient: 'alice@example.test', want: null },
    { value: 'alice@example.test', recipient: 'not-an-address', want: null },
  ])('$value for $recipient', ({ value, recipient, want }) => {
    expect(explainToken(value, recipient)).toEqual(want);
  });

  it('names a hash of the address as written when only that matches', async () => {
    const { createHash } = await import('node:crypto');
    const value = createHash('sha256').update('Mixed.Case@Example.test').digest('hex');
    expect(explainToken(value, 'Mixed.Case@Example.test')).toEqual({ format: 'sha256', derivation: 'sha256(email)' });
  });

  it('finds the address under gzip inside base64 and bounds the inflated size', async () => {
    const { gzipSync } = await import('node:zlib');
    const value = gzipSync(Buffer.from('uid=9;mail=alice@example.test')).toString('base64');
    expect(explainToken(value, 'alice@example.test')).toEqual({ format: 'base64', derivation: 'base64(gzip(text(email)))' });
    const bomb = gzipSync(Buffer.alloc(1024 * 1024, 'a')).toString('base64');
    expect(explainToken(bomb, 'alice@example.test')).toBeNull();
  });
});

describe('classifyValueFormat', () => {
  it.each([
    { value: '3f2b8c1e-9d4a-4b6e-8f00-1a2b3c4d5e6f', format: 'uuid' },
    { value: '20240517', format: 'numeric' },
    { value: '9e107d9d372bb6826bd81d3542a419d6', format: 'hex' },
    { value: 'aGVsbG8gd29ybGQ=', format: 'base64' },
    { value: 'aGVsbG8_d29ybGQ_Pz8-', format: 'base64url' },
    { value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', format: 'jwt' },
    { value: 'hello%20world', format: 'urlencoded' },
    { value: 'https://x.test/a', format: 'url' },
    { value: 'index.html', format: 'word' },
    { value: 'q7XkP2mZ9vLr4TnB', format: 'opaque' },
  ])('$value is $format', ({ value, format }) => {
    expect(classifyValueFormat(value).format).toBe(format);
  });

  it.each([
    { value: '', bits: 0 },
    { value: 'aaaa', bits: 0 },
    { value: 'abab', bits: 1 },
    { value: 'abcd', bits: 2 },
  ])('entropy of "$value" is $bits bits/char', ({ value, bits }) => {
    expect(shannonEntropy(value)).toBe(bits);
  });
});

describe('decodeLayers', () => {
  it('peels base64url, then the URL, then the inner base64 value, naming each layer', () => {
    const inner = Buffer.from('alice@mail.example.test').toString('base64url');
    const outer = Buffer.from(`https://x.test/p?e=${inner}`).toString('base64url');
    expect(decodeLayers(outer).map((l) => [l.name, l.text])).toEqual([
      ['base64url(…)', `https://x.test/p?e=${inner}`],
      ['base64url(url(query:e=base64url(…)))', 'alice@mail.example.test'],
    ]);
  });

  it('stops at the depth limit', () => {
    let value = 'alice@example.test';
    for (let i = 0; i < 6; i++) value = Buffer.from(value).toString('hex');
    expect(decodeLayers(value, 4)).toHaveLength(4);
    expect(explainToken(value, 'alice@example.test')).toBeNull();
  });
});

describe('explainValue rebuild', () => {
  it.each([
    { name: 'keeps the JSON formatting as written', json: '{ "user": { "mail": "alice@mail.example.test" }, "n": 1 }', want: '{ "user": { "mail": "decoy@x.test" }, "n": 1 }' },
    { name: 'serialises anew when the text escapes the value its own way', json: '{"mail":"alice\\u0040mail.example.test"}', want: '{"mail":"decoy@x.test"}' },
  ])('$name', ({ json, want }) => {
    const explanation = explainValue(Buffer.from(json).toString('base64url'), 'alice@mail.example.test');
    expect(explanation?.derivation).toMatch(/^base64(url)?\(json\.(user\.)?mail=email\)$/);
    expect(Buffer.from(explanation!.rebuild('decoy@x.test'), 'base64url').toString()).toBe(want);
  });
});
