// unicode-confusables names an index.d.ts it does not ship; the one function used here.
declare module 'unicode-confusables' {
  /** The string with every confusable character replaced by its UTS #39 prototype. */
  export function rectifyConfusion(text: string): string;
}
