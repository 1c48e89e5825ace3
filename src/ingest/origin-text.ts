// Where a mail that arrived by itself came from, in one line for the views (show, report, serve).
import type { MailOrigin } from '../model.ts';

export function describeOrigin(o: MailOrigin): string {
  if (o.kind === 'imap') return `arrived ${o.receivedAt} from ${o.mailbox} (UIDVALIDITY ${o.uidValidity}, UID ${o.uid}), sha256 ${o.sha256}`;
  return `arrived ${o.receivedAt} over SMTP from ${o.clientAddress}: HELO ${o.helo || '-'}, MAIL FROM ${o.mailFrom || '<>'}, RCPT TO ${o.rcptTo.join(', ')}; sha256 ${o.sha256}`;
}
