/**
 * Integration: the 指南/制度 versions (next number, stale editor, two saves at once) and the
 * re-check of published items (batches, stored findings without personal data, withdrawn items
 * dropped, re-check after the 三同步 setting changes), on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { actorOn } from '../../../test/publishing.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { savePortalPage } from '../portal/portal-pages.ts';
import { recheckPublishedItems } from './recheck-items.ts';
import { changePublishingSettings } from './save-publishing-settings.ts';

const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;
const text = (body: string) => ({ bodyFormat: 'text', body, bodyDocx: null });

for (const backend of await backends()) {
  describe(`指南 versions and the re-check of published items (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    let deps: AppDeps;
    const clock = movableClock('2026-12-01T02:00:00Z');
    const admin = () => actorOn(tree.education, 201, '张管理', ['admin']);

    /** A published item straight into the table (the workflow is tested elsewhere). */
    const publish = async (title: string, body: string, kind = 'notice') =>
      (
        await t.db.query<{ id: number }>(
          `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, body_html, body_text,
             drafted_by_name, published_at, published_version, created_at, updated_at)
           VALUES ($1, $2, 'published', $3, '2026-11-20', '通知', $4, $4, '李起草', $5, 1, $5, $5) RETURNING id::int AS id`,
          [tree.education, kind, title, body, new Date('2026-11-25T02:00:00Z')],
        )
      )[0]!.id;
    const stored = () =>
      t.db.query<{ item_id: number; errors: number; warnings: number; findings: unknown }>(
        'SELECT item_id::int AS item_id, errors, warnings, findings FROM item_rechecks ORDER BY item_id',
      );

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      deps = { db: t.db, clock, env: testEnv(), logger: createLogger('silent') };
    });
    afterAll(async () => {
      await deps.parsePool?.close();
      await t.dispose();
    });

    it('numbers versions, refuses a stale editor and lets only one of two simultaneous saves through', async () => {
      const first = await savePortalPage(deps, admin(), tree.education, 'guide', 0, text('第一版'));
      expect(first).toMatchObject({ ok: true, number: 1 });
      expect(await savePortalPage(deps, admin(), tree.education, 'guide', 0, text('过时'))).toEqual({
        ok: false,
        kind: 'stale',
      });
      const both = await Promise.all([
        savePortalPage(deps, admin(), tree.education, 'guide', 1, text('甲')),
        savePortalPage(deps, admin(), tree.education, 'guide', 1, text('乙')),
      ]);
      expect(both.map((r) => (r.ok ? 'ok' : r.kind)).sort()).toEqual(['ok', 'stale']);
      const versions = await t.db.query<{ number: number }>(
        `SELECT number FROM portal_page_versions WHERE organ_id = $1 AND page = 'guide' ORDER BY number`,
        [tree.education],
      );
      expect(versions.map((v) => v.number)).toEqual([1, 2]);
      const audits = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'portal.guide'`);
      expect(audits.length).toBe(2);
    });

    it('re-checks every published item in batches and stores positions, never the ID number', async () => {
      const ids: number[] = [];
      for (let i = 1; i <= 8; i += 1) {
        ids.push(await publish(`第${i}号通知`, `本通知自发布之日起施行。第${i}条。`));
      }
      const flagged = await publish('关于补助发放的公示', `申请人张三，身份证号${ID}，补助500元。`);
      const draft = await t.db.query<{ id: number }>(
        `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, body_text, drafted_by_name, created_at, updated_at)
         VALUES ($1, 'notice', 'draft', '草稿', '2026-11-20', '通知', $2, '李起草', now(), now()) RETURNING id::int AS id`,
        [tree.education, `身份证号${ID}`],
      );
      const outcome = await recheckPublishedItems(
        deps,
        tree.education,
        { accountId: null, name: '测试' },
        { batchSize: 3 },
      );
      expect(outcome).toMatchObject({ checked: 9, withErrors: 1, withWarnings: 0 });
      const rows = await stored();
      expect(rows.map((r) => r.item_id)).toEqual([...ids, flagged]);
      expect(rows.map((r) => r.item_id)).not.toContain(draft[0]!.id);
      const bad = rows.find((r) => r.item_id === flagged)!;
      expect(bad.errors).toBe(2);
      expect(bad.findings).toEqual([
        expect.objectContaining({ code: 'PERSONAL_DATA', personalData: 'name', place: { field: 'body' } }),
        expect.objectContaining({ code: 'PERSONAL_DATA', personalData: 'idNumber', start: 10, end: 28 }),
      ]);
      expect(JSON.stringify(rows)).not.toContain(ID);
      expect(JSON.stringify(rows)).not.toContain('张三');
      const audit = await t.db.query<{ after: Record<string, unknown> }>(
        `SELECT after FROM audit_events WHERE action = 'item.recheck'`,
      );
      expect(audit.at(-1)!.after).toMatchObject({ checked: 9, withErrors: 1 });
    });

    it('drops the result of an item withdrawn since, and flags the links that now lead nowhere', async () => {
      const [first] = await stored();
      const linking = await publish('转发通知', '详见原通知。');
      await t.db.query(`UPDATE items SET body_html = $2 WHERE id = $1`, [
        linking,
        `<p>详见<a href="/o/jia-jyj/gk/items/${first!.item_id}">原通知</a>。</p>`,
      ]);
      await t.db.query(`UPDATE items SET status = 'withdrawn', withdrawn_at = now() WHERE id = $1`, [
        first!.item_id,
      ]);
      clock.advance(60_000);
      await recheckPublishedItems(deps, tree.education, { accountId: null, name: '测试' }, { batchSize: 4 });
      const rows = await stored();
      expect(rows.map((r) => r.item_id)).not.toContain(first!.item_id);
      expect(rows.find((r) => r.item_id === linking)!.findings).toEqual([
        expect.objectContaining({ code: 'BROKEN_OWN_LINK', severity: 'warning' }),
      ]);
    });

    it('re-checks at once when the organ turns 三同步 on, flagging a 规范性文件 published without its 解读', async () => {
      const normative = await publish('甲区学生资助管理办法', '第一条 为规范管理，制定本办法。', 'normative');
      const admin = actorOn(tree.education, 202, '王管理', ['admin']);
      const form = { indexPattern: '{机构代码}/{年}-{序号:5}', indexCode: '' };
      clock.advance(60_000);
      expect((await changePublishingSettings(deps, admin, tree.education, form)).ok).toBe(true);
      expect((await stored()).find((r) => r.item_id === normative)?.errors).toBe(0);
      clock.advance(60_000);
      expect(
        (
          await changePublishingSettings(deps, admin, tree.education, {
            ...form,
            interpretationRequired: 'yes',
          })
        ).ok,
      ).toBe(true);
      const row = (await stored()).find((r) => r.item_id === normative)!;
      expect(row.errors).toBe(1);
      expect(row.findings).toEqual([expect.objectContaining({ code: 'INTERPRETATION_MISSING' })]);
    });
  });
}
