// A persona applied to a Chromium context and to each of its pages, so that the request headers and
// what page script reads (navigator, Intl, screen) tell one consistent story.
import type { BrowserContextOptions, CDPSession } from 'playwright';
import type { Persona } from '../../model.ts';
import { hasClientHints } from '../../personas.ts';

/** Accept-Language as Chromium builds it from a plain list: q drops by 0.1 per entry. */
export function acceptLanguageHeader(list: string): string {
  return list
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => (i === 0 ? l : `${l};q=${Math.max(0.1, 1 - i / 10).toFixed(1)}`))
    .join(',');
}

export function contextOptionsFor(persona: Persona): BrowserContextOptions {
  return {
    // Playwright applies these to every page before its first request, popups included; the CDP
    // override below then adds navigator.platform and the Client Hints metadata.
    userAgent: persona.userAgent,
    extraHTTPHeaders: { 'Accept-Language': acceptLanguageHeader(persona.acceptLanguage) },
    locale: persona.locale,
    timezoneId: persona.timezone,
    viewport: persona.viewport,
    screen: persona.screen,
    deviceScaleFactor: persona.deviceScaleFactor,
    isMobile: persona.isMobile,
    hasTouch: persona.hasTouch,
    serviceWorkers: 'block',
    permissions: [],
    acceptDownloads: true,
    // Lures run on self-signed and expired certificates: follow them; the hop records the certificate.
    ignoreHTTPSErrors: true,
    javaScriptEnabled: true,
  };
}

/**
 * Runs in every document before the page's scripts. Safari has no navigator.userAgentData, so a
 * persona without Client Hints loses the property entirely (not just an empty value).
 */
export function initScriptFor(persona: Persona): string {
  const parts = [`Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });`];
  if (!hasClientHints(persona)) parts.push(`delete Navigator.prototype.userAgentData;`);
  return parts.join('\n');
}

/**
 * The full override on one page's own session. Without userAgentMetadata Chromium sends no Client
 * Hints at all, which is exactly right for a Safari persona and wrong for a Chrome one.
 */
export async function applyIdentity(session: CDPSession, persona: Persona): Promise<void> {
  const m = persona.userAgentMetadata;
  await session.send('Emulation.setUserAgentOverride', {
    userAgent: persona.userAgent,
    acceptLanguage: persona.acceptLanguage,
    platform: persona.platform,
    ...(hasClientHints(persona)
      ? {
          userAgentMetadata: {
            brands: m.brands,
            fullVersionList: m.fullVersionList,
            platform: m.platform,
            platformVersion: m.platformVersion,
            architecture: m.architecture,
            model: m.model,
            mobile: m.mobile,
            bitness: m.bitness ?? '',
            wow64: m.wow64 ?? false,
          },
        }
      : {}),
  });
}
