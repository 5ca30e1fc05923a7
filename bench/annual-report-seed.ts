/**
 * Data for `npm run bench -- annual-report`, written with SQL (not through the use cases): a district
 * of 50 organs (the 区人民政府, 30 政府部门, 19 乡镇（街道）), one busy department with 10,000 cases and
 * 20,000 published items of the report year (规章/规范性文件 with 有效性 changes, 解读, notices, in
 * five columns), and a few hundred cases in every other organ. Random values from `setseed` +
 * `random()`, so every run loads the same rows on PostgreSQL and PGlite.
 */
import type { Db } from '../src/db/db.ts';
import { CHANNELS, DECISION_WEIGHTS, KINDS, SUBJECTS, caseInsert, seedReviews } from './cases-seed.ts';

/** The district's organs: 1 is the 区人民政府, 2 the busy department. */
export const DISTRICT = { root: 1, busy: 2, organs: 50 } as const;

/** Inserts the 50 organs of the district. */
async function seedDistrict(db: Db): Promise<void> {
  await db.query(
    `INSERT INTO organs (id, parent_id, name, short_name, slug, type, level, created_at, updated_at)
     SELECT g, CASE WHEN g = 1 THEN NULL ELSE 1 END,
       CASE WHEN g = 1 THEN '测试区人民政府' WHEN g <= 31 THEN '测试区第' || g || '局' ELSE '测试区第' || g || '街道办事处' END,
       '单位' || g, 'd' || g,
       CASE WHEN g = 1 THEN 'government' WHEN g <= 31 THEN 'department' ELSE 'township' END,
       CASE WHEN g <= 31 THEN 'county' ELSE 'township' END, now(), now()
     FROM generate_series(1, ${DISTRICT.organs}) AS g`,
  );
  await db.query(`SELECT setval('organs_id_seq', ${DISTRICT.organs})`);
}

/** Cases received in `year` (and the last weeks of the year before), most of them closed. */
async function seedYearCases(db: Db, year: number, busyCases: number, perOrgan: number): Promise<void> {
  const total = busyCases + perOrgan * (DISTRICT.organs - 1);
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.31)');
    await tx.query(
      `WITH r AS MATERIALIZED (
         SELECT g, random() AS u_day, random() AS u_kind, random() AS u_open, random() AS u_days,
           random() AS u_decision, random() AS u_text, random() AS u_channel
         FROM generate_series(1, $1::int) AS g
       ), c AS (
         SELECT g,
           CASE WHEN g <= $2::int THEN ${DISTRICT.busy} WHEN (g - $2::int) % 49 = 0 THEN 1 ELSE (g - $2::int) % 49 + 2 END AS organ_id,
           make_date($3::int, 1, 1) - 20 + floor(u_day * 385)::int AS received_on,
           ($4::text[])[1 + floor(u_kind * 100)::int] AS kind, ($6::text[])[1 + floor(u_channel * 100)::int] AS channel,
           u_open < 0.03 AS is_open, u_decision, u_days, u_text
         FROM r
       ), c2 AS (
         SELECT g, organ_id, received_on, kind, channel,
           CASE WHEN is_open THEN 'drafting' ELSE 'closed' END AS status,
           CASE WHEN is_open THEN NULL ELSE ($5::text[])[1 + floor(u_decision * 100)::int] END AS decision,
           CASE WHEN is_open THEN NULL ELSE received_on + floor(power(u_days, 2) * 40)::int END AS closed_on,
           received_on + 28 AS due_on, ($7::text[])[1 + floor(u_text * ${SUBJECTS.length})::int] AS subject
         FROM c
       )
       ${caseInsert('c2')}`,
      [total, busyCases, year, KINDS, DECISION_WEIGHTS, CHANNELS, SUBJECTS],
    );
  });
  await seedReviews(db);
}

/** Five columns of the busy organ and `count` items published in `year`, each in one column. */
async function seedItems(db: Db, year: number, count: number): Promise<void> {
  await db.query(
    `INSERT INTO catalogue_columns (organ_id, slug, name, position)
     SELECT ${DISTRICT.busy}, 'c' || g, (ARRAY['政策文件','通知公告','政策解读','财政信息','重点领域'])[g], g
     FROM generate_series(1, 5) AS g`,
  );
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.62)');
    await tx.query(
      `WITH r AS MATERIALIZED (
         SELECT g, random() AS u_kind, random() AS u_day, random() AS u_valid FROM generate_series(1, $1::int) AS g
       ), k AS (
         SELECT g, u_day, u_valid, CASE WHEN u_kind < 0.02 THEN 'rule' WHEN u_kind < 0.2 THEN 'normative'
           WHEN u_kind < 0.3 THEN 'interpretation' WHEN u_kind < 0.7 THEN 'notice' ELSE 'document' END AS kind
         FROM r
       )
       INSERT INTO items (organ_id, kind, status, index_number, title, doc_number, formed_on, written_on, genre, body_text,
         validity, validity_on, interpretation_form, published_at, published_version, drafted_by_name, created_at, updated_at)
       SELECT ${DISTRICT.busy}, kind, 'published', 'AR/' || g, '测试文件第' || g || '号', '测发〔' || $2 || '〕' || g || '号',
         make_date($2::int, 1, 1) + floor(u_day * 360)::int, make_date($2::int, 1, 1) + floor(u_day * 360)::int,
         '通知', '正文' || g,
         CASE WHEN kind IN ('rule', 'normative') THEN CASE WHEN u_valid < 0.1 THEN 'repealed' ELSE 'inForce' END END,
         CASE WHEN kind IN ('rule', 'normative') AND u_valid < 0.1 THEN make_date($2::int, 12, 1) END,
         CASE WHEN kind = 'interpretation' THEN (ARRAY['text','graphic','media'])[1 + g % 3] END,
         (make_date($2::int, 1, 1) + floor(u_day * 360)::int + 1) + time '02:00', 1, '测试', now(), now()
       FROM k`,
      [count, year],
    );
    await tx.query(
      `INSERT INTO item_columns (item_id, column_id)
       SELECT i.id, c.id FROM items i
       JOIN catalogue_columns c ON c.organ_id = i.organ_id AND c.position = 1 + i.id % 5`,
    );
  });
}

/** Loads the district (an empty, migrated database). */
export async function seedAnnualReportBench(db: Db, year: number): Promise<void> {
  await seedDistrict(db);
  await seedYearCases(db, year, 10_000, 200);
  await seedItems(db, year, 20_000);
  await db.query('ANALYZE');
}
