// Token alignment only within a campaign: unrelated mails on shared platforms are never one
// template, a campaign is found across rotating senders by its links, and a value without a
// derivation is per-recipient only when each recipient of the group has its own.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/model.ts';
import { analyzeTokens, type TokenLinkInput } from '../../src/tokens/analyze.ts';
import { groupCampaigns, type CampaignMessage } from '../../src/tokens/campaign.ts';
import { campaignLinks, RECIPIENTS } from '../fixtures/tokens/campaign.ts';

interface Mail extends CampaignMessage {
  recipient: string;
}

function tokensOf(mails: Mail[], grouped: boolean): Token[] {
  const campaigns = groupCampaigns(mails);
  const links: TokenLinkInput[] = mails.flatMap((m, mi) =>
    m.urls.map((url, li) => ({ linkId: `${mi}:${li}`, url, recipients: [m.recipient], ...(grouped ? { campaign: campaigns[mi] } : {}) })),
  );
  return analyzeTokens('job', links);
}
const unexplainedPerRecipient = (tokens: Token[]) => tokens.filter((t) => t.kind === 'per-recipient' && !t.derivation).map((t) => `${t.linkId} ${t.component}=${t.value}`);

// Unrelated mails, each to another recipient, each with one link on a shared platform in the
// same position: exactly what made 141 tokens without a derivation.
const day = '2025-03-01T10:00:00Z';
const unrelated: Mail[] = [
  { from: 'news@shop-a.example', recipient: 'ann@x.example', date: day, urls: ['https://www.google.com/amp/s/shop-a.example/sale', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view', 'https://www.linkedin.com/company/shop-a', 'https://www.youtube.com/user/shopachannel', 'https://cdn.mailer.example/img/7731/header.png', 'mailto:help@shop-a.example?subject=Order%20A17'] },
  { from: 'info@club-b.example', recipient: 'ben@y.example', date: day, urls: ['https://www.google.com/amp/s/club-b.example/event', 'https://drive.google.com/file/d/9ZyXwVuTsRqPoNmLk/view', 'https://www.linkedin.com/company/club-b', 'https://www.youtube.com/user/clubbtv', 'https://cdn.mailer.example/img/9912/header.png', 'mailto:desk@club-b.example?subject=Join%20B'] },
  { from: 'hello@bank-c.example', recipient: 'cat@z.example', date: day, urls: ['https://www.google.com/amp/s/bank-c.example/rates', 'https://drive.google.com/file/d/5QwErTyUiOpAsDfGh/view', 'https://www.linkedin.com/company/bank-c', 'https://www.youtube.com/user/bankcofficial', 'https://cdn.mailer.example/img/4410/header.png', 'mailto:care@bank-c.example?subject=Rates%20C'] },
];

describe('campaign grouping', () => {
  it('keeps unrelated senders on shared platforms apart: no unexplained per-recipient token', () => {
    expect(groupCampaigns(unrelated)).toEqual([0, 1, 2]);
    expect(unexplainedPerRecipient(tokensOf(unrelated, true))).toEqual([]);
    // Without grouping the same links give exactly the false tokens of the issue.
    expect(unexplainedPerRecipient(tokensOf(unrelated, false)).length).toBeGreaterThan(5);
  });

  it('finds one campaign sent from rotating sender domains by its template, and its opaque tokens', () => {
    const ids = ['q7XkP2mZ9vLr4TnB', 'W3hJ8sYc1NfQ6dKa', 'Zp5Gm0RtE2uVx9Lc'];
    const mails: Mail[] = ids.map((id, i) => ({
      from: `promo@sender${i}.example`,
      recipient: RECIPIENTS[i],
      date: `2025-03-0${i + 1}T08:00:00Z`,
      urls: [`https://lure.example/c/${id}/go`, `https://lure.example/unsub?u=${id}`, 'https://lure.example/img/logo.png'],
    }));
    expect(groupCampaigns(mails)).toEqual([0, 0, 0]);
    expect(unexplainedPerRecipient(tokensOf(mails, true)).sort()).toEqual(
      ['0:0 path[2]=q7XkP2mZ9vLr4TnB', '1:0 path[2]=W3hJ8sYc1NfQ6dKa', '2:0 path[2]=Zp5Gm0RtE2uVx9Lc', '0:1 query:u=q7XkP2mZ9vLr4TnB', '1:1 query:u=W3hJ8sYc1NfQ6dKa', '2:1 query:u=Zp5Gm0RtE2uVx9Lc'].sort(),
    );
  });

  it('rotating senders with nothing but per-recipient links are one campaign by their subject', () => {
    const mails: Mail[] = ['a1B2c3D4e5F6', 'Z9y8X7w6V5u4'].map((id, i) => ({
      from: `x@rot${i}.example`, recipient: RECIPIENTS[i], date: day, subject: `Your parcel ${1000 + i} is waiting`, urls: [`https://parcel.example/t?id=${id}`],
    }));
    expect(groupCampaigns(mails)).toEqual([0, 0]);
    expect(groupCampaigns(mails.map((m, i) => ({ ...m, subject: `Offer ${i ? 'two' : 'one'}` })))).toEqual([0, 1]);
  });

  it('one sender, far apart in time, is several campaigns; unrelated webmail users are never one sender', () => {
    const weekly = (date: string, recipient: string): Mail => ({ from: 'news@paper.example', recipient, date, urls: ['https://paper.example/a/1'] });
    expect(groupCampaigns([weekly('2025-03-01T06:00:00Z', 'a@x.example'), weekly('2025-03-01T07:00:00Z', 'b@x.example'), weekly('2025-03-08T06:00:00Z', 'a@x.example')])).toEqual([0, 0, 1]);
    const webmail = (from: string): Mail => ({ from, recipient: 'r@x.example', date: day, urls: [] });
    expect(groupCampaigns([webmail('alice.smith@gmail.com'), webmail('bob.jones@gmail.com'), webmail('alice.smith@gmail.com')])).toEqual([0, 1, 0]);
  });

  it('a value with no derivation is per-recipient only when every recipient of the group has its own', () => {
    const mails: Mail[] = [
      ['a@x.example', 'batch7Kq2'],
      ['b@x.example', 'batch7Kq2'],
      ['c@x.example', 'batch9Zt4'],
    ].map(([recipient, value]) => ({ from: 'mailer@camp.example', recipient, date: day, urls: [`https://camp.example/t/${value}`] }));
    const tokens = tokensOf(mails, true).filter((t) => t.component === 'path[2]');
    expect(tokens.map((t) => t.kind)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('the fixture campaign (one sender, three recipients) is still one campaign with every derivation', () => {
    const links = campaignLinks();
    const mails: Mail[] = RECIPIENTS.map((recipient) => ({ from: 'news@camp.test', recipient, date: day, urls: links.filter((l) => l.recipient === recipient).map((l) => l.url) }));
    expect(groupCampaigns(mails)).toEqual([0, 0, 0]);
    const explained = tokensOf(mails, true).filter((t) => t.derivation).length;
    expect(explained).toBe(links.reduce((n, l) => n + l.template.explained.length, 0));
  });
});
