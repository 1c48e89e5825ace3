// One text form for rules and pages alike, so a rule written as "ウイルス" matches "ｳｲﾙｽ",
// "ウ イ ル ス" and "ウイルス", and "ＰＡＳＳＷＯＲＤ" matches "password".

// Japanese has no word spaces: spaces between two Japanese characters are layout, not meaning.
const JAPANESE = '[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\u3000-\\u303f\\uff01-\\uff0f]';
const SPACE_IN_JAPANESE = new RegExp(`(?<=${JAPANESE}) +(?=${JAPANESE})`, 'gu');

/** decodeURIComponent, or the text as it is when it is not valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(SPACE_IN_JAPANESE, '');
}
