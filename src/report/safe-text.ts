// Attacker strings (URLs, titles, filenames) made safe to show: control characters that could
// drive a terminal (ESC sequences), reorder text (bidi overrides) or hide parts of it become
// visible escapes, and lure URLs are defanged so nobody opens them by a slip of the mouse.

// C0 and C1 controls, DEL, zero-width and bidi formatting characters, line/paragraph separators.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
const CONTROLS_KEEPING_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character shown as `\xNN` / `\uNNNN`; newlines kept when `multiline`. */
export function stripControls(text: string, multiline = false): string {
  return text.replace(multiline ? CONTROLS_KEEPING_NEWLINES : CONTROLS, visible);
}

/**
 * `hxxps://evil[.]example/path`: the scheme and the host's dots broken, the rest as found.
 * Other schemes (`javascript:`) get their colon bracketed.
 */
export function defang(url: string): string {
  const web = /^http(s?):\/\/([^/?#]*)(.*)$/is.exec(url);
  if (web) {
    const [, s, authority, rest] = web;
    return `hxxp${s.toLowerCase()}://${authority.replace(/\./g, '[.]')}${rest}`;
  }
  return url.replace(/^([a-z][a-z0-9+.-]*):/i, '$1[:]');
}

/** Free text (evidence, notes) with every http(s) URL in it defanged. */
export function defangUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, defang);
}

/** The host of a URL for display, or the raw text when it does not parse. */
export function hostAndPath(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    // javascript:, data:, mailto: have no host: the scheme is the place they lead to.
    if (u.host === '') return { host: u.protocol, path: url.slice(u.protocol.length) };
    return { host: u.host, path: `${u.pathname}${u.search}${u.hash}` };
  } catch {
    return { host: url, path: '' };
  }
}
