import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { findAnnualReport, upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { listItemFiles } from '../../db/queries/publishing/item-files.ts';
import { findItemReport } from '../../db/queries/publishing/item-reports.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { rollUp } from '../../domain/annual-report/rollup.ts';
import { checkReport } from '../../domain/report/check/check-report.ts';
import { blankReport2021 } from '../../domain/report/check/fixtures.test-support.ts';
import type { Report2021 } from '../../domain/report/model.ts';
import { assembleDraft } from '../annual-report/assemble-draft.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { performItemAction } from './perform-item-action.ts';
import { createItem, saveItem } from './save-item.ts';
import { viewItem } from './view-item.ts';

const YEAR = 2025;
const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

const reportForm = (title: string, year: string, source: string, organs: readonly string[] = []) =>
  submission(
    { kind: 'annualReport', genre: '报告', title },
    { report: { year, source, file: null, organs } },
  );

/** An imported report (no item): 5 applications from natural persons, all granted. */
function importedReport(): Report2021 {
  const report = blankReport2021(YEAR);
  for (const row of ['newlyReceived', 'granted', 'total'] as const) {
    report.applications![row][0] = 5;
    report.applications![row][6] = 5;
  }
  report.reviewLitigation!.review = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 };
  return report;
}

for (const backend of await backends()) {
  describe(`the district roll-up as a 年度报告 item (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let street = 0;
    let deps: AppDeps;
    const clock = movableClock('2026-12-01T02:00:00Z');
    const district = () => peopleOf(tree.district);
    const count = async (table: string) =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
    const act = async (
      who: ReturnType<typeof peopleOf>[keyof ReturnType<typeof peopleOf>],
      id: number,
      action: Parameters<typeof performItemAction>[4],
      form: Record<string, string> = {},
    ) => performItemAction(deps, who, id, (await findItem(t.db, id))!.version, action, form);

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      street = (
        await t.db.query<{ id: number }>(
          `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
           VALUES ($1, '甲区城关街道办事处', '城关街道', 'jia-cg', 'township', 'township', now(), now()) RETURNING id`,
          [tree.district],
        )
      )[0]!.id;
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      // 财政局: an imported report (loaded before reports were items: no item)
      await upsertAnnualReport(t.db, {
        organId: tree.finance,
        year: YEAR,
        report: importedReport(),
        publishedOn: '2026-01-20',
        now: new Date('2026-01-20T02:00:00Z'),
      });
      // 教育局: its report drafted from records and published on the platform
      const education = peopleOf(tree.education);
      const made = await createItem(
        deps,
        education.drafter,
        tree.education,
        reportForm('甲区教育局2025年政府信息公开工作年度报告', '2025', 'records'),
      );
      const id = made.ok ? made.itemId : 0;
      expect(await act(education.drafter, id, 'submitForReview')).toMatchObject({ ok: true });
      expect(await act(education.reviewer, id, 'approveReview', CHECKLIST)).toMatchObject({ ok: true });
      expect(await act(education.approver, id, 'sign', { warningReason: '已核对' })).toMatchObject({
        ok: true,
      });
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    const all = () => [tree.district, tree.education, tree.finance, street].map(String);
    let rollupId = 0;

    it('sums the chosen organs: published and imported reports as they are, the rest from records; identities hold', async () => {
      const made = await createItem(
        deps,
        district().drafter,
        tree.district,
        reportForm('甲区人民政府2025年政府信息公开工作年度报告', '2025', 'rollup', all()),
      );
      expect(made).toMatchObject({ ok: true });
      rollupId = made.ok ? made.itemId : 0;
      const stored = (await findItemReport(t.db, rollupId))!;
      expect(stored.source).toBe('rollup');
      // rendered to DOCX, the item's report file
      const file = (await listItemFiles(t.db, rollupId)).find((f) => f.id === stored.fileId)!;
      expect([file.name, file.mediaType]).toEqual([
        '甲区人民政府2025年政府信息公开工作年度报告.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ]);
      expect(stored.rollup!.members.map((m) => [m.name, m.group, m.figures, m.standing])).toEqual([
        // on 2026-12-01 the 2025 reports not published are past their 第四十九条 deadline
        ['甲区人民政府', 'own', 'records', 'overdue'],
        ['甲区教育局', 'departments', 'published', 'published'],
        ['甲区财政局', 'departments', 'imported', 'published'],
        ['甲区城关街道办事处', 'townships', 'records', 'overdue'],
      ]);
      // the sum is the sum of the included organs' tables
      const records = async (organId: number) => {
        const draft = await assembleDraft({ db: t.db, clock }, organId, YEAR);
        return draft.ok ? draft.report : blankReport2021(YEAR);
      };
      const parts = [
        { organ: '区政府', report: await records(tree.district) },
        {
          organ: '教育局',
          report: (await findAnnualReport(t.db, tree.education, YEAR))!.report as Report2021,
        },
        { organ: '财政局', report: importedReport() },
        { organ: '街道', report: await records(street) },
      ];
      const expected = rollUp(parts);
      const report = stored.report as Report2021;
      expect(report.applications).toEqual(expected.applications);
      expect(report.proactive).toEqual(expected.proactive);
      expect(report.reviewLitigation).toEqual(expected.reviewLitigation);
      expect(report.applications!.newlyReceived[6]).toBe(5);
      // every identity of the form holds: the checker finds no error in the sum
      expect(checkReport(report).filter((f) => f.severity === 'error')).toEqual([]);
      expect(stored.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // the prose speaks of the district and says which figures were imported
      expect(report.sections.applications).toContain('2025年全区共收到政府信息公开申请5件');
      expect(report.sections.overview).toContain('共4个单位');
      expect(report.sections.overview).toContain('1个为导入的年度报告');
      expect(report.sections.reviewLitigation).toContain('2025年全区因政府信息公开工作被申请行政复议1件');
    });

    it('a chosen subset sums only those organs', async () => {
      const saved = await saveItem(
        deps,
        district().drafter,
        rollupId,
        (await findItem(t.db, rollupId))!.version,
        reportForm('甲区人民政府2025年政府信息公开工作年度报告', '2025', 'rollup', [
          String(tree.district),
          String(street),
        ]),
      );
      expect(saved).toMatchObject({ ok: true });
      const stored = (await findItemReport(t.db, rollupId))!;
      expect(stored.rollup!.members.map((m) => m.name)).toEqual(['甲区人民政府', '甲区城关街道办事处']);
      expect((stored.report as Report2021).applications!.newlyReceived[6]).toBe(0);
      expect((stored.report as Report2021).sections.applications).toContain(
        '2025年全区未收到政府信息公开申请',
      );
    });

    it('refuses forged, outside, empty and huge choices, a year not ended, a leaf organ and a second item; nothing is written', async () => {
      const before = [await count('items'), await count('item_reports'), await count('audit_events')];
      const refusals: [number, ReturnType<typeof reportForm>, Record<string, string>][] = [
        [
          tree.district,
          reportForm('甲', '2025', 'rollup', ['abc']),
          { rollupOrgans: '所选单位须是本机关及其下属单位。' },
        ],
        [
          tree.district,
          reportForm('甲', '2025', 'rollup', ['-1']),
          { rollupOrgans: '所选单位须是本机关及其下属单位。' },
        ],
        [
          tree.district,
          reportForm('甲', '2025', 'rollup', [String(tree.otherDistrict)]),
          { rollupOrgans: '所选单位须是本机关及其下属单位。' },
        ],
        [
          tree.district,
          reportForm('甲', '2025', 'rollup', [String(tree.city)]),
          { rollupOrgans: '所选单位须是本机关及其下属单位。' },
        ],
        [
          tree.district,
          reportForm('甲', '2025', 'rollup', ['999999999']),
          { rollupOrgans: '所选单位须是本机关及其下属单位。' },
        ],
        [
          tree.district,
          reportForm(
            '甲',
            '2025',
            'rollup',
            Array.from({ length: 2001 }, (_, i) => String(i + 1)),
          ),
          { rollupOrgans: '所选单位须是本机关及其下属单位。' },
        ],
        [
          tree.district,
          reportForm('甲', '2025', 'rollup', []),
          { rollupOrgans: '请至少选择一个纳入汇总的单位' },
        ],
        [
          tree.district,
          reportForm('甲', '2026', 'rollup', all()),
          { reportYear: '2026年尚未结束，年度报告只能在次年起草。' },
        ],
        [
          tree.education,
          reportForm('甲', '2024', 'rollup', [String(tree.education)]),
          { reportSource: '本机关没有下级机关，不能由下级机关汇总，请选择其他来源' },
        ],
      ];
      for (const [organ, form, errors] of refusals) {
        const result = await createItem(deps, peopleOf(organ).drafter, organ, form);
        expect(result).toEqual({ ok: false, kind: 'invalid', errors });
      }
      const second = await createItem(
        deps,
        district().drafter,
        tree.district,
        reportForm('甲', '2025', 'rollup', all()),
      );
      expect(second).toMatchObject({ ok: false, kind: 'invalid' });
      expect(second.ok === false && second.kind === 'invalid' && second.errors.reportYear).toMatch(
        /^本机关2025年度的年度报告已有一个事项（草稿），请在该事项中修改/,
      );
      expect([await count('items'), await count('item_reports'), await count('audit_events')]).toEqual(
        before,
      );
    });

    it('签发 needs a recorded reason while an included organ’s report is unpublished; the reason is stored, audited and shown', async () => {
      const people = district();
      await saveItem(
        deps,
        people.drafter,
        rollupId,
        (await findItem(t.db, rollupId))!.version,
        reportForm('甲区人民政府2025年政府信息公开工作年度报告', '2025', 'rollup', all()),
      );
      expect(await act(people.drafter, rollupId, 'submitForReview')).toMatchObject({ ok: true });
      expect(await act(people.reviewer, rollupId, 'approveReview', CHECKLIST)).toMatchObject({ ok: true });
      const refused = await act(people.approver, rollupId, 'sign');
      expect(refused).toMatchObject({ ok: false, kind: 'invalid' });
      const message = refused.ok === false && refused.kind === 'invalid' ? refused.errors.warningReason : '';
      expect(message).toContain('纳入汇总的1个单位的2025年度报告尚未发布：甲区城关街道办事处');
      expect(message).not.toContain('甲区人民政府；'); // the district's own report is this one
      expect((await findItem(t.db, rollupId))!.status).toBe('inSigning');
      const reason = '城关街道报告已报送待发布，数据已核对';
      expect(await act(people.approver, rollupId, 'sign', { warningReason: reason })).toMatchObject({
        ok: true,
      });
      const item = (await findItem(t.db, rollupId))!;
      expect(item.status).toBe('published');
      expect(item.acceptedWarnings.map((w) => w.reason)).toContain(reason);
      const audit = await t.db.query<{ after: Record<string, unknown> }>(
        `SELECT after FROM audit_events WHERE action = 'item.sign' AND entity_id = $1`,
        [String(rollupId)],
      );
      expect(audit.map((a) => a.after.warningReason)).toEqual([reason]);
      const version = await t.db.query<{ snapshot: { rollup?: { members: unknown[] } } }>(
        'SELECT snapshot FROM item_versions WHERE item_id = $1',
        [rollupId],
      );
      expect(version[0]!.snapshot.rollup!.members).toHaveLength(4);
      const view = (await viewItem(deps, people.approver, rollupId))!;
      expect(view.rollup!.lines.map((l) => [l.name, l.standingNow, l.figures])).toEqual([
        ['甲区人民政府', 'published', 'records'],
        ['甲区教育局', 'published', 'published'],
        ['甲区财政局', 'published', 'imported'],
        ['甲区城关街道办事处', 'overdue', 'records'],
      ]);
      expect(view.rollup!.lines[2]!.reportHref).toBe('/o/jia-czj/gk/reports/2025');
      // the approver of the district may not open the 教育局's item: no staff link
      expect(view.rollup!.lines[1]!.itemHref).toBeNull();
    });
  });
}
