// Types of bin/dist.js for the TypeScript that imports it (scripts/bench.ts).
export declare const ROOT: string;
export declare const DIST_MAIN: string;
export declare const DIST_STAMP: string;
export declare function distIsFresh(): boolean;
