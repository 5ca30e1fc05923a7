import chineseDays from 'chinese-days';
import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { ARRANGEMENT_YEARS } from './arrangements.ts';
import { FESTIVAL_DATES } from './lunar-festival-dates.ts';

const monthDay = (day: SolarDay) =>
  `${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`;
const years = Object.keys(FESTIVAL_DATES).map(Number);

describe('the lunar and solar-term festival dates (春节, 清明, 端午, 中秋)', () => {
  it('cover every year an arrangement may be entered for, 2008–2100', () => {
    expect(years).toEqual(
      Array.from(
        { length: ARRANGEMENT_YEARS.max - ARRANGEMENT_YEARS.min + 1 },
        (_, i) => ARRANGEMENT_YEARS.min + i,
      ),
    );
  });

  it('equal what tyme4ts computes (astronomical 寿星 algorithms) for every year', () => {
    const differences = years.filter((year) => {
      const computed = [
        monthDay(LunarDay.fromYmd(year, 1, 1).getSolarDay()),
        monthDay(SolarTerm.fromName(year, '清明').getSolarDay()),
        monthDay(LunarDay.fromYmd(year, 5, 5).getSolarDay()),
        monthDay(LunarDay.fromYmd(year, 8, 15).getSolarDay()),
      ];
      return JSON.stringify(computed) !== JSON.stringify(FESTIVAL_DATES[year]);
    });
    expect(differences).toEqual([]);
  });

  it('agree with chinese-days (lunar table, 寿星 solar-term formula) for 2008–2099', () => {
    const differences: string[] = [];
    for (const year of years.filter((y) => y <= 2099)) {
      const [spring, qingming, dragonBoat, midAutumn] = FESTIVAL_DATES[year]!;
      const lunar = (monthDay: string) => chineseDays.getLunarDate(`${year}-${monthDay}`);
      const springDay = lunar(spring);
      const dragon = lunar(dragonBoat);
      const autumn = lunar(midAutumn);
      const term = chineseDays
        .getSolarTermsInRange(`${year}-04-01`, `${year}-04-10`)
        .find((t) => t.term === 'pure_brightness' && t.index === 1)?.date;
      if (
        springDay.lunarMon !== 1 ||
        springDay.lunarDay !== 1 ||
        dragon.lunarMon !== 5 ||
        dragon.lunarDay !== 5 ||
        dragon.isLeap ||
        autumn.lunarMon !== 8 ||
        autumn.lunarDay !== 15 ||
        autumn.isLeap ||
        term !== `${year}-${qingming}`
      ) {
        differences.push(String(year));
      }
    }
    expect(differences).toEqual([]);
  });

  it('agree with the tables of the Python holidays package for 2027–2035 (春节, 端午, 中秋)', () => {
    // vacanza/holidays, holidays/calendars/chinese.py (LUNAR_NEW_YEAR_DATES, DRAGON_BOAT_DATES, MID_AUTUMN_DATES)
    const published: Record<number, [string, string, string]> = {
      2027: ['02-06', '06-09', '09-15'],
      2028: ['01-26', '05-28', '10-03'],
      2029: ['02-13', '06-16', '09-22'],
      2030: ['02-03', '06-05', '09-12'],
      2031: ['01-23', '06-24', '10-01'],
      2032: ['02-11', '06-12', '09-19'],
      2033: ['01-31', '06-01', '09-08'],
      2034: ['02-19', '06-20', '09-27'],
      2035: ['02-08', '06-10', '09-16'],
    };
    for (const [year, [spring, dragonBoat, midAutumn]] of Object.entries(published)) {
      const row = FESTIVAL_DATES[Number(year)]!;
      expect([row[0], row[2], row[3]], year).toEqual([spring, dragonBoat, midAutumn]);
    }
  });
});
