import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { validateArrangement } from './arrangements.ts';
import { buildCalendar } from './holiday-calendar.ts';
import { addDays, compareDates, localDate } from './local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.ts';

describe('the official arrangements 2017–2026', () => {
  it('agree with an independent source (chinese-days) on every day from 2017-01-01 to 2026-12-31', () => {
    const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
    const disagreements: string[] = [];
    let checked = 0;
    for (
      let day = localDate('2017-01-01');
      compareDates(day, localDate('2026-12-31')) <= 0;
      day = addDays(day, 1)
    ) {
      checked += 1;
      if (calendar.isWorkingDay(day) !== chineseDays.isWorkday(day)) {
        disagreements.push(day);
      }
    }
    expect(checked).toBe(3652);
    expect(disagreements).toEqual([]);
  });

  it('pass the same validation as an administrator’s entry', () => {
    for (const arrangement of OFFICIAL_ARRANGEMENTS) {
      expect(validateArrangement(arrangement), String(arrangement.year)).toEqual([]);
    }
  });

  it('cite a gov.cn notice for every year, 2025 by its 文号', () => {
    for (const arrangement of OFFICIAL_ARRANGEMENTS) {
      expect(arrangement.source).toMatch(/^https:\/\/www\.gov\.cn\/zhengce\/zhengceku\//);
      expect(arrangement.notice).toContain(`${arrangement.year}年`);
    }
    expect(OFFICIAL_ARRANGEMENTS.find((a) => a.year === 2025)?.notice).toContain('国办发明电〔2024〕12号');
  });

  it('file the end-of-December days under the notice that moved them', () => {
    const byYear = new Map(OFFICIAL_ARRANGEMENTS.map((a) => [a.year, a]));
    expect(byYear.get(2019)?.workdays).toContain('2018-12-29');
    expect(byYear.get(2019)?.restDays).toEqual(expect.arrayContaining(['2018-12-30', '2018-12-31']));
    expect(byYear.get(2023)?.restDays).toContain('2022-12-31');
    expect(byYear.get(2020)?.notice).toContain('延长2020年春节假期');
    expect(byYear.get(2020)?.workdays).not.toContain('2020-02-01');
    expect(byYear.get(2019)?.restDays).toEqual(
      expect.arrayContaining(['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']),
    );
  });
});
