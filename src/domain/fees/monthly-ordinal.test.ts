import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { monthlyOrdinal } from './monthly-ordinal.ts';

const dates = (...texts: string[]) => texts.map(localDate);

describe('monthlyOrdinal: the N-th application in the 自然月 (第四条)', () => {
  it('counts only the calendar month of the application, not the 30 days before it', () => {
    expect(monthlyOrdinal(dates('2025-03-31', '2025-04-01'), localDate('2025-04-01'))).toBe(1);
  });

  it('counts this application and the earlier ones of the month', () => {
    expect(
      monthlyOrdinal(dates('2025-04-01', '2025-04-01', '2025-04-15', '2025-04-30'), localDate('2025-04-15')),
    ).toBe(3);
  });

  it('ignores later applications and other years with the same month', () => {
    expect(
      monthlyOrdinal(dates('2024-04-10', '2025-04-10', '2025-04-20', '2025-05-01'), localDate('2025-04-10')),
    ).toBe(1);
  });

  it('makes the 11th application of a month the first that costs', () => {
    const eleven = Array.from({ length: 11 }, (_, i) =>
      localDate(`2025-02-${String(i + 1).padStart(2, '0')}`),
    );
    expect(monthlyOrdinal(eleven, localDate('2025-02-11'))).toBe(11);
  });

  it('refuses a list that leaves this application out (the count would be one short)', () => {
    expect(() => monthlyOrdinal(dates('2025-04-01'), localDate('2025-04-02'))).toThrow(/must include/);
  });
});
