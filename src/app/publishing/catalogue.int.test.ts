/**
 * Column edits and the 目录 on both backends: two editors of one tree (one wins, the other is
 * stale), a column holding a published item (not deleted, code fixed, the portal follows its new
 * name), and two concurrent loads of the example 目录 (one loads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { actorOn, peopleOf, submission } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { loadColumnCounts } from '../portal/item-pages.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { catalogueEditorFor } from './catalogue-editor.ts';
import { loadExampleDirectory } from './directory-entries.ts';
import { editCatalogue, type CatalogueEditForm } from './edit-catalogue.ts';
import { performItemAction } from './perform-item-action.ts';
import { createItem } from './save-item.ts';

const CHECKLIST = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };

for (const backend of await backends()) {
  describe(`editable catalogue (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    const admin = () => actorOn(tree.education, 201, '孙管理', ['admin']);
    const idOf = async (slug: string) =>
      (
        await t.db.query<{ id: number }>(
          'SELECT id FROM catalogue_columns WHERE organ_id = $1 AND slug = $2',
          [tree.education, slug],
        )
      )[0]!.id;
    const form = async (over: Partial<CatalogueEditForm>): Promise<CatalogueEditForm> => {
      const editor = await catalogueEditorFor(deps, admin(), tree.education);
      const version = editor.ok ? String(editor.version) : '';
      return { edit: 'up', version, id: '', name: '', slug: '', basis: '', parent: '', ...over };
    };

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = {
        db: t.db,
        clock: movableClock('2026-12-01T02:00:00Z'),
        env: testEnv(),
        logger: createLogger('silent'),
      };
      await catalogueEditorFor(deps, admin(), tree.education); // seeds the default tree
    });
    afterAll(async () => t.dispose());

    it('lets one of two editors of the same version through; the other is stale', async () => {
      const id = String(await idOf('plans-2'));
      const up = await form({ edit: 'up', id });
      const results = await Promise.all([
        editCatalogue(deps, admin(), tree.education, up),
        editCatalogue(deps, admin(), tree.education, { ...up, edit: 'down' }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.kind === 'stale')).toHaveLength(1);
    });

    it('keeps a column with a published item and its code; the portal shows the new name', async () => {
      const people = peopleOf(tree.education);
      const created = await createItem(
        deps,
        people.drafter,
        tree.education,
        submission({ kind: 'document', title: '甲区教育发展规划' }, { columns: ['plans-1'] }),
      );
      const itemId = created.ok ? created.itemId : 0;
      const v = async () => (await findItem(t.db, itemId))!.version;
      await performItemAction(deps, people.drafter, itemId, await v(), 'submitForReview', {});
      await performItemAction(deps, people.reviewer, itemId, await v(), 'approveReview', CHECKLIST);
      await performItemAction(deps, people.approver, itemId, await v(), 'sign', {});
      expect((await findItem(t.db, itemId))!.status).toBe('published');
      const id = String(await idOf('plans-1'));
      const deleted = await editCatalogue(deps, admin(), tree.education, await form({ edit: 'delete', id }));
      expect(deleted).toMatchObject({ ok: false, kind: 'refused' });
      expect(deleted.ok ? '' : 'message' in deleted ? deleted.message : '').toContain('还有 1 条信息');
      const recoded = await editCatalogue(
        deps,
        admin(),
        tree.education,
        await form({ edit: 'update', id, name: '发展规划', slug: 'development' }),
      );
      expect(recoded).toMatchObject({
        ok: false,
        kind: 'invalid',
        errors: { slug: expect.stringContaining('网址不变') },
      });
      const renamed = await editCatalogue(
        deps,
        admin(),
        tree.education,
        await form({
          edit: 'update',
          id,
          name: '发展规划',
          slug: 'plans-1',
          parent: String(await idOf('plans')),
        }),
      );
      expect(renamed.ok).toBe(true);
      const { tree: columns, counts } = await loadColumnCounts(t.db, tree.education);
      expect(columns.find((c) => c.slug === 'plans')!.children.find((c) => c.slug === 'plans-1')!.name).toBe(
        '发展规划',
      );
      expect(counts.get('plans-1')).toBe(1);
    });

    it('loads the example 目录 once when two administrators click together', async () => {
      const results = await Promise.all([
        loadExampleDirectory(deps, admin(), tree.education),
        loadExampleDirectory(deps, admin(), tree.education),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const [row] = await t.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM directory_entries WHERE organ_id = $1',
        [tree.education],
      );
      expect(Number(row!.n)).toBe(8);
    });
  });
}
