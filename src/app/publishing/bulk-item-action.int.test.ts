import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { bulkItemAction } from './bulk-item-action.ts';
import { performItemAction } from './perform-item-action.ts';
import { createItem } from './save-item.ts';

const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

for (const backend of await backends()) {
  describe(`bulk steps: 规范性文件清理 (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    let people: ReturnType<typeof peopleOf>;
    const ids: number[] = [];

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = {
        db: t.db,
        clock: movableClock('2026-12-01T02:00:00Z'),
        env: testEnv(),
        logger: createLogger('silent'),
      };
      people = {
        ...peopleOf(tree.education),
        drafterApprover: { ...peopleOf(tree.education).drafterApprover },
      };
      await t.db.query(
        `INSERT INTO publishing_settings (organ_id, index_pattern, drafter_may_sign, interpretation_required, updated_at, updated_by) VALUES ($1, '{机构代码}/{年}-{序号:5}', false, false, now(), '测试')`,
        [tree.education],
      );
      for (const title of ['甲区中小学收费管理办法', '甲区校车安全管理办法']) {
        const r = await createItem(
          deps,
          people.drafter,
          tree.education,
          submission({ kind: 'normative', title }),
        );
        const id = r.ok ? r.itemId : 0;
        const v = async () => (await findItem(t.db, id))!.version;
        await performItemAction(deps, people.drafter, id, await v(), 'submitForReview', {});
        await performItemAction(deps, people.reviewer, id, await v(), 'approveReview', CHECKLIST);
        await performItemAction(deps, people.approver, id, await v(), 'sign', {});
        ids.push(id);
      }
    });
    afterAll(async () => t.dispose());

    it('refuses an empty selection', async () => {
      expect(
        await bulkItemAction(deps, people.drafter, tree.education, [], 'changeValidity', {}),
      ).toMatchObject({ ok: false, kind: 'invalid' });
    });

    it('marks each selected item 已失效, item by item, and drafts the 清理结果 notice', async () => {
      const result = await bulkItemAction(
        deps,
        people.drafter,
        tree.education,
        [...ids, 999999],
        'changeValidity',
        {
          validity: 'lapsed',
          validityOn: '2026-12-01',
          note: '经2026年规范性文件清理宣布失效',
          draftNotice: 'yes',
        },
      );
      expect(result.ok).toBe(true);
      if (!result.ok) {
        return;
      }
      expect(result.outcomes.map((o) => o.ok)).toEqual([true, true, false]);
      for (const id of ids) {
        expect((await findItem(t.db, id))!).toMatchObject({ validity: 'lapsed', validityOn: '2026-12-01' });
      }
      const notice = await findItem(t.db, result.noticeId!);
      expect(notice).toMatchObject({
        status: 'draft',
        kind: 'notice',
        title: '关于规范性文件清理结果的公告',
      });
      expect(notice!.bodyText).toContain('甲区校车安全管理办法');
      const audits = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'item.changeValidity'`);
      expect(audits).toHaveLength(2);
    });

    it('reports a refusal per item without undoing the others', async () => {
      const result = await bulkItemAction(deps, people.drafter, tree.education, ids, 'withdraw', {
        reason: '清理',
      });
      expect(result.ok && result.outcomes.every((o) => !o.ok && o.message.includes('角色'))).toBe(true);
    });
  });
}
