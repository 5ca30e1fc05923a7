import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestAccount, insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { toCsv } from '../organs/csv.ts';
import type { Actor, RoleGrant } from '../../domain/access/roles.ts';
import { assembleDraft } from './assemble-draft.ts';
import { changeDeadlineSettings, deadlineSettingsFor } from './deadline-settings.ts';
import { enterFigures, figuresForm } from './enter-figures.ts';
import { commitFiguresImport, previewFiguresImport, uploadFiguresImport } from './figures-import.ts';
import { reportStatusPage } from './report-status.ts';

const YEAR = 2025;
const HEADER = [
  '机关名称',
  '年度',
  '行政许可决定数',
  '行政处罚决定数',
  '行政强制决定数',
  '收费金额（万元）',
  '数据来源系统',
  '备注',
];
const csv = (rows: readonly string[][]) => ({
  bytes: new TextEncoder().encode(toCsv([HEADER, ...rows])),
  name: '表二.csv',
});

for (const backend of await backends()) {
  describe(`table 二's entered figures and the local deadlines (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const clock = movableClock('2026-01-10T02:00:00Z');
    const actors: Record<string, Actor> = {};
    const deps = () => ({ db: t.db, clock });
    const actor = async (username: string, roles: RoleGrant[]) => {
      const accountId = await insertTestAccount(t.db, username, roles);
      actors[username] = {
        accountId,
        username,
        displayName: `测试${username}`,
        roles,
        mustChangePassword: false,
      };
    };
    const stored = () =>
      t.db.query<{
        organId: number;
        year: number;
        licensing: number | null;
        fees: string | null;
        version: number;
      }>(
        `SELECT organ_id AS "organId", year, licensing_decisions AS licensing, fees_wan_yuan::text AS fees, version
         FROM report_entered_figures ORDER BY organ_id, year`,
      );
    const audits = () =>
      t.db.query<{ action: string; before: unknown; after: Record<string, unknown> }>(
        `SELECT action, before, after FROM audit_events WHERE action IN ('report.figures', 'report.deadlines') ORDER BY id`,
      );

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await actor('edu.handler', [{ organId: tree.education, role: 'handler' }]);
      await actor('district.supervisor', [{ organId: tree.district, role: 'supervisor' }]);
      await actor('district.admin', [{ organId: tree.district, role: 'admin' }]);
      await actor('city.admin', [{ organId: tree.city, role: 'admin' }]);
    });
    afterAll(() => t.dispose());

    it('saves the organ’s figures with an audit record of old and new values, refusing a stale form', async () => {
      const form = {
        licensing: '12',
        penalties: '3',
        coercion: '0',
        feesWanYuan: '1.2345',
        sourceSystem: '省一体化政务服务平台',
        note: '',
      };
      const first = await enterFigures(deps(), actors['edu.handler']!, {
        organId: tree.education,
        year: YEAR,
        version: 0,
        form,
      });
      expect(first.ok).toBe(true);
      const second = await enterFigures(deps(), actors['edu.handler']!, {
        organId: tree.education,
        year: YEAR,
        version: 1,
        form: { ...form, licensing: '13' },
      });
      expect(second.ok).toBe(true);
      expect(
        await enterFigures(deps(), actors['edu.handler']!, {
          organId: tree.education,
          year: YEAR,
          version: 1,
          form: { ...form, licensing: '99' },
        }),
      ).toEqual({ ok: false, kind: 'stale' });
      expect(await stored()).toEqual([
        { organId: tree.education, year: YEAR, licensing: 13, fees: '1.2345', version: 2 },
      ]);
      const trail = await audits();
      expect(trail).toHaveLength(2);
      expect(trail[0]!.before).toBeNull();
      expect(trail[1]!.before).toMatchObject({ licensing: 12, feesWanYuan: '1.2345' });
      expect(trail[1]!.after).toMatchObject({
        licensing: 13,
        sourceSystem: '省一体化政务服务平台',
        via: '表单',
      });
      const shown = await figuresForm(deps(), actors['edu.handler']!, tree.education, YEAR);
      expect(shown.ok && shown.stored).toMatchObject({ licensing: 13, feesWanYuan: '1.2345', version: 2 });
    });

    it('refuses bad figures, other organs and supervisors, writing nothing', async () => {
      const before = { rows: await stored(), audits: (await audits()).length };
      const bad = await enterFigures(deps(), actors['edu.handler']!, {
        organId: tree.education,
        year: YEAR,
        version: 2,
        form: {
          licensing: '-1',
          penalties: '1.5',
          coercion: '12345678901234567890',
          feesWanYuan: '0.123456',
        },
      });
      expect(bad.ok === false && bad.kind === 'invalid' && Object.keys(bad.errors).sort()).toEqual([
        'coercion',
        'feesWanYuan',
        'licensing',
        'penalties',
        'sourceSystem',
      ]);
      const other = {
        organId: tree.finance,
        year: YEAR,
        version: 0,
        form: { licensing: '1', sourceSystem: 'x' },
      };
      expect(await enterFigures(deps(), actors['edu.handler']!, other)).toMatchObject({ kind: 'forbidden' });
      expect(await enterFigures(deps(), actors['district.supervisor']!, other)).toMatchObject({
        kind: 'forbidden',
      });
      expect(
        await enterFigures(deps(), actors['edu.handler']!, { ...other, organId: tree.education, year: 2027 }),
      ).toMatchObject({
        kind: 'invalid',
        errors: { year: expect.stringContaining('2019年至2026年') as string },
      });
      expect(await stored()).toEqual(before.rows);
      expect((await audits()).length).toBe(before.audits);
    });

    it('puts the entered figures in the drafted report’s table 二 and its prose', async () => {
      const draft = await assembleDraft(deps(), tree.education, YEAR);
      if (!draft.ok) {
        throw new Error(JSON.stringify(draft));
      }
      expect(draft.report.proactive).toMatchObject({
        licensing: { decisions: 13 },
        penalties: { decisions: 3 },
        coercion: { decisions: 0 },
        fees: { amountWanYuan: 1.2345 },
      });
      expect(draft.report.sections.proactive).toContain('行政许可决定13件');
      expect(draft.report.sections.proactive).toContain('收取行政事业性收费1.2345万元');
      expect(draft.findings.filter((f) => f.code === 'PROSE_TABLE_MISMATCH')).toEqual([]);
      const finance = await assembleDraft(deps(), tree.finance, YEAR);
      expect(finance.ok && finance.report.proactive!.licensing.decisions).toBeNull();
    });

    it('imports many organs and years all-or-nothing, with an audit record per row', async () => {
      const admin = actors['district.admin']!;
      const broken = await uploadFiguresImport(
        deps(),
        admin,
        csv([
          ['甲区财政局', '2025', '5', '', '', '0.5', '财政一体化系统', ''],
          ['甲区教育局', '2024', '-2', '1.5', '', '0.123456', '', ''],
          ['乙区人民政府', '2025', '1', '', '', '', '来源', ''],
          ['甲区财政局', '2025', '6', '', '', '', '来源', ''],
        ]),
        4 * 1024 * 1024,
      );
      if (!broken.ok) {
        throw new Error(JSON.stringify(broken));
      }
      const preview = await previewFiguresImport(deps(), admin, broken.token);
      const messages = preview.ok ? preview.plan!.errors.map((e) => `${e.line}:${e.message}`) : [];
      expect(messages.join('\n')).toContain('3:行政许可本年处理决定数量不能为负数');
      expect(messages.join('\n')).toContain('3:行政处罚本年处理决定数量应为整数');
      expect(messages.join('\n')).toContain('最多保留 4 位小数');
      expect(messages.join('\n')).toContain('4:您不能填报「乙区人民政府」的数据');
      expect(messages.join('\n')).toContain('5:「甲区财政局」2025年度的数据在第 2 行已出现');
      const before = { rows: await stored(), audits: (await audits()).length };
      expect(await commitFiguresImport(deps(), admin, broken.token)).toMatchObject({
        ok: false,
        kind: 'file',
      });
      expect(await stored()).toEqual(before.rows);
      expect((await audits()).length).toBe(before.audits);

      const good = await uploadFiguresImport(
        deps(),
        admin,
        csv([
          ['甲区财政局', '2025', '5', '0', '0', '0.5', '财政一体化系统', ''],
          ['甲区教育局', '2024年', '1,204', '', '', '', '省一体化政务服务平台', '=cmd|calc'],
        ]),
        4 * 1024 * 1024,
      );
      expect(good.ok).toBe(true);
      const token = good.ok ? good.token : '';
      expect(await previewFiguresImport(deps(), actors['edu.handler']!, token)).toMatchObject({
        kind: 'not_found',
      });
      expect(await commitFiguresImport(deps(), admin, token)).toEqual({ ok: true, written: 2 });
      expect(await commitFiguresImport(deps(), admin, token)).toEqual({ ok: true, written: 2 });
      const rows = await stored();
      expect(rows.map((r) => [r.organId, r.year, r.licensing])).toEqual([
        [tree.education, 2024, 1204],
        [tree.education, 2025, 13],
        [tree.finance, 2025, 5],
      ]);
      const trail = (await audits()).slice(before.audits);
      expect(trail.map((a) => a.after.via)).toEqual(['导入：表二.csv', '导入：表二.csv']);
    });

    it('refuses a file with the wrong columns, and anyone without a role to enter figures', async () => {
      const wrong = await uploadFiguresImport(
        deps(),
        actors['district.admin']!,
        { bytes: new TextEncoder().encode('单位,年份,金额\n甲区财政局,2025,1\n'), name: 'x.csv' },
        4 * 1024 * 1024,
      );
      expect(wrong).toMatchObject({ ok: false, kind: 'file' });
      expect(wrong.ok ? '' : 'message' in wrong ? wrong.message : '').toContain('缺少必需的列');
      expect(
        await uploadFiguresImport(deps(), actors['district.supervisor']!, csv([]), 4 * 1024 * 1024),
      ).toMatchObject({ kind: 'forbidden' });
    });

    it('stores the township deadline for the root organ’s administrator only, and the status page uses it', async () => {
      const town = (
        await t.db.query<{ id: number }>(
          `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
           VALUES ($1, '甲街道办事处', '甲街道', 'jia-jd', 'township', 'township', now(), now()) RETURNING id`,
          [tree.district],
        )
      )[0]!.id;
      expect(
        await changeDeadlineSettings(deps(), actors['district.admin']!, { township: '02-20' }),
      ).toMatchObject({
        kind: 'forbidden',
      });
      expect(
        await changeDeadlineSettings(deps(), actors['city.admin']!, { township: '04-01' }),
      ).toMatchObject({
        kind: 'invalid',
      });
      expect(await changeDeadlineSettings(deps(), actors['city.admin']!, { township: '2月20日' })).toEqual({
        ok: true,
        settings: { township: '02-20' },
      });
      expect(await deadlineSettingsFor(deps(), actors['city.admin']!)).toEqual({
        ok: true,
        settings: { township: '02-20' },
      });
      const trail = await audits();
      expect(trail.at(-1)).toMatchObject({
        action: 'report.deadlines',
        before: {},
        after: { township: '02-20' },
      });
      const page = await reportStatusPage(deps(), actors['district.admin']!, {
        organ: String(tree.district),
        year: '2025',
      });
      const line = page.lines.find((l) => l.organ.id === town)!;
      expect(line.deadline).toEqual({ due: '2026-02-20', basis: '本地规定', statutory: false });
    });
  });
}
