// What a page asks for, whom it claims to be and where it sends what it gets: the facts the
// verdicts need as evidence of intent, read from a snapshot (and its markup, see page-reading.ts).
// Pure: the same snapshot always gives the same facts.
import { getDomain, parse } from 'tldts';
import { ADDED_WORDS, brandsNamedIn, isBrandDomain, lookalikeBrands, type Brand, type LookalikeMatch } from '../brands.ts';
import type { FormInput, PageForm, PageSnapshot } from '../model.ts';
import { normalizeText } from './normalize.ts';
import { readPage, type PageReading } from './page-reading.ts';

export type SecretKind = 'password' | 'card' | 'one-time-code' | 'identity' | 'seed-phrase';

export type ClaimPlace = 'host' | 'title' | 'heading' | 'logo' | 'text';

export interface BrandClaim {
  brand: Brand;
  places: ClaimPlace[];
  /** The page is served from one of the brand's own domains. */
  official: boolean;
}

export interface SecretForm {
  kinds: SecretKind[];
  /** Where the form posts (null: no action, the page's script handles it). */
  action: string | null;
  /** The action's registrable domain differs from the page's. */
  offsite: boolean;
}

export interface PageFacts {
  host: string;
  /** A form asking only for an account's sign-in name: the first step of a two-step sign-in. */
  signInFirstStep: boolean;
  /** Mail companies a short page offers to sign in with ("Continue with Gmail", "Login with Outlook"). */
  providerChoices: string[];
  domain: string;
  /** Another site the page names and mostly links to (a copied page keeps the real site's links). */
  borrowedSite: string | null;
  /** A name from the title that the host's name wears (online-huntington-verify.com). */
  hostWearsName: string | null;
  /** Another site's domain the host carries in front of its own (usps.com of usps.com.packagesteis.com). */
  carriedDomain: string | null;
  /** The host's own name is account words alone (webmail-secure-login, suivi-paiement-compte): no site's name. */
  accountWordsHost: boolean;
  /** A brand whose support line or product setup the page offers, off the brand's domains (a fake printer help line, a "norton.com/setup" key form), and how. */
  supportImpostor: SupportImpostor | null;
  /** The most personal details (name, address, city, postcode, phone, mail, birth date) one form asks. */
  personalDetails: number;
  reading: PageReading;
  secretForms: SecretForm[];
  /** The strongest brand claim, official or not; claims by text alone are weaker. */
  claims: BrandClaim[];
  lookalike: LookalikeMatch | null;
  /** Title, headings, large type, dialogs, overlays, buttons and script alerts, normalised. */
  prominent: string[];
  /** What the page raises over its content: dialogs, script alerts, overlays, normalised. */
  alerts: string[];
  /** Image, background and icon file names, with separators as spaces. */
  images: string[];
  /** Named facts, each 0 or 1 (a few are fractions), the model's inputs besides the rules. */
  flags: Record<string, number>;
}

const SECRET_PATTERNS: [SecretKind, RegExp][] = [
  ['password', /pass(?!port)|pwd|passwd|パスワード|暗証|contraseña|contrasena|senha|kennwort|passwort|wachtwoord|hasło|haslo|пароль|密码|密碼|mot de passe|كلمة (?:المرور|السر)|סיסמ|şifre|heslo|jelszó|lösenord|adgangskode|passord|salasana|비밀번호|(?<!palabra )\bclav(?:e|usu)|code.?secret|code confidentiel|c[oó]digo secreto|codice segreto|geheimcode/],
  // Card fields by name, or by the shape of the placeholder ("xxxx xxxx xxxx xxxx", "MM/YY"), or
  // split into boxes cc1…cc4 as kits draw them.
  ['card', /cc-(number|csc|exp)|card.?(num|no\b)|cardnumber|\bcc.?(num|no)\b|\bccn\b|\bcc[1-4]\b|cvv|cvc|\bcsc\b|security.?code|exp(iry|iration)?.?(date|month|year|mm|yy)|num[ée]ro de (?:la )?carte|n[uú]mero de (?:la )?tarjeta|n[uú]mero do cart[aã]o|kartennummer|numero (?:della )?carta|cryptogramme|date d.expiration|fecha de (?:vencimiento|caducidad|expiraci[oó]n)|ablaufdatum|g[uü]ltig bis|data di scadenza|validade do cart|\bmm ?\/ ?(yy|aa|jj)\b|(?:x{4}|\d{4}|\*{4})[ -](?:x{4}|\d{4}|\*{4})[ -](?:x{4}|\d{4}|\*{4})[ -](?:x{4}|\d{4})|カード番号|セキュリティコード/],
  ['one-time-code', /\botp|one.?time|enter (?:your |the )?(?:\d.digit )?code\b|sms.?code|\bsms\d?\b|verif\w*.?code|auth\w*.?code|access.?code|code de (?:v[ée]rification|confirmation|s[ée]curit[ée])|c[oó]digo de (?:verificaci[oó]n|seguridad|confirmaci[oó]n|acesso)|best[äa]tigungscode|codice di (?:verifica|sicurezza)|\b2fa\b|\bmfa\b|\bpin\b|pincode|passcode|ワンタイム|認証コード|確認コード|セキュリティ番号/],
  ['identity', /\bssn\b|social.?security|maiden|(security|secret).?(question|answer)|秘密の質問|\bdob\b|birth.?(?:date|day)|date.?of.?birth|date de naissance|fecha de nacimiento|geburtsdatum|data di nascita|data de nascimento|生年月日|誕生日|driver.?licen|passport.?n|num[ée]r[oi][ _]fiscal|codice fiscale|steuer.?id|\bcpf\b|\bnif\b|\bdni\b|national.?insurance|personnummer|\bpesel\b|マイナンバー|個人番号/],
  ['seed-phrase', /seed|mnemonic|(?:recovery|secret|wallet|backup)[\s_.-]?phrase|phrase[\s_.-]?(?:recovery|secret|key)|private.?key|keystore|秘密鍵|リカバリーフレーズ/],
];

/** "Sign in" in the lures' other languages: a button's caption, or the role a headline gives a page. */
export const SIGN_IN_WORDS = 'connexion|se connecter|anmelden|einloggen|entrar|acessar|accedi|inloggen|zaloguj|masuk|ingia|ログイン|サインイン|登录|登入|로그인';

// A form of two fields sent by a "sign in" button is a sign-in, whatever the second field's type:
// site builders (Weebly, GoDaddy Sites) offer no password field, so kits made there ask in plain text.
const SIGN_IN_BUTTON = new RegExp(`^(?:sign ?in|log ?in|log ?on|iniciar sesi[oó]n|ingresar|${SIGN_IN_WORDS})$`);

const SECURITY_QUESTIONS = /(?:security|secret|challenge) questions?|秘密の質問|preguntas? de seguridad|questions? de sécurité|sicherheitsfragen?|perguntas? de segurança|domande di sicurezza/i;

// A brand named in these phrases is a way to sign in, not the page's identity.
const SIGN_IN_WITH = /\b(?:sign|log)\s?(?:in|on|up)\s+(?:with|using|via|through)\s+[\p{L}\d.!]+(?:\s+[\p{L}\d.!]+)?|\bcontinue\s+(?:with|using)\s+[\p{L}\d.!]+(?:\s+[\p{L}\d.!]+)?|[\p{L}\d!]+\s?(?:で|アカウントで)(?:ログイン|サインイン|続ける)/giu;

// The notice Google asks every form using reCAPTCHA to show names Google, not the page.
const RECAPTCHA_NOTICE = /(?:this (?:site|page|form|service) is )?protected by recaptcha and the google privacy policy and terms of service apply\.?/gi;

// "Download on the App Store", "Get it on Google Play": where to get the site's app, not who it is.
const APP_BADGE = /app ?store|google ?play|get it on|download on|available on|badge/i;

const MAIL_CLAIM = /webmail|web mail|mailbox|mail box|e-?mail account|email verification|verify (your )?e-?mail|mail server|outlook web app|\bowa\b|roundcube|zimbra|cpanel|horde|squirrelmail|rainloop|mail administrator|email administrator|メールボックス|メールアカウント|ウェブメール|邮箱|郵箱|企业邮|企業郵/;

// The shared-file kit's first page: "to view the file, choose your email provider", one button
// per provider. Mail services of two or more companies after a sign-in verb is that chooser: a
// site's own sign-in options name identity providers, and a school's or firm's portal names the
// one mail service it runs on (Office 365 and Outlook are one company).
const MAIL_COMPANIES: [string, RegExp][] = [
  ['google', /\bgmail/],
  ['yahoo', /\byahoo/],
  ['aol', /\baol/],
  ['microsoft', /\b(?:outlook|hotmail|office ?365|live\.com)/],
  ['any other mail', /\bother (?:e-?)?mail/],
];
const SIGN_IN_VERB = /\b(?:log ?in|sign ?in|continue)\s+(?:with|using|via)\b/;
const MAIL_HOST = /^(mail|webmail|owa|email|imap|mx|portal|sso|login|auth|accounts?)\d*\./;

// Numbers a page asks to be called on: toll-free and international forms, and any run of 9–13
// digits in two or more groups ((0101)38524-022) next to a word that asks for a call.
const PHONE = [
  /(0120|0800|050)[-‐ ]?\d{2,4}[-‐ ]?\d{3,4}/,
  /(?:\+?1[\s.-]*)?\(?8(00|33|44|55|66|77|88)\)?[\s.-]*\d{3}[\s.-]*\d{4}/,
  /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{3,4}/,
];
const CALL_WORDS = /call|phone|tel\b|toll|helpline|support|電話|お電話|サポート|appel|appelez|llame|llamar|anrufen|rufen sie|zadzwoń|ligue|chiama|bellen|позвоните/i;
// A call pushed in a headline or button ("Call Now", "Call our support team"), the number itself elsewhere.
const CALL_PUSH = /\bcall (?:now|us|our|toll|\+?\d)|今すぐお電話|お電話ください/;
const DIGIT_RUN = /(?:\(?\d{2,5}\)?[\s.‐-]?){2,5}\d{2,5}/g;

function asksToCall(text: string): boolean {
  if (PHONE.some((re) => re.test(text))) return true;
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 9 || digits > 13 || !/[\s.‐()-]/.test(m[0].trim())) continue;
    const around = text.slice(Math.max(0, m.index! - 80), m.index! + m[0].length + 20);
    if (CALL_WORDS.test(around)) return true;
  }
  return false;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

// A site under a shared suffix (x.github.io, x.000webhostapp.com) is its owner's, not the host's.
function domainOf(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** What a field asks for, as its words say: its label, else its name, lower case. */
const askedFor = (input: FormInput): string => (input.label ?? input.name ?? '').toLowerCase();

/**
 * What a field asks for. A field hidden by the page's style counts only as a later step of a form
 * whose first step shows (`laterStep`): kits show the address, then the card.
 */
export function secretKinds(input: FormInput, laterStep = false): SecretKind[] {
  if ((input.hidden && !laterStep) || ['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file'].includes(input.type)) return [];
  const label = askedFor(input);
  const kinds = SECRET_PATTERNS.filter(([, re]) => re.test(label)).map(([kind]) => kind);
  if (input.type === 'password' && !kinds.includes('password')) kinds.unshift('password');
  // A box for a "phrase" is a wallet's words when it takes lines of them; a one-line "phrase" is a search.
  if (input.type === 'textarea' && /^phrase\b/.test(label) && !kinds.includes('seed-phrase')) kinds.push('seed-phrase');
  return kinds;
}

// The name an account signs in with: an address, a user name, or the client number banks ask first.
const SIGN_IN_NAME = /mail|アドレス|\blogin\b|\buser|client.?(?:code|id|num)|code client|num[ée]ro client|customer.?(?:id|num)|identifiant|kundennummer|usuario|utilisateur|benutzer|お客様番号|会員番号|契約者番号|ユーザーid|ログインid/;

function asksSignInName(input: FormInput): boolean {
  return input.type === 'email' || SIGN_IN_NAME.test(askedFor(input));
}

// Mobile wallets and carriers (M-Pesa, Nequi, OVO, bKash, Tigo) sign in with the phone number.
const PHONE_BOX = /phone|mobile|\bcel|m[oó]vil|tel[eé]fono|\bnomor|\bnamba|handphone|\bhp\b|携帯|電話/;
const asksPhoneToSignIn = (input: FormInput): boolean => input.type === 'tel' || PHONE_BOX.test(askedFor(input));

// A wallet's recovery words asked one box each: "word 1" … "word 12" (or 24).
const SEED_WORD_BOX = /\bword\s*#?\d{1,2}\b|^\d{1,2}\.?$|単語\s*\d/;
const asksSeedWords = (form: PageForm): boolean => form.inputs.filter((i) => fillable(i) && SEED_WORD_BOX.test(i.label ?? '')).length >= 12;
// Or in one box the page asks to fill with them: "enter your 12 word phrase", "Enter your 24-Words Phrase".
const PHRASE_ASKED = /\b(?:12|24|twelve|twenty.four)[\s-]*words?[\s-]*(?:secret[\s-]*|recovery[\s-]*|seed[\s-]*)?phrase|(?:secret|seed)[\s-]*(?:recovery[\s-]*)?phrase|frase (?:de )?(?:recupera[cç][aãi]on?|semilla|secreta)|リカバリーフレーズ|シークレットリカバリーフレーズ/;
const asksPhraseInOneBox = (boxes: FormInput[], pageText: string): boolean =>
  boxes.length === 1 && ['text', 'textarea', 'password'].includes(boxes[0]!.type) && PHRASE_ASKED.test(pageText);

// A code typed box by box: four to eight boxes of one kind, unnamed or numbered ("d1", "otp-2").
const CODE_BOX = /^(?:[a-z_-]{0,8}\s*\d)?$/;
const CODE_BOX_TYPES = new Set(['text', 'number', 'tel', 'password']);
function asksCodeBoxes(boxes: FormInput[]): boolean {
  return boxes.length >= 4 && boxes.length <= 8 && new Set(boxes.map((i) => i.type)).size === 1 && boxes.every((i) => CODE_BOX_TYPES.has(i.type) && CODE_BOX.test((i.label ?? '').trim()));
}

// Details a parcel or refund lure asks for instead of a password: who and where the reader is.
const PERSONAL_FIELDS: RegExp[] = [
  /name|名前|氏名|nom\b|nombre|navn/,
  /addr|adress|street|住所|direcci[oó]n|endere[cç]o|stra(?:ss|ß)e|rue\b/,
  /city|town|市区町村|ciudad|ville|stadt|by\b/,
  /zip|postal|post.?code|郵便|c[oó]digo postal|plz\b|cep\b/,
  /phone|mobile|\btel|電話|tel[ée]fono|telefone|handy|portable/,
  /mail|メール/,
  /birth|\bdob\b|naissance|nacimiento|geburt|生年月日|dd ?\/ ?mm ?\/ ?(?:yy|aa)|mm ?\/ ?dd ?\/ ?yy/,
];
const personalFieldsAsked = (form: PageForm): number => {
  const labels = form.inputs.filter((i) => fillable(i) && ['text', 'email', 'tel', 'number', 'date', 'select'].includes(i.type)).map(askedFor);
  return PERSONAL_FIELDS.filter((re) => labels.some((l) => re.test(l))).length;
};

const SITE_SUFFIX = /^(?:com|net|org|info|biz|gov|edu|app|io|(?:co|com|ne|or|go|gov|org|net|ac)\.[a-z]{2})$/;

// A host that carries another site's domain in front of its own (usps.com.packagesteis.com,
// docs-viewer.firebaseapp.com.shared-files.click): the reader sees the name it starts with.
function carriedDomain(host: string, domain: string): string | null {
  const front = host.slice(0, Math.max(0, host.length - domain.length - 1));
  if (!front.includes('.')) return null;
  const inFront = parse(front);
  // Only the endings a reader takes for a site's (a subdomain may be a word that is also a TLD:
  // en.support.wordpress.com, kandatasokuho.blog.fc2.com, forums.ru.leagueoflegends.com).
  return inFront.isIcann && inFront.domainWithoutSuffix && SITE_SUFFIX.test(inFront.publicSuffix ?? '') ? inFront.domain : null;
}

// A bank's token is its one-time code by another name.
const BARE_CODE = /^(?:code|c[oó]digo|codice|kod|kode|token)(?:\s|$)/;
// A short page telling the reader a code was just sent to them asks for that code in its one box.
const CODE_SENT = /\b(?:code|password|pin|passcode|c[oó]digo|codigo|mot de passe|kode|otp)\b.{0,80}\b(?:(?:has|have|was|been) (?:just )?sent|sent to|envoy[ée]|enviado|enviamos|dikirim|terkirim|送信)|(?:we(?:'ve| have)? (?:just )?sent|hemos enviado|te enviamos|nous avons envoy[ée]|kami telah mengirim).{0,80}\b(?:code|c[oó]digo|kode|pin|password)\b/;
const CODE_CONTEXT = /\bsms\b|\botp\b|one.time|verification code|security code|c[oó]digo|codice|mtan|token digital|digital token|ワンタイム|認証コード|確認コード|验证码/;

// What a two-field form asks when its fields say so: a search, a name, a contact, not a sign-in.
const OTHER_ASK = /search|query|\bq\b|keyword|name|nombre|\bnom\b|phone|\btel\b|zip|postal|city|message|subject|comment|coupon|promo|date|qty|quantity/;

function isPlainSignIn(form: PageForm, buttons: string[]): boolean {
  const fields = typedBoxes(form.inputs);
  if (fields.length !== 2 || !fields.every((i) => ['text', 'email', 'tel'].includes(i.type) && !OTHER_ASK.test(i.label ?? ''))) return false;
  const captions = [...form.inputs.filter((i) => ['submit', 'button', 'image'].includes(i.type)).map((i) => i.label ?? ''), ...buttons];
  // Kits cut from a screenshot send the two boxes by a picture of the brand's button, captioned by nothing.
  const pictureButton = form.inputs.some((i) => i.type === 'image' && !i.hidden && /^(?:(?:submit|btn|button|image|go|\d+)\s*)*$/.test((i.label ?? '').trim()));
  return pictureButton || captions.some((c) => SIGN_IN_BUTTON.test(c.trim().toLowerCase()));
}

function fillable(input: FormInput): boolean {
  return !input.hidden && !['hidden', 'submit', 'button', 'reset', 'image'].includes(input.type);
}

/** The fields one types into: a "remember me" box or a choice beside them is no field of a sign-in's. */
const typedBoxes = (inputs: FormInput[]): FormInput[] => inputs.filter((i) => fillable(i) && !['checkbox', 'radio'].includes(i.type));

/** File names as words: "o365_logo-blue.png" → "o365 logo blue png". */
function asWords(name: string): string {
  return name.replace(/[-_.+%]+/g, ' ');
}

function findClaims(snapshot: PageSnapshot, host: string, lookalikes: LookalikeMatch[], reading: PageReading, images: string[], brands: Brand[]): BrandClaim[] {
  const claims = new Map<Brand, Set<ClaimPlace>>();
  const note = (list: Brand[], place: ClaimPlace) => {
    for (const brand of list) claims.set(brand, (claims.get(brand) ?? new Set()).add(place));
  };
  note(lookalikes.map((m) => m.brand), 'host');
  note(brandsNamedIn(snapshot.title.replace(SIGN_IN_WITH, ' '), brands), 'title');
  note(brandsNamedIn(reading.headings.join(' \n ').replace(SIGN_IN_WITH, ' '), brands), 'heading');
  // A brand's icon or name that links to the brand's own site (share and follow rows, "Google+"
  // in a footer) points at it; it does not speak for the page.
  const linksHome = (brand: Brand) => (l: { url: string }) => isBrandDomain(hostOf(l.url), brand);
  const iconOf = (brand: Brand, name: string) => reading.linkedImages.some((l) => linksHome(brand)(l) && l.names.some((n) => n === name || asWords(n) === name));
  const shared = new Set(reading.sharedImages.flatMap((n) => [n, asWords(n)]));
  note([...snapshot.imageAlts, ...images].filter((s) => !APP_BADGE.test(s) && !shared.has(s)).flatMap((s) => brandsNamedIn(s, brands).filter((b) => !iconOf(b, s))), 'logo');
  const text = snapshot.text.slice(0, 5000).replace(SIGN_IN_WITH, ' ').replace(RECAPTCHA_NOTICE, ' ').replace(MAIL_ADDRESS, ' ');
  const outsideOwnLinks = (brand: Brand) =>
    snapshot.links.filter((l) => l.text && linksHome(brand)(l)).reduce((t, l) => t.replaceAll(l.text!, ' '), text);
  note(brandsNamedIn(text, brands).filter((b) => brandsNamedIn(outsideOwnLinks(b), [b]).length > 0), 'text');
  const rank = (places: Set<ClaimPlace>) =>
    (places.has('host') ? 16 : 0) + (places.has('title') ? 8 : 0) + (places.has('logo') ? 4 : 0) + (places.has('heading') ? 2 : 0) + (places.has('text') ? 1 : 0);
  return [...claims]
    .sort((a, b) => rank(b[1]) - rank(a[1]))
    .map(([brand, places]) => ({ brand, places: [...places], official: isBrandDomain(host, brand) }));
}

// A contact address at a mail provider (club@naver.com, shop@gmail.com) names where the mail is kept, not who the page is.
const MAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// "Crumb & Crust" names crumbandcrust.com: an ampersand is spelled out in host names.
const compact = (s: string) => s.toLowerCase().replace(/&/g, 'and').replace(/[^\p{L}\p{N}]+/gu, '');

function borrowedSite(snapshot: PageSnapshot, domain: string, named: string): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const link of snapshot.links) {
    if (!/^https?:/i.test(link.url)) continue;
    total++;
    const d = domainOf(hostOf(link.url));
    if (d !== domain) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  const label = top.split('.')[0] ?? '';
  if (n < 3 || n / total < 0.5 || label.length < 3) return null;
  return named.includes(compact(label)) ? top : null;
}

// Words a title shares with any site: never a name.
const COMMON_WORDS = new Set(['login', 'signin', 'account', 'accounts', 'online', 'secure', 'security', 'verify', 'verification', 'banking', 'mobile', 'welcome', 'email', 'update', 'service', 'services', 'support', 'customer', 'portal', 'page', 'home', 'official', 'website', 'sign', 'access', 'confirm', 'personal', 'business', 'center', 'centre', 'please', 'wallet']);

// Words a costume host adds to the name it wears.
const ACCOUNT_WORDS = new Set(['www', 'my', 'id', 'app', 'web', 'mail', 'auth', 'help', 'info', 'net', 'com', 'jp', 'co', 'us', 'check', 'alert', 'notice', 'safe', 'protect', 'billing', 'payment', 'pay', 'card', 'members', 'member', 'signon', 'logon', 'session', 'validate', 'unlock', 'locked', 'recovery', 'team', 'care', 'desk', 'case']);

function hostWearsName(title: string, host: string, domain: string): string | null {
  const label = domain.split('.')[0] ?? '';
  // The title names the registrable domain itself: that is the site, not a costume.
  if (label.length >= 3 && compact(title).includes(compact(label))) return null;
  const wearer = `${host.slice(0, host.length - domain.length)}${label}`.toLowerCase();
  const words = (title.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !COMMON_WORDS.has(w));
  // The host is the name dressed in account words (online-huntington-verify): not the name alone
  // (that is the site itself), nor the name in a phrase of its own (loveconnect-match).
  const dressed = (w: string) => {
    const rest = wearer.replace(w, ' ').split(/[^a-z0-9]+/).filter(Boolean);
    return rest.length > 0 && rest.every((r) => COMMON_WORDS.has(r) || ACCOUNT_WORDS.has(r) || /^\d+$/.test(r));
  };
  return words.find((w) => wearer.includes(w) && compact(label) !== w && dressed(w)) ?? null;
}

// What a third party posing as a brand's help line puts beside the brand's name.
const SUPPORT_WORDS = /\b(?:support|customer (?:service|care)|help ?desk|help ?line|hotline|tech(?:nical)? support|setup|set up|activate|activation)\b|サポート/;
// A product key typed into a stranger's page: the "activation" step of a support scam.
const PRODUCT_KEY = /product ?key|activation ?(?:key|code)|licen[cs]e ?key|enter your key|25.digit/;

export interface SupportImpostor {
  brand: string;
  how: 'pushes a number to call' | 'takes its product key';
}

/**
 * The brand a page poses as the help line or setup service of, off that brand's domains: the
 * title names the brand with support words and the page pushes a number to call, or the page
 * takes the brand's product key. A brand's own support site is on its domains; an article about
 * support scams pushes no number in its headline and takes no key.
 */
function supportImpostor(claims: BrandClaim[], title: string, forms: PageSnapshot['forms'], callPushed: boolean, shortPage: boolean): SupportImpostor | null {
  const offHost = claims.filter((c) => !c.official && (c.places.some((p) => p !== 'text') || shortPage));
  const helpLine = callPushed && SUPPORT_WORDS.test(normalizeText(title)) ? offHost.find((c) => c.places.includes('title')) : undefined;
  if (helpLine) return { brand: helpLine.brand.name, how: 'pushes a number to call' };
  const takesKey = forms.some((f) => f.inputs.some((i) => fillable(i) && PRODUCT_KEY.test(askedFor(i))));
  return takesKey && offHost[0] ? { brand: offHost[0].brand.name, how: 'takes its product key' } : null;
}

function accountWordsOnly(domain: string): boolean {
  const parts = (domain.split('.')[0] ?? '').split('-');
  return parts.length >= 2 && parts.every((p) => COMMON_WORDS.has(p) || ACCOUNT_WORDS.has(p) || ADDED_WORDS.has(p));
}

// Country endings that were given away free, where kits took brands' names (paypal.tk).
const FREE_COUNTRY_ENDINGS = new Set(['tk', 'ml', 'ga', 'cf', 'gq']);

/**
 * A host under a country's ending (canon.co.uk, aeon.co). A brand's name as the whole label there,
 * on a page that calls itself by that name, is the brand's site for that country or a namesake
 * (Aeon the magazine): brands hold their names under most countries' endings, more than the brand
 * list can carry. Under a generic ending (paypal.xyz) the same label stays a lookalike.
 */
function countrySite(host: string): boolean {
  const tld = (parse(host).publicSuffix ?? '').split('.').pop() ?? '';
  return /^[a-z]{2}$/.test(tld) && !FREE_COUNTRY_ENDINGS.has(tld);
}

/** The host's own name (nytimes of www.nytimes.com), if the page says it: a site naming itself. */
function selfNamed(domain: string, snapshot: PageSnapshot, images: string[]): boolean {
  const label = domain.split('.')[0] ?? '';
  if (label.length < 3) return false;
  const said = compact(`${snapshot.title} ${snapshot.text.slice(0, 8000)} ${snapshot.imageAlts.join(' ')} ${images.join(' ')}`);
  return said.includes(compact(label));
}

export function pageFacts(snapshot: PageSnapshot, brands: Brand[]): PageFacts {
  const host = hostOf(snapshot.url);
  const domain = domainOf(host);
  const reading = readPage(snapshot.html ?? '', snapshot.url);
  const images = [...reading.imageNames, ...(reading.faviconName ? [reading.faviconName] : [])].map(asWords);
  const alerts = [...reading.overlays, ...reading.scriptMessages, ...(snapshot.dialogs ?? [])].map(normalizeText).filter(Boolean);
  const prominent = [...[snapshot.title, ...reading.headings, ...(snapshot.headlines ?? []), ...reading.buttons].map(normalizeText).filter(Boolean), ...alerts];
  const selfNamedSite = selfNamed(domain, snapshot, images);
  const lookalikes = lookalikeBrands(host, brands).filter((m) => !(m.technique === 'brand-label' && selfNamedSite && countrySite(host)));
  const lookalike = lookalikes[0] ?? null;
  const claims = findClaims(snapshot, host, lookalikes, reading, images, brands);

  const secretForms: SecretForm[] = [];
  const askedIn = (kinds: SecretKind[], action: string | null): SecretForm => {
    const actionHost = action ? hostOf(action) : '';
    return { kinds, action, offsite: actionHost !== '' && domainOf(actionHost) !== domain };
  };
  // Answers to security questions sit in fields named a1, a2 beside a list of questions: the page's words, or drop-downs
  // whose choices are questions, say what they are.
  const asksSecurityAnswers = reading.questionLists > 0 || SECURITY_QUESTIONS.test(`${snapshot.title} ${snapshot.text.slice(0, 3000)}`);
  const shortPage = snapshot.text.length < 1500;
  const shortText = normalizeText(snapshot.text.slice(0, 1500));
  const codeSent = shortPage && CODE_SENT.test(shortText);
  // A field called just "code" is a one-time code where the page speaks of a text message or a
  // one-time code: in what stands out, or anywhere on a short page (there the text is the message).
  const codeAsked = CODE_CONTEXT.test(normalizeText(`${snapshot.title} ${prominent.join(' ')}`)) || (shortPage && CODE_CONTEXT.test(shortText));
  // A page that shows no field at all, yet holds a hidden form of fields to fill (a name and a
  // password, a card's boxes), asks for them after a step of its own (a loader, a click, a script
  // the sandbox refused), when asking is all the page is for: short, linking almost nowhere. A
  // site's hidden sign-in box sits beside content and links.
  const toFill = snapshot.forms.flatMap((f) => f.inputs.filter((i) => fillable({ ...i, hidden: false })));
  const behindStep = toFill.length >= 2 && !toFill.some(fillable) && shortPage && snapshot.links.length <= 5;
  for (const form of snapshot.forms) {
    const answers = asksSecurityAnswers && form.inputs.filter((i) => fillable(i) && i.type === 'text').length >= 2 ? (['identity'] as const) : [];
    // Fields outside any form are gathered into one (method "none"): no steps to tell there.
    const shown = behindStep || (form.method !== 'none' && form.inputs.some((i) => fillable(i) && !i.hidden));
    const boxes = typedBoxes(form.inputs);
    const seed = asksSeedWords(form) || (shortPage && asksPhraseInOneBox(boxes, shortText));
    const kinds = [...new Set([...form.inputs.flatMap((i) => secretKinds(i, shown)), ...answers, ...(seed ? (['seed-phrase'] as const) : [])])];
    if (kinds.length === 0 && isPlainSignIn(form, reading.buttons)) kinds.push('password');
    if (!kinds.includes('one-time-code') && codeAsked && form.inputs.some((i) => fillable(i) && BARE_CODE.test(i.label ?? ''))) kinds.push('one-time-code');
    if (kinds.length === 0 && codeSent && boxes.length === 1 && CODE_BOX_TYPES.has(boxes[0]!.type) && !asksSignInName(boxes[0]!)) kinds.push('one-time-code');
    // On a page of content, boxes in a row are as likely a date or a quiz.
    if (kinds.length === 0 && shortPage && asksCodeBoxes(boxes)) kinds.push('one-time-code');
    if (kinds.length > 0) secretForms.push(askedIn(kinds, form.action));
  }
  // A keypad of the ten digits is how banks have a password typed, and how their kits ask it; on
  // a page of content it is as likely a calculator.
  if (secretForms.length === 0 && shortPage && new Set(reading.buttons.filter((b) => /^\d$/.test(b.trim()))).size === 10) {
    secretForms.push(askedIn(['password'], snapshot.forms.find((f) => f.action !== null)?.action ?? null));
  }
  const secrets = new Set(secretForms.flatMap((f) => f.kinds));
  const offBrand = claims.filter((c) => !c.official);
  const strongOff = offBrand.filter((c) => c.places.some((p) => p !== 'text'));
  const official = claims.some((c) => c.official);
  const brandDomains = new Set(claims.flatMap((c) => c.brand.domains));
  const dropOffsite = secretForms.some((f) => f.offsite && !brandDomains.has(domainOf(hostOf(f.action!))));
  const dropPhp = secretForms.some((f) => f.action !== null && /\.php\b/i.test(f.action.split(/[?#]/)[0]!));
  const linkDomains = snapshot.links.filter((l) => /^https?:/i.test(l.url)).map((l) => domainOf(hostOf(l.url)));
  const externalLinks = linkDomains.filter((d) => d !== domain).length;
  const claimedLinks = linkDomains.filter((d) => offBrand.some((c) => c.brand.domains.includes(d))).length;
  const prominentText = prominent.join(' \n ');
  const mailClaim = MAIL_CLAIM.test(prominentText) && !MAIL_HOST.test(host);
  const visibleFields = snapshot.forms.map((f) => f.inputs.filter(fillable));
  const emailOnly = visibleFields.some((fields) => fields.length >= 1 && fields.length <= 2 && fields.some(asksSignInName) && fields.every((i) => secretKinds(i).length === 0) && fields.every((i) => asksSignInName(i) || (i.type === 'text' && /name|名前/.test(i.label ?? i.name ?? ''))));
  const textLength = snapshot.text.length;
  const article = reading.longBlocks >= 4 || textLength >= 4000;
  const phone = asksToCall(`${snapshot.text} ${(snapshot.dialogs ?? []).join(' ')} ${reading.scriptMessages.join(' ')}`);
  const named = compact(`${snapshot.title} ${reading.headings.join(' ')} ${snapshot.imageAlts.join(' ')} ${images.join(' ')}`);
  const borrowed = borrowedSite(snapshot, domain, named);
  const wornName = lookalike || official ? null : hostWearsName(snapshot.title, host, domain);
  const carried = official ? null : carriedDomain(host, domain);
  const accountWordsHost = !official && accountWordsOnly(domain);
  const personalDetails = Math.max(0, ...snapshot.forms.map(personalFieldsAsked));
  // A number to call set as a headline, a heading or a button: what a locker shouts, not what an article cites.
  const phoneInHeadline = phone && asksToCall(prominentText);
  const callPushed = phoneInHeadline || (phone && CALL_PUSH.test(prominentText));
  const impostor = supportImpostor(claims, snapshot.title, snapshot.forms, callPushed, shortPage);

  const flags: Record<string, number> = {
    'secret-asked': secrets.size > 0 ? 1 : 0,
    'secret-password': secrets.has('password') ? 1 : 0,
    'secret-card': secrets.has('card') ? 1 : 0,
    'secret-one-time-code': secrets.has('one-time-code') ? 1 : 0,
    'secret-identity': secrets.has('identity') ? 1 : 0,
    'secret-seed-phrase': secrets.has('seed-phrase') ? 1 : 0,
    'brand-claimed-off-host': strongOff.length > 0 ? 1 : 0,
    'brand-in-title-off-host': offBrand.some((c) => c.places.includes('title')) ? 1 : 0,
    'brand-logo-off-host': offBrand.some((c) => c.places.includes('logo')) ? 1 : 0,
    'brand-text-off-host': offBrand.some((c) => c.places.length === 1 && c.places[0] === 'text') ? 1 : 0,
    'brand-lookalike-host': lookalike ? 1 : 0,
    'brand-official-host': official ? 1 : 0,
    'links-to-claimed-brand': claimedLinks > 0 ? 1 : 0,
    'borrows-another-site': borrowed ? 1 : 0,
    'host-wears-title-name': wornName ? 1 : 0,
    'host-carries-domain': carried ? 1 : 0,
    'host-account-words': accountWordsHost ? 1 : 0,
    'personal-details-asked': personalDetails >= 4 ? 1 : 0,
    'mail-provider-claim': mailClaim ? 1 : 0,
    'site-names-itself': selfNamedSite ? 1 : 0,
    'secret-posted-off-site': dropOffsite ? 1 : 0,
    'secret-posted-to-php': dropPhp ? 1 : 0,
    'script-sends-data': reading.scriptDrops.length > 0 ? 1 : 0,
    'script-telegram': reading.scriptDrops.includes('telegram') ? 1 : 0,
    'form-email-only': emailOnly ? 1 : 0,
    'phone-number': phone ? 1 : 0,
    'phone-in-headline': phoneInHeadline ? 1 : 0,
    'support-impostor': impostor ? 1 : 0,
    'little-text': textLength < 300 ? 1 : 0,
    'short-text': shortPage ? 1 : 0,
    'article-like': article ? 1 : 0,
    'site-navigation': reading.navigation >= 2 ? 1 : 0,
    'many-links': snapshot.links.length >= 30 ? 1 : 0,
    'few-links': snapshot.links.length <= 5 ? 1 : 0,
    'mostly-external-links': linkDomains.length >= 3 && externalLinks / linkDomains.length >= 0.7 ? 1 : 0,
    obfuscated: reading.obfuscated ? 1 : 0,
    'script-dialog': reading.scriptMessages.length > 0 || (snapshot.dialogs?.length ?? 0) > 0 ? 1 : 0,
    'holds-on-leave': reading.beforeUnload ? 1 : 0,
    'browser-locker': reading.lockerMoves.length >= 2 ? 1 : 0,
  };
  const signInFirstStep = secretForms.length === 0 && snapshot.forms.some((f) => {
    const boxes = typedBoxes(f.inputs);
    return boxes.length === 1 && (asksSignInName(boxes[0]!) || asksPhoneToSignIn(boxes[0]!));
  });
  const pageText = normalizeText(snapshot.text);
  // The providers offered in words ("sign in with Outlook"), or as a row of their logos under a "sign in".
  const offered = SIGN_IN_VERB.test(pageText) ? pageText : /\b(?:log ?in|sign ?in)\b/.test(pageText) ? images.join(' ').toLowerCase() : '';
  const providerChoices = shortPage ? MAIL_COMPANIES.filter(([, re]) => re.test(offered)).map(([name]) => name) : [];
  return { host, domain, signInFirstStep, providerChoices, borrowedSite: borrowed, hostWearsName: wornName, carriedDomain: carried, accountWordsHost, supportImpostor: impostor, personalDetails, reading, secretForms, claims, lookalike, prominent, alerts, images, flags };
}
