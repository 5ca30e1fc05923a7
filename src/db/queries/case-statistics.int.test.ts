import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApplicationsTable } from '../../domain/case/statistics/applications-table.ts';
import {
  generateCases,
  type GeneratedCase,
} from '../../domain/case/statistics/generate-cases.test-support.ts';
import { applicationsFromCounts } from '../../domain/case/table-from-counts.ts';
import { checkIdentities } from '../../domain/report/check/identities.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestTree, type TestTree } from '../../../test/staff.ts';
import { countApplications } from './case-statistics.ts';

async function insertCases(
  t: TestDb,
  organIds: readonly number[],
  cases: readonly GeneratedCase[],
): Promise<void> {
  const at = new Date('2026-01-01T00:00:00Z');
  for (const [i, c] of cases.entries()) {
    await t.db.query(
      `INSERT INTO cases (organ_id, case_number, query_code_hash, status, channel, received_on, period_version, applicant_kind,
         applicant, applicant_key, applicant_name_masked, items, summary, source, decision, closed_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'online', $5, 'ordinance-2019', $6, '{}'::jsonb, 'k', '*', '[]'::jsonb, 's', 'import', $7, $8, $9, $9)`,
      [
        organIds[i % organIds.length],
        `N${i}`,
        `h${i}`,
        c.closedOn ? 'closed' : 'registered',
        c.received,
        c.applicantKind,
        c.decision,
        c.closedOn,
        at,
      ],
    );
  }
}

for (const backend of await backends()) {
  describe(`tables 三 counted in SQL (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const cases = generateCases(20261122, 600, { fromYear: 2021, toYear: 2025 });

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      await insertCases(t, [tree.district, tree.education, tree.finance], cases);
    });
    afterAll(async () => t.dispose());

    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      it(`equal the table built case by case, and its identities hold (${year})`, async () => {
        const fromSql = applicationsFromCounts(
          await countApplications(t.db, [tree.district, tree.education, tree.finance], year),
        );
        expect(fromSql).toEqual(buildApplicationsTable(cases, year));
        expect(checkIdentities(fromSql, null)).toEqual([]);
      });
    }

    it('count only the organs asked for', async () => {
      const one = applicationsFromCounts(await countApplications(t.db, [tree.education], 2023));
      const expected = buildApplicationsTable(
        cases.filter((_, i) => i % 3 === 1),
        2023,
      );
      expect(one).toEqual(expected);
    });
  });
}
