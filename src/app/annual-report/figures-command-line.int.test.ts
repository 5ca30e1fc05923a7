import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import { findEnteredFigures } from '../../db/queries/report-entered-figures.ts';
import { enterFigures } from './enter-figures.ts';
import { findOrganOfSlug, type CommandLineOperator } from './figures-access.ts';
import { importFiguresFile } from './figures-import.ts';

const OPERATOR: CommandLineOperator = { commandLine: 'gongkai report figures' };
const csv = (text: string) => ({ bytes: new TextEncoder().encode(text), name: '表二.csv' });
const HEADER =
  '机关名称,年度,行政许可决定数,行政处罚决定数,行政强制决定数,行政事业性收费（万元）,数据来源系统,备注';

for (const backend of await backends()) {
  describe(`table 二 figures from the command line, through the web's use cases (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const clock = movableClock('2026-02-01T02:00:00Z');
    const audits = async () =>
      t.db.query<{ actor_id: number | null; actor_name: string; after: { via: string } }>(
        `SELECT actor_id, actor_name, after FROM audit_events WHERE action = 'report.figures' ORDER BY id`,
      );

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
    });
    afterAll(async () => {
      await t.dispose();
    });

    it('enters figures for any organ as the command, audited with no account; the form’s validations apply', async () => {
      const deps = { db: t.db, clock };
      expect((await findOrganOfSlug(t.db, 'jia-jyj'))?.id).toBe(tree.education);
      const bad = await enterFigures(deps, OPERATOR, {
        organId: tree.education,
        year: 2025,
        version: 0,
        form: { licensing: '-3', penalties: '1.5', feesWanYuan: '1.23456', sourceSystem: '执法平台' },
      });
      expect(bad).toMatchObject({ ok: false, kind: 'invalid' });
      const messages = bad.ok ? '' : 'errors' in bad ? Object.values(bad.errors).join('') : '';
      expect(messages).toContain('不能为负数');
      expect(messages).toContain('整数');
      expect(messages).toContain('4 位小数');
      expect(await findEnteredFigures(t.db, tree.education, 2025)).toBeNull();

      const good = await enterFigures(deps, OPERATOR, {
        organId: tree.education,
        year: 2025,
        version: 0,
        form: { licensing: '12', penalties: '3', coercion: '', feesWanYuan: '1.5', sourceSystem: '执法平台' },
      });
      expect(good).toMatchObject({ ok: true });
      expect(await findEnteredFigures(t.db, tree.education, 2025)).toMatchObject({
        licensing: 12,
        coercion: null,
        feesWanYuan: '1.5',
        enteredById: null,
        enteredByName: 'gongkai report figures',
      });
      expect((await audits()).at(-1)).toMatchObject({
        actor_id: null,
        actor_name: 'gongkai report figures',
        after: { via: '表单' },
      });
    });

    it('imports a file all or nothing, filling an empty source with --source', async () => {
      const deps = { db: t.db, clock };
      const before = (await audits()).length;
      const wrong = await importFiguresFile(deps, OPERATOR, csv('名称,数量\n甲区财政局,3\n'), null);
      expect(wrong).toMatchObject({ ok: false, kind: 'file' });
      const mixed = await importFiguresFile(
        deps,
        OPERATOR,
        csv(`${HEADER}\n甲区财政局,2025,4,0,0,0,,\n甲区人民政府,2025,-1,0,0,0,,\n`),
        '非税收入系统',
      );
      expect(mixed).toMatchObject({ ok: false, kind: 'rows' });
      expect(await findEnteredFigures(t.db, tree.finance, 2025)).toBeNull();
      expect(await audits()).toHaveLength(before);

      const done = await importFiguresFile(
        deps,
        OPERATOR,
        csv(`${HEADER}\n甲区财政局,2025,4,0,0,0.25,,\n甲区人民政府,2025,1,0,0,0,政务服务平台,\n`),
        '非税收入系统',
      );
      expect(done).toEqual({ ok: true, written: 2 });
      expect(await findEnteredFigures(t.db, tree.finance, 2025)).toMatchObject({
        licensing: 4,
        sourceSystem: '非税收入系统',
      });
      expect(await findEnteredFigures(t.db, tree.district, 2025)).toMatchObject({
        sourceSystem: '政务服务平台',
      });
      expect((await audits()).at(-1)).toMatchObject({
        actor_name: 'gongkai report figures',
        after: { via: '导入：表二.csv' },
      });
    });
  });
}
