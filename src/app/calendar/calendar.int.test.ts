import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestAccount } from '../../../test/staff.ts';
import type { Actor, RoleGrant } from '../../domain/access/roles.ts';
import { localDate } from '../../domain/calendar/local-date.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { registerCase } from '../cases/register-case.ts';
import { fixedClock } from '../clock.ts';
import { ensureDemoOrgans } from '../demo/demo-organs.ts';
import { calendarOverview } from './calendar-years.ts';
import {
  previewCalendarYear,
  saveCalendarYear,
  type CalendarDeps,
  type CalendarYearInput,
} from './enter-calendar-year.ts';
import { loadWorkingDayCalendar } from './load-calendar.ts';

const clock = fixedClock('2026-11-22T02:00:00Z');
const YEAR_2027: CalendarYearInput = {
  year: '2027',
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  source: 'https://www.gov.cn/zhengce/zhengceku/202711/content_1.htm',
  days: '休 2027-01-01..2027-01-03\n休 2027-02-05..2027-02-11\n班 2027-02-20',
  file: null,
};
const file = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});

for (const backend of await backends()) {
  describe(`the working-day calendar in the database on ${backend.name}`, () => {
    let t: TestDb;
    let deps: CalendarDeps;
    let rootAdmin: Actor;
    let departmentAdmin: Actor;
    const audits = async () =>
      t.db.query<{
        action: string;
        organ_id: number;
        entity_id: string;
        before: unknown;
        after: { restDays: string[] };
      }>('SELECT * FROM audit_events WHERE entity = $1 ORDER BY id', ['calendar_year']);
    const actor = async (username: string, roles: RoleGrant[]): Promise<Actor> => ({
      accountId: await insertTestAccount(t.db, username, roles),
      username,
      displayName: `测试${username}`,
      roles,
      mustChangePassword: false,
    });

    beforeAll(async () => {
      t = await backend.open();
      deps = { db: t.db, clock };
      const organs = await ensureDemoOrgans(deps);
      const ids = Object.fromEntries(organs.map((o) => [o.slug, o.id]));
      rootAdmin = await actor('root.admin', [{ organId: ids.boshan!, role: 'admin' }]);
      const organ = (await findOrganBySlug(t.db, 'jyj'))!;
      await t.db.transaction(async (tx) =>
        registerCase(
          tx,
          {
            organ,
            channel: 'counter',
            receivedOn: localDate('2027-01-20'),
            attachments: [],
            source: 'staff',
            actor: { actorId: null, actorName: '测试' },
            fields: {
              kind: 'naturalPerson',
              name: '张三',
              idType: 'residentIdCard',
              idNumber: '11010519491231002X',
              phone: '13800138000',
              items: '某文件的全文',
              provisionForm: 'electronic',
              obtainWay: 'online',
            },
          },
          localDate('2027-01-20'),
          clock.now(),
          'secret',
        ),
      );
      departmentAdmin = await actor('jyj.admin', [{ organId: ids.jyj!, role: 'admin' }]);
    });
    afterAll(() => t.dispose());

    it('starts from the official years, 2027 provisional', async () => {
      const calendar = await loadWorkingDayCalendar(t.db);
      expect(calendar.years.at(-1)).toBe(2026);
      expect(calendar.isProvisional(localDate('2027-03-01'))).toBe(true);
      expect((await calendarOverview(t.db)).rows.every((r) => r.origin === 'official')).toBe(true);
    });

    it('refuses anyone but an administrator of a root organ, writing nothing', async () => {
      expect(await previewCalendarYear(deps, departmentAdmin, YEAR_2027)).toEqual({
        ok: false,
        kind: 'forbidden',
      });
      expect(await saveCalendarYear(deps, departmentAdmin, YEAR_2027, 0)).toEqual({
        ok: false,
        kind: 'forbidden',
      });
      expect(await saveCalendarYear(deps, null, YEAR_2027, 0)).toEqual({ ok: false, kind: 'forbidden' });
      expect(await t.db.query('SELECT * FROM calendar_years')).toEqual([]);
    });

    it('marks the due date of a case in a year without an arrangement as provisional', async () => {
      expect(
        await t.db.query('SELECT due_on::text AS due, due_provisional AS provisional FROM cases'),
      ).toEqual([{ due: '2027-02-19', provisional: true }]); // 春节 2027 (除夕–初三, 2/5–2/8) fixed by the 办法
    });

    it('previews a new year with what it adds, then saves it with its audit record in one transaction', async () => {
      const preview = await previewCalendarYear(deps, rootAdmin, YEAR_2027);
      expect(preview.ok && preview.change).toMatchObject({
        current: null,
        expectedVersion: 0,
        addedWork: ['2027-02-20'],
      });
      expect(preview.ok && preview.change.addedRest).toHaveLength(10);
      const saved = await saveCalendarYear(deps, rootAdmin, YEAR_2027, 0);
      expect(saved).toMatchObject({ ok: true, isReplacement: false, refreshed: { checked: 1, changed: 1 } });
      // received 2027-01-20: with the statutory 春节 days only, due 2027-02-19 (provisional); with 2/5–2/11 off and 2/20 worked, 2027-02-23
      expect(
        await t.db.query('SELECT due_on::text AS due, due_provisional AS provisional FROM cases'),
      ).toEqual([{ due: '2027-02-23', provisional: false }]);
      const calendar = await loadWorkingDayCalendar(t.db);
      expect(calendar.years.at(-1)).toBe(2027);
      expect(calendar.isProvisional(localDate('2026-12-28'))).toBe(false);
      expect(calendar.isWorkingDay(localDate('2027-02-08'))).toBe(false);
      expect(calendar.isWorkingDay(localDate('2027-02-20'))).toBe(true);
      const [audit] = await audits();
      expect(audit).toMatchObject({
        action: 'calendar.create',
        organ_id: rootAdmin.roles[0]!.organId,
        entity_id: '2027',
        before: null,
      });
      expect(audit!.after.restDays).toHaveLength(10);
    });

    it('refuses a stale save (the year changed since the preview) without writing', async () => {
      expect(await saveCalendarYear(deps, rootAdmin, { ...YEAR_2027, days: '休 2027-01-01' }, 0)).toEqual({
        ok: false,
        kind: 'stale',
      });
      expect(await saveCalendarYear(deps, rootAdmin, { ...YEAR_2027, days: '休 2027-01-01' }, 7)).toEqual({
        ok: false,
        kind: 'stale',
      });
      expect(await audits()).toHaveLength(1);
    });

    it('replaces an entered year at its version, and an official year (the database wins)', async () => {
      expect(
        await saveCalendarYear(deps, rootAdmin, { ...YEAR_2027, days: '休 2027-01-01..2027-01-03' }, 1),
      ).toMatchObject({ ok: true, isReplacement: true });
      const preview = await previewCalendarYear(deps, rootAdmin, {
        ...YEAR_2027,
        year: '2026',
        days: '休 2026-01-01..2026-01-03\n班 2026-01-04',
      });
      expect(preview.ok && preview.change).toMatchObject({
        currentOrigin: 'official',
        expectedVersion: 0,
        addedRest: [],
        addedWork: [],
      });
      expect(
        await saveCalendarYear(
          deps,
          rootAdmin,
          { ...YEAR_2027, year: '2026', days: '休 2026-01-01..2026-01-03\n班 2026-01-04' },
          0,
        ),
      ).toMatchObject({ ok: true, isReplacement: true });
      const calendar = await loadWorkingDayCalendar(t.db);
      expect(calendar.isWorkingDay(localDate('2026-10-01'))).toBe(true);
      expect(calendar.isWorkingDay(localDate('2027-02-08'))).toBe(true);
      const overview = await calendarOverview(t.db);
      expect(overview.rows.find((r) => r.arrangement.year === 2026)?.origin).toBe('replaced');
      expect(overview.rows.find((r) => r.arrangement.year === 2027)).toMatchObject({
        origin: 'entered',
        entered: { version: 2, enteredByName: '测试root.admin' },
      });
      expect((await audits()).map((a) => a.action)).toEqual([
        'calendar.create',
        'calendar.replace',
        'calendar.replace',
      ]);
      expect((await audits())[2]!.before).toMatchObject({ origin: 'official', year: 2026 });
    });

    it('reads an uploaded .txt or .json file, the form filling what the file leaves out', async () => {
      const fromText = await previewCalendarYear(deps, rootAdmin, {
        ...YEAR_2027,
        year: '',
        days: '',
        file: file('2028.txt', '年度 2028\n休 2028-01-01\n'),
      });
      expect(fromText.ok && fromText.arrangement).toMatchObject({
        year: 2028,
        notice: YEAR_2027.notice,
        restDays: ['2028-01-01'],
      });
      const fromJson = await previewCalendarYear(deps, rootAdmin, {
        ...YEAR_2027,
        days: '',
        file: file(
          'a.json',
          '{"year": 2028, "notice": "通知", "restDays": ["2028-01-01..2028-01-02"], "workdays": []}',
        ),
      });
      expect(fromJson.ok && fromJson.arrangement).toMatchObject({
        year: 2028,
        notice: '通知',
        restDays: ['2028-01-01', '2028-01-02'],
      });
    });

    it.each<[string, Partial<CalendarYearInput>, RegExp]>([
      ['no year', { year: '' }, /请填写年度/],
      ['a workday that is not a weekend', { days: '休 2027-01-01\n班 2027-01-05' }, /不是周末/],
      ['a line it cannot read', { days: '休 2027-01-01\nfoo' }, /第 2 行：无法识别/],
      ['a binary file', { file: file('x.txt', new Uint8Array([0, 1, 2, 255, 0, 0, 3])) }, /不是文字/],
      ['a huge file', { file: file('x.txt', 'x'.repeat(70 * 1024)) }, /文件过大/],
      ['bad JSON', { file: file('x.json', '{"year": ') }, /文件「x.json」文件不是有效的 JSON/],
    ])('explains %s in Chinese', async (_name, change, message) => {
      const result = await previewCalendarYear(deps, rootAdmin, { ...YEAR_2027, ...change });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.kind === 'invalid' && Object.values(result.errors).join('\n')).toMatch(
        message,
      );
    });
  });
}
