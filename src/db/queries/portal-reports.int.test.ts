import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestOrgans, type TestOrganIds } from '../../../test/portal.ts';
import { REPORT_2023, REPORT_2024 } from '../../app/demo/annual-reports.ts';
import { loadDemoAnnualReports } from '../../app/demo/annual-reports.ts';
import { fixedClock } from '../../app/clock.ts';
import { findAnnualReport, listAnnualReports, upsertAnnualReport } from './annual-reports.ts';
import { findPortalOrgan, listPortalOrgans } from './portal.ts';
import { readSiteSettings } from './settings.ts';
import { countReportChecks, findReportCheck, insertReportCheck } from './report-checks.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

for (const backend of await backends()) {
  describe(`portal, annual report and report-check queries on ${backend.name}`, () => {
    let t: TestDb;
    let ids: TestOrganIds;
    beforeAll(async () => {
      t = await backend.open();
      ids = await insertTestOrgans(t.db);
    });
    afterAll(() => t.dispose());

    it('lists organs root first and finds one by slug', async () => {
      const organs = await listPortalOrgans(t.db);
      expect(organs.map((o) => o.slug)).toEqual(['boshan', 'czj', 'chengdong']);
      expect(organs[0]).toMatchObject({ parentId: null, type: 'government', postcode: '255200' });
      expect(await findPortalOrgan(t.db, 'czj')).toMatchObject({
        id: ids.finance,
        parentId: ids.root,
        fax: null,
      });
      expect(await findPortalOrgan(t.db, 'nope')).toBeNull();
    });

    it('reads only the site settings', async () => {
      await t.db.query(
        "INSERT INTO settings (key, value) VALUES ('site.id_code', '3703040001'), ('other', 'x')",
      );
      expect(await readSiteSettings(t.db)).toEqual({ 'site.id_code': '3703040001' });
    });

    it('upserts, lists (newest first) and finds annual reports', async () => {
      const now = day('2026-01-01');
      await upsertAnnualReport(t.db, {
        organId: ids.root,
        year: 2023,
        report: REPORT_2023,
        publishedOn: null,
        now,
      });
      await upsertAnnualReport(t.db, {
        organId: ids.root,
        year: 2024,
        report: REPORT_2024,
        publishedOn: '2025-02-17',
        now,
      });
      await upsertAnnualReport(t.db, {
        organId: ids.root,
        year: 2023,
        report: REPORT_2023,
        publishedOn: '2024-01-26',
        now,
      });
      expect(await listAnnualReports(t.db, ids.root)).toEqual([
        { year: 2024, publishedOn: '2025-02-17', indexNumber: null },
        { year: 2023, publishedOn: '2024-01-26', indexNumber: null },
      ]);
      expect(await listAnnualReports(t.db, ids.finance)).toEqual([]);
      const found = await findAnnualReport(t.db, ids.root, 2024);
      expect(found?.report).toEqual(REPORT_2024);
      expect(await findAnnualReport(t.db, ids.root, 2019)).toBeNull();
    });

    it('stores a check, finds it until it expires, and removes expired ones on the next insert', async () => {
      const base = {
        fileName: '报告.txt',
        report: REPORT_2024,
        findings: [{ code: 'X', severity: 'info' as const, message: '提示', where: {} }],
      };
      await insertReportCheck(t.db, {
        ...base,
        token: 'a'.repeat(32),
        createdAt: day('2026-11-01'),
        expiresAt: day('2026-11-08'),
      });
      const found = await findReportCheck(t.db, 'a'.repeat(32), day('2026-11-07'));
      expect(found).toMatchObject({
        fileName: '报告.txt',
        findings: base.findings,
        expiresAt: day('2026-11-08'),
      });
      expect(found?.report).toEqual(REPORT_2024);
      expect(await findReportCheck(t.db, 'a'.repeat(32), day('2026-11-08'))).toBeNull();
      const deleted = await insertReportCheck(t.db, {
        ...base,
        token: 'b'.repeat(32),
        createdAt: day('2026-11-09'),
        expiresAt: day('2026-11-16'),
      });
      expect(deleted).toBe(1);
      expect(await countReportChecks(t.db)).toBe(1);
    });

    it('loads the demo reports for 博山区人民政府 idempotently', async () => {
      await t.db.query("UPDATE organs SET name = '博山区人民政府' WHERE slug = 'boshan'");
      const deps = { db: t.db, clock: fixedClock('2026-11-22T08:00:00Z'), print: () => undefined };
      expect(await loadDemoAnnualReports(deps)).toBe(2);
      expect(await loadDemoAnnualReports(deps)).toBe(2);
      expect((await listAnnualReports(t.db, ids.root)).map((r) => r.year)).toEqual([2024, 2023]);
    });
  });
}
