// From headers as spam writes them (issue 26): one row per pattern, each through the whole parser
// (raw bytes in, From out), so what reaches the sender checks is what is asserted. Rows a reader
// would recover give the address; rows no reader could give no address, never a wrong one.
import { describe, expect, it } from 'vitest';
import { parseMail } from '../../src/mail/parse.ts';
import { buildMail } from '../fixtures/mail/build.ts';

const parsed = async (from: string | Buffer) =>
  parseMail(buildMail({ headers: { From: from, To: 'r@x.test', Subject: 's' }, body: 'hi\n' }), 't.eml', { brands: [] });
const fromOf = async (from: string | Buffer) => (await parsed(from)).from;
const b64 = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
const shiftJisAmazon = Buffer.from([0x83, 0x41, 0x83, 0x7d, 0x83, 0x5d, 0x83, 0x93]); // アマゾン

describe('messy From headers a reader recovers', () => {
  it.each<[string, string | Buffer, string, string]>([
    // stray punctuation between the name and the address
    ['quoted name, space, comma', '"PayPal Service" ,<service@paypal.example>', 'service@paypal.example', 'PayPal Service'],
    ['colon after the name, no group', 'Security Alert: <alert@sec.example>', 'alert@sec.example', 'Security Alert'],
    ['a second closing bracket', 'Bank <info@bank.example>>', 'info@bank.example', 'Bank'],
    ['doubled brackets', '<<info@bank.example>>', 'info@bank.example', ''],
    ['no space before the bracket', 'Bank<info@bank.example>', 'info@bank.example', 'Bank'],
    ['a tab before the bracket', 'Bank\t<info@bank.example>', 'info@bank.example', 'Bank'],
    ['spaces inside the brackets', 'Bank < info@bank.example >', 'info@bank.example', 'Bank'],
    ['a stray quote after the address', 'Bank <info@bank.example>"', 'info@bank.example', 'Bank'],
    ['a dot after the address', 'Bank <info@bank.example>.', 'info@bank.example', 'Bank'],
    ['a trailing comma', 'Bank <info@bank.example>,', 'info@bank.example', 'Bank'],
    ['a trailing semicolon', '"Bank" <info@bank.example>; ', 'info@bank.example', 'Bank'],
    ['text after the address', 'Bank <info@bank.example> via Mailer', 'info@bank.example', 'Bank'],
    ['two bracketed addresses, no comma', 'Bank <a@bank.example><b@bank.example>', 'a@bank.example', 'Bank'],
    ['no opening bracket', 'Bank info@bank.example>', 'info@bank.example', 'Bank'],
    ['no closing bracket', 'Bank <info@bank.example', 'info@bank.example', 'Bank'],
    ['an unclosed quote around name and address', '"PayPal <service@paypal.example>', 'service@paypal.example', 'PayPal'],
    // the address as the name
    ['the address as a bare name', 'info@bank.example <info@bank.example>', 'info@bank.example', 'info@bank.example'],
    ['the address as a quoted name', '"info@bank.example" <info@bank.example>', 'info@bank.example', 'info@bank.example'],
    ['an empty quoted name', '"" <info@bank.example>', 'info@bank.example', ''],
    // comments
    ['a comment between name and address', 'Bank (Support Desk) <info@bank.example>', 'info@bank.example', 'Bank (Support Desk)'],
    ['a comment inside the brackets', 'Bank <info@bank.example (comment)>', 'info@bank.example', 'Bank'],
    ['only a name, the address in a comment', 'Security Team (security@bank.example)', 'security@bank.example', 'Security Team'],
    ['only a name with the address after it', 'PayPal service@paypal.example', 'service@paypal.example', 'PayPal'],
    // group syntax
    ['a group: the first member, not the group name', 'Team: a@one.example, c@two.example;', 'a@one.example', ''],
    ['a group with a named member', 'Team: "Alice" <a@one.example>, c@two.example;', 'a@one.example', 'Alice'],
    // quotes in and around the address
    ['a quoted local part that needs no quotes', '"Name" <"a.b"@c.example>', 'a.b@c.example', 'Name'],
    ['a quoted local part that needs them', '"Name" <"john doe"@c.example>', '"john doe"@c.example', 'Name'],
    ['a stray quote before the local part', 'Bank <"support@bank.example>', 'support@bank.example', 'Bank'],
    ['a stray quote before the @', 'Bank <support"@bank.example>', 'support@bank.example', 'Bank'],
    ['a stray quote in the domain (seen in the corpus)', "IPTV <UnlimitedTV@'UnlimitedTV-eunim.autoworks.example>", 'UnlimitedTV@unlimitedtv-eunim.autoworks.example', 'IPTV'],
    ['single quotes around the address', "Bank <'info@bank.example'>", 'info@bank.example', 'Bank'],
    // RFC 2047 encoded words around the address
    ['name and address in one B word', b64('PayPal <service@paypal.example>'), 'service@paypal.example', 'PayPal'],
    ['the address alone in its own B word', `${b64('PayPal')} ${b64('<service@paypal.example>')}`, 'service@paypal.example', 'PayPal'],
    ['name and address in one Q word', '=?UTF-8?Q?PayPal_<service@paypal.example>?=', 'service@paypal.example', 'PayPal'],
    ['the address in a second Q word', '=?UTF-8?Q?PayPal?= =?UTF-8?Q?_<service@paypal.example>?=', 'service@paypal.example', 'PayPal'],
    // full-width forms
    ['full-width brackets and at sign', 'PayPal ＜service＠paypal.example＞', 'service@paypal.example', 'PayPal'],
    ['a full-width at sign only', 'PayPal <service＠paypal.example>', 'service@paypal.example', 'PayPal'],
    // mailto and source routes
    ['mailto: inside the brackets', 'Bank <mailto:info@bank.example>', 'info@bank.example', 'Bank'],
    ['an Outlook-style [mailto:]', 'Bank [mailto:info@bank.example]', 'info@bank.example', 'Bank'],
    ['mailto with a query', 'Bank <mailto:info@bank.example?subject=hi>', 'info@bank.example', 'Bank'],
    ['an obsolete source route', 'Bank <@relay.example:info@bank.example>', 'info@bank.example', 'Bank'],
    ['a trailing dot on the domain', 'Bank <info@bank.example.>', 'info@bank.example', 'Bank'],
    ['a domain literal', 'Bank <info@[192.0.2.1]>', 'info@[192.0.2.1]', 'Bank'],
    // internationalised domains and 8-bit names
    ['an IDN domain in punycode', 'Bücher <info@xn--bcher-kva.example>', 'info@xn--bcher-kva.example', 'Bücher'],
    ['an IDN domain in raw UTF-8', 'Bücher <info@BÜCHER.example>', 'info@bücher.example', 'Bücher'],
    ['a raw latin-1 name', Buffer.from('M\xfcller <m@bank.example>', 'latin1'), 'm@bank.example', 'Müller'],
    ['a raw Shift_JIS name', Buffer.concat([shiftJisAmazon, Buffer.from(' <ama@mailer.example>')]), 'ama@mailer.example', 'アマゾン'],
    // several addresses, the first empty
    ['an empty address, then the real one', '<>, <real@bank.example>', 'real@bank.example', ''],
    ['a named empty address, then the real one', '"Facebook" <>, <real@bank.example>', 'real@bank.example', 'Facebook'],
    ['a leading comma', ', real@bank.example', 'real@bank.example', ''],
    // folding
    ['folded between name and address', '"Very Long Display Name For Folding"\r\n <info@bank.example>', 'info@bank.example', 'Very Long Display Name For Folding'],
    ['folded with a tab', 'Bank\r\n\t<info@bank.example>', 'info@bank.example', 'Bank'],
    ['folded inside the address', 'Bank <info@\r\n bank.example>', 'info@bank.example', 'Bank'],
    ['spaces around the @', 'Bank <info @ bank.example>', 'info@bank.example', 'Bank'],
    ['a name inside the brackets', '<PayPal service@paypal.example>', 'service@paypal.example', ''],
    ['a question mark in the local part', 'Bank <info?x@bank.example>', 'info?x@bank.example', 'Bank'],
    // seen in the corpus: a one-label domain is kept as written
    ['a one-label domain', '<phish@pot>', 'phish@pot', ''],
  ])('%s: %j', async (_what, header, address, name) => {
    expect(await fromOf(header)).toEqual({ address, name });
  });

  it('a group names its other members as further authors', async () => {
    expect((await parsed('Team: a@one.example, c@two.example;')).sender.findings.map((f) => f.kind)).toEqual(['several-from-addresses']);
  });
});

describe('messy From headers no reader recovers: no address rather than a wrong one', () => {
  it.each<[string, string, string]>([
    ['an empty group', 'undisclosed-recipients:;', 'undisclosed-recipients'],
    ['only a display name', 'PayPal', 'PayPal'],
    ['no local part', '@bank.example', '@bank.example'],
    ['no domain', 'info@', 'info@'],
    ['a local name only', 'Bank <MAILER-DAEMON>', 'Bank'],
    ['a spelled-out address', 'PayPal <service at paypal dot com>', 'PayPal'],
    ['a comma for a dot in the domain', 'Bank <info@bank,example>', 'Bank'],
    ['an empty label in the domain', 'Bank <info@bank..example>', 'Bank'],
    ['a space inside the domain', 'Bank <info@bank.exa mple>', 'Bank'],
  ])('%s: %j', async (_what, header, name) => {
    expect(await fromOf(header)).toEqual({ address: '', name });
  });
});
