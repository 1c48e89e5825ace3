// The evidence of intent each verdict needs, and the readings of a page it is built from: what a
// page asks for, whom it claims to be, where it sends what it gets, and what stands out on it.
import { describe, expect, it } from 'vitest';
import { classifyPage, readoutOf } from '../../src/classify/classify.ts';
import { intentFor } from '../../src/classify/intent.ts';
import { readPage } from '../../src/classify/page-reading.ts';
import { loadRules } from '../../src/classify/rules.ts';
import { snapshotFromHtml } from '../../src/page/snapshot.ts';

const rules = loadRules();
const page = (url: string, html: string) => snapshotFromHtml(html, { url, status: 200 });
const facts = (url: string, html: string) => readoutOf(page(url, html), rules).facts;
// A site's navigation: n links to its own sections.
const sectionLinks = (n: number) => Array.from({ length: n }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join('');
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of an ordinary article about the city council and its budget for parks, schools, libraries and roads this year, as reported by our desk.</p>`).join('');

describe('page reading', () => {
  const html = `<html><head><title>T</title><link rel="icon" href="/img/paypal-favicon.ico">
    <style>.hero { background: url('/assets/Office365_logo.png') }</style></head><body>
    <h1>Your computer is locked</h1><div class="modal-overlay"><p>Call support now</p></div>
    <div role="alertdialog">Do not close this window</div><button>Scan now</button>
    <img src="https://cdn.x.test/logos/chase%20bank.svg"><input type="submit" value="Continue">
    <script>alert('Virus detected! Call 1-888-555-0100'); window.onbeforeunload = () => 'stay';
    fetch('https://api.telegram.org/bot123:abc/sendMessage?chat_id=1')</script></body></html>`;
  const r = readPage(html, 'http://x.test/');
  it('headings, overlays, dialogs, buttons and script alerts are what stands out', () => {
    expect(r.headings).toEqual(['Your computer is locked']);
    expect(r.overlays).toEqual(['Call support now', 'Do not close this window']);
    expect(r.buttons).toEqual(['Scan now', 'Continue']);
    expect(r.scriptMessages).toEqual(['Virus detected! Call 1-888-555-0100']);
    expect(r.beforeUnload).toBe(true);
  });
  it('image, background and icon file names, decoded', () => {
    expect(r.imageNames).toEqual(expect.arrayContaining(['office365_logo.png', 'chase bank.svg']));
    expect(r.faviconName).toBe('paypal-favicon.ico');
  });
  it('where a script sends data, and code written to hide itself', () => {
    expect(r.scriptDrops).toEqual(['telegram']);
    expect(r.obfuscated).toBe(false);
    expect(readPage(`<script>eval(unescape('%61%6c%65%72%74'))</script>`, 'http://x.test/').obfuscated).toBe(true);
  });
  it("a platform's icon file (apple-touch-icon, android-chrome, mstile) is no logo: every site has one", () => {
    const head = '<link rel="apple-touch-icon" href="/docs/apple-touch-icon.png"><link rel="icon" href="/docs/favicon.ico">';
    expect(readPage(head, 'http://x.test/').faviconName).toBe('favicon.ico');
    expect(readPage('<img src="/android-chrome-192x192.png"><img src="/img/apple-logo.svg">', 'http://x.test/').imageNames).toEqual(['apple-logo.svg']);
    // Documentation showing a sign-in form is no Apple sign-in.
    expect(facts('http://getbootstrap.test/docs/', `${head}<form><input type="email"><input type="password"></form>`).claims).toEqual([]);
  });

  it('hidden elements and empty markup give nothing', () => {
    expect(readPage('<div style="display:none"><h1>Hidden</h1></div>', 'http://x.test/').headings).toEqual([]);
    expect(readPage('', 'http://x.test/')).toMatchObject({ headings: [], overlays: [], buttons: [], imageNames: [] });
  });
});

describe('page facts', () => {
  it.each([
    ['<input type="password" name="pw">', 'password'],
    ['<input type="text" name="cc_number" autocomplete="cc-number">', 'card'],
    ['<input type="tel" placeholder="SMS code">', 'one-time-code'],
    ['<input name="mother_maiden_name">', 'identity'],
    ['<textarea name="phrase_recovery"></textarea>', 'seed-phrase'],
    ['<input type="text" placeholder="暗証番号">', 'password'],
    ['<input type="text" name="birthday" placeholder="例)19990808">', 'identity'],
    ['<input type="tel" placeholder="Numéro fiscal (13 chiffres)">', 'identity'],
    ['<input type="text" name="cpf">', 'identity'],
    ['<input type="tel" name="code_secret">', 'password'],
    ['<input type="text" name="udgvjseoun" placeholder="Enter your code">', 'one-time-code'],
    ['<input type="text" placeholder="マイナンバー">', 'identity'],
  ])('%s asks for a %s', (field, kind) => {
    expect(facts('http://x.test/', `<form>${field}</form>`).secretForms[0]?.kinds).toContain(kind);
  });

  it('answers in bare fields are secrets when the page says they answer security questions', () => {
    const form = '<form><select name="q1"><option>Your first pet?</option></select><input name="a1"><select name="q2"></select><input name="a2"></form>';
    expect(facts('http://x.test/', `<h2>Security Questions</h2>${form}`).secretForms[0]?.kinds).toEqual(['identity']);
    expect(facts('http://x.test/', `<h2>Contact us</h2>${form}`).secretForms).toEqual([]);
    // Drop-downs of questions to pick from say it without the words; a drop-down of answers does not.
    const pick = (options: string[]) =>
      `<form><select name="q1">${options.map((o) => `<option>${o}</option>`).join('')}</select><input name="ans1"><input name="ans2"></form>`;
    expect(facts('http://x.test/', pick(['Select One', 'What is the name of your first pet?', 'In what city were you born?'])).secretForms[0]?.kinds).toEqual(['identity']);
    expect(facts('http://x.test/', pick(['Select One', '¿Cuál es el nombre de tu primera mascota', '¿En qué ciudad naciste'])).secretForms[0]?.kinds).toEqual(['identity']);
    expect(facts('http://x.test/', pick(['How did you hear about us?', 'A friend', 'A search engine'])).secretForms).toEqual([]);
  });

  it('a card asked in a later step of a form counts; a hidden field of no shown form counts only where asking is all the page does', () => {
    const wizard = '<form method="post"><input name="first_name"><div style="display:none"><input name="cc_number" autocomplete="cc-number"></div></form>';
    expect(facts('http://x.test/', wizard).secretForms[0]?.kinds).toEqual(['card']);
    const hiddenForm = '<form method="post"><div style="display:none"><input name="first_name"><input name="cc_number" autocomplete="cc-number"></div></form>';
    // A page that shows no field at all reveals its form after a loader or a click.
    expect(facts('http://x.test/', `<h1>Loading…</h1>${hiddenForm}`).secretForms[0]?.kinds).toEqual(['card']);
    // A site's hidden sign-in box sits beside its content and links.
    const links = sectionLinks(8);
    expect(facts('http://x.test/', `<nav>${links}</nav>${hiddenForm}`).secretForms).toEqual([]);
    expect(facts('http://x.test/', `${filler(14)}${hiddenForm}`).secretForms).toEqual([]);
  });

  it('card, code and sign-in fields known by their shape where their names say nothing', () => {
    const kinds = (url: string, html: string) => facts(url, html).secretForms.flatMap((f) => f.kinds);
    expect(kinds('http://x.test/', '<form><input name="cn" placeholder="xxxx xxxx xxxx xxxx"><input name="ed" placeholder="MM/YY"></form>')).toEqual(['card']);
    expect(kinds('http://x.test/', '<form><input name="cc1"><input name="cc2"><input name="cc3"><input name="cc4"></form>')).toEqual(['card']);
    // "code" is a one-time code where the page speaks of a text message; elsewhere it is a coupon or a postcode.
    expect(kinds('http://x.test/', '<title>Banco - sms</title><form><input name="code"></form>')).toEqual(['one-time-code']);
    expect(kinds('http://x.test/', '<title>Checkout</title><form><input name="code"></form>')).toEqual([]);
    // Two plain fields sent by "Sign in" (a site builder's form) are a sign-in; a search with a place is not.
    expect(kinds('http://x.test/', '<form><input name="_u8888"><input name="_u9999"><input type="submit" aria-label="Sign in"></form><button>Sign in</button>')).toEqual(['password']);
    expect(kinds('http://x.test/', '<form><input name="search"><input name="city"></form><button>Sign in</button>')).toEqual([]);
    // A kit cut from a screenshot: two boxes named nothing, a "remember me" box, a picture for a button.
    expect(kinds('http://x.test/', '<form action="lo2.php"><input name="us34jk"><input name="pa45jcj"><input type="checkbox"><input type="image" name="submit" src="ss.gif"></form>')).toEqual(['password']);
    expect(kinds('http://x.test/', '<form><input name="q"><input name="city"><input type="image" src="go.gif"></form>')).toEqual([]);
    // A keypad of the ten digits types a password; page numbers are no keypad.
    const keys = (labels: string[]) => `<form action="pw.php">${labels.map((d) => `<button type="button">${d}</button>`).join('')}</form>`;
    expect(kinds('http://x.test/', keys(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '✕']))).toEqual(['password']);
    expect(kinds('http://x.test/', keys(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']))).toEqual([]);
    // Labels in the lure's language.
    expect(kinds('http://x.test/', '<form><input placeholder="Numéro de carte"></form>')).toEqual(['card']);
    expect(kinds('http://x.test/', '<form><input placeholder="Fecha de nacimiento"></form>')).toEqual(['identity']);
    expect(kinds('http://x.test/', '<form><input type="text" placeholder="كلمة المرور"></form>')).toEqual(['password']);
    // "Clave" is the key of a sign-in; "palabra clave" is a search's keyword.
    expect(kinds('http://x.test/', '<form><input name="clave"></form>')).toEqual(['password']);
    expect(kinds('http://x.test/', '<form><input name="q" placeholder="Palabra clave"></form>')).toEqual([]);
    expect(kinds('http://x.test/', '<form><input placeholder="Code de vérification"></form>')).toEqual(['one-time-code']);
    // Lines of a wallet's words are a recovery phrase; a one-line "phrase" is a site search.
    expect(kinds('http://x.test/', '<form><textarea name="phrase"></textarea></form>')).toEqual(['seed-phrase']);
    expect(kinds('http://x.test/', '<form><input name="phrase"></form>')).toEqual([]);
  });

  it('boxes of one-time codes, a wallet\'s words one box each, and the client number banks ask first', () => {
    const kinds = (html: string) => facts('http://x.test/', html).secretForms.flatMap((f) => f.kinds);
    expect(kinds(`<form>${[0, 1, 2, 3, 4, 5].map((i) => `<input name="no-otpsms-${i}" maxlength="1">`).join('')}</form>`)).toEqual(['one-time-code']);
    expect(kinds('<form><input name="hotpot"></form>')).toEqual([]);
    const words = (n: number) => `<form>${Array.from({ length: n }, (_, i) => `<input placeholder="Word ${i + 1}">`).join('')}</form>`;
    expect(kinds(words(12))).toEqual(['seed-phrase']);
    expect(kinds(words(3))).toEqual([]);
    const first = (name: string) => facts('http://x.test/', `<form><input name="${name}"></form>`).signInFirstStep;
    expect(first('userinput')).toBe(true);
    expect(first('clientcode')).toBe(true);
    expect(first('city')).toBe(false);
    // A "remember me" box beside the name is still the first step.
    expect(facts('http://x.test/', '<form><input name="userinput"><input type="checkbox" name="remember"></form>').signInFirstStep).toBe(true);
  });

  it('a code typed box by box, a code the page says it just sent, a phrase asked in one box, a phone number to sign in', () => {
    const kinds = (html: string) => facts('http://x.test/', html).secretForms.flatMap((f) => f.kinds);
    const boxes = (n: number, attrs = '') => `<form>${Array.from({ length: n }, () => `<input type="text"${attrs}>`).join('')}</form>`;
    expect(kinds(`<title>Llave Digital</title>${boxes(6)}`)).toEqual(['one-time-code']);
    expect(kinds(`<title>x</title>${boxes(3)}`)).toEqual([]);
    expect(kinds('<form><input placeholder="Day"><input placeholder="Month"><input placeholder="Year"><input placeholder="Town"></form>')).toEqual([]);
    // On a page of content, boxes in a row are a quiz or a date.
    expect(kinds(`${filler(12)}${boxes(6)}`)).toEqual([]);
    const sim = '<form action="post.php"><input name="sim"><button>Submit</button></form>';
    expect(kinds(`<p>The unique password has been sent to the phone number listed below.</p>${sim}`)).toEqual(['one-time-code']);
    expect(kinds(`<p>Please fill in the form below.</p>${sim}`)).toEqual([]);
    const phrase = '<form><input type="text" name="palavras"><button>Update</button></form>';
    expect(kinds(`<p>Enter your 24-Words Phrase (separated by spaces) to update them:</p>${phrase}`)).toEqual(['seed-phrase']);
    expect(kinds(`<p>Search our help pages</p>${phrase}`)).toEqual([]);
    const phone = (box: string) => facts('http://x.test/', `<title>Masuk</title><form>${box}</form>`).signInFirstStep;
    expect(phone('<input type="tel">')).toBe(true);
    expect(phone('<input name="nomor_hp">')).toBe(true);
    expect(phone('<input name="city">')).toBe(false);
  });

  it('a host carrying another site\'s domain in front of its own, or named by account words alone', () => {
    expect(facts('https://docs-viewer.firebaseapp.com.shared-files.click/goo/', '<title>x</title>').carriedDomain).toBe('firebaseapp.com');
    expect(facts('https://usps.com.packagesteis.com/home', '<title>x</title>').carriedDomain).toBe('usps.com');
    // A subdomain that is a word and also a TLD is the owner's word (.support, .blog, .video, .ru).
    for (const url of ['https://en.support.wordpress.com/a', 'https://kandatasokuho.blog.fc2.com/', 'https://forums.ru.leagueoflegends.com/', 'https://www.example.co.uk/'])
      expect(facts(url, '<title>x</title>').carriedDomain, url).toBeNull();
    expect(facts('https://webmail-secure-login.jp.net/', '<title>Mail</title>').accountWordsHost).toBe(true);
    expect(facts('https://suivi-paiement-compte.com/', '<title>x</title>').accountWordsHost).toBe(true);
    for (const url of ['https://secure.example.com/', 'https://acme-tools.com/', 'https://login.example.org/'])
      expect(facts(url, '<title>x</title>').accountWordsHost, url).toBe(false);
  });

  it('a field named for a search phrase is no recovery phrase', () => {
    expect(facts('http://x.test/', '<form><input name="phrase" type="text"></form>').secretForms).toEqual([]);
  });

  it('a hidden secret field alone is no question asked', () => {
    expect(facts('http://x.test/', '<form><input type="password" hidden></form>').secretForms).toEqual([]);
  });

  it('"Sign in with Google" and app-store badges are ways in, not who the page is', () => {
    const f = facts(
      'https://notes.example.com/login',
      '<title>Log in</title><form><input type="password"></form><a href="/sso">Sign in with Google</a><img alt="Download on the App Store" src="/badges/apple-app-store.svg">',
    );
    expect(f.claims.map((c) => c.brand.name)).toEqual([]);
  });

  it('share and follow links name the networks they point at; the same icons unlinked, or linked elsewhere, are claims', () => {
    const icons = (href: (n: string) => string) =>
      `<title>Council budget | Daily</title><form><input name="login"><input type="password"></form>${['facebook', 'twitter'].map((n) => `<a href="${href(n)}"><img src="/i/${n}.png"></a>`).join('')}`;
    const claimed = (html: string) => facts('http://www.daily.example.pl/a/1.html', html).claims.map((c) => c.brand.name);
    expect(claimed(icons((n) => `https://www.${n}.com/sharer?u=x`))).toEqual([]);
    expect(claimed(icons((n) => `/share/${n}`))).toEqual(expect.arrayContaining(['Facebook']));
    expect(claimed(`<title>x</title><img src="/i/facebook.png">`)).toEqual(['Facebook']);
    // A name as the text of a link to the brand's site ("Google+" in a footer) and the same name said.
    expect(claimed('<title>x</title><a href="https://plus.google.com/1">Google+</a>')).toEqual([]);
    expect(claimed('<title>x</title><p>Use your Google account</p><a href="https://plus.google.com/1">Google+</a>')).toEqual(['Google']);
    // A share widget whose links a script makes (a news site's "facebookShare" span) names the network too.
    expect(claimed('<title>x</title><div class="media_icons"><span class="facebookShare"><img src="/i/fb.png" alt="facebook icon"></span></div>')).toEqual([]);
    expect(claimed('<title>x</title><div class="media_icons"><span class="badge"><img src="/i/fb.png" alt="facebook icon"></span></div>')).toEqual(['Facebook']);
  });

  it('the reCAPTCHA notice a sign-up form must show names Google, not the page', () => {
    const signup = (notice: string) => facts('https://profile.news.example.com/register', `<title>Create your account</title><form><input type="email" name="email"><input type="checkbox" name="offers"></form><p>${notice}</p><button>Next</button>`);
    expect(signup('This service is protected by reCAPTCHA and the Google privacy policy and terms of service apply.').claims).toEqual([]);
    expect(signup('Use your Google account to continue.').claims.map((c) => c.brand.name)).toEqual(['Google']);
  });

  it('a contact address at a mail provider names where the mail is kept, not the page', () => {
    const login = (footer: string) => facts('https://www.tennis.example.or.kr/member/login.php', `<title>Tennis association</title><form><input name="userid"><input type="password" name="passwd"></form><p>${footer}</p>`);
    expect(login('Contact: 031-962-0030, club-office@naver.com').claims).toEqual([]);
    expect(login('Your Naver account needs to be verified').claims.map((c) => c.brand.name)).toEqual(['Naver']);
  });

  it('a page naming its own site, a page wearing another site\'s name in its host, a copy linking home', () => {
    expect(facts('https://www.acme-tools.com/login', '<title>Acme Tools sign in</title><p>Acme Tools</p>').flags['site-names-itself']).toBe(1);
    expect(facts('http://online-zenbank-verify.com/', '<title>Zenbank Online Banking</title>').hostWearsName).toBe('zenbank');
    expect(facts('https://zenbank.com/', '<title>Zenbank Online Banking</title>').hostWearsName).toBeNull();
    const links = ['help', 'privacy', 'terms', 'about'].map((p) => `<a href="https://www.zenbank.com/${p}">${p}</a>`).join('');
    expect(facts('http://greenvalley-dental.com/wp/z/', `<title>Zenbank</title>${links}`).borrowedSite).toBe('zenbank.com');
  });

  it('under a shared suffix the owner\'s label is the site (x.github.io, x.serveirc.com)', () => {
    expect(facts('https://paypal-login.github.io/', '<title>x</title>').domain).toBe('paypal-login.github.io');
  });
});

describe('evidence of intent', () => {
  const intent = (category: Parameters<typeof intentFor>[0], url: string, html: string) => {
    const r = readoutOf(page(url, html), rules);
    return intentFor(category, r.facts, r.hits);
  };
  const login = '<form action="/session" method="post"><input type="email" name="email"><input type="password" name="password"><button>Sign in</button></form>';

  it('a brand\'s sign-in on the brand\'s own domain is no phishing', () => {
    expect(intent('credential-phishing', 'https://www.paypal.com/signin', `<title>Log in to your PayPal account</title>${login}`)).toBeNull();
  });
  it('the same sign-in on another host is', () => {
    expect(intent('credential-phishing', 'http://greenvalley-dental.com/wp-includes/pp/', `<title>Log in to your PayPal account</title>${login}`)).toMatch(/names "PayPal" in title/);
  });
  it('a site\'s own sign-in, naming itself, is no phishing even when it names other brands', () => {
    const html = `<title>Sign in · Pinecone Notes</title><h1>Pinecone Notes</h1>${login}<a href="/g">Continue with Google</a><p>Works with Microsoft Outlook and Dropbox.</p>`;
    expect(intent('credential-phishing', 'https://pinecone-notes.com/login', html)).toBeNull();
    expect(classifyPage(page('https://pinecone-notes.com/login', html), rules).category).not.toBe('credential-phishing');
  });
  it('a first step asking only the user name, in the lure\'s own language, under a bank\'s name on another host', () => {
    const step = (button: string) => `<title>Bancolombia</title><h1>Bancolombia</h1><form action="/index2.php"><input name="user"></form><button>${button}</button>`;
    expect(intent('credential-phishing', 'http://bancoinforma.example.com/index.php', step('Continuar'))).toMatch(/first step.*Bancolombia/);
    expect(intent('credential-phishing', 'http://bancoinforma.example.com/index.php', step('Suscribirse'))).toBeNull();
  });
  it('a parcel lure asking who and where the reader is, on a host that lies; the same form on a shop\'s own host asks nothing', () => {
    const form = '<form action="post.php"><input name="fullname"><input name="address"><input name="city"><input name="zip"><input name="phone"><input type="email" name="email"><button>Continue</button></form>';
    expect(intent('credential-phishing', 'https://usps.com.packagesteis.com/address.php', `<title>USPS</title>${form}`)).toMatch(/personal details.*carries usps\.com/);
    expect(intent('credential-phishing', 'https://dhl-redelivery-fee.com/track/', `<title>DHL</title>${form}`)).toMatch(/personal details/);
    expect(intent('credential-phishing', 'https://www.gardenshop.example.com/checkout', `<title>Checkout · DHL delivery</title>${form}`)).toBeNull();
  });
  it('an address box beside an article is no first step of a sign-in, whatever the page names', () => {
    const html = `<title>Tuna die at the aquarium</title><h1>Read next</h1>${filler(12)}<img src="/i/facebook.png"><form><input type="email" name="newsletter-email"></form>`;
    expect(intent('credential-phishing', 'https://www.news.example.jp/a/1.html', html)).toBeNull();
  });
  it('a secret posted to another site, by a page that does not name itself', () => {
    const html = '<title>Sign in</title><form action="https://collector.example.net/x.php" method="post"><input type="password" name="p"></form>';
    expect(intent('credential-phishing', 'http://bakery.example.org/wp/', html)).toMatch(/sends it to collector\.example\.net/);
  });
  it('a wallet recovery phrase is asked by no genuine page', () => {
    expect(intent('credential-phishing', 'http://x.example.org/', '<form><textarea name="mnemonic"></textarea></form>')).toMatch(/recovery phrase/);
  });
  it('a newsletter box beside an article is no harvest; an address form that is the page is', () => {
    const box = '<form><input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form>';
    expect(intent('email-harvest', 'https://news.example.com/a', `<title>City budget</title>${filler(12)}${box}`)).toBeNull();
    expect(intent('email-harvest', 'http://free-guide.example.net/', `<title>Get instant access</title><h1>Free report</h1>${box}`)).toMatch(/address form/);
  });
  it('prize words in an article are no prize scam; in the headline of a bare page they are', () => {
    const article = `<title>Lottery winner named</title><h1>Local lottery winner named</h1>${filler(12)}<p>You won't believe: you have won nothing, said the winner.</p>`;
    expect(intent('prize-scam', 'https://news.example.com/lotto', article)).toBeNull();
    expect(intent('prize-scam', 'http://lucky-day.example.net/', '<h1>Congratulations! You have been selected</h1><button>Claim your prize</button>')).toMatch(/prize-scam\.won/);
  });
  it('a giveaway or jackpot shouted with a push to claim is a prize scam; a blog post about a giveaway is not', () => {
    expect(intent('prize-scam', 'http://giveaway.example.io/', '<title>ELON BITCOIN GIVEAWAY</title><h1>Official BTC Giveaway</h1><p>Connect your wallet and participate to claim.</p>')).toMatch(/prize-scam\.giveaway/);
    const nav = Array.from({ length: 8 }, (_, i) => `<a href="/posts/${i}">Post ${i}</a>`).join(' ');
    const post = `<title>Book giveaway</title><nav>${nav}</nav><h1>Our spring book giveaway</h1>${filler(12)}<p>Winners will be drawn at random; participate by leaving a comment.</p>`;
    expect(intent('prize-scam', 'https://blog.example.com/giveaway', post)).toBeNull();
  });
  it('a hosting provider\'s page in a new account is parked', () => {
    expect(intent('parked', 'https://new-site.example.co.uk/', '<title>Default page</title><h1>You Are All Set to Go!</h1><p>All you have to do now is upload your website files.</p>')).toMatch(/parked\./);
  });
  it('a file behind a choice of mail providers is the shared-file kit; one company\'s sign-in is not', () => {
    const chooser = (providers: string[]) =>
      `<title>OneDrive</title><p>To read the document, please choose your email provider below</p>${providers.map((p) => `<a href="/${p}.php">Login with ${p}</a>`).join('')}`;
    expect(intent('credential-phishing', 'http://semotem.example.com/toda/', chooser(['Office 365', 'Outlook', 'Other Mail']))).toMatch(/offering microsoft, any other mail \(first step\).*names "Microsoft"/);
    expect(intent('credential-phishing', 'http://parish.example.org.uk/dropbox/', chooser(['Gmail', 'Yahoo', 'AOL']))).toMatch(/offering google, yahoo, aol/);
    // A portal on the one mail service it runs on, and a site's own identity-provider buttons.
    expect(intent('credential-phishing', 'https://portal.example.edu/docs', '<title>Course documents</title><p>Sign in to view the document.</p><a href="/sso">Login with Office 365</a> <a href="/owa">Login with Outlook</a>')).toBeNull();
    expect(intent('credential-phishing', 'https://notes.example.com/share/1', '<title>Shared note</title><p>Sign in to view this file</p><a href="/g">Continue with Google</a><a href="/a">Continue with Apple</a>')).toBeNull();
  });
  it('mail providers offered as a row of logos under a "sign in" to see a file are the chooser too', () => {
    const logos = ['officelogo.png', 'outlooklogo.png', 'aollogo.png', 'yahoologo.png'].map((f) => `<img src="/img/${f}">`).join('');
    expect(intent('credential-phishing', 'http://view-document-share.example.com/', `<title>View Document - Sign In</title><p>Select and sign in to view document.</p>${logos}`)).toMatch(/offering yahoo, aol, microsoft \(first step\)/);
    // Without a "sign in" the logos are a partner list.
    expect(intent('credential-phishing', 'http://view-document-share.example.com/', `<title>View Document</title><p>Our partners.</p>${logos}`)).toBeNull();
  });
  it('a password for a file to download, on a page that names no one', () => {
    const html = `<title>Documentation</title><p>DOCUMENT MANAGEMENT SYSTEM. File to Download: Datasheet.doc</p>${login}<p>Login with your Email and Password.</p>`;
    expect(intent('credential-phishing', 'http://oceanview.example.com/zeam/', html)).toMatch(/file-behind-login/);
    expect(intent('credential-phishing', 'http://oceanview.example.com/zeam/', `<title>Documentation</title>${login}`)).toBeNull();
  });
  it('tech support needs a number to call; a scan result without one is a fake scan', () => {
    const alarm = '<h1>Your computer is locked</h1><h2>Do not close this window</h2>';
    expect(intent('tech-support-scam', 'http://win-alert.example.net/', `${alarm}<p>Call Microsoft Support 1-888-555-0100</p>`)).toMatch(/phone number/);
    expect(intent('tech-support-scam', 'http://win-alert.example.net/', alarm)).toBeNull();
    expect(intent('fake-scan', 'http://scan.example.net/', '<h1>3 viruses detected</h1><button>Clean now</button>')).toMatch(/fake-scan/);
  });
  it('a program linked from a site\'s own page is offered; the same link on a bare lander is pushed', () => {
    const link = '<a href="http://939.example.kr/ezHelpClient.exe">Remote support</a>';
    const nav = Array.from({ length: 30 }, (_, i) => `<a href="/product/${i}">Product ${i}</a>`).join('');
    expect(intent('malware-download', 'http://www.vendor.example.com/business/', `<title>Endpoint protection</title><nav>${nav}</nav>${filler(12)}${link}`)).toBeNull();
    expect(intent('malware-download', 'http://update.example.net/', `<title>Player</title><p>Your video is ready</p>${link}`)).toMatch(/executable-link/);
    // "Please download" on a bank's own page is about its forms; with a program linked beside it, it pushes.
    const forms = '<title>投資信託 - Kobebank</title><h2>書類をダウンロードしてください</h2><p>Kobebank銀行</p>';
    expect(intent('malware-download', 'https://www.kobebank.co.jp/invest/', forms)).toBeNull();
    expect(intent('malware-download', 'http://update.example.net/', '<h2>ダウンロードしてください</h2>')).toMatch(/install-push/);
  });
  it('a link to a domain marketplace is a sign of parking; a host that merely ends in one is not', () => {
    expect(intent('parked', 'http://parked.example.com/', '<a href="https://sedo.com/search?q=parked.example.com">Buy</a>')).toMatch(/marketplace/);
    expect(intent('parked', 'https://www.housedo.example/', '<a href="https://www.housedo.com/mypage/">My page</a><a href="https://jordan.com/">x</a>')).toBeNull();
  });
  it('a number to call is tech support only with an alarm raised: not a bank\'s help text, not a directory\'s "call us"', () => {
    const help = '<title>Online Banking - Kobe Bank</title><form><input name="login"><input type="password"></form><p>Still having problems? Call us on 1890 500 121. For security reasons you are advised to log off after your transactions.</p>';
    expect(intent('tech-support-scam', 'https://www.kobebank.example/login', help)).toBeNull();
    expect(intent('tech-support-scam', 'https://www.agency.example.gov/directory/x', '<h1>Contact</h1><h2>Call us toll-free</h2><p>1-888-282-0870</p>')).toBeNull();
    // A full-screen page whose text is all alarm still is.
    const locker = '<title>Windows</title><p>Access to this PC has been blocked for security reasons. Do not close this window. Error code 0x268d3. Call Microsoft Support: 1-888-555-0100</p>';
    expect(intent('tech-support-scam', 'http://win-alert.example.net/', locker)).toMatch(/phone number/);
  });
  it('a wheel with testimonials is a lander, not an article; a linked news story about one is', () => {
    const testimonials = Array.from({ length: 5 }, (_, i) => `<p>Visitor ${i}: I never do such things online, but I spun the wheel and a week later the new phone arrived at my door, I still cannot believe it.</p>`).join('');
    const wheel = `<h1>Congratulations, you have won!</h1><h2>Spin the wheel</h2>${testimonials}`;
    expect(intent('prize-scam', 'http://lucky-wheel.example.net/', wheel)).toMatch(/prize-scam/);
    const nav = sectionLinks(30);
    expect(intent('prize-scam', 'https://news.example.com/wheel-scam', `<nav>${nav}</nav>${wheel}`)).toBeNull();
  });
  it('a locker long enough to read as an article still shouts its number; an article citing one does not', () => {
    const paragraphs = filler(5);
    const locker = `<h1>Windows Firewall Alert</h1><h2>Call Windows Support: +1 866-268-3577</h2>${paragraphs}`;
    expect(intent('tech-support-scam', 'http://win-alert.example.net/', locker)).toMatch(/phone number/);
    const nav = sectionLinks(30);
    const article = `<nav>${nav}</nav><h1>Police warn of a support scam</h1>${paragraphs}<p>The callers claim a Windows firewall alert and ask victims to call +1 866-268-3577.</p>`;
    expect(intent('tech-support-scam', 'https://news.example.com/scam', article)).toBeNull();
  });
  it("a brand's help line or product setup offered off the brand's domains is tech support; the brand's own, or an article about it, is not", () => {
    const helpLine = '<title>HP Printer Support - Get help with HP Printer products</title><h1>Need immediate assistance?</h1><button>Call Now</button><p>Call our HP Printer Support Team now: +1-866-876-4346 (24/7)</p>';
    expect(intent('tech-support-scam', 'https://hp-printer.example.support/', helpLine)).toMatch(/poses as "HP"'s support .* pushes a number to call/);
    expect(intent('benign', 'https://hp-printer.example.support/', `${helpLine}${filler(12)}`)).toBeNull();
    expect(intent('tech-support-scam', 'https://support.hp.com/us-en', helpLine)).toBeNull();
    const keyForm = '<title>Norton Setup</title><h1>Welcome to Norton</h1><form><input name="name" placeholder="Full name"><input name="key" placeholder="Enter your 25-digit product key"><button>Submit</button></form>';
    expect(intent('tech-support-scam', 'https://norton-com-setup.example.us/', keyForm)).toMatch(/takes its product key/);
    // A number on the page that no headline or button pushes is not what made it so.
    expect(intent('tech-support-scam', 'https://norton-com-setup.example.us/', `${keyForm}<p>Customer care: +1 (805) 507-0251</p>`)).toMatch(/takes its product key$/);
    const nav = sectionLinks(30);
    const article = `<title>How to reach HP Support</title><nav>${nav}</nav><h1>Fake HP support lines</h1>${filler(8)}<p>HP's real number is +1-800-474-6836.</p>`;
    expect(intent('tech-support-scam', 'https://news.example.com/hp', article)).toBeNull();
  });
  it("a bank's token is its one-time code; a page of content asking for a token is not a bank's", () => {
    const token = '<title>BBVA net validate</title><p>Por motivos de seguridad ingrese su token digital o Código SMS para continuar.</p><form action="/process_token.php"><input type="number" name="token" placeholder="TOKEN"><button>Validar</button></form>';
    expect(facts('http://bbvanet-validacion.example.com.ar/token.php', token).flags['secret-one-time-code']).toBe(1);
    expect(facts('https://api-docs.example.com/auth', `<title>API keys</title>${filler(14)}<form><input name="token" placeholder="Token"></form>`).flags['secret-one-time-code']).toBe(0);
  });
  it('a free game-currency or gift-card generator in the headline is a prize scam; a news story about them is not', () => {
    expect(intent('prize-scam', 'http://vbucks-gen.example.com/', '<title>Fortnite V-Bucks Generator</title><h1>Free V-Bucks</h1><input name="username"><button>Generate</button>')).toMatch(/prize-scam\.generator/);
    const nav = sectionLinks(30);
    expect(intent('prize-scam', 'https://news.example.com/vbucks', `<title>Beware of V-Bucks scams</title><nav>${nav}</nav><h1>Why free V-Bucks generators are scams</h1>${filler(12)}`)).toBeNull();
  });
  it("a suspended hosting account's page and a developer's parked-domain page are parked", () => {
    expect(intent('parked', 'http://myshop.example.in/', '<h1>ACCOUNT SUSPENDED</h1><p>This Domain myshop.example.in has been suspended. Please Login Account Renew</p>')).toMatch(/parked\.hosting-default/);
    expect(intent('parked', 'https://noteflow.example.dev/', '<title>Domain Parked</title><p>This project is coming soon or has not been provisioned yet.</p>')).toMatch(/parked\./);
  });
  it("a mail provider's own page speaking of its mailbox is the provider; the same box on a stranger's host poses as one", () => {
    const box = '<form action="/logins.jsp"><input name="username" placeholder="Mail account"><input type="password" name="password"></form>';
    const page = (name: string) => `<title>${name} news</title><h2>Log in to your mailbox</h2><p>${name} mail and news.</p>${box}`;
    expect(intent('credential-phishing', 'http://dy.163.com/article/1.html', page('163'))).toBeNull();
    expect(intent('credential-phishing', 'http://mail-upgrade.example.net/', page('Account'))).toMatch(/poses as the reader's mail provider/);
  });
  it("a title saying a page is in preparation is a placeholder on a bare page, not on an article about a service in preparation", () => {
    expect(intent('parked', 'https://shop.example.jp/', '<title>ただいま準備中</title><p>ホームページは準備中です</p>')).toMatch(/parked\./);
    const nav = sectionLinks(30);
    expect(intent('parked', 'https://note.example.go.jp/n/1', `<title>新サービスの準備中です｜デジタル庁</title><nav>${nav}</nav>${filler(12)}`)).toBeNull();
  });
  it("a short page of a site that names itself among many links of its own is the site's page; the same words with a few links are not enough", () => {
    const page = (n: number) => `<title>Sanwa Supply news</title><h1>A mouse with a fingerprint reader</h1><p>Sanwa Supply releases a mouse that signs in to Windows by fingerprint.</p>${sectionLinks(n)}`;
    expect(intent('benign', 'https://www.sanwa.co.jp/info/news/1.html', page(40))).toMatch(/own page/);
    expect(intent('benign', 'https://www.sanwa.co.jp/info/news/1.html', page(3))).toBeNull();
  });
  it("a brand's name under a country's ending, on a page that calls itself so, is the brand's country site; under a generic or a free ending it imitates the brand", () => {
    const signIn = (name: string) => `<title>${name} - Sign in</title><h1>Sign in to your ${name} account</h1>${login}`;
    expect(intent('credential-phishing', 'https://www.canon.co.uk/account/login', signIn('Canon'))).toBeNull();
    expect(facts('https://aeon.co/essays/x', `<title>Aeon</title>${filler(3)}`).lookalike).toBeNull();
    expect(intent('credential-phishing', 'http://paypal.tk/login', signIn('PayPal'))).toMatch(/imitates PayPal \(brand-label\)/);
    expect(intent('credential-phishing', 'http://canon.xyz/login', signIn('Canon'))).toMatch(/imitates Canon \(brand-label\)/);
  });
});
