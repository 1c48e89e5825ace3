// The record types shared by every module: one type per concept, matching the
// `hoptrace.trace/1` JSON format of docs/CONTRACT.md. Engines, the store, the
// classifier, diff, report and exporters all speak these types.

export const TRACE_FORMAT = 'hoptrace.trace/1';

export type JobStatus = 'done' | 'running' | 'interrupted';

export interface Job {
  id: string;
  name: string;
  createdAt: string;
  status: JobStatus;
  /** The crawl options the job was started with: `--resume` runs with exactly these. */
  options: JobOptions;
}

/**
 * Everything that decides how a job's visits are made, stored when the job is created. Resume,
 * retries and remote workers read it back; nothing is taken from the flags of a later call
 * unless `--override` says so (then the change is appended to `overrides`).
 */
export interface JobOptions {
  /** Inputs as given at creation (paths and `--url`/positional URLs). */
  inputs: string[];
  urls: string[];
  engine: Engine;
  personas: string[];
  net: {
    hostMap: { pattern: string; ip: string }[];
    mappedOnly: boolean;
    allowPrivate: boolean;
    proxy: string | null;
  };
  concurrency: number;
  timeoutMs: number;
  maxHops: number;
  bodyLimit: number;
  decoy: boolean;
  cloakCheck: boolean;
  retries: number;
  /** Extra rule files: their contents are kept so a resumed job classifies exactly as it began. */
  rules: { file: string; sha256: string; json: string }[];
  recipient: string | null;
  recipientHeaders: string[];
  /** Flags changed at a `--resume … --override`: what, from, to and when. */
  overrides: { at: string; flag: string; from: unknown; to: unknown }[];
}

// ---------------------------------------------------------------- mail

export type LinkKind =
  | 'anchor'
  | 'text'
  | 'beacon'
  | 'form'
  | 'mailto'
  | 'area'
  | 'script'
  | 'stylesheet'
  | 'iframe'
  | 'qr'
  | 'pdf'
  | 'attachment'
  | 'other';

export interface Link {
  id: string;
  messageId: string | null;
  /** The URL exactly as written in the mail (after unwrapping link protection, see `wrappedUrl`). */
  url: string;
  /** The link-protection URL (Safe Links, Proofpoint, Google /url?q=) when the mail wrapped it. */
  wrappedUrl: string | null;
  text: string | null;
  kind: LinkKind;
  visited: boolean;
  /** Why the link is not visited (a beacon, a non-web scheme…), null when it is visitable. */
  refused: string | null;
  /**
   * Where in the mail the link was found: `body`, `comment` (an HTML comment, e.g. Outlook's
   * conditional ones), `attachment:NAME`, `pdf:NAME#PAGE`, `qr:NAME`. May be absent (old traces: body).
   */
  where?: string;
}

export interface SenderFinding {
  kind:
    | 'lookalike-domain'
    | 'display-name-brand'
    | 'display-name-address'
    | 'several-from-addresses'
    | 'local-part-domain'
    | 'reply-to-mismatch'
    | 'return-path-mismatch'
    | 'idn-homograph'
    | (string & {});
  detail: string;
  brand: string | null;
}

export interface Address {
  address: string;
  name: string;
}

export interface Message {
  id: string;
  jobId: string;
  /** The file path, or `path#N` (1-based) for the N-th message in an mbox. */
  source: string;
  messageId: string | null;
  subject: string;
  date: string | null;
  from: Address;
  recipients: string[];
  sender: { findings: SenderFinding[] };
  links: Link[];
  errors: string[];
  /** Where a mail that arrived by itself came from (`ingest`, `spamtrap`); absent for files. */
  origin?: MailOrigin;
}

/** An IMAP mailbox message, or an SMTP session of the spamtrap: the envelope as the client gave it. */
export type MailOrigin =
  | { kind: 'imap'; mailbox: string; uidValidity: string; uid: number; receivedAt: string; sha256: string }
  | { kind: 'smtp'; clientAddress: string; helo: string; mailFrom: string; rcptTo: string[]; receivedAt: string; sha256: string };

// ---------------------------------------------------------------- visits

export type Engine = 'browser' | 'http';

export type HopCause =
  | 'initial'
  | 'http'
  | 'refresh-header'
  | 'meta-refresh'
  | 'script'
  | 'popup'
  | 'frame'
  | 'form'
  /** Hop 0 of a visit that opened an HTML attachment from the trace. */
  | 'attachment'
  | 'other';

export type VisitOutcome = 'ok' | 'error' | 'timeout' | 'blocked' | 'refused';

export interface Hop {
  seq: number;
  branch: number;
  url: string;
  method: string;
  /** null when no response arrived (refused by policy, connection error). */
  status: number | null;
  cause: HopCause;
  serverIp: string | null;
  contentType: string | null;
  bodySha256: string | null;
  /** The policy's reason when the hop was refused; such a hop has no status. */
  blocked: string | null;
  startedAt: string;
  durationMs: number;
  setCookies: string[];
  /** Extra facts the engine knows (the CDP reason, a scheduled delay, the frame id…). May be absent. */
  note?: string | null;
  /** The server's certificate when the hop was HTTPS. May be absent. */
  tls?: TlsInfo | null;
}

export interface TlsInfo {
  subject: string;
  issuer: string;
  sans: string[];
  validFrom: string | null;
  validTo: string | null;
  /** sha256 of the DER certificate, when the engine could see it. */
  fingerprint: string | null;
}

/**
 * One response the page received, main document or subresource, kept so that a visit can be
 * replayed offline: matched by method and URL, in this order when a URL repeats.
 */
export interface RecordedResponse {
  order: number;
  method: string;
  url: string;
  status: number;
  headers: [string, string][];
  bodySha256: string | null;
  /** Playwright/CDP resource type: document, script, image, xhr… */
  resourceType: string;
  /** True when the body was cut at the capture limit. */
  truncated: boolean;
}

export interface Evidence {
  rule: string;
  detail: string;
}

export type Category =
  | 'dating'
  | 'fake-scan'
  | 'credential-phishing'
  | 'email-harvest'
  | 'prize-scam'
  | 'tech-support-scam'
  | 'malware-download'
  | 'parked'
  | 'adult'
  | 'benign'
  | 'error'
  | 'blocked'
  | 'unknown';

export const CATEGORIES: readonly Category[] = [
  'dating',
  'fake-scan',
  'credential-phishing',
  'email-harvest',
  'prize-scam',
  'tech-support-scam',
  'malware-download',
  'parked',
  'adult',
  'benign',
  'error',
  'blocked',
  'unknown',
];

export interface Classification {
  category: Category;
  /**
   * How sure the verdict is, in [0, 1]: the model's probability (for unknown: that no category
   * applies). Always set by the classifier; absent on traces stored before it existed.
   */
  confidence?: number;
  evidence: Evidence[];
  /** The brand named on a phishing page, when one was detected. */
  brand?: string | null;
}

export interface FormInput {
  type: string;
  name: string | null;
  /** name, id, placeholder, autocomplete, aria-label and title, then the words of its <label>, lower case (what the field asks for). */
  label?: string;
  /** Not shown to the person (hidden input, display:none, hidden ancestor). */
  hidden?: boolean;
}

export interface PageForm {
  action: string | null;
  method: string;
  inputs: FormInput[];
}

export interface PageLink {
  url: string;
  text: string | null;
}

export interface Download {
  url: string;
  /** The filename the server suggested (attacker-controlled: never used as a path). */
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  /** True when the file was cut at the size cap: `sha256` is then that of the kept prefix. */
  truncated?: boolean;
}

/**
 * What the classifier reads: the last page of a branch, frozen. A pure value, stored with the
 * visit, so `classify` and `replay` can re-run the rules on old traces.
 */
export interface PageSnapshot {
  branch: number;
  url: string;
  status: number | null;
  title: string;
  /** Visible text, bounded in length. */
  text: string;
  forms: PageForm[];
  links: PageLink[];
  /** Alt texts of images (logos name brands). */
  imageAlts: string[];
  /** Text set in large type, whatever its tag (browser engine only: the markup alone cannot tell). */
  headlines?: string[];
  /** sha256 of the DOM's tag structure, for pivots. */
  domHash: string | null;
  /** Blob sha256 of a PNG screenshot, when one was taken. */
  screenshot: string | null;
  downloads: Download[];
  /** The hops of this branch that led here. */
  chain: Pick<Hop, 'url' | 'status' | 'cause' | 'blocked'>[];
  /** The page's own HTML (bounded), for rules that look at markup; may be empty. */
  html?: string;
  /** Blob sha256 of that HTML as stored, so `classify` and `replay` read what the visit read. */
  htmlSha256?: string;
  /** Messages of the alert/confirm/prompt/beforeunload dialogs the page opened (browser engine). */
  dialogs?: string[];
  /** What says "same page, same kit" across hosts (issue 27); absent on traces not yet fingerprinted. */
  fingerprints?: PageFingerprints;
}

/** The index kinds a value can be looked up by: every stored kind but the LSH bands (they only find candidates). */
export const FINGERPRINT_VALUE_KINDS = ['domhash', 'domtlsh', 'tlsh', 'sha256', 'favicon', 'mmh3', 'phash', 'hhhash', 'resource', 'resource-name', 'drop-host', 'sitekey', 'tracker', 'telegram-bot', 'telegram-chat'];

/** One row of the fingerprint index: a page (visit and branch) holds a value of a kind (or an LSH band). */
export interface FingerprintRow {
  branch: number;
  kind: string;
  value: string;
}

/** A visit's landing as a kit family's name reads it. */
export interface FamilyLanding {
  visitId: string;
  /** The final URL, else the start. */
  url: string;
  category: string | null;
}

/** An index row with its visit, as `cluster` streams them. */
export interface VisitFingerprintRow {
  visitId: string;
  kind: string;
  value: string;
}

/**
 * A page's fingerprints, each answering "same thing?" at its own level (any may be null or empty
 * when the page gave nothing to hash).
 */
export interface PageFingerprints {
  /** sha256 of the page's sequence of tag names (CERT-PL's domhash): same markup skeleton. */
  domhash: string | null;
  /** TLSH digest of the markup: near copies (distance, not equality). */
  tlsh: string | null;
  /** TLSH digest of the tag-name sequence: the same skeleton edited here and there. May be absent. */
  domtlsh?: string | null;
  /** sha256 of the markup as read. */
  sha256: string | null;
  /** The page's icon: sha256 of its bytes and Shodan's MurmurHash3 of their base64. */
  favicon: { sha256: string; mmh3: number } | null;
  /** 64-bit difference hash of the screenshot, 16 hex digits (Hamming distance). */
  phash: string | null;
  /** HHHash of the document's response header names. */
  hhhash: string | null;
  /** sha256 of every script, stylesheet and image the page loaded. */
  resources: string[];
  /**
   * File names (last path segment, lower case) of those scripts, stylesheets and images: a kit
   * edited by each deployer changes its files' bytes but seldom their names. Absent on older traces.
   */
  resourceNames?: string[];
  /** Hosts the page's secret-asking forms post to. */
  dropHosts: string[];
  /** Captcha site keys, as `recaptcha:KEY`, `hcaptcha:KEY`, `turnstile:KEY`. */
  sitekeys: string[];
  /** Analytics and tag ids, as `service:id` (the pivot's notation). */
  trackerIds: string[];
  /** Telegram bot tokens and chat ids found in the page and its scripts (exfiltration channels). */
  telegram?: { bots: string[]; chats: string[] };
}

export interface FinalPage {
  url: string;
  status: number | null;
  title: string;
  category: Category;
  /** The classification's confidence in [0, 1]; absent on traces classified before it existed. */
  confidence?: number;
  evidence: Evidence[];
  textExcerpt: string;
  screenshot: string | null;
  /** The impersonated brand on a credential-phishing page. May be absent. */
  brand?: string | null;
}

/** A token value replaced before the visit (`--decoy`). */
export interface Substitution {
  component: string;
  original: string;
  substitute: string;
  derivation: string;
}

/**
 * Why a visit was made: the job's own visit of a (link, persona), a same-persona re-visit for
 * `--cloak-check`, a retry of an incomplete visit, or an offline/live replay of a stored one.
 */
export type VisitPurpose = 'primary' | 'cloak-check' | 'retry' | 'replay';

export interface Visit {
  id: string;
  jobId: string;
  linkId: string | null;
  url: string;
  persona: string;
  engine: Engine;
  replayOf: string | null;
  decoy: boolean;
  startedAt: string;
  finishedAt: string;
  outcome: VisitOutcome;
  error: string | null;
  /** Why this visit was made. Absent in old traces: `primary` (or `replay` when `replayOf` is set). */
  purpose?: VisitPurpose;
  /** 1 for the first attempt of a (link, persona, purpose), 2 for its first retry… */
  attempt?: number;
  /** The incomplete visit this one retried. */
  retryOf?: string | null;
  /**
   * Why the trace cannot be trusted as the end of the chain (work still pending at the deadline,
   * a navigation still scheduled, no snapshot of the final document); null for a complete visit.
   * An incomplete visit is never evidence: cloaking, diff verdicts and category counts skip it.
   */
  incomplete?: string | null;
  hops: Hop[];
  final: FinalPage | null;
  downloads: Download[];
  /** The classified last page of every branch (branch 0 is also `final`). */
  branchFinals?: (PageSnapshot & { classification: Classification })[];
  substitutions?: Substitution[];
  /** Tokens that could not be replaced under `--decoy`. */
  decoyUnexplained?: string[];
  warnings?: string[];
  /** Where an imported visit came from (`hoptrace import`); absent on crawled visits. */
  source?: VisitSource;
}

/** The file a visit was rebuilt from by `hoptrace import`. */
export interface VisitSource {
  kind: 'har' | 'warc';
  /** The path as given on the command line. */
  file: string;
  /** sha256 of the whole file, so a shared trace names exactly what it was built from. */
  sha256: string;
}

// ---------------------------------------------------------------- tokens

export type TokenKind = 'per-recipient' | 'campaign' | 'tracking-param' | 'unknown';

export interface Token {
  jobId: string;
  linkId: string;
  url: string;
  /** `host`, `host[0]`, `path[1]`, `query:NAME`, `query:NAME[2]` (repeated key), `fragment`, `matrix:NAME`… */
  component: string;
  value: string;
  kind: TokenKind;
  format: string;
  recipient: string | null;
  derivation: string | null;
  seenOnHosts: string[];
  /** Shannon entropy of the value in bits per character (for opaque values). */
  entropy?: number;
}

// ---------------------------------------------------------------- blobs

/** Content-addressed bytes: response bodies, screenshots, downloads. */
export interface Blob {
  sha256: string;
  mime: string | null;
  data: Buffer;
}

// ---------------------------------------------------------------- personas

export interface Persona {
  name: string;
  description: string;
  userAgent: string;
  /** navigator.platform */
  platform: string;
  /** Accept-Language without q-values (Chromium adds them), e.g. `ja-JP,ja,en-US,en`. */
  acceptLanguage: string;
  locale: string;
  timezone: string;
  viewport: { width: number; height: number };
  screen: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  /** CDP Emulation.UserAgentMetadata, so Client Hints agree with the UA string. */
  userAgentMetadata: {
    brands: { brand: string; version: string }[];
    fullVersionList: { brand: string; version: string }[];
    platform: string;
    platformVersion: string;
    architecture: string;
    model: string;
    mobile: boolean;
    bitness?: string;
    wow64?: boolean;
  };
  /** Request headers in the order this browser sends them (for the HTTP engine). */
  headers: [string, string][];
  /** Who this persona pretends to be when `--decoy` replaces recipient tokens. */
  decoy: { name: string; email: string };
}

// ---------------------------------------------------------------- the whole trace

/** The `hoptrace.trace/1` object that `export --format json` prints; report/export read it. */
export interface TraceBundle {
  format: typeof TRACE_FORMAT;
  jobs: Job[];
  messages: Message[];
  visits: Visit[];
  tokens: Token[];
  /** Links whose chains diverged by persona. May be absent (old exports). */
  cloaking?: CloakFinding[];
}

/** A link visited under several personas whose chains diverged. */
export interface CloakFinding {
  jobId: string;
  linkId: string;
  url: string;
  /** persona → final URL and category */
  personas: { persona: string; visitId: string; finalUrl: string | null; category: Category | null }[];
  /** seq of the first differing hop (branch 0) between the first two diverging personas */
  divergesAt: number | null;
  /** True when a same-persona re-visit (`--cloak-check`) differed too: the site is just noisy. */
  noisy?: boolean;
}

// ---------------------------------------------------------------- engine output
/** What an engine gives back for one visit; the visit stage turns it into a stored Visit. */
export interface VisitCapture {
  outcome: VisitOutcome;
  error: string | null;
  /** Set when the visit ended with work pending or without a snapshot of its final document. */
  incomplete: string | null;
  startedAt: string;
  finishedAt: string;
  /** Ordered by seq; branch 0 is the main chain. */
  hops: Hop[];
  /** Every response received (documents and subresources), for offline replay. */
  responses: RecordedResponse[];
  /** Bodies, screenshots and downloads referenced by sha256 from hops, responses and snapshots. */
  blobs: Blob[];
  /** The last page of each branch, branch 0 first (may be empty when nothing loaded). */
  snapshots: PageSnapshot[];
  downloads: Download[];
  warnings: string[];
}

// ---------------------------------------------------------------- watches (issue 29)

/** One lure a watch re-crawls: its URL as mailed, who it was mailed to, and the tokens found in it. */
export interface WatchTarget {
  url: string;
  recipients: string[];
  /** The source job's tokens of this link (job and link ids dropped): a round re-crawls as that recipient. */
  tokens: Omit<Token, 'jobId' | 'linkId'>[];
  /** Where the lure came from: `job:ID`, `visit:ID` or `url`. */
  from: string;
}

export type WatchSchedule = { every: number } | { cron: string };

/** What `watch add` keeps: the lures, when to look again, how to judge a change, where to say so. */
export interface WatchSpec {
  targets: WatchTarget[];
  schedule: WatchSchedule;
  /** ISO time after which no round starts. */
  until: string | null;
  /** Consecutive complete rounds that must show a change before it is reported. */
  confirm: number;
  /** Consecutive dark rounds after which the watch expires. */
  expireAfter: number;
  ignoreHosts: string[];
  ignoreParams: string[];
  /** The secret is read from the named environment variable by `watch run`, never stored. */
  webhook: { url: string; secretEnv: string } | null;
  /** The crawl options every round runs with (the source job's, unless flags said otherwise). */
  options: JobOptions;
}

export type WatchStatus = 'active' | 'paused' | 'expired' | 'ended';

export interface Watch {
  id: string;
  name: string;
  createdAt: string;
  status: WatchStatus;
  spec: WatchSpec;
  /** When the next round is due; a missed one runs once, whatever the number of slots missed. */
  nextDue: string | null;
}

export interface WatchRound {
  id: string;
  watchId: string;
  seq: number;
  jobId: string | null;
  dueAt: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'done';
  /** What the round saw, in one line (`same`, `changed (pending 1/2)`, `incomplete`…). */
  verdict: string | null;
}

export type WatchEventKind =
  | 'final-moved'
  | 'category-changed'
  | 'host-added'
  | 'host-removed'
  | 'tracker-added'
  | 'registrant-changed'
  | 'cloaking-changed'
  | 'went-dark'
  | 'came-back'
  | 'expired';

export const WATCH_EVENT_FORMAT = 'hoptrace.watch-event/1';

/** One change, as printed (a JSON line) and POSTed to a webhook. */
export interface WatchEvent {
  format: typeof WATCH_EVENT_FORMAT;
  watch: string;
  /** The round that confirmed the change (its id). */
  round: string;
  /** The last round that showed the state before it (null for `expired` without one). */
  previousRound: string | null;
  time: string;
  kind: WatchEventKind;
  /** The lure the change is about. */
  target: string;
  evidence: WatchEvidence[];
}

export interface WatchEvidence {
  persona?: string;
  /** What changed: `final`, `category`, `host`, `tracker`, `registrant`, `cloaked`, `reachable`… */
  what: string;
  before: unknown;
  after: unknown;
  /** The visits that show it: the previous round's and the confirming rounds'. */
  visits: string[];
}
