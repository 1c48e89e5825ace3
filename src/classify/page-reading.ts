// A second reading of a page's markup for the classifier: the parts of a page that carry intent
// (headings, dialogs and overlays, script alerts, logos and icons, where scripts send data) that
// the snapshot's flat text loses. It reads the
// snapshot's stored HTML, which for the browser engine is the DOM after scripts, so `classify` and
// `replay` read old traces the same way.
import { Parser } from 'htmlparser2';
import { isIconLink } from '../page/icon.ts';
import { resolveUrl } from '../page/snapshot.ts';
import { safeDecode } from './normalize.ts';

export interface PageReading {
  /** Text of h1–h3 elements. */
  headings: string[];
  /** Text of dialogs, alerts, modals and overlays (by element, role or class). */
  overlays: string[];
  /** Captions of buttons. */
  buttons: string[];
  /** Strings a script passes to alert(), confirm() or prompt(). */
  scriptMessages: string[];
  beforeUnload: boolean;
  /** File names (last path segment, decoded) of images, backgrounds and icons. */
  imageNames: string[];
  /** Images inside a link, by file name and alt text, with where the link goes: a row of share and
   * follow icons points at the networks it names rather than posing as them. */
  linkedImages: { names: string[]; url: string }[];
  /** Images inside a share or follow widget (class or id says so; its links are often made by script). */
  sharedImages: string[];
  faviconName: string | null;
  /** Paragraph-like blocks holding 120+ characters of text. */
  longBlocks: number;
  navigation: number;
  /** Markers of code written to hide what it does (eval of decoded text, long encoded runs). */
  obfuscated: boolean;
  /** Places a script sends data to (a Telegram bot, a mail relay, a form service, a .php). */
  scriptDrops: string[];
  /** What a browser locker does to hold the visitor: fullscreen, keyboard lock, alarm sound, leave prompt. */
  lockerMoves: string[];
  /** Drop-down lists whose choices are questions ("What was your first pet's name?"): a list to
   * pick a security question from, whatever words the page puts around it. */
  questionLists: number;
}

const MODAL = /(^|[\s_-])(modal|popup|pop-up|overlay|dialog|alert|lightbox|warning|notice-box)([\s_-]|$)/i;
const DIALOG_ROLES = new Set(['dialog', 'alertdialog', 'alert']);
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const BLOCKS = new Set(['p', 'li', 'td', 'blockquote', 'dd', 'article', 'section']);
const ITEM_LIMIT = 400;
// A widget sharing the page on social networks or following the site there ("facebookShare",
// "social-icons", "sns-follow"), by its class or id.
const SHARE_WIDGET = /share|social|\bsns\b|follow/i;

// Icon files every platform asks every site for, by these names: they name no brand.
const PLATFORM_ICONS = /^(?:apple-touch-icon|apple-icon|android-chrome|android-icon|mstile|ms-icon|safari-pinned-tab)\b/;

function fileName(url: string, base: string): string | null {
  const t = url.trim();
  if (!t || /^data:/i.test(t)) return null;
  try {
    const path = new URL(t, base).pathname;
    const last = safeDecode(path.split('/').filter(Boolean).pop() ?? '').toLowerCase();
    return last && !PLATFORM_ICONS.test(last) ? last : null;
  } catch {
    return null;
  }
}


// A choice that asks something of the visitor: "What was…?", "¿Cuál…?", "…は何ですか？".
const QUESTION = /^(?:¿.{8,200}|.{8,200}[?？])$/;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/gi;
const SCRIPT_MESSAGE = /\b(?:alert|confirm|prompt)\s*\(\s*(['"`])((?:\\.|(?!\1)[^\\]){4,400})\1/g;
const OBFUSCATION = /\beval\s*\(\s*(?:unescape|atob|decodeURIComponent|function\s*\(p,\s*a,\s*c,\s*k)|document\.write\s*\(\s*(?:unescape|atob|decodeURIComponent)|(?:\\x[0-9a-f]{2}){40}|(?:%[0-9a-f]{2}){60}|[A-Za-z0-9+/]{3000}/i;
const DROPS: [string, RegExp][] = [
  ['telegram', /api\.telegram\.org\/bot|\bsendMessage\?chat_id|\bchat_id\s*[:=]/i],
  ['discord-webhook', /discord(?:app)?\.com\/api\/webhooks/i],
  ['form-service', /formspree\.io|getform\.io|formsubmit\.co|submit-form\.com|webhook\.site|api\.web3forms\.com/i],
  ['php-endpoint', /(?:url|action|fetch|post|open)\s*[:(,]\s*\(?\s*['"`][^'"`]*\.php\b/i],
];

const LOCKER_MOVES: [string, RegExp][] = [
  ['fullscreen', /requestFullscreen|webkitRequestFullScreen|mozRequestFullScreen|msRequestFullscreen/i],
  ['keyboard-lock', /keyboard\.lock\s*\(/],
  ['alarm-sound', /<audio\b[^>]*\bautoplay|new Audio\s*\(/i],
  ['history-trap', /history\.pushState\s*\([^)]*\)[\s\S]{0,200}(?:popstate|onpopstate)|(?:popstate|onpopstate)[\s\S]{0,200}history\.pushState/i],
];

function unescapeJs(s: string): string {
  return s.replace(/\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\(.)/gi, (_m, u, x, c) =>
    u ? String.fromCharCode(parseInt(u, 16)) : x ? String.fromCharCode(parseInt(x, 16)) : c === 'n' ? ' ' : c,
  );
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function readPage(html: string, url: string): PageReading {
  const reading: PageReading = {
    headings: [],
    overlays: [],
    buttons: [],
    scriptMessages: [],
    beforeUnload: false,
    imageNames: [],
    linkedImages: [],
    sharedImages: [],
    faviconName: null,
    longBlocks: 0,
    navigation: 0,
    obfuscated: false,
    scriptDrops: [],
    lockerMoves: [],
    questionLists: 0,
  };
  if (!html) return reading;
  let base = url;
  // Open elements whose text is being gathered: each collects until its own close.
  const collectors: { depth: number; kind: 'heading' | 'overlay' | 'button' | 'block'; parts: string[] }[] = [];
  const hiddenAt: boolean[] = [];
  let scriptText = '';
  let inScript = false;
  let inStyle = false;
  let depth = 0;
  const scripts: string[] = [];
  // The links open around the parser's position, innermost last.
  const anchors: { depth: number; url: string }[] = [];
  // The share and follow widgets open around the parser's position.
  const shareWidgets: number[] = [];
  // The drop-down being read and how many of its choices so far are questions.
  let select: { questions: number; option: string | null } | null = null;
  const endOption = () => {
    if (select?.option != null && QUESTION.test(collapse(select.option))) select.questions++;
    if (select) select.option = null;
  };
  const addImage = (u: string | undefined, alt?: string) => {
    if (!u) return;
    const name = fileName(u, base);
    if (name && reading.imageNames.length < ITEM_LIMIT) reading.imageNames.push(name);
    if (shareWidgets.length > 0 && reading.sharedImages.length < ITEM_LIMIT) reading.sharedImages.push(...[name, alt?.trim()].filter((n): n is string => !!n));
    const link = anchors[anchors.length - 1];
    if (link && reading.linkedImages.length < ITEM_LIMIT) reading.linkedImages.push({ names: [name, alt?.trim()].filter((n): n is string => !!n), url: link.url });
  };
  const addCssImages = (css: string) => {
    for (const m of css.matchAll(CSS_URL)) addImage(m[1]);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        const parentHidden = hiddenAt.length > 0 && hiddenAt[hiddenAt.length - 1];
        const style = (attrs.style ?? '').toLowerCase().replace(/\s+/g, '');
        const hidden =
          parentHidden || INVISIBLE.has(name) || 'hidden' in attrs || style.includes('display:none') || style.includes('visibility:hidden');
        hiddenAt.push(hidden);
        if (name === 'base' && attrs.href) base = resolveUrl(attrs.href, url) ?? base;
        if (name === 'script') {
          inScript = true;
          scriptText = '';
        }
        if (name === 'style') inStyle = true;
        if (name === 'select') select = { questions: 0, option: null };
        if (name === 'option' && select) {
          endOption();
          select.option = '';
        }
        if (attrs.style) addCssImages(attrs.style);
        if (attrs.onbeforeunload !== undefined) reading.beforeUnload = true;
        if (name === 'a' && attrs.href) {
          const url = resolveUrl(attrs.href, base);
          if (url) anchors.push({ depth, url });
        }
        if (SHARE_WIDGET.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`)) shareWidgets.push(depth);
        if (name === 'img' || (name === 'input' && (attrs.type ?? '').toLowerCase() === 'image')) addImage(attrs.src ?? attrs['data-src'], attrs.alt);
        // The site's icon ("icon", "shortcut icon"); an apple-touch-icon is every site's file name, no brand's.
        if (isIconLink(name, attrs)) reading.faviconName ??= fileName(attrs.href!, base);
        if (name === 'nav' || name === 'header' || name === 'footer') reading.navigation++;
        const role = (attrs.role ?? '').toLowerCase();
        const classes = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
        const kind =
          /^h[1-3]$/.test(name) ? 'heading'
          : name === 'button' ? 'button'
          : name === 'dialog' || DIALOG_ROLES.has(role) || (/^(div|section|aside)$/.test(name) && MODAL.test(classes)) ? 'overlay'
          : BLOCKS.has(name) ? 'block'
          : null;
        if (kind && !hidden) collectors.push({ depth, kind, parts: [] });
        if (name === 'input' && !hidden && ['submit', 'button'].includes((attrs.type ?? '').toLowerCase()) && attrs.value) reading.buttons.push(collapse(attrs.value));
      },
      ontext(data) {
        if (inScript) {
          if (scriptText.length < 200_000) scriptText += data;
          return;
        }
        if (inStyle) {
          addCssImages(data);
          return;
        }
        if (select?.option != null) select.option += data;
        if (hiddenAt.length > 0 && hiddenAt[hiddenAt.length - 1]) return;
        // Text belongs to every open collector: a paragraph inside a modal is the modal's text too.
        for (const c of collectors) c.parts.push(data);
      },
      onclosetag(name) {
        if (name === 'script') {
          inScript = false;
          scripts.push(scriptText);
        }
        if (name === 'style') inStyle = false;
        if (name === 'option') endOption();
        if (name === 'select' && select) {
          endOption();
          if (select.questions >= 2) reading.questionLists++;
          select = null;
        }
        while (collectors.length > 0 && collectors[collectors.length - 1].depth >= depth) {
          const c = collectors.pop()!;
          const text = collapse(c.parts.join(' '));
          const into = c.kind === 'heading' ? reading.headings : c.kind === 'overlay' ? reading.overlays : c.kind === 'button' ? reading.buttons : null;
          if (!into && text.length >= 120) reading.longBlocks++;
          if (into && text && into.length < ITEM_LIMIT) into.push(text.slice(0, 500));
        }
        while (anchors.length > 0 && anchors[anchors.length - 1]!.depth >= depth) anchors.pop();
        while (shareWidgets.length > 0 && shareWidgets[shareWidgets.length - 1]! >= depth) shareWidgets.pop();
        hiddenAt.pop();
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const code = scripts.join('\n');
  for (const m of code.matchAll(SCRIPT_MESSAGE)) {
    if (reading.scriptMessages.length >= 50) break;
    reading.scriptMessages.push(collapse(unescapeJs(m[2])));
  }
  if (/onbeforeunload|['"]beforeunload['"]/.test(code)) reading.beforeUnload = true;
  reading.obfuscated = OBFUSCATION.test(code) || OBFUSCATION.test(html.slice(0, 400_000));
  reading.scriptDrops = DROPS.filter(([, re]) => re.test(code)).map(([id]) => id);
  reading.lockerMoves = LOCKER_MOVES.filter(([, re]) => re.test(code) || re.test(html.slice(0, 400_000))).map(([id]) => id);
  if (reading.beforeUnload) reading.lockerMoves.push('leave-prompt');
  return reading;
}
