import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { hitPath } from '../../domain/search/search-source.ts';
import { REPORT_2023 } from '../demo/annual-reports.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { performItemAction } from '../publishing/perform-item-action.ts';
import { createItem } from '../publishing/save-item.ts';
import { indexReportOfYear } from './index-report.ts';
import { reindexAll } from './reindex.ts';
import { searchPublic } from './search-public.ts';

const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };
/** A sentence of the 2023 report's prose and a table label of table 三. */
const PROSE = '个别单位信息发布不够及时';
const TABLE_LABEL = '属于三类内部事务信息';

for (const backend of await backends()) {
  describe(`search over annual reports (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    const people = () => peopleOf(tree.education);
    const clock = movableClock('2026-12-01T02:00:00Z');

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    const search = async (q: string, kind?: string) => {
      const result = await searchPublic(deps, { q, ...(kind === undefined ? {} : { kind }) });
      if (!result.ok) {
        throw new Error(JSON.stringify(result.errors));
      }
      return result.results;
    };
    const act = async (id: number, who: 'drafter' | 'reviewer' | 'approver', action: string, form = {}) =>
      performItemAction(
        deps,
        people()[who],
        id,
        (await findItem(t.db, id))!.version,
        action as Parameters<typeof performItemAction>[4],
        form,
      );

    it('finds a report loaded as data by its prose and its table labels, linking to the report page', async () => {
      await t.db.transaction(async (tx) => {
        await upsertAnnualReport(tx, {
          organId: tree.education,
          year: 2023,
          report: REPORT_2023,
          publishedOn: '2024-01-26',
          now: clock.now(),
        });
        await indexReportOfYear(tx, tree.education, 2023);
      });
      for (const q of [PROSE, TABLE_LABEL, '〔2021〕30号']) {
        const found = await search(q);
        expect(found.hits.map((h) => [h.sourceKind, hitPath(h)])).toEqual([
          ['report', '/o/jia-jyj/gk/reports/2023'],
        ]);
      }
      const [hit] = (await search(PROSE)).hits;
      expect(hit).toMatchObject({
        title: '甲区教育局2023年政府信息公开工作年度报告',
        reportYear: 2023,
        part: 'body',
      });
      expect(hit!.publishedAt.toISOString()).toBe('2024-01-25T16:00:00.000Z');
      expect((await search(PROSE, 'report')).hits).toHaveLength(1);
      expect((await search(PROSE, 'item')).hits).toHaveLength(0);
      expect((await search(PROSE, 'reply')).hits).toHaveLength(0);
    });

    it('indexes a report published as a 年度报告 item once, as the report, with the item’s record; gone when withdrawn', async () => {
      const made = await createItem(
        deps,
        people().drafter,
        tree.education,
        submission(
          { kind: 'annualReport', genre: '报告', title: '甲区教育局2023年度信息公开年报（正式版）' },
          { report: { year: '2023', source: 'data', file: null } },
        ),
      );
      expect(made).toMatchObject({ ok: true });
      const id = made.ok ? made.itemId : 0;
      expect(await act(id, 'drafter', 'submitForReview')).toMatchObject({ ok: true });
      expect(await act(id, 'reviewer', 'approveReview', CHECKLIST)).toMatchObject({ ok: true });
      expect(await act(id, 'approver', 'sign')).toMatchObject({ ok: true });
      const indexNumber = (await findItem(t.db, id))!.indexNumber!;
      const found = await search(PROSE);
      expect(found.hits).toHaveLength(1);
      expect(found.hits[0]).toMatchObject({ sourceKind: 'report', indexNumber, reportYear: 2023 });
      expect(found.hits[0]!.title).toBe('甲区教育局2023年度信息公开年报（正式版）');
      // by the item's own record too (its title), still one hit of kind 年度报告
      expect((await search('正式版')).hits.map((h) => h.sourceKind)).toEqual(['report']);
      expect(await reindexAll(t.db)).toBeGreaterThan(0);
      expect((await search(PROSE)).hits).toHaveLength(1);

      expect(await act(id, 'approver', 'withdraw', { reason: '发布错误' })).toMatchObject({ ok: true });
      expect((await search(PROSE)).hits).toEqual([]);
      expect((await search('正式版')).hits).toEqual([]);
      await reindexAll(t.db);
      expect((await search(PROSE)).hits).toEqual([]);
      const rows = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM search_documents WHERE source_kind = 'report'`,
      );
      expect(rows[0]!.n).toBe(0);
    });

    it('reindex picks up a report stored without indexing, and refuses an unknown kind', async () => {
      await upsertAnnualReport(t.db, {
        organId: tree.finance,
        year: 2023,
        report: REPORT_2023,
        publishedOn: null,
        now: clock.now(),
      });
      expect((await search(PROSE)).hits).toEqual([]);
      await reindexAll(t.db);
      expect((await search(PROSE)).hits.map(hitPath)).toEqual(['/o/jia-czj/gk/reports/2023']);
      const bad = await searchPublic(deps, { q: PROSE, kind: 'items<script>' });
      expect(bad).toMatchObject({ ok: false, kind: 'invalid' });
      expect(bad.ok ? '' : JSON.stringify(bad)).toContain('信息类别');
    });
  });
}
