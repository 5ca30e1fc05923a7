import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { movableClock } from '../../../test/staff.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { linkedItems } from '../../db/queries/publishing/item-links.ts';
import { countOutOfForce, countPublishedByColumn } from '../../db/queries/publishing/item-lists.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { LAPSED_COLUMN_OF_KIND } from '../../domain/publishing/default-catalogue.ts';
import { checkItemNow } from '../publishing/item-checks.ts';
import { loadPublishingSettings } from '../publishing/publishing-settings.ts';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { ensureDemoOrgans } from './demo-organs.ts';
import { demoLoaders } from './registry.ts';
import './demo-items.ts';

/** Leaf columns of 教育局 left empty on purpose, and why. */
const EMPTY_ON_PURPOSE: Record<string, string> = {
  'documents-1': '区（县级）政府及其部门无权制定规章（立法法第九十三条）',
  'documents-4': '同上：没有规章，也就没有废止和失效的规章',
  'plans-1': '总体规划由区人民政府编制和公开',
  'plans-3': '区域规划由区人民政府编制和公开',
};

for (const backend of await backends()) {
  describe(`the demo 主动公开 content (${backend.name})`, () => {
    let t: TestDb;
    let organId: number;
    const clock = movableClock('2026-12-06T02:00:00Z');
    const load = async () => {
      const loader = demoLoaders().find(([name]) => name === '主动公开演示信息')![1];
      await loader({ db: t.db, clock, env: testEnv(), print: () => undefined });
    };

    beforeAll(async () => {
      t = await backend.open();
      await ensureDemoOrgans({ db: t.db, clock });
      await ensureDemoAccounts({ db: t.db, clock });
      await load();
      organId = (await findOrganBySlug(t.db, 'jyj'))!.id;
    }, 180_000); // ≈ 110 items through the real use cases
    afterAll(() => t.dispose());

    it('fills every leaf column of 教育局 except those left empty on purpose', async () => {
      const columns = await t.db.query<{ id: number; slug: string; leaf: boolean }>(
        `SELECT c.id, c.slug, NOT EXISTS (SELECT 1 FROM catalogue_columns k WHERE k.parent_id = c.id) AS leaf
         FROM catalogue_columns c WHERE c.organ_id = $1`,
        [organId],
      );
      const counts = await countPublishedByColumn(t.db, organId);
      const lapsed = await countOutOfForce(t.db, organId);
      const countOf = (c: { id: number; slug: string }) =>
        (counts.get(c.id) ?? 0) +
        Object.entries(LAPSED_COLUMN_OF_KIND)
          .filter(([, slug]) => slug === c.slug)
          .reduce((n, [kind]) => n + (lapsed.get(kind) ?? 0), 0);
      const empty = columns.filter((c) => c.leaf && countOf(c) === 0).map((c) => c.slug);
      expect(empty.sort()).toEqual(Object.keys(EMPTY_ON_PURPOSE).sort());
      const [count] = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM items WHERE organ_id = $1 AND status = 'published'`,
        [organId],
      );
      expect(count!.n).toBeGreaterThanOrEqual(40);
    });

    it('links every 解读 to its document both ways, in text, 图解 and 问答 forms', async () => {
      const rows = await t.db.query<{ id: number; form: string }>(
        `SELECT id::int AS id, interpretation_form AS form FROM items WHERE organ_id = $1 AND kind = 'interpretation'`,
        [organId],
      );
      expect(new Set(rows.map((r) => r.form))).toEqual(new Set(['text', 'graphic', 'qa']));
      for (const row of rows) {
        const documents = await linkedItems(t.db, row.id, 'documents');
        expect(documents).toHaveLength(1);
        const back = await linkedItems(t.db, documents[0]!.id, 'interpretations');
        expect(back.map((b) => b.id)).toContain(row.id);
      }
    });

    it('has the 2025 学籍 rules 已废止 by their 2026 revision', async () => {
      const repealed = await t.db.query<{ id: number }>(
        `SELECT id::int AS id FROM items WHERE organ_id = $1 AND validity = 'repealed'`,
        [organId],
      );
      expect(repealed).toHaveLength(1);
      const old = (await findItem(t.db, repealed[0]!.id))!;
      const newer = (await findItem(t.db, old.replacedBy!))!;
      expect(old).toMatchObject({ docNumber: '博教发〔2025〕3号', status: 'published' });
      expect(newer).toMatchObject({
        docNumber: '博教发〔2026〕5号',
        validity: 'inForce',
        status: 'published',
      });
      expect(old.validityNote).toBe(
        '被《博山区义务教育阶段学生学籍管理办法（2026年修订）》（博教发〔2026〕5号）废止',
      );
      expect(old.validityOn).toBe('2026-04-13');
      expect(old.effectiveOn).toBe('2025-04-01');
    });

    it('leaves no pre-publication check error on any published item, spread over 2021–2026', async () => {
      const ids = await t.db.query<{ id: number }>(
        `SELECT id::int AS id FROM items WHERE status = 'published' ORDER BY id`,
      );
      for (const { id } of ids) {
        const row = (await findItem(t.db, id))!;
        const settings = await loadPublishingSettings(t.db, row.organId);
        const day = row.publishedAt!.toISOString().slice(0, 10) as LocalDate;
        const findings = await checkItemNow(t.db, row, settings, 'save', '2026-12-06' as LocalDate, day);
        expect(
          findings.filter((f) => f.severity === 'error'),
          row.title,
        ).toEqual([]);
      }
      const years = await t.db.query<{ y: number }>(
        `SELECT DISTINCT extract(year FROM published_at)::int AS y FROM items ORDER BY 1`,
      );
      // the 区政府's 规范性文件 in force before the demo year (demo-items-earlier.ts) date from 2021
      expect(years.map((r) => r.y)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    });

    it('has each organ publish about its own work, 起草, 审核 and 签发 by three different people', async () => {
      const rows = await t.db.query<{ slug: string; title: string }>(
        `SELECT o.slug, i.title || i.body_text AS title FROM items i JOIN organs o ON o.id = i.organ_id WHERE i.status = 'published'`,
      );
      const about: Record<string, RegExp> = {
        jyj: /教育|学校|小学|中学|学生|教师|幼儿/,
        czj: /预算|决算|采购/,
        zjj: /老旧小区|电梯|住宅/,
        boshan: /区|全区|公务员/,
      };
      expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(Object.keys(about)));
      expect(rows.filter((r) => !about[r.slug]!.test(r.title)).map((r) => r.title.slice(0, 30))).toEqual([]);
      const steps = await t.db.query<{ kind: string; names: string[] }>(
        `SELECT e.kind, array_agg(DISTINCT e.actor_name) AS names FROM item_events e
         JOIN items i ON i.id = e.item_id WHERE i.organ_id = $1 GROUP BY e.kind`,
        [organId],
      );
      const byKind = Object.fromEntries(steps.map((s) => [s.kind, s.names]));
      expect(byKind.created).toEqual(['张敏（演示）']);
      expect(byKind.signed).toEqual(['王建国（演示）']);
      const people = await t.db.query<{ username: string; disabled: boolean }>(
        `SELECT username, is_disabled AS disabled FROM accounts WHERE username LIKE 'czj-%' ORDER BY username`,
      );
      expect(people).toEqual([
        { username: 'czj-gongkai', disabled: true },
        { username: 'czj-lingdao', disabled: true },
        { username: 'czj-shenhe', disabled: true },
      ]);
    });

    it('adds nothing the second time', async () => {
      const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
      await load();
      expect(await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items')).toEqual(before);
    });
  });
}
