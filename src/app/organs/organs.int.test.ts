import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import type { Actor, RoleGrant } from '../../domain/access/roles.ts';
import { validateCreditCode } from '../../domain/organs/credit-code.ts';
import { ensureDemoOrgans } from '../demo/demo-organs.ts';
import { createOrgan } from './create-organ.ts';
import { moveOrgan } from './move-organ.ts';
import { updateOrgan } from './update-organ.ts';
import type { OrganDeps } from './organ-deps.ts';

const clock = fixedClock('2026-11-22T02:00:00Z');
const actor = (...roles: RoleGrant[]): Actor => ({
  accountId: 7,
  username: 'tester',
  displayName: '测试员',
  roles,
  mustChangePassword: false,
});

const newOrgan = {
  name: '博山区科学技术局',
  shortName: '区科技局',
  slug: 'kjj',
  type: 'department',
  level: 'county',
  creditCode: '',
  phone: '0533-0000200',
};

for (const backend of await backends()) {
  describe(`organ registry on ${backend.name}`, () => {
    let t: TestDb;
    let deps: OrganDeps;
    let ids: Record<string, number>;
    const counts = async () => {
      const [organs] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM organs');
      const [audits] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
      return { organs: organs!.n, audits: audits!.n };
    };
    beforeAll(async () => {
      t = await backend.open();
      deps = { db: t.db, clock };
      const created = await ensureDemoOrgans(deps);
      ids = Object.fromEntries(created.map((o) => [o.slug, o.id]));
    });
    afterAll(() => t.dispose());

    it('creates the demo tree once, with valid credit codes and one audit record per organ by 系统', async () => {
      expect(await counts()).toEqual({ organs: 9, audits: 9 });
      expect(await ensureDemoOrgans(deps)).toEqual([]);
      const organs = await t.db.query<{ credit_code: string; parent_id: number | null }>(
        'SELECT credit_code, parent_id FROM organs',
      );
      expect(organs.every((o) => validateCreditCode(o.credit_code).isValid)).toBe(true);
      expect(organs.filter((o) => o.parent_id === null)).toHaveLength(1);
      const audits = await t.db.query<{ actor_name: string; action: string }>(
        'SELECT DISTINCT actor_name, action FROM audit_events',
      );
      expect(audits).toEqual([{ actor_name: '系统', action: 'organ.create' }]);
    });

    it('creates an organ under the root for the district administrator, with its audit record', async () => {
      const before = await counts();
      const result = await createOrgan(deps, actor({ organId: ids.boshan!, role: 'admin' }), {
        parentId: String(ids.boshan),
        fields: newOrgan,
      });
      expect(result.ok).toBe(true);
      expect(await counts()).toEqual({ organs: before.organs + 1, audits: before.audits + 1 });
      const [audit] = await t.db.query<{
        actor_id: number;
        actor_name: string;
        organ_id: number;
        action: string;
        after: Record<string, unknown>;
      }>('SELECT * FROM audit_events ORDER BY id DESC LIMIT 1');
      expect(audit).toMatchObject({
        actor_id: 7,
        actor_name: '测试员',
        action: 'organ.create',
        organ_id: result.ok ? result.organ.id : -1,
      });
      expect(audit!.after).toMatchObject({
        name: '博山区科学技术局',
        slug: 'kjj',
        parentId: ids.boshan,
        parent: '博山区人民政府',
        source: 'form',
      });
    });

    it.each<[string, () => Actor, () => string, string]>([
      [
        'the 教育局 administrator under the 镇',
        () => actor({ organId: ids.jyj!, role: 'admin' }),
        () => String(ids.chishang),
        'forbidden',
      ],
      [
        'a supervisor of the district',
        () => actor({ organId: ids.boshan!, role: 'supervisor' }),
        () => String(ids.boshan),
        'forbidden',
      ],
      [
        'a 公开专员 in their own organ',
        () => actor({ organId: ids.jyj!, role: 'handler' }),
        () => String(ids.jyj),
        'forbidden',
      ],
      [
        'anyone under an organ that does not exist',
        () => actor({ organId: ids.boshan!, role: 'admin' }),
        () => '99999',
        'forbidden',
      ],
      [
        'a parent id that is not a number',
        () => actor({ organId: ids.boshan!, role: 'admin' }),
        () => '1 OR 1=1',
        'forbidden',
      ],
    ])('refuses %s and writes nothing', async (_name, who, parentId, kind) => {
      const before = await counts();
      const result = await createOrgan(deps, who(), {
        parentId: parentId(),
        fields: { ...newOrgan, slug: 'another' },
      });
      expect(result).toMatchObject({ ok: false, kind });
      expect(await counts()).toEqual(before);
    });

    it('refuses bad fields with Chinese messages and writes nothing', async () => {
      const before = await counts();
      const result = await createOrgan(deps, actor({ organId: ids.boshan!, role: 'admin' }), {
        parentId: String(ids.boshan),
        fields: { ...newOrgan, name: '局', slug: 'kjj', creditCode: '11370304004218015X' },
      });
      expect(result).toEqual({
        ok: false,
        kind: 'invalid',
        errors: { name: '名称至少2个字', creditCode: '统一社会信用代码的校验码（第18位）应为 6，而不是 X' },
      });
      const duplicate = await createOrgan(deps, actor({ organId: ids.boshan!, role: 'admin' }), {
        parentId: String(ids.boshan),
        fields: newOrgan,
      });
      expect(duplicate).toEqual({
        ok: false,
        kind: 'invalid',
        errors: { slug: '网址标识「kjj」已被「博山区科学技术局」使用，请换一个' },
      });
      expect(await counts()).toEqual(before);
    });

    it('writes nothing when the audit record cannot be written (same transaction)', async () => {
      await t.db
        .execScript(`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$;
        CREATE TRIGGER fail_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION fail_audit();`);
      const before = await counts();
      await expect(
        createOrgan(deps, actor({ organId: ids.boshan!, role: 'admin' }), {
          parentId: String(ids.boshan),
          fields: { ...newOrgan, slug: 'no-audit' },
        }),
      ).rejects.toThrow(/audit down/);
      await t.db.execScript('DROP TRIGGER fail_audit ON audit_events; DROP FUNCTION fail_audit();');
      expect(await counts()).toEqual(before);
    });

    it('updates with the version the form was shown with, recording before → after', async () => {
      const admin = actor({ organId: ids.jyj!, role: 'admin' });
      const fields = {
        ...newOrgan,
        name: '博山区教育和体育局',
        shortName: '区教体局',
        slug: 'jyj',
        creditCode: '',
      };
      const result = await updateOrgan(deps, admin, { organId: ids.jyj!, version: '1', fields });
      expect(result).toMatchObject({
        ok: true,
        isChanged: true,
        organ: { name: '博山区教育和体育局', version: 2 },
      });
      const [audit] = await t.db.query<{ action: string; before: unknown; after: unknown }>(
        'SELECT action, before, after FROM audit_events ORDER BY id DESC LIMIT 1',
      );
      expect(audit).toMatchObject({
        action: 'organ.update',
        before: { name: '博山区教育局', shortName: '区教育局' },
        after: { name: '博山区教育和体育局', shortName: '区教体局', source: 'form' },
      });
      // A second person submitting the form they opened at version 1 is refused; nothing changes.
      const before = await counts();
      const stale = await updateOrgan(deps, admin, {
        organId: ids.jyj!,
        version: '1',
        fields: { ...fields, name: '博山区教育局' },
      });
      expect(stale).toEqual({ ok: false, kind: 'stale' });
      expect(await counts()).toEqual(before);
    });

    it('refuses edits across the line: another subtree is forbidden, an unseen organ does not exist', async () => {
      const before = await counts();
      const jyjAdmin = actor({ organId: ids.jyj!, role: 'admin' });
      expect(
        await updateOrgan(deps, jyjAdmin, {
          organId: ids.chishang!,
          version: '1',
          fields: { ...newOrgan, slug: 'chishang' },
        }),
      ).toEqual({ ok: false, kind: 'not_found' });
      const supervisor = actor({ organId: ids.boshan!, role: 'supervisor' });
      expect(
        await updateOrgan(deps, supervisor, {
          organId: ids.chishang!,
          version: '1',
          fields: { ...newOrgan, slug: 'chishang' },
        }),
      ).toEqual({ ok: false, kind: 'forbidden' });
      expect(await counts()).toEqual(before);
    });

    it('moves an organ with everything below it, never under its own descendant, never the root', async () => {
      const admin = actor({ organId: ids.boshan!, role: 'admin' });
      const kjj = (await t.db.query<{ id: number }>("SELECT id FROM organs WHERE slug = 'kjj'"))[0]!.id;
      expect(
        await moveOrgan(deps, admin, { organId: kjj, version: '1', parentId: String(ids.jyj) }),
      ).toMatchObject({ ok: true, isChanged: true });
      expect(
        await moveOrgan(deps, admin, { organId: ids.jyj!, version: '2', parentId: String(kjj) }),
      ).toEqual({ ok: false, kind: 'invalid', errors: { parentId: '不能把机构移动到它自己的下级机构之下' } });
      expect(
        await moveOrgan(deps, admin, { organId: ids.boshan!, version: '1', parentId: String(ids.jyj) }),
      ).toEqual({ ok: false, kind: 'invalid', errors: { parentId: '根机构不能移动到其他机构之下' } });
      expect(
        await moveOrgan(deps, actor({ organId: ids.jyj!, role: 'admin' }), {
          organId: kjj,
          version: '2',
          parentId: String(ids.chishang),
        }),
      ).toEqual({ ok: false, kind: 'forbidden' });
      const [audit] = await t.db.query<{ action: string; before: unknown; after: unknown }>(
        "SELECT action, before, after FROM audit_events WHERE action = 'organ.move'",
      );
      expect(audit).toMatchObject({
        before: { parentId: ids.boshan, parent: '博山区人民政府' },
        after: { parentId: ids.jyj, parent: '博山区教育和体育局' },
      });
    });
  });
}
