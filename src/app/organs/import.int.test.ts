import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertAccount, replaceRolesIn } from '../../db/queries/accounts.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../clock.ts';
import { ensureDemoOrgans } from '../demo/demo-organs.ts';
import { commitOrganImport, IMPORT_HAS_ERRORS } from './commit-organ-import.ts';
import { toCsv } from './csv.ts';
import { exportOrgans } from './export-organs.ts';
import { previewOrganImport, uploadOrganImport } from './preview-organ-import.ts';
import type { OrganDeps } from './organ-deps.ts';
import { updateOrgan } from './update-organ.ts';

const clock = fixedClock('2026-11-22T02:00:00Z');
const HEADER = ['名称', '简称', '网址标识', '类型', '层级', '上级机构', '统一社会信用代码', '电话'];
const GOOD_ROWS = [
  ['博山区科学技术局', '区科技局', 'kjj', '政府部门', '县级', '博山区人民政府', '', '0533-0000300'],
  ['博山区教育服务中心', '', 'jyj-fwzx', '其他', '县级', 'jyj', '', ''],
  ['博山区教育局', '区教育局', 'jyj', '政府部门', '县级', '博山区人民政府', '', '0533-0000999'],
];
const csv = (rows: string[][]) => new TextEncoder().encode(toCsv([HEADER, ...rows]));

for (const backend of await backends()) {
  describe(`organ import on ${backend.name}`, () => {
    let t: TestDb;
    let deps: OrganDeps;
    let admin: Actor;
    let other: Actor;
    const counts = async () => {
      const [organs] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM organs');
      const [audits] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
      return { organs: organs!.n, audits: audits!.n };
    };
    const upload = async (who: Actor, bytes: Uint8Array) => {
      const result = await uploadOrganImport(deps, who, {
        bytes,
        fileName: '机构表.csv',
        maxBytes: 1024 * 1024,
      });
      if (!result.ok) {
        throw new Error(`upload refused: ${JSON.stringify(result)}`);
      }
      return result.token;
    };
    const preview = async (who: Actor, token: string) => {
      const result = await previewOrganImport(deps, who, token);
      if (!result.ok) {
        throw new Error(`no preview: ${result.kind}`);
      }
      return result;
    };
    beforeAll(async () => {
      t = await backend.open();
      deps = { db: t.db, clock };
      const [root] = await ensureDemoOrgans(deps);
      const at = clock.now();
      const make = async (username: string, role: 'admin' | 'supervisor'): Promise<Actor> => {
        const id = await t.db.transaction(async (tx) => {
          const accountId = await insertAccount(tx, {
            username,
            displayName: username,
            passwordHash: 'x',
            mustChangePassword: false,
            at,
          });
          await replaceRolesIn(tx, accountId, [], [{ organId: root!.id, role }]);
          return accountId;
        });
        return {
          accountId: id,
          username,
          displayName: username,
          roles: [{ organId: root!.id, role }],
          mustChangePassword: false,
        };
      };
      admin = await make('district.admin', 'admin');
      other = await make('another.admin', 'admin');
    });
    afterAll(() => t.dispose());

    it('writes nothing at all when one row has an error, and says which row and why', async () => {
      const before = await counts();
      const token = await upload(
        admin,
        csv([
          ...GOOD_ROWS,
          ['博山区审计局', '', 'sjj', '政府部门', '县级', '淄博市人民政府', '11370304004218015X', ''],
        ]),
      );
      const { plan, fingerprint } = await preview(admin, token);
      expect(plan.counts).toEqual({ create: 2, update: 1, unchanged: 0, invalid: 1 });
      expect(plan.rows[3]).toMatchObject({ line: 5, action: 'invalid' });
      expect(plan.rows[3]!.errors).toEqual([
        '统一社会信用代码的校验码（第18位）应为 6，而不是 X',
        '上级机构「淄博市人民政府」不存在（请填写已有机构或本文件中机构的名称或网址标识）',
      ]);
      expect(await commitOrganImport(deps, admin, token, fingerprint)).toEqual({
        ok: false,
        kind: 'file',
        message: IMPORT_HAS_ERRORS,
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses a preview or a confirmation by anyone but the uploader, and a tampered fingerprint', async () => {
      const before = await counts();
      const token = await upload(admin, csv(GOOD_ROWS));
      expect(await previewOrganImport(deps, other, token)).toEqual({ ok: false, kind: 'not_found' });
      const { fingerprint } = await preview(admin, token);
      expect(await commitOrganImport(deps, other, token, fingerprint)).toEqual({
        ok: false,
        kind: 'not_found',
      });
      expect(await commitOrganImport(deps, admin, token, 'forged')).toEqual({ ok: false, kind: 'stale' });
      expect(await commitOrganImport(deps, admin, 'no-such-token', fingerprint)).toEqual({
        ok: false,
        kind: 'not_found',
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses the confirmation when an organ changed after the preview', async () => {
      const token = await upload(admin, csv(GOOD_ROWS));
      const { fingerprint } = await preview(admin, token);
      const jyj = (
        await t.db.query<{ id: number; version: number }>("SELECT id, version FROM organs WHERE slug = 'jyj'")
      )[0]!;
      const edited = await updateOrgan(deps, admin, {
        organId: jyj.id,
        version: String(jyj.version),
        fields: {
          name: '博山区教育局',
          shortName: '教育局',
          slug: 'jyj',
          type: 'department',
          level: 'county',
          phone: '0533-0000102',
        },
      });
      expect(edited.ok).toBe(true);
      const before = await counts();
      expect(await commitOrganImport(deps, admin, token, fingerprint)).toEqual({
        ok: false,
        kind: 'stale',
      });
      expect(await counts()).toEqual(before);
    });

    it('writes every row with its audit record when the file is clean, parents first, and only once', async () => {
      const before = await counts();
      const token = await upload(admin, csv(GOOD_ROWS));
      const { plan, fingerprint } = await preview(admin, token);
      expect(plan.counts).toEqual({ create: 2, update: 1, unchanged: 0, invalid: 0 });
      const result = await commitOrganImport(deps, admin, token, fingerprint);
      expect(result).toMatchObject({ ok: true, isAlreadyCommitted: false });
      expect(await counts()).toEqual({ organs: before.organs + 2, audits: before.audits + 2 + 1 + 1 });
      const centre = (
        await t.db.query<{ parent: string }>(
          "SELECT p.slug AS parent FROM organs o JOIN organs p ON p.id = o.parent_id WHERE o.slug = 'jyj-fwzx'",
        )
      )[0];
      expect(centre).toEqual({ parent: 'jyj' });
      const audit = await t.db.query<{ action: string; actor_name: string; after: Record<string, unknown> }>(
        'SELECT action, actor_name, after FROM audit_events ORDER BY id DESC LIMIT 4',
      );
      expect(audit.map((a) => a.action).sort()).toEqual([
        'organ.create',
        'organ.create',
        'organ.import',
        'organ.update',
      ]);
      expect(audit.every((a) => a.actor_name === 'district.admin')).toBe(true);
      const [summary] = await t.db.query<{ organ_id: number | null }>(
        "SELECT organ_id FROM audit_events WHERE action = 'organ.import'",
      );
      expect(summary!.organ_id).toBe(admin.roles[0]!.organId);
      expect(audit.find((a) => a.action === 'organ.update')!.after).toMatchObject({
        phone: '0533-0000999',
        source: 'import',
      });
      expect(await commitOrganImport(deps, admin, token, fingerprint)).toMatchObject({
        ok: true,
        isAlreadyCommitted: true,
      });
      expect((await counts()).organs).toBe(before.organs + 2);
    });

    it('imports its own exports back as unchanged (CSV and .xlsx round trip)', async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        const exported = await exportOrgans(deps, admin, format);
        expect(exported.ok).toBe(true);
        const token = await upload(admin, exported.ok ? exported.file.body : new Uint8Array());
        const { plan } = await preview(admin, token);
        expect(
          plan.rows.filter((r) => r.action !== 'unchanged').map((r) => [format, r.slug, r.changes, r.errors]),
        ).toEqual([]);
        expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 11, invalid: 0 });
      }
    });

    it('refuses a supervisor at the door', async () => {
      const supervisor: Actor = {
        ...admin,
        roles: [{ organId: admin.roles[0]!.organId, role: 'supervisor' }],
      };
      expect(
        await uploadOrganImport(deps, supervisor, {
          bytes: csv(GOOD_ROWS),
          fileName: 'x.csv',
          maxBytes: 1024 * 1024,
        }),
      ).toEqual({ ok: false, kind: 'forbidden' });
    });
  });
}
