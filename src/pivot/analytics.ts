// Analytics and ad-tag ids in page markup and request URLs. An operator re-uses one account
// across its lure domains, so a shared id is a strong link. Patterns need the surrounding call or
// URL where the bare id would be too generic (a GA4 `G-…` id alone could be a product code).

interface TagPattern {
  /** Prefix of the fact value, naming the service. */
  service: string;
  /** Group 1 is the id. */
  re: RegExp;
}

const TAG_PATTERNS: TagPattern[] = [
  { service: 'google-ua', re: /\b(UA-\d{4,10}-\d{1,4})\b/g },
  { service: 'google-ga4', re: /(?:['"=\/]|id=)(G-[A-Z0-9]{6,12})\b/g },
  { service: 'google-gtm', re: /\b(GTM-[A-Z0-9]{4,9})\b/g },
  { service: 'google-ads', re: /\b(AW-\d{6,12})\b/g },
  { service: 'google-adsense', re: /\b(ca-pub-\d{10,20})\b/g },
  { service: 'meta-pixel', re: /fbq\(\s*['"]init['"]\s*,\s*['"]?(\d{8,20})/g },
  { service: 'meta-pixel', re: /facebook\.com\/tr\/?\?(?:[^"'\s]*&(?:amp;)?)?id=(\d{8,20})/g },
  { service: 'yandex-metrika', re: /\bym\(\s*(\d{5,12})\s*,\s*['"]init['"]/g },
  { service: 'yandex-metrika', re: /mc\.yandex\.ru\/watch\/(\d{5,12})/g },
  { service: 'tiktok-pixel', re: /ttq\.load\(\s*['"]([A-Z0-9]{15,25})['"]/g },
  { service: 'ms-clarity', re: /clarity\.ms\/tag\/([a-z0-9]{8,12})/g },
  { service: 'ms-clarity', re: /['"]clarity['"]\s*,\s*['"]script['"]\s*,\s*['"]([a-z0-9]{8,12})['"]/g },
  { service: 'hotjar', re: /\bhjid\s*:\s*(\d{5,10})/g },
  { service: 'baidu-tongji', re: /hm\.baidu\.com\/hm\.js\?([a-f0-9]{32})/g },
  { service: 'twitter-pixel', re: /twq\(\s*['"](?:init|config)['"]\s*,\s*['"]([a-z0-9]{5,12})['"]/g },
];

/** Every tag id in a text, as `service:id`, without repeats. */
export function findAnalyticsIds(text: string): string[] {
  const found = new Set<string>();
  for (const { service, re } of TAG_PATTERNS) {
    for (const m of text.matchAll(re)) found.add(`${service}:${m[1]}`);
  }
  return [...found];
}
