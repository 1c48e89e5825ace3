// What ties a kit to whoever runs it, whatever host it sits on: where its secrets are posted,
// its captcha site keys, its analytics and tag ids, and the Telegram bots kits send loot to.
import { findAnalyticsIds } from '../pivot/analytics.ts';
import { secretKinds } from '../classify/page-facts.ts';
import type { PageForm } from '../model.ts';

export interface OperatorIds {
  dropHosts: string[];
  sitekeys: string[];
  trackerIds: string[];
  telegram: { bots: string[]; chats: string[] };
}

// reCAPTCHA keys are 40 characters starting 6L, Turnstile's start 0x4, hCaptcha's are UUIDs; the
// shape names the service, so a key found in a script's render() call is labelled as well.
const SITEKEY_ATTR = /data-sitekey\s*=\s*["']?([\w-]{20,64})/gi;
const SITEKEY_PROP = /["']?sitekey["']?\s*:\s*["']([\w-]{20,64})["']/gi;
const RECAPTCHA_RENDER = /recaptcha\/(?:api|enterprise)\.js\?[^"'\s]*render=([\w-]{30,50})/gi;

function sitekeyService(key: string): string {
  if (/^6L[\w-]{38}$/.test(key)) return 'recaptcha';
  if (/^0x4[\w-]+$/.test(key)) return 'turnstile';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) return 'hcaptcha';
  return 'captcha';
}

// A bot token is the bot's numeric id, a colon and 35 characters; chat ids are numbers (negative
// for groups and channels) written beside `chat_id`.
// In the Bot API's URLs the token follows `/bot` directly (`api.telegram.org/bot123:AA…/sendMessage`).
export const BOT_TOKEN = /(?:\b|(?<=\/bot))(\d{6,12}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g;
/** Every bot token in a text with its secret dropped: `BOTID:[redacted]` (shared views and exports). */
export function withoutBotSecrets(text: string): string {
  return text.replace(BOT_TOKEN, (token) => `${token.slice(0, token.indexOf(':'))}:[redacted]`);
}

const CHAT_ID = /chat_?id["']?\s*[:=,]\s*["']?(-?\d{5,16})\b/gi;

export function operatorIds(texts: string[], forms: PageForm[]): OperatorIds {
  const sitekeys = new Set<string>();
  const trackers = new Set<string>();
  const bots = new Set<string>();
  const chats = new Set<string>();
  for (const text of texts) {
    for (const re of [SITEKEY_ATTR, SITEKEY_PROP, RECAPTCHA_RENDER]) {
      for (const m of text.matchAll(re)) sitekeys.add(`${sitekeyService(m[1]!)}:${m[1]}`);
    }
    for (const id of findAnalyticsIds(text)) trackers.add(id);
    // Zeros are a placeholder (a kit shipped blank, a copy redacted), no operator: they would join unrelated kits.
    for (const m of text.matchAll(BOT_TOKEN)) if (!/^0+:/.test(m[1]!)) bots.add(m[1]!);
    for (const m of text.matchAll(CHAT_ID)) if (!/^-?0+$/.test(m[1]!)) chats.add(m[1]!);
  }
  return {
    dropHosts: dropHosts(forms),
    sitekeys: [...sitekeys].sort(),
    trackerIds: [...trackers].sort(),
    telegram: { bots: [...bots].sort(), chats: [...chats].sort() },
  };
}

/** The hosts of the actions of forms that ask for a secret (as the classifier reads them). */
function dropHosts(forms: PageForm[]): string[] {
  const hosts = new Set<string>();
  for (const f of forms) {
    if (!f.action || !f.inputs.some((i) => secretKinds(i).length > 0)) continue;
    try {
      const url = new URL(f.action);
      if (url.protocol === 'http:' || url.protocol === 'https:') hosts.add(url.hostname);
    } catch {
      // an action that is no URL posts nowhere we can name
    }
  }
  return [...hosts].sort();
}
