// The export formats of `hoptrace export`, in one place for the CLI.
export { toJson } from './json.ts';
export { CLOAKING_LINE_FORMAT, toJsonl, VISIT_LINE_FORMAT } from './jsonl.ts';
export { toCsv } from './csv.ts';
export { toStix, type StixBundle, type StixObject } from './stix.ts';
export { redactBotTokens, redactTokens } from './redact.ts';
