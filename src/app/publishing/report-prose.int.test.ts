import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { listItemFiles } from '../../db/queries/publishing/item-files.ts';
import { findItemReport } from '../../db/queries/publishing/item-reports.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { proseSections } from '../../domain/annual-report/report-prose.ts';
import { proseStaleness } from '../annual-report/prose-staleness.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { performItemAction } from './perform-item-action.ts';
import { redraftReport, saveReportProse } from './report-prose-steps.ts';
import { createItem, saveItem } from './save-item.ts';

const reportForm = (source: string) =>
  submission(
    {
      kind: 'annualReport',
      genre: '报告',
      title: '甲区教育局2025年政府信息公开工作年度报告',
      writtenOn: '2026-01-05',
    },
    { report: { year: '2025', source, file: null } },
  );

for (const backend of await backends()) {
  describe(`editing the drafted prose of a report (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    let people: ReturnType<typeof peopleOf>;
    let id = 0;
    let caseNumber = 0;
    const clock = movableClock('2026-01-10T02:00:00Z');

    /** A 2025 application answered 予以公开. */
    const grantedCase = () =>
      t.db.query(
        `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind,
           applicant, applicant_key, applicant_name_masked, items, summary, source, decision, closed_on, created_at, updated_at)
         VALUES ($1, $2, $2, 'closed', 'online', '2025-03-02', 'ordinance-2019', 'naturalPerson', '{}'::jsonb, 'k', '*', '[]'::jsonb,
           's', 'import', 'granted', '2025-03-20', $3, $3)`,
        [tree.education, `N${(caseNumber += 1)}`, clock.now()],
      );
    const version = async () => (await findItem(t.db, id))!.version;
    const stored = async () => (await findItemReport(t.db, id))!;
    const stale = async () => {
      const s = await stored();
      const result = await proseStaleness(deps, tree.education, { ...s, prose: s.prose! });
      return result.ok ? result.stale : result.message;
    };
    const postedAsStored = async (changes: Record<string, string> = {}) => {
      const sections = proseSections((await stored()).prose!);
      return {
        ...Object.fromEntries(Object.entries(sections).map(([k, v]) => [`part-${k}`, v ?? ''])),
        ...changes,
      };
    };

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
      people = peopleOf(tree.education);
      for (let i = 0; i < 3; i += 1) {
        await grantedCase();
      }
      const made = await createItem(deps, people.drafter, tree.education, reportForm('records'));
      expect(made).toMatchObject({ ok: true });
      id = made.ok ? made.itemId : 0;
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    it('stores the drafted sentences with their figures, nothing edited and nothing stale', async () => {
      const s = await stored();
      expect(s.prose?.edited).toEqual({});
      expect(s.prose?.drafted.applications[0]).toMatchObject({
        text: expect.stringContaining('本年度共收到政府信息公开申请3件'),
        figures: expect.arrayContaining([{ key: 'applications.newlyReceived[6]', value: 3 }]),
      });
      expect(await stale()).toEqual([]);
    });

    it('saves edited text: sections, checker findings, a new DOCX, event and audit in one step', async () => {
      const before = await stored();
      const result = await saveReportProse(
        deps,
        people.drafter,
        id,
        await version(),
        await postedAsStored({
          'part-applications': '本年度共收到政府信息公开申请30件。\n全年办结的申请均在法定期限内答复。',
          'part-problems': '一是政策解读形式较为单一。\n二是部分栏目更新不够及时。',
        }),
      );
      expect(result).toMatchObject({ ok: true, editedParts: '三、五' });
      const after = await stored();
      expect(after.report.sections.problems).toBe('一是政策解读形式较为单一。\n二是部分栏目更新不够及时。');
      expect(after.prose?.drafted).toEqual(before.prose?.drafted);
      // the checker compares the prose's 30 with table 三's 3
      expect(after.findings.map((f) => f.code)).toContain('PROSE_TABLE_MISMATCH');
      expect(after.fileId).not.toBe(before.fileId);
      expect((await listItemFiles(t.db, id)).map((f) => f.id)).toEqual([after.fileId]);
      const [audit] = await t.db.query<{ after: Record<string, unknown> }>(
        `SELECT after FROM audit_events WHERE action = 'item.editReportProse' AND entity_id = $1`,
        [String(id)],
      );
      expect(audit?.after).toMatchObject({ editedParts: '三、五', fileId: after.fileId });
    });

    it('refuses markup and a stale version, writing nothing', async () => {
      const before = await stored();
      const v = await version();
      const bad = await saveReportProse(
        deps,
        people.drafter,
        id,
        v,
        await postedAsStored({ 'part-overview': '<p onclick="x()">总体情况</p>' }),
      );
      expect(bad).toMatchObject({
        ok: false,
        kind: 'invalid',
        errors: { 'part-overview': expect.stringContaining('网页标记') },
      });
      expect(await saveReportProse(deps, people.drafter, id, v - 1, await postedAsStored())).toMatchObject({
        ok: false,
        kind: 'stale',
      });
      expect(await stored()).toEqual(before);
      expect(await version()).toBe(v);
    });

    it('shows the sentences a new case made stale; the editor’s save keeps the edited text', async () => {
      await grantedCase();
      const list = await stale();
      expect(list).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            part: 'applications',
            edited: true,
            changed: expect.arrayContaining([
              {
                key: 'applications.newlyReceived[6]',
                label: '表三 本年新收政府信息公开申请数量（总计）',
                drafted: 3,
                now: 4,
              },
            ]),
          }),
        ]),
      );
      // re-saving the item with 「由平台记录起草」 refreshes the tables and keeps what the staff wrote
      const saved = await saveItem(deps, people.drafter, id, await version(), reportForm('records'));
      expect(saved).toMatchObject({ ok: true });
      const after = await stored();
      expect(after.report.format === '2021' && after.report.applications?.newlyReceived[6]).toBe(4);
      expect(after.prose?.edited.problems).toBe('一是政策解读形式较为单一。\n二是部分栏目更新不够及时。');
      expect(after.report.sections.applications).toContain('30件');
      expect((await stale()) as unknown[]).toHaveLength(list.length);
    });

    it('re-drafts from the latest records only when the replacement of edited text is confirmed', async () => {
      const refused = await redraftReport(deps, people.drafter, id, await version(), false);
      expect(refused).toMatchObject({
        ok: false,
        kind: 'invalid',
        errors: { replaceEdited: expect.stringContaining('第三、五部分的文字已人工修改') },
      });
      expect(await redraftReport(deps, people.drafter, id, await version(), true)).toMatchObject({
        ok: true,
        replacedParts: '三、五',
      });
      const after = await stored();
      expect(after.prose?.edited).toEqual({});
      expect(after.report.sections.applications).toContain('本年度共收到政府信息公开申请4件');
      expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(await stale()).toEqual([]);
    });

    it('refuses edits once the item has gone to 审核', async () => {
      const submitted = await performItemAction(
        deps,
        people.drafter,
        id,
        await version(),
        'submitForReview',
        {},
      );
      expect(submitted).toMatchObject({ ok: true });
      const result = await saveReportProse(deps, people.drafter, id, await version(), await postedAsStored());
      expect(result).toMatchObject({ ok: false, kind: 'refused' });
      expect(await redraftReport(deps, people.drafter, id, await version(), true)).toMatchObject({
        ok: false,
        kind: 'refused',
      });
    });
  });
}
