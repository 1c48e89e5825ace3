// Global sequence alignment (Needleman–Wunsch) of two lists. Unlike a plain LCS it can pair two
// unequal items as a substitution, which is what "the middle hop changed host" is: one changed
// hop, not a removed one plus an added one.

export type Aligned<T> = { a: T | null; b: T | null };

/**
 * `score(x, y)` rates pairing x with y: positive for a match, negative for a substitution worse
 * than leaving both unpaired. Each unpaired item costs `gap` (negative).
 */
export function align<T>(a: T[], b: T[], score: (x: T, y: T) => number, gap = -1): Aligned<T>[] {
  const n = a.length;
  const m = b.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) best[i][0] = i * gap;
  for (let j = 1; j <= m; j++) best[0][j] = j * gap;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      best[i][j] = Math.max(
        best[i - 1][j - 1] + score(a[i - 1], b[j - 1]),
        best[i - 1][j] + gap,
        best[i][j - 1] + gap,
      );
    }
  }
  const out: Aligned<T>[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && best[i][j] === best[i - 1][j - 1] + score(a[i - 1], b[j - 1])) {
      out.push({ a: a[i - 1], b: b[j - 1] });
      i--;
      j--;
    } else if (i > 0 && best[i][j] === best[i - 1][j] + gap) {
      out.push({ a: a[i - 1], b: null });
      i--;
    } else {
      out.push({ a: null, b: b[j - 1] });
      j--;
    }
  }
  return out.reverse();
}
