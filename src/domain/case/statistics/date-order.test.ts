import { describe, expect, it } from 'vitest';
import { addDays, compareDates, localDate, yearOf } from '../../calendar/local-date.ts';
import { dateOrder, yearNumber } from './date-order.ts';

describe('dateOrder and yearNumber', () => {
  it('order and read every day of 2023–2025 like compareDates and yearOf', () => {
    let previous = localDate('2022-12-31');
    for (let i = 1; i <= 3 * 366; i += 1) {
      const date = addDays(localDate('2022-12-31'), i);
      expect(Math.sign(dateOrder(date) - dateOrder(previous))).toBe(compareDates(date, previous));
      expect(yearNumber(date)).toBe(yearOf(date));
      previous = date;
    }
  });
});
