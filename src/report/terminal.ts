// Text views for `hoptrace show` and `hoptrace diff`. Colour (ANSI SGR) only when asked for;
// every attacker string passes through `clean` so an ESC inside a URL cannot drive the terminal.
import type { Category, CloakFinding, Hop, Job, Message, Token, TraceBundle, Visit } from '../model.ts';
import type { HopDiff, JobDiff, VisitDiff } from '../diff/diff.ts';
import { hostAndPath, stripControls } from './safe-text.ts';
import { latestAttempts } from '../records.ts';

export interface TextOptions {
  color: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';
const SGR: Record<Style, number> = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 };

function painter(color: boolean) {
  return (style: Style, text: string): string => (color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
}

const clean = (s: string | null | undefined): string => stripControls(s ?? '');

const CATEGORY_STYLE: Partial<Record<Category, Style>> = {
  'credential-phishing': 'red',
  'malware-download': 'red',
  'tech-support-scam': 'red',
  'fake-scan': 'magenta',
  'email-harvest': 'magenta',
  'prize-scam': 'magenta',
  dating: 'magenta',
  adult: 'magenta',
  benign: 'green',
  parked: 'dim',
  error: 'yellow',
  blocked: 'yellow',
  unknown: 'dim',
};

/** Left-aligned columns; widths from the plain text, so colour codes do not skew them. */
function table(header: string[], rows: string[][], paint: ReturnType<typeof painter>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [paint('bold', line(header)), ...rows.map(line)].join('\n');
}

/** A job with the counts the store lists beside it (any may be missing). */
export type JobRow = Job & { messages?: number; links?: number; visits?: number; cloaked?: number };

export function formatJobTable(jobs: JobRow[], opts: TextOptions = { color: false }): string {
  if (jobs.length === 0) return 'no jobs';
  const n = (x: number | undefined): string => (x === undefined ? '-' : String(x));
  return table(
    ['ID', 'NAME', 'STATUS', 'CREATED', 'MESSAGES', 'LINKS', 'VISITS', 'CLOAKED'],
    jobs.map((j) => [
      clean(j.id), clean(j.name), j.status, j.createdAt, n(j.messages), n(j.links), n(j.visits), n(j.cloaked),
    ]),
    painter(opts.color),
  );
}

/** Categories of each link × persona's last attempt; incomplete ones are counted apart, never as a category. */
function purposeLabel(v: Visit): string {
  const purpose = v.purpose ?? (v.replayOf ? 'replay' : 'primary');
  return purpose === 'retry' ? `retry ${v.attempt ?? 2}` : purpose;
}

function categoryTally(visits: Visit[]): string {
  const counts = new Map<string, number>();
  let incomplete = 0;
  for (const v of latestAttempts(visits)) {
    if (v.incomplete) {
      incomplete++;
      continue;
    }
    const c = v.final?.category ?? 'none';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const tally = [...counts].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', ');
  return incomplete ? `${tally}${tally ? '; ' : ''}${incomplete} incomplete (not counted)` : tally;
}

export function formatJob(
  bundle: Pick<TraceBundle, 'jobs' | 'messages' | 'visits' | 'tokens'>,
  cloaking: CloakFinding[] = [],
  opts: TextOptions = { color: false },
): string {
  const paint = painter(opts.color);
  const out: string[] = [];
  for (const job of bundle.jobs) {
    out.push(`${paint('bold', `job ${clean(job.name)}`)}  ${clean(job.id)}  ${job.status}  ${job.createdAt}`);
  }
  const links = bundle.messages.reduce((n, m) => n + m.links.length, 0);
  const perRecipient = bundle.tokens.filter((t) => t.kind === 'per-recipient').length;
  out.push(
    `messages ${bundle.messages.length}  links ${links}  visits ${bundle.visits.length}  ` +
      `tokens ${bundle.tokens.length} (${perRecipient} per-recipient)  cloaked ${cloaking.length}`,
  );
  if (bundle.visits.length > 0) out.push(`categories: ${categoryTally(bundle.visits)}`);
  if (bundle.visits.length > 0) {
    out.push(
      '',
      table(
        ['VISIT', 'PERSONA', 'PURPOSE', 'OUTCOME', 'HOPS', 'CATEGORY', 'FINAL'],
        bundle.visits.map((v) => [
          clean(v.id), clean(v.persona), purposeLabel(v), v.outcome, String(v.hops.length),
          v.incomplete ? 'incomplete' : (v.final?.category ?? '-'),
          clean(v.final ? hostAndPath(v.final.url).host : ''),
        ]),
        paint,
      ),
    );
  }
  for (const f of cloaking) {
    out.push('', paint('yellow', `cloaked${f.noisy ? ' (noisy)' : ''}: ${clean(f.url)}  diverges at hop ${f.divergesAt ?? '-'}`));
    for (const p of f.personas) out.push(`  ${clean(p.persona)} → ${p.category ?? '-'}  ${clean(p.finalUrl)}`);
  }
  return out.join('\n');
}

function hopLine(h: Hop, paint: ReturnType<typeof painter>): string {
  const { host, path } = hostAndPath(h.url);
  const status = h.blocked ? paint('yellow', 'BLK') : h.status === null ? '---' : String(h.status);
  const statusStyled = h.status !== null && h.status >= 400 ? paint('red', status) : status;
  return [
    String(h.seq).padStart(3),
    statusStyled,
    h.cause.padEnd(14),
    `${paint('bold', clean(host))}${clean(path)}`,
    paint('dim', `${h.durationMs} ms`),
    h.serverIp ? paint('dim', clean(h.serverIp)) : '',
  ]
    .filter((c) => c !== '')
    .join('  ');
}

export function formatVisit(visit: Visit, tokens: Token[], opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const seconds = (Date.parse(visit.finishedAt) - Date.parse(visit.startedAt)) / 1000;
  const out = [
    `${paint('bold', `visit ${clean(visit.id)}`)}  ${clean(visit.persona)}  ${visit.engine}  ${visit.outcome}` +
      `  ${visit.startedAt}${Number.isFinite(seconds) ? `  (${seconds.toFixed(1)} s)` : ''}`,
    `url ${clean(visit.url)}`,
  ];
  if (visit.replayOf) out.push(`replay of ${clean(visit.replayOf)}`);
  if (visit.retryOf) out.push(`attempt ${visit.attempt ?? 1}, retry of ${clean(visit.retryOf)}`);
  if (visit.error) out.push(paint('red', `error: ${clean(visit.error)}`));
  if (visit.incomplete) out.push(paint('yellow', `incomplete (not evidence): ${clean(visit.incomplete)}`));
  const branchNumbers = [...new Set(visit.hops.map((h) => h.branch))].sort((a, b) => a - b);
  for (const b of branchNumbers) {
    const hops = visit.hops.filter((h) => h.branch === b).sort((x, y) => x.seq - y.seq);
    out.push(paint('cyan', b === 0 ? 'branch 0 (main)' : `branch ${b} (${hops[0].cause})`));
    hops.forEach((h, i) => {
      const last = i === hops.length - 1;
      out.push(`${last ? '└─' : '├─'}${hopLine(h, paint)}`);
      const indent = last ? '    ' : '│   ';
      if (h.blocked) out.push(`${indent}${paint('yellow', `blocked: ${clean(h.blocked)}`)}`);
      if (h.note) out.push(`${indent}${paint('dim', clean(h.note))}`);
    });
  }
  if (visit.final) {
    const f = visit.final;
    const style = CATEGORY_STYLE[f.category] ?? 'bold';
    out.push(`final ${paint(style, f.category)}  ${f.status ?? '---'}  ${clean(f.url)}`, `  title: ${clean(f.title)}`);
    for (const e of f.evidence) out.push(`  evidence: ${clean(e.rule)}: ${clean(e.detail)}`);
  }
  if (visit.downloads.length > 0) {
    out.push('downloads:');
    for (const d of visit.downloads) {
      out.push(`  ${clean(d.filename)}  ${clean(d.mime)}  ${d.size} B  sha256 ${d.sha256}  ${clean(d.url)}`);
    }
  }
  const mine = tokens.filter((t) => visit.linkId !== null && t.linkId === visit.linkId);
  if (mine.length > 0) {
    out.push('tokens:');
    for (const t of mine) {
      const seen = t.seenOnHosts.length ? ` → seen on ${t.seenOnHosts.map(clean).join(', ')}` : '';
      out.push(`  ${clean(t.component)}  ${t.kind}  ${clean(t.derivation ?? t.format)}  ${clean(t.value)}${seen}`);
    }
  }
  for (const w of visit.warnings ?? []) out.push(paint('yellow', `warning: ${clean(w)}`));
  return out.join('\n');
}

const OP_MARK: Record<HopDiff['op'], [string, Style]> = {
  same: ['=', 'dim'],
  changed: ['~', 'yellow'],
  added: ['+', 'green'],
  removed: ['-', 'red'],
};

export function formatDiff(diff: VisitDiff, opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const verdict = diff.same ? paint('green', 'same') : paint('yellow', `diverges at hop ${diff.divergesAt}`);
  const out = [`${paint('bold', `diff ${clean(diff.a)} → ${clean(diff.b)}`)}: ${verdict}${diff.conclusive ? '' : ' (inconclusive)'}`];
  for (const side of ['a', 'b'] as const) {
    const why = diff.incomplete[side];
    if (why) out.push(paint('yellow', `${side.toUpperCase()} is incomplete, not evidence: ${clean(why)}`));
  }
  for (const h of diff.hops) {
    const [mark, style] = OP_MARK[h.op];
    const hop = (h.a ?? h.b)!;
    const where = `${String(h.a?.seq ?? '·').padStart(3)} ${String(h.b?.seq ?? '·').padStart(3)}  b${hop.branch}`;
    const url = h.op === 'changed' && h.a && h.b && h.a.url !== h.b.url
      ? `${clean(h.a.url)} → ${clean(h.b.url)}`
      : clean(hop.url);
    const detail = h.changes.length ? paint('dim', `  [${h.changes.join(', ')}]`) : '';
    out.push(`${paint(style, mark)} ${where}  ${url}${detail}`);
  }
  out.push(`final: ${diff.final.a ?? '-'} → ${diff.final.b ?? '-'}`);
  return out.join('\n');
}

export function formatMessage(message: Message, opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const out = [
    `${paint('bold', clean(message.subject) || '(no subject)')}`,
    `from ${clean(message.from.name)} <${clean(message.from.address)}>`,
    `date ${message.date ?? '-'}  source ${clean(message.source)}  id ${clean(message.id)}`,
    `to ${message.recipients.map(clean).join(', ') || '-'}`,
  ];
  for (const f of message.sender.findings) {
    out.push(paint('yellow', `sender: ${clean(f.kind)}: ${clean(f.detail)}${f.brand ? ` (${clean(f.brand)})` : ''}`));
  }
  if (message.links.length > 0) {
    out.push(
      table(
        ['LINK', 'KIND', 'STATE', 'URL'],
        message.links.map((l) => [clean(l.id), l.kind, l.refused ? `refused: ${clean(l.refused)}` : l.visited ? 'visited' : '-', clean(l.url)]),
        paint,
      ),
    );
  }
  for (const e of message.errors) out.push(paint('red', `parse: ${clean(e)}`));
  return out.join('\n');
}

/** The token table of `hoptrace tokens`: per-recipient values first, then by link and component. */
export function formatTokens(tokens: Token[], opts: TextOptions = { color: false }): string {
  if (tokens.length === 0) return 'no tokens';
  const rank = (t: Token): number => (t.kind === 'per-recipient' ? 0 : 1);
  const sorted = [...tokens].sort(
    (a, b) => rank(a) - rank(b) || a.linkId.localeCompare(b.linkId) || a.component.localeCompare(b.component),
  );
  return table(
    ['LINK', 'COMPONENT', 'KIND', 'FORMAT', 'DERIVATION', 'RECIPIENT', 'VALUE', 'SEEN ON'],
    sorted.map((t) => [
      clean(t.linkId), clean(t.component), t.kind, clean(t.format), clean(t.derivation ?? '-'), clean(t.recipient ?? '-'),
      clean(t.value), t.seenOnHosts.map(clean).join(',') || '-',
    ]),
    painter(opts.color),
  );
}

/** `hoptrace diff --jobs`: the counts, then one line per pair and per unpaired visit. */
export function formatJobDiff(diff: JobDiff, opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const c = diff.counts;
  const out = [
    paint('bold', `same ${c.same}  changed ${c.changed}  inconclusive ${c.inconclusive}  only in A ${c.onlyInA}  only in B ${c.onlyInB}`),
  ];
  for (const p of diff.pairs) {
    const verdict = !p.diff.conclusive
      ? paint('dim', 'inconclusive (incomplete visit)')
      : p.diff.same
        ? paint('green', 'same')
        : paint('yellow', `diverges at hop ${p.diff.divergesAt}`);
    out.push(
      `${!p.diff.conclusive ? '?' : p.diff.same ? '=' : '~'} ${clean(p.persona)}  ${clean(p.a.visitId)} → ${clean(p.b.visitId)}  ${verdict}` +
        `  ${p.diff.final.a ?? '-'} → ${p.diff.final.b ?? '-'}  ${clean(p.a.url)}`,
    );
  }
  for (const v of diff.onlyInA) out.push(`${paint('red', '-')} ${clean(v.persona)}  ${clean(v.visitId)}  ${clean(v.url)}`);
  for (const v of diff.onlyInB) out.push(`${paint('green', '+')} ${clean(v.persona)}  ${clean(v.visitId)}  ${clean(v.url)}`);
  return out.join('\n');
}
