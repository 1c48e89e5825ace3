import PQueue from 'p-queue';
import { createBrowserEngine } from '../src/engines/browser/engine.ts';
import { getPersona } from '../src/personas.ts';
import { startCampaign } from '../test/fixtures/campaign.ts';
import { startHogs, stopHogs } from '../test/fixtures/hogs.ts';
const c = await startCampaign();
const e = createBrowserEngine();
const net = { hostMap: [{ pattern: '*.test', ip: '127.0.0.1' }], mappedOnly: true, allowPrivate: false, proxy: null };
const hogs = startHogs(2, 600000);
const q = new PQueue({ concurrency: 4 });
const start = c.server.url('click.trendmicr0-support.test', '/c?u=a2VuamkuaXRvQGV4YW1wbGUuanA&cid=x');
let bad = 0;
await Promise.all(Array.from({ length: 24 }, (_, i) => q.add(async () => {
  const cap = await e.visit({ url: start + '&n=' + i, persona: getPersona(i % 2 ? 'mobile-ja' : 'desktop-ja'), timeoutMs: 30000, maxHops: 20, bodyLimit: 1e6, net });
  const ok = cap.snapshots[0]?.title.includes('出会える') && !cap.incomplete;
  if (!ok) { bad++; console.log(i, cap.outcome, cap.incomplete, cap.hops.length, cap.snapshots[0]?.title); }
})));
console.log('bad', bad);
stopHogs(hogs);
await e.close(); await c.server.close();
