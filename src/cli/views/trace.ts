// Text views of stored traces: jobs, a job, a visit, a message, tokens, diffs (`jobs`, `show`,
// `tokens`, `diff`, `replay`). Every value read from the database is cleaned: a shared trace
// file is attacker data from end to end, enum-looking columns included.
import { describeOrigin } from '../../ingest/origin-text.ts';
import type { HopDiff, JobDiff, VisitDiff } from '../../diff/diff.ts';
import type { Category, CloakFinding, Hop, Job, Message, Token, TraceBundle, Visit } from '../../model.ts';
import { latestAttempts } from '../../records/visit-record.ts';
import { hostAndPath } from '../../report/safe-text.ts';
import { clean, painter, table, type Paint, type Style } from './terminal.ts';

export interface TextOptions {
  color: boolean;
}

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

/** A job with the counts the store lists beside it (any may be missing). */
export type JobRow = Job & { messages?: number; links?: number; visits?: number; cloaked?: number };

export function formatJobTable(jobs: JobRow[], opts: TextOptions = { color: false }): string {
  if (jobs.length === 0) return 'no jobs';
  const n = (x: number | undefined): string => (x === undefined ? '-' : String(x));
  return table(
    ['ID', 'NAME', 'STATUS', 'CREATED', 'MESSAGES', 'LINKS', 'VISITS', 'CLOAKED'],
    jobs.map((j) => [j.id, j.name, j.status, j.createdAt, n(j.messages), n(j.links), n(j.visits), n(j.cloaked)]),
    painter(opts.color),
  );
}

function purposeLabel(v: Visit): string {
  const purpose = v.purpose ?? (v.replayOf ? 'replay' : 'primary');
  return purpose === 'retry' ? `retry ${v.attempt ?? 2}` : purpose;
}

/** Categories of each link × persona's last attempt; incomplete ones are counted apart, never as a category. */
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
  const tally = [...counts].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${clean(c)} ${k}`).join(', ');
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
    out.push(`${paint('bold', `job ${clean(job.name)}`)}  ${clean(job.id)}  ${clean(job.status)}  ${clean(job.createdAt)}`);
  }
  const links = bundle.messages.reduce((n, m) => n + m.links.length, 0);
  const perRecipient = bundle.tokens.filter((t) => t.kind === 'per-recipient').length;
  out.push(
    `messages ${bundle.messages.length}  links ${links}  visits ${bundle.visits.length}  ` +
      `tokens ${bundle.tokens.length} (${perRecipient} per-recipient)  cloaked ${cloaking.length}`,
  );
  const arrived = arrivals(bundle.messages);
  if (arrived) out.push(`arrived: ${arrived}`);
  if (bundle.visits.length > 0) out.push(`categories: ${categoryTally(bundle.visits)}`);
  if (bundle.visits.length > 0) {
    out.push(
      '',
      table(
        ['VISIT', 'PERSONA', 'PURPOSE', 'OUTCOME', 'HOPS', 'CATEGORY', 'FINAL'],
        bundle.visits.map((v) => [
          v.id, v.persona, purposeLabel(v), v.outcome, v.hops.length, v.incomplete ? 'incomplete' : (v.final?.category ?? '-'),
          v.final ? hostAndPath(v.final.url).host : '',
        ]),
        paint,
      ),
    );
  }
  for (const f of cloaking) {
    out.push('', paint('yellow', `cloaked${f.noisy ? ' (noisy)' : ''}: ${clean(f.url)}  diverges at hop ${clean(f.divergesAt ?? '-')}`));
    for (const p of f.personas) out.push(`  ${clean(p.persona)} → ${clean(p.category ?? '-')}  ${clean(p.finalUrl)}`);
  }
  return out.join('\n');
}

/** Where a job's mail came from (`ingest`, `spamtrap`): a count per mailbox or SMTP client. */
function arrivals(messages: Message[]): string {
  const counts = new Map<string, number>();
  for (const m of messages) {
    if (!m.origin) continue;
    const where = m.origin.kind === 'imap' ? m.origin.mailbox : `SMTP from ${m.origin.clientAddress}`;
    counts.set(where, (counts.get(where) ?? 0) + 1);
  }
  return [...counts].map(([where, n]) => `${n} from ${clean(where)}`).join(', ');
}

function hopLine(h: Hop, paint: Paint): string {
  const { host, path } = hostAndPath(h.url);
  const status = h.blocked ? paint('yellow', 'BLK') : h.status === null ? '---' : clean(h.status);
  const statusStyled = h.status !== null && h.status >= 400 ? paint('red', status) : status;
  return [
    clean(h.seq).padStart(3),
    statusStyled,
    clean(h.cause).padEnd(14),
    `${paint('bold', clean(host))}${clean(path)}`,
    paint('dim', `${clean(h.durationMs)} ms`),
    h.serverIp ? paint('dim', clean(h.serverIp)) : '',
  ]
    .filter((c) => c !== '')
    .join('  ');
}

export function formatVisit(visit: Visit, tokens: Token[], opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const seconds = (Date.parse(visit.finishedAt) - Date.parse(visit.startedAt)) / 1000;
  const out = [
    `${paint('bold', `visit ${clean(visit.id)}`)}  ${clean(visit.persona)}  ${clean(visit.engine)}  ${clean(visit.outcome)}` +
      `  ${clean(visit.startedAt)}${Number.isFinite(seconds) ? `  (${seconds.toFixed(1)} s)` : ''}`,
    `url ${clean(visit.url)}`,
  ];
  if (visit.replayOf) out.push(`replay of ${clean(visit.replayOf)}`);
  if (visit.retryOf) out.push(`attempt ${clean(visit.attempt ?? 1)}, retry of ${clean(visit.retryOf)}`);
  if (visit.error) out.push(paint('red', `error: ${clean(visit.error)}`));
  if (visit.incomplete) out.push(paint('yellow', `incomplete (not evidence): ${clean(visit.incomplete)}`));
  const branchNumbers = [...new Set(visit.hops.map((h) => h.branch))].sort((a, b) => a - b);
  for (const b of branchNumbers) {
    const hops = visit.hops.filter((h) => h.branch === b).sort((x, y) => x.seq - y.seq);
    out.push(paint('cyan', b === 0 ? 'branch 0 (main)' : `branch ${clean(b)} (${clean(hops[0]!.cause)})`));
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
    const sure = typeof f.confidence === 'number' ? ` (confidence ${f.confidence.toFixed(2)})` : '';
    out.push(`final ${paint(style, clean(f.category))}${sure}  ${clean(f.status ?? '---')}  ${clean(f.url)}`, `  title: ${clean(f.title)}`);
    for (const e of f.evidence) out.push(`  evidence: ${clean(e.rule)}: ${clean(e.detail)}`);
  }
  if (visit.downloads.length > 0) {
    out.push('downloads:');
    for (const d of visit.downloads) {
      out.push(`  ${clean(d.filename)}  ${clean(d.mime)}  ${clean(d.size)} B  sha256 ${clean(d.sha256)}  ${clean(d.url)}`);
    }
  }
  const mine = tokens.filter((t) => visit.linkId !== null && t.linkId === visit.linkId);
  if (mine.length > 0) {
    out.push('tokens:');
    for (const t of mine) {
      const seen = t.seenOnHosts.length ? ` → seen on ${t.seenOnHosts.map(clean).join(', ')}` : '';
      out.push(`  ${clean(t.component)}  ${clean(t.kind)}  ${clean(t.derivation ?? t.format)}  ${clean(t.value)}${seen}`);
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
  const verdict = diff.same ? paint('green', 'same') : paint('yellow', `diverges at hop ${clean(diff.divergesAt)}`);
  const out = [`${paint('bold', `diff ${clean(diff.a)} → ${clean(diff.b)}`)}: ${verdict}${diff.conclusive ? '' : ' (inconclusive)'}`];
  for (const side of ['a', 'b'] as const) {
    const why = diff.incomplete[side];
    if (why) out.push(paint('yellow', `${side.toUpperCase()} is incomplete, not evidence: ${clean(why)}`));
  }
  for (const h of diff.hops) {
    const [mark, style] = OP_MARK[h.op];
    const hop = (h.a ?? h.b)!;
    const where = `${clean(h.a?.seq ?? '·').padStart(3)} ${clean(h.b?.seq ?? '·').padStart(3)}  b${clean(hop.branch)}`;
    const url = h.op === 'changed' && h.a && h.b && h.a.url !== h.b.url
      ? `${clean(h.a.url)} → ${clean(h.b.url)}`
      : clean(hop.url);
    const detail = h.changes.length ? paint('dim', `  [${h.changes.map(clean).join(', ')}]`) : '';
    out.push(`${paint(style, mark)} ${where}  ${url}${detail}`);
  }
  out.push(`final: ${clean(diff.final.a ?? '-')} → ${clean(diff.final.b ?? '-')}`);
  return out.join('\n');
}

export function formatMessage(message: Message, opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const out = [
    `${paint('bold', clean(message.subject) || '(no subject)')}`,
    `from ${clean(message.from.name)} <${clean(message.from.address)}>`,
    `date ${clean(message.date ?? '-')}  source ${clean(message.source)}  id ${clean(message.id)}`,
    `to ${message.recipients.map(clean).join(', ') || '-'}`,
  ];
  if (message.origin) out.push(clean(describeOrigin(message.origin)));
  for (const f of message.sender.findings) {
    out.push(paint('yellow', `sender: ${clean(f.kind)}: ${clean(f.detail)}${f.brand ? ` (${clean(f.brand)})` : ''}`));
  }
  if (message.links.length > 0) {
    out.push(
      table(
        ['LINK', 'KIND', 'STATE', 'URL'],
        message.links.map((l) => [l.id, l.kind, l.refused ? `refused: ${l.refused}` : l.visited ? 'visited' : '-', l.url]),
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
      t.linkId, t.component, t.kind, t.format, t.derivation ?? '-', t.recipient ?? '-', t.value, t.seenOnHosts.join(',') || '-',
    ]),
    painter(opts.color),
  );
}

/** `hoptrace diff --jobs`: the counts, then one line per pair and per unpaired visit. */
export function formatJobDiff(diff: JobDiff, opts: TextOptions = { color: false }): string {
  const paint = painter(opts.color);
  const c = diff.counts;
  const out = [
    paint('bold', `same ${clean(c.same)}  changed ${clean(c.changed)}  inconclusive ${clean(c.inconclusive)}  only in A ${clean(c.onlyInA)}  only in B ${clean(c.onlyInB)}`),
  ];
  for (const p of diff.pairs) {
    const verdict = !p.diff.conclusive
      ? paint('dim', 'inconclusive (incomplete visit)')
      : p.diff.same
        ? paint('green', 'same')
        : paint('yellow', `diverges at hop ${clean(p.diff.divergesAt)}`);
    out.push(
      `${!p.diff.conclusive ? '?' : p.diff.same ? '=' : '~'} ${clean(p.persona)}  ${clean(p.a.visitId)} → ${clean(p.b.visitId)}  ${verdict}` +
        `  ${clean(p.diff.final.a ?? '-')} → ${clean(p.diff.final.b ?? '-')}  ${clean(p.a.url)}`,
    );
  }
  for (const v of diff.onlyInA) out.push(`${paint('red', '-')} ${clean(v.persona)}  ${clean(v.visitId)}  ${clean(v.url)}`);
  for (const v of diff.onlyInB) out.push(`${paint('green', '+')} ${clean(v.persona)}  ${clean(v.visitId)}  ${clean(v.url)}`);
  return out.join('\n');
}
