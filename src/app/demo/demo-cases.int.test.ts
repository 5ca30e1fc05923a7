import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { testEnv } from '../../../test/portal.ts';
import { movableClock } from '../../../test/staff.ts';
import { ensureDemoOrgans } from './demo-organs.ts';
import { demoLoaders } from './registry.ts';
import './demo-cases.ts';

for (const backend of await backends()) {
  describe(`the demo cases are coherent (${backend.name})`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await backend.open();
      const clock = movableClock('2026-12-06T02:00:00Z');
      await ensureDemoOrgans({ db: t.db, clock });
      const load = demoLoaders().find(([name]) => name === '依申请公开演示案件')![1];
      await load({ db: t.db, clock, env: testEnv(), print: () => undefined });
    });
    afterAll(() => t.dispose());

    it('asks 教育局 about education (was: roads, house expropriation, the district budget)', async () => {
      const rows = await t.db.query<{ summary: string; name: string }>(
        'SELECT c.summary, o.name FROM cases c JOIN organs o ON o.id = c.organ_id ORDER BY c.id',
      );
      expect(rows.length).toBe(5);
      for (const row of rows) {
        expect(row.name).toBe('博山区教育局');
        expect(row.summary, row.summary).toMatch(/学校|小学|中学|教育|招生/);
        expect(row.summary).not.toMatch(/道路|房屋征收|小区改造|财政预算/);
      }
    });

    it('names the same 复议机关 in the reply letter and the 行政复议 record', async () => {
      const reviews = await t.db.query<{ body: string; case_id: string }>(
        'SELECT body, case_id FROM case_reviews',
      );
      expect(reviews.length).toBe(1);
      const letters = await t.db.query<{ letter: { remedies: string[] } }>(
        "SELECT letter FROM case_letters WHERE case_id = $1 AND kind = 'reply'",
        [reviews[0]!.case_id],
      );
      const named = letters[0]!.letter.remedies.join('').match(/向(.+?人民政府)申请行政复议/)?.[1];
      expect(named).toBe('博山区人民政府');
      expect(reviews[0]!.body).toBe(named);
    });
  });
}
