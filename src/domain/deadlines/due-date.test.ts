import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/holiday-calendar.ts';
import { localDate } from '../calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../calendar/official-arrangements.ts';
import { receivedOnly, type ClockFacts, type ClockPause, type PauseReason } from './clock-facts.ts';
import { DeadlineInputError } from './deadline-errors.ts';
import { DEADLINE_SETTINGS, type DeadlineSettings } from './deadline-settings.ts';
import { computeDueDate } from './due-date.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
const d = localDate;
const pause = (reason: PauseReason, from: string, to: string | null): ClockPause => ({
  reason,
  from: d(from),
  to: to === null ? null : d(to),
});
const facts = (received: string, change: Partial<ClockFacts> = {}): ClockFacts => ({
  ...receivedOnly(d(received), 'counter'),
  ...change,
});
const due = (f: ClockFacts, settings: DeadlineSettings = DEADLINE_SETTINGS) =>
  computeDueDate(f, calendar, settings).due;

describe('the reply period: 20 working days from the day after receipt (第三十三条第二款)', () => {
  it.each<[string, string, string]>([
    ['2024-09-27', '2024-10-30', 'across 国庆 and its 调休 weekends'],
    ['2024-03-04', '2024-04-01', 'a plain Monday'],
    ['2024-09-29', '2024-10-31', 'received on a 调休 Sunday, which is a working day'],
    ['2025-12-10', '2026-01-08', 'across the year end into 元旦 2026 (1/4 调休上班)'],
    ['2019-05-15', '2019-06-13', 'received on the first day of the 2019 条例'],
  ])('received %s is due %s (%s)', (received, expected) => {
    expect(due(facts(received))).toBe(expected);
  });

  it('is 15 working days under the 2007 条例 for an application received on 2019-05-14, 20 from 2019-05-15', () => {
    const before = computeDueDate(facts('2019-05-14'), calendar, DEADLINE_SETTINGS);
    const after = computeDueDate(facts('2019-05-15'), calendar, DEADLINE_SETTINGS);
    expect([before.version, before.due]).toEqual(['ordinance-2007', '2019-06-04']);
    expect([after.version, after.due]).toEqual(['ordinance-2019', '2019-06-13']);
    expect(before.steps.find((s) => s.kind === 'base')?.text).toContain('2007年条例第二十四条第二款');
  });

  it('runs across the 2019 元旦 notice under the 2007 rules (received 2018-12-28)', () => {
    expect(due(facts('2018-12-28'))).toBe('2019-01-21');
  });

  it('explains each step in one Chinese sentence citing the article', () => {
    const result = computeDueDate(facts('2024-09-27'), calendar, DEADLINE_SETTINGS);
    expect(result.steps.map((s) => s.text)).toEqual([
      '2024年9月27日（星期五）收到申请（当面提交：以提交之日为收到申请之日，条例第三十一条）',
      '自2024年9月27日的次日起计算 20 个工作日（开始的当日不计入），第 20 个工作日为2024年10月30日（星期三）（第三十三条第二款）',
      '答复期限：2024年10月30日（星期三）',
    ]);
    expect(result.steps.map((s) => s.kind)).toEqual(['received', 'base', 'due']);
    expect(result).toMatchObject({ provisional: false, stoppedSince: null, settingsUsed: [] });
  });
});

describe('receipt on a rest day (setting restDayReceipt)', () => {
  it('counts from the day after the rest day by default, and says the setting mattered', () => {
    const result = computeDueDate(facts('2024-10-01'), calendar, DEADLINE_SETTINGS);
    expect(result.due).toBe('2024-11-01');
    expect(result.settingsUsed).toEqual(['restDayReceipt']);
    expect(result.steps[1]).toMatchObject({
      kind: 'restDayReceipt',
      text: expect.stringContaining('为休息日，按实际收到之日计算'),
    });
  });

  it('treats it as received on the next working day with the other reading (one working day later)', () => {
    expect(due(facts('2024-10-01'), { ...DEADLINE_SETTINGS, restDayReceipt: 'nextWorkingDay' })).toBe(
      '2024-11-04',
    );
  });
});

describe('补正 restarts the period from the day the corrected application is received (第三十条)', () => {
  it('counts 20 working days again from the correction', () => {
    const result = computeDueDate(
      facts('2024-09-27', { correctionReceived: d('2024-10-10') }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(result.due).toBe('2024-11-06');
    expect(result.steps[1]?.text).toBe(
      '补正后于2024年10月10日（星期四）收到，答复期限自该日重新计算（第三十条）',
    );
  });

  it('ignores a pause that ended before the restart and counts only the part of one after it', () => {
    expect(
      due(
        facts('2024-09-27', {
          correctionReceived: d('2024-10-10'),
          pauses: [pause('thirdParty', '2024-09-29', '2024-10-08')],
        }),
      ),
    ).toBe('2024-11-06');
    expect(
      due(
        facts('2024-09-27', {
          correctionReceived: d('2024-10-10'),
          pauses: [pause('thirdParty', '2024-10-08', '2024-10-15')],
        }),
      ),
    ).toBe('2024-11-12');
  });
});

describe('consultation and fee time is not counted (第三十三条第三款; fee: setting)', () => {
  it('adds the working days in (from, to] of a third-party consultation', () => {
    const result = computeDueDate(
      facts('2024-09-27', { pauses: [pause('thirdParty', '2024-10-08', '2024-10-18')] }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(result.due).toBe('2024-11-12');
    expect(result.steps.find((s) => s.kind === 'paused')).toEqual({
      kind: 'paused',
      date: '2024-11-12',
      days: 9,
      text: '征求第三方意见（2024年10月8日至2024年10月18日），期间 9 个工作日不计入答复期限（第三十三条第三款），期限顺延至2024年11月12日（星期二）',
    });
  });

  it('excludes consulting another organ (第三十四条) under the 2019 条例', () => {
    expect(due(facts('2024-09-27', { pauses: [pause('coProducer', '2024-10-08', '2024-10-18')] }))).toBe(
      '2024-11-12',
    );
  });

  it('excludes only third-party time under the 2007 条例, and lists the rest as counted', () => {
    expect(due(facts('2019-05-14', { pauses: [pause('thirdParty', '2019-05-20', '2019-05-24')] }))).toBe(
      '2019-06-11',
    );
    const result = computeDueDate(
      facts('2019-05-14', {
        pauses: [pause('coProducer', '2019-05-20', '2019-05-24'), pause('fee', '2019-05-20', '2019-05-22')],
      }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(result.due).toBe('2019-06-04');
    expect(result.steps.filter((s) => s.kind === 'notExcluded').map((s) => s.text)).toEqual([
      '征求其他机关意见（2019年5月20日至2019年5月24日）：2007年条例只扣除征求第三方意见所需时间，该期间计入答复期限（2007年条例第二十四条第三款）',
      '信息处理费收费通知至缴费（2019年5月20日至2019年5月22日）：2007年条例未规定扣除该期间，计入答复期限',
    ]);
    expect(result.settingsUsed).toEqual([]);
  });

  it('excludes fee-notice-to-payment time by default and counts it with the setting off', () => {
    const withFee = facts('2024-09-27', { pauses: [pause('fee', '2024-10-08', '2024-10-15')] });
    const excluded = computeDueDate(withFee, calendar, DEADLINE_SETTINGS);
    expect([excluded.due, excluded.settingsUsed]).toEqual(['2024-11-07', ['feeTimeExcluded']]);
    const counted = computeDueDate(withFee, calendar, { ...DEADLINE_SETTINGS, feeTimeExcluded: false });
    expect([counted.due, counted.settingsUsed]).toEqual(['2024-10-30', ['feeTimeExcluded']]);
    expect(
      counted.steps.some((s) => s.kind === 'notExcluded' && s.text.includes('按本平台设置计入答复期限')),
    ).toBe(true);
  });

  it('merges overlapping pauses so no day is taken out twice', () => {
    const result = computeDueDate(
      facts('2024-09-27', {
        pauses: [
          pause('coProducer', '2024-10-15', '2024-10-25'),
          pause('thirdParty', '2024-10-08', '2024-10-18'),
        ],
      }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(result.due).toBe('2024-11-19');
    const paused = result.steps.filter((s) => s.kind === 'paused');
    expect(paused).toHaveLength(1);
    expect(paused[0]?.days).toBe(14);
    expect(paused[0]?.text).toContain('时间重叠，合并计算');
  });

  it('counts a pause begun on the day of receipt (that day is not counted anyway)', () => {
    expect(due(facts('2024-09-27', { pauses: [pause('thirdParty', '2024-09-27', '2024-10-08')] }))).toBe(
      '2024-11-04',
    );
  });

  it('counts a pause begun on the last day, and ignores one begun after the period ran out', () => {
    expect(due(facts('2024-09-27', { pauses: [pause('thirdParty', '2024-10-30', '2024-11-01')] }))).toBe(
      '2024-11-01',
    );
    const late = computeDueDate(
      facts('2024-09-27', { pauses: [pause('thirdParty', '2024-11-05', '2024-11-10')] }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(late.due).toBe('2024-10-30');
    expect(late.steps.find((s) => s.kind === 'ignoredPause')?.text).toContain('开始时答复期限已经届满');
  });

  it('counts a later pause that starts inside the period the first pause lengthened', () => {
    expect(
      due(
        facts('2024-09-27', {
          pauses: [pause('thirdParty', '2024-10-08', '2024-10-18'), pause('fee', '2024-11-11', '2024-11-12')],
        }),
      ),
    ).toBe('2024-11-13');
  });

  it('stops the clock while a pause is open: no date, the day it stopped, and when the other side must answer', () => {
    const result = computeDueDate(
      facts('2024-09-27', { pauses: [pause('thirdParty', '2024-10-08', null)] }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(result).toMatchObject({ due: null, stoppedSince: '2024-10-08', provisional: false });
    expect(result.steps.find((s) => s.kind === 'pauseOpen')?.text).toBe(
      '征求第三方意见自2024年10月8日（星期二）起尚未结束，答复期限暂停计算（第三十三条第三款）；被征求意见方应自收到征求意见书之日起 15 个工作日内提出意见（第三十二条），自发出之日估算为2024年10月28日（星期一）',
    );
    expect(result.steps.at(-1)?.text).toBe(
      '答复期限：暂停计算中（自2024年10月8日（星期二）起），恢复计算后再确定',
    );
  });

  it('keeps the clock running through an open pause that is not excluded', () => {
    expect(
      due(facts('2024-09-27', { pauses: [pause('fee', '2024-10-08', null)] }), {
        ...DEADLINE_SETTINGS,
        feeTimeExcluded: false,
      }),
    ).toBe('2024-10-30');
  });
});

describe('extension (第三十三条第二款) and deferral (第三十五条)', () => {
  it('adds the approved working days', () => {
    const result = computeDueDate(facts('2024-09-27', { extensionDays: 20 }), calendar, DEADLINE_SETTINGS);
    expect(result.due).toBe('2024-11-27');
    expect(result.steps.find((s) => s.kind === 'extended')?.text).toBe(
      '经批准延长 20 个工作日（第三十三条第二款），期限延至2024年11月27日（星期三）',
    );
  });

  it('refuses more than 20 extension days (15 under the 2007 条例)', () => {
    expect(() =>
      computeDueDate(facts('2024-09-27', { extensionDays: 21 }), calendar, DEADLINE_SETTINGS),
    ).toThrow(/最长不得超过 20 个工作日/);
    expect(() =>
      computeDueDate(facts('2019-05-14', { extensionDays: 16 }), calendar, DEADLINE_SETTINGS),
    ).toThrow(/最长不得超过 15 个工作日/);
    expect(due(facts('2019-05-14', { extensionDays: 15 }))).toBe('2019-06-26');
  });

  it('replaces the date with the deferred reply date the organ set', () => {
    const result = computeDueDate(
      facts('2024-09-27', { deferredTo: d('2024-12-31'), pauses: [pause('thirdParty', '2024-10-08', null)] }),
      calendar,
      DEADLINE_SETTINGS,
    );
    expect(result).toMatchObject({ due: '2024-12-31', stoppedSince: null, provisional: false });
    expect(result.steps.find((s) => s.kind === 'deferred')?.text).toContain(
      '依第三十五条确定延迟答复的合理期限为2024年12月31日（星期二）',
    );
  });
});

describe('provisional dates: a year without a published arrangement rests on the statutory holidays', () => {
  const without2026 = buildCalendar(OFFICIAL_ARRANGEMENTS.filter((a) => a.year < 2026));

  it('flags a deadline that runs past 12-20 when the next year is missing, and rests on 元旦', () => {
    const result = computeDueDate(facts('2025-12-10'), without2026, DEADLINE_SETTINGS);
    // 元旦 2026 (Thursday) is certain: the same date as with the published 2026 arrangement
    expect([result.due, result.provisional]).toEqual(['2026-01-08', true]);
    expect(result.steps.at(-2)).toMatchObject({
      kind: 'provisional',
      text: expect.stringContaining('2026年1月1日（星期四，元旦）为法定节假日，已按休息日计算'),
    });
  });

  it('an application received 2026-12-06 is due 2027-01-04 (暂定): 元旦 2027 is a holiday by the 办法', () => {
    const result = computeDueDate(facts('2026-12-06'), calendar, DEADLINE_SETTINGS);
    expect([result.due, result.provisional]).toEqual(['2027-01-04', true]);
    const provisional = result.steps.find((s) => s.kind === 'provisional')!.text;
    expect(provisional).toContain('2027年的放假安排尚未发布');
    expect(provisional).toContain('2027年1月1日（星期五，元旦）为法定节假日，已按休息日计算');
    expect(provisional).toContain('可能另行安排调休上班');
    expect(provisional).toContain('2026年12月20日以后的日期可能被2027年度的放假安排调整');
    expect(result.settingsUsed).not.toContain('provisionalMakeUpDay');
  });

  it('counts an unknown 补假 as a working day by default, or as the following weekday (setting provisionalMakeUpDay)', () => {
    // 春节 2027: 除夕 2/5 (Fri), 初一 2/6 (Sat), 初二 2/7 (Sun), 初三 2/8 (Mon): two days owed a 补假
    const byDefault = computeDueDate(facts('2027-01-20'), calendar, DEADLINE_SETTINGS);
    expect([byDefault.due, byDefault.provisional]).toEqual(['2027-02-19', true]);
    expect(byDefault.settingsUsed).toContain('provisionalMakeUpDay');
    expect(byDefault.steps.find((s) => s.kind === 'provisional')!.text).toContain(
      '2027年2月6日（星期六，春节）、2027年2月7日（星期日，春节）适逢周末或与其他节日同日，应在工作日补假（第六条），补假日期尚待通知确定，本平台暂按工作日计算',
    );
    const following: DeadlineSettings = { ...DEADLINE_SETTINGS, provisionalMakeUpDay: 'followingWeekday' };
    const guessed = computeDueDate(
      facts('2027-01-20'),
      buildCalendar(OFFICIAL_ARRANGEMENTS, following),
      following,
    );
    expect(guessed.due).toBe('2027-02-23'); // 2/9 and 2/10 taken as the 补假
    expect(guessed.steps.find((s) => s.kind === 'provisional')!.text).toContain(
      '本平台暂按节后的工作日补假推算',
    );
  });

  it('does not flag a deadline that ends before 12-20', () => {
    expect(computeDueDate(facts('2025-11-03'), without2026, DEADLINE_SETTINGS)).toMatchObject({
      due: '2025-12-01',
      provisional: false,
    });
  });
});

describe('impossible facts are refused with a Chinese message (DeadlineInputError)', () => {
  it.each<[string, ClockFacts, string, RegExp]>([
    [
      'a 补正 before the receipt',
      facts('2024-09-27', { correctionReceived: d('2024-09-26') }),
      'correctionReceived',
      /早于收到申请的日期/,
    ],
    [
      'a pause ending before it starts',
      facts('2024-09-27', { pauses: [pause('thirdParty', '2024-10-10', '2024-10-08')] }),
      'pauses',
      /结束日期（2024年10月8日）早于开始日期/,
    ],
    [
      'a pause before the receipt',
      facts('2024-09-27', { pauses: [pause('fee', '2024-09-20', '2024-10-08')] }),
      'pauses',
      /开始于收到申请/,
    ],
    ['a receipt before the 条例 took effect', facts('2008-04-30'), 'received', /2008年5月1日/],
    ['a fractional extension', facts('2024-09-27', { extensionDays: 2.5 }), 'extensionDays', /整数/],
    ['a negative extension', facts('2024-09-27', { extensionDays: -1 }), 'extensionDays', /整数/],
    [
      'a deferral not after the start',
      facts('2024-09-27', { deferredTo: d('2024-09-27') }),
      'deferredTo',
      /应晚于/,
    ],
    [
      'a deferral under the 2007 rules',
      facts('2019-05-14', { deferredTo: d('2019-08-01') }),
      'deferredTo',
      /2007年条例/,
    ],
  ])('refuses %s', (_name, input, field, message) => {
    let caught: unknown;
    try {
      computeDueDate(input, calendar, DEADLINE_SETTINGS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeadlineInputError);
    expect((caught as DeadlineInputError).field).toBe(field);
    expect((caught as DeadlineInputError).message).toMatch(message);
  });

  it('accepts the first day of the 2007 条例 (computed Monday–Friday: no arrangement for 2008)', () => {
    expect(computeDueDate(facts('2008-05-01'), calendar, DEADLINE_SETTINGS)).toMatchObject({
      version: 'ordinance-2007',
      provisional: true,
    });
  });
});
