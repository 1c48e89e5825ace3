// What a page must show before a category may be considered at all: the evidence of intent. The
// model (model.ts) weighs the rest; these are the lines it may not cross, because words alone
// (a newsletter box, an article about a prize, a site's own sign-in) are not a scam.
import type { Category } from '../model.ts';
import type { PageFacts } from './page-facts.ts';

/** A rule that held, with the targets its patterns matched in. */
export interface RuleHit {
  id: string;
  category: Category;
  weight: number;
  targets: Set<string>;
}

const brandList = (facts: PageFacts, off: boolean) =>
  facts.claims.filter((c) => c.official !== off && (c.places.some((p) => p !== 'text') || c.places.length > 1));

function phishingIntent(facts: PageFacts): string | null {
  const f = facts.flags;
  if (!f['secret-asked']) return null;
  const asked = [...new Set(facts.secretForms.flatMap((s) => s.kinds))].join(', ');
  const claims: string[] = [];
  const claimed = brandList(facts, true);
  if (claimed.length > 0) {
    const c = claimed[0]!;
    claims.push(`names ${JSON.stringify(c.brand.name)} in ${c.places.join(', ')}; ${facts.host} is not ${c.brand.domains.slice(0, 3).join(' / ') || 'the brand’s'}`);
  }
  if (facts.lookalike) claims.push(`host ${facts.host} imitates ${facts.lookalike.brand.name} (${facts.lookalike.technique})`);
  if (facts.hostWearsName) claims.push(`host ${facts.host} wears the title's name "${facts.hostWearsName}"`);
  if (facts.borrowedSite) claims.push(`names ${facts.borrowedSite} and links there, but is served from ${facts.host}`);
  const offsite = facts.secretForms.find((s) => s.offsite);
  if (f['secret-posted-off-site'] && offsite?.action) claims.push(`sends it to ${new URL(offsite.action).host}, another site`);
  if (f['mail-provider-claim']) claims.push(`poses as the reader's mail provider on ${facts.host}`);
  if (f['script-telegram']) claims.push('a script sends data to a Telegram bot');
  if (claims.length === 0) return null;
  return `asks for ${asked} and ${claims.join('; ')}`;
}

// On a short page the text is the message itself; on a long one only what stands out counts.
function roleHit(hits: RuleHit[], category: Category, short: boolean): RuleHit | undefined {
  const inRole = (h: RuleHit) => h.targets.has('prominent') || (short && (h.targets.has('text') || h.targets.has('title')));
  return hits.find((h) => h.category === category && h.weight > 0 && inRole(h));
}

/** The intent a category needs, or null when the page does not show it. */
export function intentFor(category: Category, facts: PageFacts, hits: RuleHit[]): string | null {
  const f = facts.flags;
  const any = hits.find((h) => h.category === category && h.weight > 0);
  switch (category) {
    case 'credential-phishing':
      return phishingIntent(facts);
    case 'email-harvest': {
      if (f['article-like'] || f['secret-asked']) return null;
      const mailOnly = hits.find((h) => h.id === 'email-harvest.blank-mail' || h.id === 'email-harvest.mailto-signup');
      if (f['form-email-only'] && (f['short-text'] || f['few-links'])) return 'the page is an address form with little else';
      return mailOnly ? `the page asks for a blank mail (${mailOnly.id})` : null;
    }
    case 'tech-support-scam': {
      const role = roleHit(hits, category, f['short-text'] === 1);
      return role && f['phone-number'] ? `a phone number to call, with ${role.id} in the page's headline, dialog or alert` : null;
    }
    case 'prize-scam':
    case 'fake-scan': {
      const role = roleHit(hits, category, f['short-text'] === 1);
      return role ? `${role.id} in the page's headline, dialog or alert` : null;
    }
    case 'parked':
    case 'dating':
    case 'adult':
      return any ? `${any.id} holds` : null;
    case 'benign':
      if (!f['short-text'] && (f['article-like'] || f['many-links'] || f['site-navigation'])) return 'substantial ordinary content';
      // A small page of a site that names itself and has a site's frame (header, navigation, footer).
      return f['site-navigation'] && f['site-names-itself'] && !f['little-text'] ? 'a site’s own page, framed and named as the site' : null;
    default:
      return null;
  }
}
