import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { findAnnualReport } from '../../db/queries/annual-reports.ts';
import { listItemEvents } from '../../db/queries/publishing/item-links.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { performItemAction } from './perform-item-action.ts';
import { publishDueItems, SCHEDULE_FAILED_AUDIT } from './publish-due-items.ts';
import { createItem } from './save-item.ts';
import { viewItem } from './view-item.ts';
import { ItemPageView } from '../../web/staff/item-page-view.tsx';

const CLEAN_2024 = new Uint8Array(
  fs.readFileSync(new URL('../../../test-fixtures/seeds/002_2620abe2f7b9fa96.txt', import.meta.url)),
);
const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

for (const backend of await backends()) {
  describe(`a 定时发布 that fails at its time stops (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    let people: ReturnType<typeof peopleOf>;
    const clock = movableClock('2026-12-01T02:00:00Z');

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

    const act = async (
      who: keyof ReturnType<typeof peopleOf>,
      id: number,
      action: Parameters<typeof performItemAction>[4],
      form = {},
    ) => performItemAction(deps, people[who], id, (await findItem(t.db, id))!.version, action, form);
    const toSigning = async (form: Parameters<typeof createItem>[3]) => {
      const made = await createItem(deps, people.drafter, tree.education, form);
      const id = made.ok ? made.itemId : 0;
      expect(await act('drafter', id, 'submitForReview')).toMatchObject({ ok: true });
      expect(await act('reviewer', id, 'approveReview', CHECKLIST)).toMatchObject({ ok: true });
      return id;
    };
    const report = (title: string) =>
      submission(
        { kind: 'annualReport', genre: '报告', title },
        { report: { year: '2024', source: 'upload', file: { name: `${title}.txt`, bytes: CLEAN_2024 } } },
      );

    it('stops a 年度报告 whose year was published meanwhile: back to 待签发, why recorded and audited, never retried; the next due item still goes out', async () => {
      const scheduled = await toSigning(report('甲区教育局2024年政府信息公开工作年度报告'));
      const other = await toSigning(report('甲区教育局2024年政府信息公开工作年度报告（另一份）'));
      const notice = await toSigning(submission({ kind: 'notice', title: '关于寒假安排的通知' }));
      expect(await act('approver', scheduled, 'sign', { publishAt: '2026-12-02 09:00' })).toMatchObject({
        ok: true,
      });
      expect(await act('approver', notice, 'sign', { publishAt: '2026-12-02 09:30' })).toMatchObject({
        ok: true,
      });
      // meanwhile the other report of the same year is signed and published at once
      expect(await act('approver', other, 'sign')).toMatchObject({ ok: true });

      clock.set('2026-12-02T02:00:00Z');
      expect(await publishDueItems(deps)).toBe(1); // the notice; the report stopped
      expect((await findItem(t.db, notice))!.status).toBe('published');
      const stopped = (await findItem(t.db, scheduled))!;
      expect(stopped).toMatchObject({ status: 'inSigning', scheduledAt: null, indexNumber: null });
      expect((await findAnnualReport(t.db, tree.education, 2024))!.itemId).toBe(other);

      const events = await listItemEvents(t.db, scheduled);
      expect(events.at(-1)).toMatchObject({
        kind: 'scheduleFailed',
        actorName: '系统（定时发布）',
        data: { reason: expect.stringContaining('2024年度的年度报告已发布') },
      });
      const audit = await t.db.query<{ action: string; after: { status: string; reason: string } }>(
        `SELECT action, after FROM audit_events WHERE entity = 'item' AND entity_id = $1 ORDER BY id`,
        [String(scheduled)],
      );
      expect(audit.at(-1)).toMatchObject({
        action: SCHEDULE_FAILED_AUDIT,
        after: { status: 'inSigning', reason: expect.stringContaining('已发布') },
      });

      // no retry: later sweeps leave it alone
      clock.advance(60 * 60_000);
      expect(await publishDueItems(deps)).toBe(0);
      expect(await listItemEvents(t.db, scheduled)).toHaveLength(events.length);

      // the item page says why; staff act — 签发 again is refused with the same reason, 退回 works
      const view = (await viewItem(deps, people.approver, scheduled))!;
      const element: unknown = ItemPageView({
        actor: people.approver,
        csrfToken: 'x',
        view,
        errors: {},
        notice: null,
        replacements: [],
      });
      const page = `${(await Promise.resolve(element)) as string}`;
      expect(page).toContain('定时发布未能完成，已停止');
      expect(page).toContain('2024年度的年度报告已发布');
      expect(await act('approver', scheduled, 'sign')).toMatchObject({ ok: false, kind: 'refused' });
      expect(
        await act('approver', scheduled, 'returnSigning', { opinion: '本年度报告已由另一事项发布' }),
      ).toMatchObject({ ok: true });
      expect((await findItem(t.db, scheduled))!.status).toBe('draft');
    });
  });
}
