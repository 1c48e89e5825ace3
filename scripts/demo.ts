// `npm run demo`: serve the bundled sample campaign on loopback, write its three mails to
// crawls/demo/mail/, crawl them with two personas through the real CLI (host map to 127.0.0.1,
// mapped-only: nothing leaves the machine), write the HTML report and say where it is.
import { join } from 'node:path';
import { startCampaign } from '../test/fixtures/campaign.ts';
import { hoptrace, LOOPBACK, root, writeMails, writeReport } from './demo-common.ts';

const outDir = join(root, 'crawls', 'demo');
const db = join(outDir, 'demo.sqlite');

const campaign = await startCampaign();
try {
  const mail = writeMails(outDir, campaign);
  const crawl = await hoptrace(['crawl', mail, '--db', db, '--job', 'demo', '--persona', 'desktop-ja', '--persona', 'mobile-ja', ...LOOPBACK]);
  if (crawl !== 0) throw new Error(`crawl exited with ${crawl}`);
  await writeReport('demo', db, outDir);
} finally {
  await campaign.close();
}
