import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import {
  deadlineSettingErrors,
  parseDeadlineSettings,
  parseMonthDay,
  reportDeadline,
  reportTimeliness,
} from './report-deadline.ts';

const county = (type: 'government' | 'department' | 'township' | 'other') => ({
  type,
  level: 'county' as const,
});

describe('第四十九条 deadlines', () => {
  it('gives departments 1月31日 and the government’s own report 3月31日 of the next year', () => {
    expect(reportDeadline(county('department'), 2025, {})).toEqual({
      due: '2026-01-31',
      basis: '《政府信息公开条例》第四十九条第一款',
      statutory: true,
    });
    expect(reportDeadline(county('government'), 2025, {}).due).toBe('2026-03-31');
  });

  it('uses the local setting where the 条例 sets no date, with 1月31日 as the default', () => {
    expect(reportDeadline(county('township'), 2025, {})).toEqual({
      due: '2026-01-31',
      basis: '本地规定（默认）',
      statutory: false,
    });
    expect(reportDeadline({ type: 'government', level: 'township' }, 2025, { township: '02-20' }).due).toBe(
      '2026-02-20',
    );
    expect(reportDeadline(county('other'), 2026, { other: '02-29' }).due).toBe('2027-02-28');
  });

  it('lets a local rule move a statutory date earlier, never later', () => {
    expect(reportDeadline(county('government'), 2025, { government: '02-28' }).due).toBe('2026-02-28');
    expect(reportDeadline(county('department'), 2025, { department: '02-28' }).due).toBe('2026-01-31');
    expect(deadlineSettingErrors({ department: '02-28' }).department).toContain('不能晚于');
    expect(deadlineSettingErrors({ township: '02-30' }).township).toContain('不是有效的月日');
    expect(deadlineSettingErrors({ other: '1-31' }).other).toContain('不是有效的月日');
    expect(deadlineSettingErrors({ government: '03-31', township: '02-20' })).toEqual({});
  });
});

describe('timeliness of a report', () => {
  const due = localDate('2026-01-31');
  it('counts down, warns when due soon, and records lateness', () => {
    expect(reportTimeliness(due, null, localDate('2025-12-01'))).toEqual({ state: 'pending', daysLeft: 61 });
    expect(reportTimeliness(due, null, localDate('2026-01-20'))).toEqual({ state: 'dueSoon', daysLeft: 11 });
    expect(reportTimeliness(due, null, localDate('2026-02-02'))).toEqual({ state: 'overdue', daysLate: 2 });
    expect(reportTimeliness(due, localDate('2026-01-31'), localDate('2026-06-01'))).toEqual({
      state: 'onTime',
    });
    expect(reportTimeliness(due, localDate('2026-02-03'), localDate('2026-06-01'))).toEqual({
      state: 'late',
      daysLate: 3,
    });
  });
});

describe('the local deadline setting', () => {
  it.each([
    ['01-31', '01-31'],
    ['1-20', '01-20'],
    ['2月20日', '02-20'],
    ['２月２８日', '02-28'],
    ['3/31', '03-31'],
    ['tomorrow', null],
    ['', null],
  ])('reads %j as %j', (raw, day) => {
    expect(parseMonthDay(raw)).toBe(day);
  });

  it('keeps a township date within January–March of the next year, statutory ones never later', () => {
    expect(parseDeadlineSettings({ township: '2月20日', other: '' })).toEqual({
      ok: true,
      settings: { township: '02-20' },
    });
    const refused = parseDeadlineSettings({
      township: '04-01',
      other: '12-31',
      department: '02-01',
      government: 'x'.repeat(5000),
    });
    expect(refused.ok).toBe(false);
    const errors = refused.ok ? {} : refused.errors;
    expect(errors.township).toContain('1月1日至3月31日');
    expect(errors.other).toContain('1月1日至3月31日');
    expect(errors.department).toContain('不能晚于');
    expect(errors.government).toContain('不是有效的日期');
    expect(errors.government!.length).toBeLessThan(80);
    expect(parseDeadlineSettings({ township: '02-30' }).ok).toBe(false);
    expect(parseDeadlineSettings({ government: '03-20' })).toEqual({
      ok: true,
      settings: { government: '03-20' },
    });
  });

  it('applies a stored township date to the report, marked 本地规定', () => {
    const township = { type: 'township' as const, level: 'township' as const };
    expect(reportDeadline(township, 2025, { township: '02-20' })).toEqual({
      due: '2026-02-20',
      basis: '本地规定',
      statutory: false,
    });
  });
});
