// What a page must show before a category may be considered at all: the evidence of intent. The
// model (model.ts) weighs the rest; these are the lines it may not cross, because words alone
// (a newsletter box, an article about a prize, a site's own sign-in) are not a scam.
import type { Category } from '../model.ts';
import { SIGN_IN_WORDS, type PageFacts } from './page-facts.ts';

/** A rule that held, with the targets its patterns matched in. */
export interface RuleHit {
  id: string;
  category: Category;
  weight: number;
  /** The rule may open its category (rules.json `intent`). */
  intent: boolean;
  /** Its patterns also match what the page raises over its content (a dialog, an alert, an overlay). */
  inAlert: boolean;
  /** Its patterns match what stands out itself (title, headings, large type, buttons, alerts), not only a short page's text. */
  raised: boolean;
  /** How many of its patterns matched. */
  matched: number;
  /** The rule comes from the user's own rule file. */
  own: boolean;
  targets: Set<string>;
}

// A brand named only in the text is a claim on a short page (the text is the page's message), not
// on a long one (an article, a partner list).
const offHostClaims = (facts: PageFacts) =>
  facts.claims.filter((c) => !c.official && (c.places.some((p) => p !== 'text') || facts.flags['short-text'] === 1));

// A page that presents itself as a sign-in or a shared document, in its headline or buttons.
const SIGN_IN_ROLE = new RegExp(`sign in|log in|login|sign-in|verify|verification|validat|continue|next|view document|shared|本人確認|次へ|iniciar sesi|ingres[ae]|acceder|continuar|siguiente|suivant|weiter|accesso|avanti|volgende|dalej|войти|вход|giriş|${SIGN_IN_WORDS}`);

function phishingIntent(facts: PageFacts, hits: RuleHit[]): string | null {
  const f = facts.flags;
  // An address box alone is a sign-in's first step only where it is the page: beside an article or
  // a site's navigation it is a newsletter's or a search's.
  const firstStep = facts.signInFirstStep && !ordinaryContent(f) && facts.prominent.some((p) => SIGN_IN_ROLE.test(p));
  // A file shown only after signing in with a mail account: the shared-document kit's promise.
  const fileLure = hits.find((h) => h.id === 'credential-phishing.file-behind-login') ??
    hits.find((h) => (h.id === 'credential-phishing.document-lure' || h.id === 'credential-phishing.mailbox-lure') && h.targets.has('prominent'));
  const chooser = fileLure !== undefined && facts.providerChoices.length >= 2;
  // A parcel or refund lure asks who and where the reader is instead of a password; that is a
  // claim only when the host itself lies about whose it is.
  const hostLies = facts.lookalike !== null || facts.carriedDomain !== null || facts.accountWordsHost || facts.hostWearsName !== null;
  const personal = f['personal-details-asked'] === 1 && hostLies;
  if (!f['secret-asked'] && !firstStep && !chooser && !personal) return null;
  const asked = f['secret-asked']
    ? [...new Set(facts.secretForms.flatMap((s) => s.kinds))].join(', ')
    : firstStep ? 'the sign-in name of an account (first step)'
    : chooser ? `a mail account, offering ${facts.providerChoices.join(', ')} (first step)`
    : `personal details (${facts.personalDetails} kinds)`;
  // No genuine site asks for a wallet's recovery phrase in a web form.
  if (f['secret-seed-phrase']) return 'asks for a wallet recovery phrase, which no genuine site asks for in a web page';
  const claims: string[] = [];
  // A site that names itself, or a brand's own domain, speaks for itself: other brands it names
  // (sign-in options, app badges, partners) and its own sign-in service elsewhere are no false claim.
  const own = f['site-names-itself'] === 1 || f['brand-official-host'] === 1;
  const claimed = own ? [] : offHostClaims(facts);
  if (claimed.length > 0) {
    const c = claimed[0]!;
    claims.push(`names ${JSON.stringify(c.brand.name)} in ${c.places.join(', ')}; ${facts.host} is not ${c.brand.domains.slice(0, 3).join(' / ') || 'the brand’s'}`);
  }
  if (facts.lookalike) claims.push(`host ${facts.host} imitates ${facts.lookalike.brand.name} (${facts.lookalike.technique})`);
  if (facts.hostWearsName) claims.push(`host ${facts.host} wears the title's name "${facts.hostWearsName}"`);
  if (facts.carriedDomain) claims.push(`host ${facts.host} carries ${facts.carriedDomain} in front of its own domain`);
  if (facts.accountWordsHost) claims.push(`host ${facts.host} is named by account words alone, no site's name`);
  if (!own && facts.borrowedSite) claims.push(`names ${facts.borrowedSite} and links there, but is served from ${facts.host}`);
  const offsite = facts.secretForms.find((s) => s.offsite);
  if (!own && f['secret-posted-off-site'] && offsite?.action) claims.push(`sends it to ${new URL(offsite.action).host}, another site`);
  if (!own && f['mail-provider-claim']) claims.push(`poses as the reader's mail provider on ${facts.host}`);
  if (f['script-telegram']) claims.push('a script sends data to a Telegram bot');
  if (!own && fileLure) claims.push(`wants a mail account's password to show a document or keep a mailbox (${fileLure.id})`);
  if (claims.length === 0) return null;
  return `asks for ${asked} and ${claims.join('; ')}`;
}

// On a short page the text is the message itself; on a long one only what stands out counts; on
// an article (a news story about scams has them in its headline) only what it raises over itself.
// A page of paragraphs that links nowhere is no article but a lander with testimonials: on the
// corpus's dev split, 17 scam landers and 3 ordinary pages (none about scams) look so.
const isArticle = (f: PageFacts['flags']): boolean => f['article-like'] === 1 && f['few-links'] !== 1;

function roleHit(hits: RuleHit[], category: Category, f: PageFacts['flags']): RuleHit | undefined {
  const article = isArticle(f);
  const inRole = (h: RuleHit) =>
    article ? h.inAlert : h.targets.has('prominent') || (f['short-text'] === 1 && (h.targets.has('text') || h.targets.has('title')));
  return hits.find((h) => h.category === category && h.intent && inRole(h));
}

// What raises a locker's alarm; a call to action or a vendor's name is what it asks once alarmed.
const ALARMS = new Set(['tech-support.alarm', 'fake-scan.infected']);

const ordinaryContent = (f: PageFacts['flags']): boolean =>
  !f['short-text'] && (f['article-like'] === 1 || f['many-links'] === 1 || f['site-navigation'] === 1);

/** The intent a category needs, or null when the page does not show it. */
export function intentFor(category: Category, facts: PageFacts, hits: RuleHit[]): string | null {
  const f = facts.flags;
  const any = hits.find((h) => h.category === category && h.intent);
  // The user's own rule is the user's judgement of what the category needs.
  const yours = hits.find((h) => h.category === category && h.intent && h.own);
  if (yours) return `${yours.id} holds (your rule)`;
  switch (category) {
    case 'credential-phishing':
      return phishingIntent(facts, hits);
    case 'email-harvest': {
      if (f['article-like'] || f['secret-asked']) return null;
      const mailOnly = hits.find((h) => h.id === 'email-harvest.blank-mail' || h.id === 'email-harvest.mailto-signup');
      if (f['form-email-only'] && (f['short-text'] || f['few-links'])) return 'the page is an address form with little else';
      return mailOnly ? `the page asks for a blank mail (${mailOnly.id})` : null;
    }
    case 'tech-support-scam': {
      // A third party posing as a brand's help line or setup service needs no alarm: the brand's name is the lie.
      const impostor = facts.supportImpostor;
      if (impostor) return `poses as ${JSON.stringify(impostor.brand)}'s support or setup on ${facts.host}, not the brand's domain, and ${impostor.how}`;
      // A number to call about an alarm; or a locked browser raising the alarm (the number often
      // comes from the lure's own URL, and a bare visit shows the lock without it).
      // A number to call shouted in a headline puts the page's alarms in role, article or not.
      // The alarm itself must stand out: a bank's help text ("do not use the Back button… call us")
      // and a directory's "call us toll-free" are a number to call with nothing raised.
      // On a short page the text is the message, but one cautious phrase ("for security reasons")
      // is a help text's, not an alarm: there it takes two.
      const raised = hits.filter((h) => ALARMS.has(h.id) && (h.raised || (f['short-text'] === 1 && h.matched >= 2)));
      const alarm = raised.find((h) => !isArticle(f) || h.inAlert) ?? (f['phone-in-headline'] ? raised[0] : undefined);
      // A browser held (fullscreen, keyboard lock, alarm sound) is itself the alarm; then a call to action in role is the ask.
      const locker = f['browser-locker'] ? `it holds the browser (${facts.reading.lockerMoves.join(', ')})` : '';
      if (f['phone-number'] && alarm) return `a phone number to call, with ${alarm.id} in the page's headline, dialog or alert${locker ? `; ${locker}` : ''}`;
      const ask = alarm ?? roleHit(hits, category, f);
      return locker && ask ? `${locker}, with ${ask.id} in the page's headline, dialog or alert` : null;
    }
    case 'prize-scam':
    case 'fake-scan': {
      const role = roleHit(hits, category, f);
      return role ? `${role.id} in the page's headline, dialog or alert` : null;
    }
    case 'malware-download': {
      // On a site's own pages a program linked (a vendor's installer, a support client) is offered,
      // and "please download" is about forms: there only both together push a program.
      const own = hits.filter((h) => h.category === category && h.intent);
      const shout = own.find((h) => h.targets.has('prominent'));
      const link = own.find((h) => h.targets.has('link'));
      const sitesOwn = ordinaryContent(f) || f['brand-official-host'] === 1 || f['site-names-itself'] === 1;
      const push = sitesOwn ? (link ? shout : undefined) : (shout ?? link);
      return push ? `the page pushes a program to install (${push.id})` : null;
    }
    case 'parked': {
      // A title that says a page is not ready yet ("準備中", "coming soon") on a page of ordinary
      // content is about the content (an article on a service in preparation), not a placeholder.
      const held = hits.find((h) => h.category === category && h.intent && !(h.id === 'parked.placeholder' && ordinaryContent(f)));
      return held ? `${held.id} holds` : null;
    }
    case 'dating':
    case 'adult':
      return any ? `${any.id} holds` : null;
    case 'benign':
      if (facts.supportImpostor) return null;
      if (ordinaryContent(f)) return 'substantial ordinary content';
      // A small page of a site that names itself: framed as a site (header, navigation, footer, or
      // thirty links and more: a product page, a gallery), or its own sign-in, which is what a
      // site's sign-in page is. A malicious verdict above its threshold still wins over it.
      if (!f['site-names-itself'] || f['little-text']) return null;
      if (f['site-navigation'] || f['many-links']) return 'a site’s own page, framed and named as the site';
      return f['secret-asked'] || f['brand-official-host'] ? 'a site’s own sign-in, named as the site' : null;
    default:
      return null;
  }
}
