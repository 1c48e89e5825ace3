declare module 'tlsh' {
  /** The TLSH digest (70 hex digits) of a string read one char code per byte; throws on too simple input. */
  export default function tlsh(data: string): string;
}
declare module 'tlsh/lib/digests/digest-hash-builder.js' {
  interface Digest {
    calculateDifference(other: Digest, lengthDiff: boolean): number;
  }
  export default class DigestHashBuilder {
    withHash(hex: string): this;
    build(): Digest;
  }
}
