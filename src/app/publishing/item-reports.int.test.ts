import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { findAnnualReport, listAnnualReports, upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { listItemFiles } from '../../db/queries/publishing/item-files.ts';
import { findItemReport } from '../../db/queries/publishing/item-reports.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { REPORT_2023 } from '../demo/annual-reports.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { loadAnnualReport, loadReportVersionFile } from '../portal/load-annual-report.ts';
import { removeItemFile } from './item-files.ts';
import { performItemAction } from './perform-item-action.ts';
import { reviseItem } from './revise-item.ts';
import { createItem } from './save-item.ts';

const seed = (name: string) =>
  new Uint8Array(fs.readFileSync(new URL(`../../../test-fixtures/seeds/${name}`, import.meta.url)));
const CLEAN_2024 = seed('002_2620abe2f7b9fa96.txt');
const INJECTED_2023 = seed('000_5b011f5e8cebd16c.txt');
const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

const reportForm = (year: string, file: { name: string; bytes: Uint8Array } | null, source = 'upload') =>
  submission(
    { kind: 'annualReport', genre: '报告', title: `甲区教育局${year}年政府信息公开工作年度报告` },
    { report: { year, source, file } },
  );

for (const backend of await backends()) {
  describe(`年度报告 through the publishing workflow (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    let people: ReturnType<typeof peopleOf>;
    const clock = movableClock('2026-12-01T02:00:00Z');
    let publishedId = 0;

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      people = peopleOf(tree.education);
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    const version = async (id: number) => (await findItem(t.db, id))!.version;
    const act = async (
      who: keyof ReturnType<typeof peopleOf>,
      id: number,
      action: Parameters<typeof performItemAction>[4],
      form = {},
    ) => performItemAction(deps, people[who], id, await version(id), action, form);
    const create = async (form: ReturnType<typeof reportForm>) => {
      const made = await createItem(deps, people.drafter, tree.education, form);
      expect(made).toMatchObject({ ok: true });
      return made.ok ? made.itemId : 0;
    };
    const toSigning = async (id: number) => {
      expect(await act('drafter', id, 'submitForReview')).toMatchObject({ ok: true });
      expect(await act('reviewer', id, 'approveReview', CHECKLIST)).toMatchObject({ ok: true });
    };

    it('publishes an uploaded report: annual_reports gets the data, the 索引号 and the file, in the 公开年报 column', async () => {
      publishedId = await create(reportForm('2024', { name: '2024年报.txt', bytes: CLEAN_2024 }));
      await toSigning(publishedId);
      expect(await act('approver', publishedId, 'sign')).toMatchObject({ ok: true });
      const item = (await findItem(t.db, publishedId))!;
      expect(item.status).toBe('published');
      expect(await listAnnualReports(t.db, tree.education)).toEqual([
        { year: 2024, publishedOn: '2026-12-01', indexNumber: item.indexNumber },
      ]);
      const stored = (await findAnnualReport(t.db, tree.education, 2024))!;
      expect(stored).toMatchObject({ itemId: publishedId, file: { name: '2024年报.txt' } });
      expect(stored.report.organ).toBe('淄博市博山区人民政府');
      const removal = await removeItemFile(deps, people.drafter, publishedId, item.version, stored.file!.id);
      expect(removal.ok).toBe(false);
    });

    it('blocks 提交审核 of a report with the checker’s errors (seed 000: injected text), naming them', async () => {
      const id = await create(reportForm('2023', { name: '2023.txt', bytes: INJECTED_2023 }));
      const refused = await act('drafter', id, 'submitForReview');
      expect(refused).toMatchObject({
        ok: false,
        kind: 'refused',
        message: expect.stringContaining('年报检查'),
      });
      expect((await findItem(t.db, id))!.status).toBe('draft');
    });

    it('refuses a second published report of the same year at 提交审核 and at 签发; the first stays', async () => {
      const id = await create(reportForm('2024', { name: '2024-again.txt', bytes: CLEAN_2024 }));
      expect(await act('drafter', id, 'submitForReview')).toMatchObject({
        ok: false,
        message: expect.stringContaining('2024年度的年度报告已发布'),
      });
      // taken while it waited for 签发: the same check refuses it there
      await t.db.query(`UPDATE annual_reports SET item_id = NULL WHERE item_id = $1`, [publishedId]);
      await toSigning(id);
      await t.db.query(`UPDATE annual_reports SET item_id = $1 WHERE year = 2024`, [publishedId]);
      expect(await act('approver', id, 'sign')).toMatchObject({
        ok: false,
        kind: 'refused',
        message: expect.stringContaining('已发布'),
      });
      expect((await findItem(t.db, id))!.status).toBe('inSigning');
      expect((await findAnnualReport(t.db, tree.education, 2024))!.itemId).toBe(publishedId);
    });

    it('refuses a revision whose report has checker errors, and keeps both versions of a corrected one', async () => {
      const before = await version(publishedId);
      const bad = await reviseItem(deps, people.approver, publishedId, before, {
        ...reportForm('2023', { name: '2023.txt', bytes: INJECTED_2023 }),
        note: '更正',
        warningReason: '',
      });
      expect(bad).toMatchObject({ ok: false, kind: 'refused', message: expect.stringContaining('年报检查') });
      expect(await listAnnualReports(t.db, tree.education)).toHaveLength(1);

      clock.advance(86_400_000);
      const good = await reviseItem(deps, people.approver, publishedId, before, {
        ...reportForm('2024', { name: '2024年报（更正）.txt', bytes: CLEAN_2024 }),
        note: '更正附表',
        warningReason: '',
      });
      expect(good).toMatchObject({ ok: true });
      const page = (await loadAnnualReport(deps, tree.education, 2024))!;
      expect(page.publishedOn).toBe('2026-12-01');
      expect(page.file?.name).toBe('2024年报（更正）.txt');
      expect(page.versions.map((v) => [v.number, v.publishedOn])).toEqual([
        [1, '2026-12-01'],
        [2, '2026-12-02'],
      ]);
      expect((await loadReportVersionFile(deps, tree.education, 2024, 1))?.name).toBe('2024年报.txt');
      expect((await loadReportVersionFile(deps, tree.education, 2024, 2))?.name).toBe('2024年报（更正）.txt');
    });

    it('takes the report off the 公开年报 column when the item is withdrawn', async () => {
      expect(await act('approver', publishedId, 'withdraw', { reason: '发布错误' })).toMatchObject({
        ok: true,
      });
      expect(await listAnnualReports(t.db, tree.education)).toEqual([]);
      expect(await loadAnnualReport(deps, tree.education, 2024)).toBeNull();
    });

    it('renders a report from stored data and links the data row to the item on publication', async () => {
      await upsertAnnualReport(t.db, {
        organId: tree.education,
        year: 2023,
        report: REPORT_2023,
        publishedOn: null,
        now: clock.now(),
      });
      const id = await create(reportForm('2023', null, 'data'));
      await toSigning(id);
      expect(await act('approver', id, 'sign')).toMatchObject({ ok: true });
      const stored = (await findAnnualReport(t.db, tree.education, 2023))!;
      expect(stored).toMatchObject({ itemId: id, publishedOn: '2026-12-02' });
      expect(stored.file?.name).toBe('淄博市博山区人民政府2023年政府信息公开工作年度报告.docx');
    });
    it('drafts the report from the records (「由平台记录起草」): tables and prose from the organ’s data, checked', async () => {
      const id = await create(reportForm('2025', null, 'records'));
      const stored = await findItemReport(t.db, id);
      expect(stored).toMatchObject({ year: 2025, source: 'records' });
      expect(stored!.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const files = await listItemFiles(t.db, id);
      expect(files.map((f) => f.name)).toContain('甲区教育局2025年政府信息公开工作年度报告.docx');
      // a year that has not ended cannot be drafted; nothing is written
      const before = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items'))[0]!.n;
      const refused = await createItem(
        deps,
        people.drafter,
        tree.education,
        reportForm('2026', null, 'records'),
      );
      expect(refused).toMatchObject({
        ok: false,
        kind: 'invalid',
        errors: { reportSource: '2026年尚未结束，年度报告只能在次年起草。' },
      });
      expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items'))[0]!.n).toBe(before);
    });
  });
}
