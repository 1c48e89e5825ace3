// The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) that hoptrace writes and
// reads, with hoptrace's own `_`-prefixed fields (docs/CONTRACT.md, "Interop"). Other tools keep
// `_` fields they do not know and ignore them, so a HAR written here stays a plain HAR.
import type { Evidence, HopCause } from '../model.ts';

export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarCookie extends HarNameValue {
  path?: string;
  domain?: string;
  expires?: string;
  httpOnly?: boolean;
  secure?: boolean;
}

export interface HarContent {
  size: number;
  mimeType: string;
  text?: string;
  /** `base64` when `text` holds bytes that are not UTF-8. */
  encoding?: string;
  comment?: string;
  /** The body was cut at the capture limit: `text` is the kept prefix. */
  _truncated?: boolean;
}

/** hoptrace's record of the hop an entry was, on entries that were hops of the chain. */
export interface HarHopFields {
  _hopSeq?: number;
  _branch?: number;
  _hopCause?: HopCause;
  /** The network policy's reason when the hop was refused (such an entry has status 0). */
  _blocked?: string | null;
  _hopNote?: string | null;
}

export interface HarEntry extends HarHopFields {
  pageref?: string;
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarCookie[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarCookie[];
    headers: HarNameValue[];
    content: HarContent;
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number; blocked?: number; dns?: number; connect?: number; ssl?: number };
  serverIPAddress?: string;
  /** Chromium DevTools' resource type (document, script, image…); hoptrace writes the same name. */
  _resourceType?: string;
  /** Chromium DevTools' record of what started the request. */
  _initiator?: { type?: string; url?: string };
}

/** A per-recipient token found in the visited link, as `hoptrace tokens` shows it. */
export interface HarTokenFinding {
  component: string;
  value: string;
  kind: string;
  format: string;
  recipient: string | null;
  derivation: string | null;
  seenOnHosts: string[];
}

export interface HarPage {
  startedDateTime: string;
  id: string;
  title: string;
  pageTimings: { onContentLoad?: number; onLoad?: number };
  /** The visit this page is: hoptrace's own record, so an import of this file rebuilds it exactly. */
  _visit?: {
    id: string;
    url: string;
    persona: string;
    engine: string;
    outcome: string;
    error: string | null;
    incomplete: string | null;
    finishedAt: string;
  };
  _final?: { url: string; status: number | null; category: string; confidence: number | null; evidence: Evidence[] } | null;
  _tokens?: HarTokenFinding[];
}

export interface Har {
  log: {
    version: string;
    creator: { name: string; version: string };
    pages: HarPage[];
    entries: HarEntry[];
  };
}
