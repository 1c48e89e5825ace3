// Types of scripts/build.mjs for the TypeScript that imports it (scripts/bench-mail.ts): the same build as scripts/setup.mjs runs.
export declare function build(): void;
