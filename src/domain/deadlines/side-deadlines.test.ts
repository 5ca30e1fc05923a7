import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/holiday-calendar.ts';
import { localDate } from '../calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../calendar/official-arrangements.ts';
import { DEADLINE_SETTINGS, deadlineSettingNote } from './deadline-settings.ts';
import { isExcludedReason, mergePauses } from './pause-plan.ts';
import { consultationReplyDue, correctionNoticeDue, feePaymentDue } from './side-deadlines.ts';
import { periodVersionById, periodVersionFor } from './statutory-periods.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
const d = localDate;

describe('side deadlines, counted like the reply period', () => {
  const v2019 = periodVersionById('ordinance-2019');
  const v2007 = periodVersionById('ordinance-2007');

  it('the 补正 notice is due on the 7th working day after receipt (第三十条)', () => {
    expect(correctionNoticeDue(d('2024-09-27'), calendar, v2019)).toEqual({
      date: '2024-10-12',
      provisional: false,
    });
  });

  it('a consulted party answers by the 15th working day after receiving the letter (第三十二条、第三十四条)', () => {
    expect(consultationReplyDue(d('2024-10-08'), calendar, v2019)).toEqual({
      date: '2024-10-28',
      provisional: false,
    });
  });

  it('the fee is paid by the 20th working day counted from the day after the notice', () => {
    expect(feePaymentDue(d('2024-10-08'), calendar, v2019)).toEqual({
      date: '2024-11-04',
      provisional: false,
    });
  });

  it('has none of the three periods under the 2007 条例', () => {
    expect(correctionNoticeDue(d('2018-09-27'), calendar, v2007)).toBeNull();
    expect(consultationReplyDue(d('2018-10-08'), calendar, v2007)).toBeNull();
    expect(feePaymentDue(d('2018-10-08'), calendar, v2007)).toBeNull();
  });
});

describe('statutory period versions', () => {
  it.each<[string, string, number, number]>([
    ['2008-05-01', 'ordinance-2007', 15, 15],
    ['2019-05-14', 'ordinance-2007', 15, 15],
    ['2019-05-15', 'ordinance-2019', 20, 20],
    ['2026-01-01', 'ordinance-2019', 20, 20],
  ])('an application received %s falls under %s (%i + %i working days)', (received, id, reply, extension) => {
    const version = periodVersionFor(d(received));
    expect([version.id, version.replyDays, version.extensionDays]).toEqual([id, reply, extension]);
    expect(periodVersionById(id)).toBe(version);
  });

  it.each<[string, (number | null)[]]>([
    ['ordinance-2007', [15, 15, null, null, null]],
    ['ordinance-2019', [20, 20, 7, 15, 20]],
  ])('%s counts [reply, extension, 补正 notice, consultation answer, fee payment] = %j', (id, days) => {
    const v = periodVersionById(id);
    expect([
      v.replyDays,
      v.extensionDays,
      v.correctionNoticeDays,
      v.consultationReplyDays,
      v.feePaymentDays,
    ]).toEqual(days);
  });

  it('has the 7-day 补正 notice rule only from 2019 and refuses unknown ids', () => {
    expect(periodVersionById('ordinance-2007').correctionNoticeDays).toBeNull();
    expect(periodVersionById('ordinance-2019').correctionNoticeDays).toBe(7);
    expect(() => periodVersionById('ordinance-1999')).toThrow(/unknown/);
  });

  it('excludes third parties under both versions, other organs from 2019, fees by setting from 2019', () => {
    const [v2007, v2019] = [periodVersionById('ordinance-2007'), periodVersionById('ordinance-2019')];
    expect(
      ['thirdParty', 'coProducer', 'fee'].map((r) => isExcludedReason(r as 'fee', v2007, DEADLINE_SETTINGS)),
    ).toEqual([true, false, false]);
    expect(
      ['thirdParty', 'coProducer', 'fee'].map((r) => isExcludedReason(r as 'fee', v2019, DEADLINE_SETTINGS)),
    ).toEqual([true, true, true]);
    expect(isExcludedReason('fee', v2019, { ...DEADLINE_SETTINGS, feeTimeExcluded: false })).toBe(false);
  });
});

describe('pause merging', () => {
  it('merges overlapping and touching pauses, keeps separate ones, and lets an open pause swallow later ones', () => {
    const merged = mergePauses([
      { reason: 'fee', from: d('2024-11-01'), to: d('2024-11-05') },
      { reason: 'thirdParty', from: d('2024-10-08'), to: d('2024-10-18') },
      { reason: 'coProducer', from: d('2024-10-18'), to: d('2024-10-20') },
      { reason: 'thirdParty', from: d('2024-12-01'), to: null },
      { reason: 'fee', from: d('2024-12-05'), to: d('2024-12-06') },
    ]);
    expect(merged.map((m) => [m.from, m.to, m.members.length])).toEqual([
      ['2024-10-08', '2024-10-20', 2],
      ['2024-11-01', '2024-11-05', 1],
      ['2024-12-01', null, 2],
    ]);
  });
});

describe('setting notes', () => {
  it('describe the reading in force', () => {
    expect(deadlineSettingNote('feeTimeExcluded', DEADLINE_SETTINGS)).toContain('不计入答复期限');
    expect(
      deadlineSettingNote('feeTimeExcluded', { ...DEADLINE_SETTINGS, feeTimeExcluded: false }),
    ).toContain('计入答复期限');
    expect(
      deadlineSettingNote('restDayReceipt', { ...DEADLINE_SETTINGS, restDayReceipt: 'nextWorkingDay' }),
    ).toContain('视为下一个工作日收到');
  });
});
