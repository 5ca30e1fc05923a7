import { openPglite } from './src/db/pglite.ts';
import { openPostgres } from './src/db/postgres.ts';
import { migrate } from './src/db/migrate.ts';
import { insertTestTree, movableClock } from './test/staff.ts';
import { testEnv } from './test/portal.ts';
import { createLogger } from './src/app/logger.ts';
import { recheckPublishedItems } from './src/app/publishing/recheck-items.ts';
import { listFlaggedItems } from './src/db/queries/publishing/item-rechecks.ts';
import { residentIdCheckCharacter } from './src/domain/applicant/id-number.ts';

const N = Number(process.env.N ?? 10000);
const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;
const db = process.env.PG ? await openPostgres(process.env.PG) : await openPglite(null);
await migrate(db);
const tree = await insertTestTree(db);
const filler = '本机关依照有关规定，做好政府信息公开工作。'.repeat(40);
await db.query(
  `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, body_html, body_text, drafted_by_name, published_at, published_version, created_at, updated_at)
   SELECT $1, 'notice', 'published', '第' || g || '号通知', '2026-11-20', '通知', '<p>' || $2 || '</p>',
     CASE WHEN g % 100 = 0 THEN $2 || '申请人张三，身份证号' || $3 ELSE $2 END, '李', now(), 1, now(), now()
   FROM generate_series(1, $4) g`,
  [tree.education, filler, ID, N],
);
const deps = { db, clock: movableClock('2026-12-01T02:00:00Z'), env: testEnv(), logger: createLogger('silent') };
global.gc?.();
const base = process.memoryUsage();
let peakHeap = base.heapUsed;
let peakRss = base.rss;
const timer = setInterval(() => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
}, 20);
const t0 = performance.now();
const outcome = await recheckPublishedItems(deps, tree.education, { accountId: null, name: 'bench' });
const ms = performance.now() - t0;
clearInterval(timer);
const t1 = performance.now();
const flagged = await listFlaggedItems(db, tree.education);
const listMs = performance.now() - t1;
console.log(JSON.stringify({ backend: process.env.PG ? 'postgres' : 'pglite', N, outcome, ms: Math.round(ms), perItemMs: +(ms / N).toFixed(2), heapGrowthMB: +((peakHeap - base.heapUsed) / 1048576).toFixed(1), rssGrowthMB: +((peakRss - base.rss) / 1048576).toFixed(1), flagged: flagged.length, listMs: Math.round(listMs) }));
await db.close();
