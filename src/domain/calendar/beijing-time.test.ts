import { describe, expect, it } from 'vitest';
import { beijingClockTime, beijingDate, beijingMinute } from './beijing-time.ts';

describe('北京时间 of an instant', () => {
  it('moves to the next day at 16:00 UTC', () => {
    expect(beijingDate(new Date('2026-12-06T15:59:59Z'))).toBe('2026-12-06');
    expect(beijingDate(new Date('2026-12-06T16:00:00Z'))).toBe('2026-12-07');
  });

  it('reads minutes and the time of day across a year end', () => {
    const at = new Date('2026-12-31T16:05:30Z');
    expect(beijingMinute(at)).toBe('2027-01-01 00:05');
    expect(beijingClockTime(at)).toBe('00:05');
  });
});
