import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/holiday-calendar.ts';
import { localDate } from '../calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../calendar/official-arrangements.ts';
import { publicationDeadline } from './publication-deadline.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
const d = localDate;

describe('第二十六条: 20 working days from 形成或者变更', () => {
  it('counts over 国庆 (2024-09-27 → 2024-10-30)', () => {
    expect(publicationDeadline(calendar, d('2024-09-27'), null, d('2024-10-01'))).toMatchObject({
      dueOn: '2024-10-30',
      state: 'onTime',
      lateBy: 0,
    });
  });
  it('is due soon in the last five working days and overdue after', () => {
    expect(publicationDeadline(calendar, d('2024-09-27'), null, d('2024-10-25')).state).toBe('dueSoon');
    expect(publicationDeadline(calendar, d('2024-09-27'), null, d('2024-11-01'))).toMatchObject({
      state: 'overdue',
      lateBy: 2,
    });
  });
  it('says by how many working days a published item was late', () => {
    expect(publicationDeadline(calendar, d('2024-09-27'), d('2024-10-30'), d('2024-12-01')).state).toBe(
      'publishedOnTime',
    );
    expect(publicationDeadline(calendar, d('2024-09-27'), d('2024-11-04'), d('2024-12-01'))).toMatchObject({
      state: 'publishedLate',
      lateBy: 3,
    });
  });
});
