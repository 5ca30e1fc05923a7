import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { buildApplicationsTable } from '../../domain/case/statistics/applications-table.ts';
import { generateCases } from '../../domain/case/statistics/generate-cases.test-support.ts';
import { blankReport2021 } from '../../domain/report/check/fixtures.test-support.ts';
import type { Queryable } from '../../db/db.ts';
import { assembleDraft } from './assemble-draft.ts';
import { assembleRollup } from './assemble-rollup.ts';

const YEAR = 2025;
const AT = new Date('2026-01-01T00:00:00Z');

async function insertItem(
  db: Queryable,
  organId: number,
  columnId: number,
  item: {
    kind: string;
    title: string;
    writtenOn: string;
    publishedAt: string;
    validity?: string;
    validityOn?: string;
    form?: string;
  },
): Promise<void> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO items (organ_id, kind, status, title, written_on, formed_on, genre, published_at, validity, validity_on,
       interpretation_form, drafted_by_name, created_at, updated_at)
     VALUES ($1, $2, 'published', $3, $4, $4, '通知', $5, $6, $7, $8, '测试', $9, $9) RETURNING id::int AS id`,
    [
      organId,
      item.kind,
      item.title,
      item.writtenOn,
      item.publishedAt,
      item.validity ?? null,
      item.validityOn ?? null,
      item.form ?? null,
      AT,
    ],
  );
  await db.query('INSERT INTO item_columns (item_id, column_id) VALUES ($1, $2)', [row!.id, columnId]);
}

for (const backend of await backends()) {
  describe(`the annual report drafted from records (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const clock = movableClock('2026-01-10T02:00:00Z');
    const cases = generateCases(2025, 60, { fromYear: 2024, toYear: YEAR });

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      const organ = tree.education;
      for (const [i, c] of cases.entries()) {
        await t.db.query(
          `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind,
             applicant, applicant_key, applicant_name_masked, items, summary, source, decision, closed_on, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'online', $5, 'ordinance-2019', $6, '{}'::jsonb, 'k', '*', '[]'::jsonb, 's', 'import', $7, $8, $9, $9)`,
          [
            organ,
            `N${i}`,
            `h${i}`,
            c.closedOn ? 'closed' : 'registered',
            c.received,
            c.applicantKind,
            c.decision,
            c.closedOn,
            AT,
          ],
        );
      }
      // one application paid a fee of 100 元 in the year (the second notice counts, not the first)
      const [first] = await t.db.query<{ id: number }>('SELECT min(id)::int AS id FROM cases');
      const event = (seq: number, kind: string, data: object) =>
        t.db.query(
          `INSERT INTO case_events (case_id, seq, at, actor_name, kind, data) VALUES ($1, $2, $3, '测试', $4, $5::jsonb)`,
          [first!.id, seq, AT, kind, JSON.stringify({ kind, ...data })],
        );
      await event(1, 'feeNotified', { on: '2025-03-01', amountYuan: 50 });
      await event(2, 'feeNotified', { on: '2025-03-02', amountYuan: 100 });
      await event(3, 'feePaid', { on: '2025-03-10' });
      const [column] = await t.db.query<{ id: number }>(
        `INSERT INTO catalogue_columns (organ_id, slug, name, position) VALUES ($1, 'documents-2', '行政规范性文件', 1) RETURNING id`,
        [organ],
      );
      const col = column!.id;
      await insertItem(t.db, organ, col, {
        kind: 'normative',
        title: '旧办法',
        writtenOn: '2021-03-01',
        publishedAt: '2021-03-02T02:00:00Z',
        validity: 'repealed',
        validityOn: '2025-06-30',
      });
      await insertItem(t.db, organ, col, {
        kind: 'normative',
        title: '新办法',
        writtenOn: '2025-06-20',
        publishedAt: '2025-06-30T02:00:00Z',
        validity: 'inForce',
      });
      await insertItem(t.db, organ, col, {
        kind: 'normative',
        title: '跨年办法',
        writtenOn: '2024-12-28',
        publishedAt: '2025-01-03T02:00:00Z',
        validity: 'inForce',
      });
      await insertItem(t.db, organ, col, {
        kind: 'interpretation',
        title: '一图读懂',
        writtenOn: '2025-06-30',
        publishedAt: '2025-06-30T03:00:00Z',
        form: 'graphic',
      });
      const last = blankReport2021(YEAR - 1);
      last.applications!.newlyReceived[6] = 80;
      await upsertAnnualReport(t.db, {
        organId: organ,
        year: YEAR - 1,
        report: last,
        publishedOn: '2025-01-20',
        now: AT,
      });
    });
    afterAll(async () => t.dispose());

    it('assembles tables from the records, drafts prose from them and checks clean', async () => {
      const draft = await assembleDraft({ db: t.db, clock }, tree.education, YEAR);
      if (!draft.ok) {
        throw new Error(JSON.stringify(draft));
      }
      expect(draft.report.applications).toEqual(buildApplicationsTable(cases, YEAR));
      expect(draft.report.proactive!.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 2 });
      expect(draft.report.proactive!.licensing.decisions).toBeNull();
      expect(draft.previousFrom).toBe('report');
      const text = Object.values(draft.report.sections).join('');
      expect(text).toContain('全年通过政府网站主动公开政府信息3条，其中「行政规范性文件」3条。');
      expect(text).toContain('发布政策解读1篇，其中图解1篇。');
      expect(text).toContain('本年制发行政规范性文件1件，废止1件，现行有效行政规范性文件2件。');
      expect(text).toMatch(/本年度共收到政府信息公开申请\d+件，较上年/);
      expect(text).toContain('收取信息处理费100元，涉及申请1件。');
      expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(draft.findings.map((f) => f.code)).not.toContain('PERIOD_NOT_STATED');
      expect(draft.findings.filter((f) => f.code === 'PROSE_TABLE_MISMATCH')).toEqual([]);
    });

    it('counts by 发布日期 when asked', async () => {
      const draft = await assembleDraft({ db: t.db, clock }, tree.education, YEAR, 'published');
      expect(draft.ok && draft.report.proactive!.normativeDocuments).toEqual({
        issued: 2,
        repealed: 1,
        inForce: 2,
      });
    });

    it('rolls the district up: each organ from its published report, else from its records', async () => {
      const finance = blankReport2021(YEAR);
      finance.applications!.newlyReceived[0] = 5;
      finance.applications!.newlyReceived[6] = 5;
      finance.applications!.granted[0] = 5;
      finance.applications!.granted[6] = 5;
      finance.applications!.total[0] = 5;
      finance.applications!.total[6] = 5;
      await upsertAnnualReport(t.db, {
        organId: tree.finance,
        year: YEAR,
        report: finance,
        publishedOn: '2026-01-20',
        now: AT,
      });
      const rollup = await assembleRollup({ db: t.db, clock }, tree.district, YEAR);
      if (!rollup.ok) {
        throw new Error(JSON.stringify(rollup));
      }
      expect(rollup.members.map((m) => [m.name, m.figures, m.publishedOn])).toEqual([
        ['甲区人民政府', 'records', null],
        ['甲区教育局', 'records', null],
        ['甲区财政局', 'imported', '2026-01-20'],
      ]);
      const own = buildApplicationsTable(cases, YEAR);
      expect(rollup.report.applications!.newlyReceived[6]).toBe(own.newlyReceived[6]! + 5);
      expect(rollup.report.applications!.granted[0]).toBe(own.granted[0]! + 5);
      expect(rollup.report.organ).toBe('甲区人民政府');
      expect(rollup.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(rollup.report.sections.proactive).toContain('主动公开政府信息3条');
      const some = await assembleRollup({ db: t.db, clock }, tree.district, YEAR, 'written', [tree.finance]);
      expect(some.ok && some.report.applications!.newlyReceived[6]).toBe(5);
      expect(
        await assembleRollup({ db: t.db, clock }, tree.district, YEAR, 'written', [tree.otherDistrict]),
      ).toEqual({
        ok: false,
        kind: 'invalid',
        errors: { included: '所选单位须是本机关及其下属单位。' },
      });
    });

    it('refuses a year that has not ended, a year before the 2019 条例, and an unknown organ', async () => {
      expect(await assembleDraft({ db: t.db, clock }, tree.education, 2026)).toEqual({
        ok: false,
        kind: 'invalid',
        errors: { year: '2026年尚未结束，年度报告只能在次年起草。' },
      });
      const old = await assembleDraft({ db: t.db, clock }, tree.education, 2010);
      expect(old.ok === false && old.kind === 'invalid' && old.errors.year).toContain('2019年至2025年');
      expect(await assembleDraft({ db: t.db, clock }, 999_999, YEAR)).toMatchObject({
        ok: false,
        kind: 'not_found',
      });
    });
  });
}
