import { describe, expect, it } from 'vitest';
import { getPersona, hasClientHints, loadPersonas } from '../../src/personas.ts';

const personas = loadPersonas();

describe('built-in personas', () => {
  it('include the four the contract names, each once', () => {
    const names = personas.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['desktop-ja', 'mobile-ja', 'android-ja', 'desktop-en']));
    expect(new Set(names).size).toBe(names.length);
    expect(() => getPersona('no-such-persona')).toThrow(/unknown persona "no-such-persona" \(known: desktop-ja/);
  });

  describe.each(personas.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    it('never says HeadlessChrome, in the UA or in its header list', () => {
      expect(p.userAgent).not.toMatch(/headless/i);
      for (const [, value] of p.headers) expect(value).not.toMatch(/headless/i);
    });

    it('has an Accept-Language without q-values whose first tag is the locale', () => {
      expect(p.acceptLanguage).not.toMatch(/;\s*q=/);
      expect(p.acceptLanguage.split(',')[0]).toBe(p.locale);
    });

    it('sends the same User-Agent and Accept-Language from the HTTP engine', () => {
      const header = (name: string) => p.headers.find(([k]) => k.toLowerCase() === name)?.[1];
      expect(header('user-agent')).toBe(p.userAgent);
      expect(header('accept-language')?.replace(/;q=[\d.]+/g, '')).toBe(p.acceptLanguage);
    });

    it('has a device that fits: touch and mobile flags together, viewport inside the screen', () => {
      expect(p.hasTouch).toBe(p.isMobile);
      expect(p.userAgentMetadata.mobile).toBe(p.isMobile);
      expect(/Mobile|iPhone|Android/.test(p.userAgent)).toBe(p.isMobile);
      expect(p.viewport.width).toBeLessThanOrEqual(p.screen.width);
      expect(p.viewport.height).toBeLessThanOrEqual(p.screen.height);
      expect(Intl.DateTimeFormat(undefined, { timeZone: p.timezone }).resolvedOptions().timeZone).toBe(p.timezone);
    });

    it('has Client Hints exactly when the browser is Chromium-based, agreeing with the UA', () => {
      const chromeVersion = /Chrome\/(\d+)/.exec(p.userAgent)?.[1];
      expect(hasClientHints(p)).toBe(chromeVersion !== undefined);
      if (chromeVersion) {
        expect(p.userAgentMetadata.brands.find((b) => b.brand === 'Chromium')?.version).toBe(chromeVersion);
        const chUa = p.headers.find(([k]) => k.toLowerCase() === 'sec-ch-ua')?.[1];
        expect(chUa).toContain(`"Chromium";v="${chromeVersion}"`);
      } else {
        expect(p.headers.some(([k]) => k.toLowerCase().startsWith('sec-ch-ua'))).toBe(false);
      }
    });

    it('has a decoy identity on a reserved example domain', () => {
      expect(p.decoy.name.trim()).not.toBe('');
      expect(p.decoy.email).toMatch(/^[^@\s]+@example\.(com|net|org)$/);
    });
  });
});
