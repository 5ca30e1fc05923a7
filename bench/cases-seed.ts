/**
 * Bulk data for `npm run bench -- cases`, written with SQL (`INSERT … SELECT … FROM
 * generate_series`), not through the use cases: a tree of 500 organs (1 root, 20 districts, the
 * rest below), a million cases received 2022–2025 with a weighted mix of applicant kinds,
 * decisions, channels and open states, ~2 % of the closed ones with a 行政复议/诉讼 record, and a
 * queue of open cases for one organ. Random values come from `setseed` + `random()` in one
 * session, so a run loads the same rows every time (PostgreSQL 15 and PGlite share the generator).
 */
import type { Db, Queryable } from '../src/db/db.ts';

/** Organs 1…500: 1 is the root, 2…21 the districts, 22…500 hang under the root or a district in turn. */
export const ORGAN_COUNT = 500;
/** The root organ's id (某市人民政府). */
export const ROOT_ORGAN = 1;
const BATCH = 100_000;

/** Values with weights summing to 100, as an array of 100 for `arr[1 + floor(u * 100)]`. */
function weighted(entries: ReadonlyArray<readonly [string, number]>): string[] {
  const values = entries.flatMap(([value, weight]) => Array.from({ length: weight }, () => value));
  if (values.length !== 100) {
    throw new Error(`weights sum to ${values.length}, not 100`);
  }
  return values;
}

export const KINDS = weighted([
  ['naturalPerson', 86],
  ['business', 7],
  ['research', 1],
  ['publicInterest', 1],
  ['legalServices', 3],
  ['otherOrganization', 2],
]);
export const CHANNELS = weighted([
  ['online', 55],
  ['mail', 20],
  ['counter', 10],
  ['letter', 5],
  ['email', 7],
  ['fax', 3],
]);
const OPEN_STATUSES = weighted([
  ['registered', 30],
  ['awaitingCorrection', 10],
  ['inConsultation', 8],
  ['awaitingFee', 2],
  ['awaitingReasons', 2],
  ['drafting', 20],
  ['inReview', 12],
  ['inSigning', 8],
  ['toDeliver', 8],
]);
export const DECISION_WEIGHTS = weighted([
  ['granted', 36],
  ['partlyGranted', 10],
  ['withheld.stateSecret', 1],
  ['withheld.prohibitedByLaw', 1],
  ['withheld.securityStability', 1],
  ['withheld.thirdPartyRights', 1],
  ['withheld.internalAffairs', 1],
  ['withheld.processInformation', 2],
  ['withheld.enforcementFiles', 1],
  ['withheld.administrativeQuery', 1],
  ['unavailable.notHeld', 18],
  ['unavailable.needsCreation', 3],
  ['unavailable.unclearAfterCorrection', 2],
  ['notProcessed.complaint', 3],
  ['notProcessed.duplicate', 2],
  ['notProcessed.publication', 1],
  ['notProcessed.excessive', 1],
  ['notProcessed.confirmation', 1],
  ['other.noCorrection', 5],
  ['other.noFee', 1],
  ['other.other', 8],
]);
/** Words of the summaries (one per case, evenly spread). */
export const SUBJECTS = [
  '道路改造工程招标文件',
  '房屋征收补偿方案',
  '拆迁安置协议',
  '环境影响评价报告',
  '财政预算执行情况',
  '土地出让合同',
  '行政处罚决定书',
  '学校招生划片方案',
  '医保基金使用情况',
  '农村集体土地征收批复',
  '规划许可证',
  '河道治理项目验收报告',
  '公租房分配名单',
  '企业排污许可证',
  '食品安全抽检结果',
  '信访事项处理意见',
  '工程竣工验收备案',
  '扶贫资金使用明细',
  '停车场收费依据',
  '老旧小区改造计划',
  '会议纪要',
  '政府采购合同',
  '建设用地审批文件',
  '城市绿化养护合同',
];
/** The word the queue search looks for (in ≈ 4 % of the summaries). */
export const SEARCH_WORD = '公租房';
const STOPPED_STATUSES = ['awaitingCorrection', 'inConsultation', 'awaitingFee'];

/** The personal data of 第二十九条 as stored (the same for every generated case: no query reads it). */
const APPLICANT = JSON.stringify({
  name: '张三',
  idType: 'residentIdCard',
  idNumber: '37030419800101002X',
  phone: '13800138000',
  email: '',
  address: '山东省淄博市博山区某路1号',
  postcode: '255200',
  provisionForm: 'paper',
  obtainWay: 'post',
});

/** The insert shared by the loads (also bench/annual-report-seed.ts); `source` gives g, organ_id, received_on, kind, channel, status, decision, closed_on, due_on, subject. */
export const caseInsert = (
  source: string,
): string => `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version,
    applicant_kind, applicant, applicant_key, applicant_name_masked, items, summary, source, due_on, due_provisional,
    decision, closed_on, created_at, updated_at)
  SELECT organ_id, '机关' || organ_id || '依申〔' || extract(year FROM received_on) || '〕' || g || '号', 'q' || lpad(g::text, 63, '0'),
    status, channel, received_on, 'ordinance-2019', kind, '${APPLICANT}'::jsonb || jsonb_build_object('kind', kind),
    'k' || lpad((g % 700000)::text, 63, '0'), '张*',
    jsonb_build_array(jsonb_build_object('description', '申请公开' || subject)), '申请公开' || (g % 97) || '号地块' || subject,
    'staff', due_on, false, decision, closed_on, received_on + time '09:00', coalesce(closed_on, received_on) + time '17:00'
  FROM ${source}`;

/**
 * Runs a bulk load with the table's secondary indexes and unique constraints dropped, then
 * recreates them from their own definitions (the schema is the migrations', whatever they hold).
 */
export async function withoutSecondaryIndexes(
  db: Db,
  table: string,
  load: () => Promise<void>,
): Promise<void> {
  const constraints = await db.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'u'`,
    [table],
  );
  const indexes = await db.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass AND NOT x.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`,
    [table],
  );
  for (const c of constraints) {
    await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${c.name}`);
  }
  for (const i of indexes) {
    await db.query(`DROP INDEX ${i.name}`);
  }
  await load();
  for (const c of constraints) {
    await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${c.name} ${c.definition}`);
  }
  for (const i of indexes) {
    await db.query(i.definition);
  }
}

/** Inserts the organ tree (ids 1…500 in a fresh database). */
export async function seedOrgans(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO organs (id, parent_id, name, short_name, slug, type, level, created_at, updated_at)
     SELECT g,
       CASE WHEN g = 1 THEN NULL WHEN g <= 21 THEN 1 WHEN (g - 22) % 21 = 0 THEN 1 ELSE 1 + (g - 22) % 21 END,
       CASE WHEN g = 1 THEN '某市人民政府' WHEN g <= 21 THEN '第' || (g - 1) || '区人民政府' ELSE '第' || g || '号部门' END,
       '机关' || g, 'organ-' || g,
       CASE WHEN g <= 21 THEN 'government' ELSE 'department' END,
       CASE WHEN g = 1 OR (g > 21 AND (g - 22) % 21 = 0) THEN 'municipal' ELSE 'county' END,
       now(), now()
     FROM generate_series(1, ${ORGAN_COUNT}) AS g`,
  );
  await db.query(`SELECT setval('organs_id_seq', ${ORGAN_COUNT})`);
}

/**
 * Inserts `total` cases over the organ tree (organ 1 the busiest, skewed towards low ids),
 * received 2022-01-01…2025-12-31, ~2 % still open (half of December 2025's), closed after 0–75 days
 * (1.5 % after ~300), in batches of 100,000; then the review/litigation records.
 */
export async function seedCases(db: Db, total: number, onBatch: (done: number) => void): Promise<void> {
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await db.transaction(async (tx) => {
      await tx.query('SELECT setseed($1)', [(from % 997) / 1000]);
      await tx.query(
        `WITH r AS MATERIALIZED (
           SELECT g, random() AS u_organ, random() AS u_day, random() AS u_kind, random() AS u_open, random() AS u_days,
             random() AS u_decision, random() AS u_status, random() AS u_text, random() AS u_channel
           FROM generate_series($1::int, $2::int) AS g
         ), d AS (
           SELECT *, date '2022-01-01' + floor(u_day * 1461)::int AS received_on,
             u_open < 0.02 OR (u_day * 1461 >= 1430 AND u_open < 0.5) AS is_open
           FROM r
         ), c AS (
           SELECT g, 1 + floor(power(u_organ, 1.6) * ${ORGAN_COUNT})::int AS organ_id, received_on,
             ($3::text[])[1 + floor(u_kind * 100)::int] AS kind, ($5::text[])[1 + floor(u_channel * 100)::int] AS channel,
             CASE WHEN is_open THEN ($6::text[])[1 + floor(u_status * 100)::int] ELSE 'closed' END AS status,
             CASE WHEN is_open THEN NULL ELSE ($4::text[])[1 + floor(u_decision * 100)::int] END AS decision,
             CASE WHEN is_open THEN NULL ELSE received_on + floor(power(u_days, 2) * 75)::int + CASE WHEN u_days > 0.985 THEN 300 ELSE 0 END END AS closed_on,
             received_on + 28 AS due_on, ($7::text[])[1 + floor(u_text * ${SUBJECTS.length})::int] AS subject
           FROM d
         )
         ${caseInsert('c')}`,
        [from, to, KINDS, DECISION_WEIGHTS, CHANNELS, OPEN_STATUSES, SUBJECTS],
      );
    });
    onBatch(to);
  }
  await seedReviews(db);
}

/** ~2 % of closed cases get a 行政复议 or 行政诉讼 record, filed 0–60 days after closing, 20 % still pending. */
export async function seedReviews(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.77)');
    await tx.query(
      `WITH r AS MATERIALIZED (
         SELECT id, organ_id, closed_on, random() AS u_pick, random() AS u_kind, random() AS u_filed, random() AS u_result, random() AS u_took
         FROM cases WHERE closed_on IS NOT NULL ORDER BY id
       ), s AS (
         SELECT *, closed_on + floor(u_filed * 60)::int AS filed_on FROM r WHERE u_pick < 0.02
       )
       INSERT INTO case_reviews (case_id, organ_id, kind, body, filed_on, result, concluded_on, created_at)
       SELECT id, organ_id,
         CASE WHEN u_kind < 0.6 THEN 'review' WHEN u_kind < 0.85 THEN 'litigationDirect' ELSE 'litigationAfterReview' END,
         CASE WHEN u_kind < 0.6 THEN '某市人民政府' ELSE '某区人民法院' END, filed_on,
         CASE WHEN u_result < 0.2 THEN 'pending' WHEN u_result < 0.76 THEN 'upheld' WHEN u_result < 0.88 THEN 'corrected' ELSE 'other' END,
         CASE WHEN u_result < 0.2 THEN NULL ELSE filed_on + floor(u_took * 150)::int END,
         filed_on + time '10:00'
       FROM s`,
    );
  });
}

/**
 * Adds `total` open cases to one organ, received in the 45 days up to `today` (recent ones more
 * often), due 28 days after receipt; a stopped clock (补正, 征求意见, 缴费) has no due date.
 */
export async function seedOpenQueue(db: Db, organId: number, total: number, today: string): Promise<void> {
  const first = 10_000_001;
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.5)');
    await tx.query(
      `WITH r AS MATERIALIZED (
         SELECT g, random() AS u_day, random() AS u_kind, random() AS u_status, random() AS u_text, random() AS u_channel
         FROM generate_series($1::int, $2::int) AS g
       ), c AS (
         SELECT g, $3::int AS organ_id, $4::date - floor(power(u_day, 1.5) * 45)::int AS received_on,
           ($5::text[])[1 + floor(u_kind * 100)::int] AS kind, ($6::text[])[1 + floor(u_channel * 100)::int] AS channel,
           ($7::text[])[1 + floor(u_status * 100)::int] AS status, NULL::text AS decision, NULL::date AS closed_on,
           ($8::text[])[1 + floor(u_text * ${SUBJECTS.length})::int] AS subject
         FROM r
       ), c2 AS (
         SELECT g, organ_id, received_on, kind, channel, status, decision, closed_on, subject,
           CASE WHEN status = ANY($9::text[]) THEN NULL ELSE received_on + 28 END AS due_on
         FROM c
       )
       ${caseInsert('c2')}`,
      [first, first + total - 1, organId, today, KINDS, CHANNELS, OPEN_STATUSES, SUBJECTS, STOPPED_STATUSES],
    );
  });
}

/** The organ and its subtree, from the parent links. */
export async function subtreeOf(db: Queryable, organId: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `WITH RECURSIVE t AS (SELECT id FROM organs WHERE id = $1 UNION ALL SELECT o.id FROM organs o JOIN t ON o.parent_id = t.id)
     SELECT id FROM t ORDER BY id`,
    [organId],
  );
  return rows.map((r) => Number(r.id));
}
