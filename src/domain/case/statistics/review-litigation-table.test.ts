import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import { checkIdentities } from '../../report/check/identities.ts';
import { ReviewLitigationSchema } from '../../report/model.ts';
import { generateReviewRecords } from './generate-cases.test-support.ts';
import { buildReviewLitigationTable, type ReviewRecord } from './review-litigation-table.ts';

const record = (
  kind: ReviewRecord['kind'],
  filedOn: string,
  result: ReviewRecord['result'],
  concludedOn: string | null,
): ReviewRecord => ({
  kind,
  filedOn: localDate(filedOn),
  result,
  concludedOn: concludedOn === null ? null : localDate(concludedOn),
});

describe('buildReviewLitigationTable: table 四 by year of filing', () => {
  it('counts records filed in the year, with the result known by 31 December', () => {
    const table = buildReviewLitigationTable(
      [
        record('review', '2025-02-01', 'upheld', '2025-04-01'),
        record('review', '2025-03-01', 'corrected', '2025-12-31'),
        record('review', '2025-11-20', 'upheld', '2026-01-15'), // concluded after the year: 尚未审结
        record('review', '2025-12-01', 'pending', null),
        record('litigationDirect', '2025-06-01', 'other', '2025-09-01'),
        record('litigationAfterReview', '2025-07-01', 'pending', null),
        record('review', '2024-12-31', 'upheld', '2025-01-10'), // filed last year: not counted
        record('litigationDirect', '2026-01-01', 'pending', null), // filed next year
      ],
      2025,
    );
    expect(table).toEqual({
      review: { upheld: 1, corrected: 1, other: 0, pending: 2, total: 4 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
    expect(checkIdentities(null, table)).toEqual([]);
  });

  it.each<[string, ReviewRecord, string]>([
    [
      'a result without its date',
      record('review', '2025-01-01', 'upheld', null),
      '的结果为「结果维持」，但没有审结日期',
    ],
    [
      'a date with the result pending',
      record('review', '2025-01-01', 'pending', '2025-02-01'),
      '有审结日期 2025-02-01，但结果仍为「尚未审结」',
    ],
    [
      'a conclusion before filing',
      record('litigationDirect', '2025-03-01', 'other', '2025-02-01'),
      '的审结日期 2025-02-01 早于提起日期',
    ],
    [
      'an unknown kind',
      { ...record('review', '2025-01-01', 'pending', null), kind: 'appeal' as never },
      '类型「appeal」未知',
    ],
    [
      'an unknown result',
      { ...record('review', '2025-01-01', 'pending', null), result: 'won' as never },
      '的结果「won」未知',
    ],
  ])('refuses %s', (_name, bad, message) => {
    expect(() => buildReviewLitigationTable([bad], 2020)).toThrow(message);
  });

  it.each([1, 2, 3, 4, 5])(
    'keeps 总计 = the four results and the contract, for random records (seed %i)',
    (seed) => {
      const records = generateReviewRecords(seed, 2000, { fromYear: 2021, toYear: 2025 });
      for (let year = 2020; year <= 2026; year += 1) {
        const table = buildReviewLitigationTable(records, year);
        expect(ReviewLitigationSchema.parse(table)).toEqual(table);
        expect(checkIdentities(null, table)).toEqual([]);
        const filed = records.filter((r) => Number(r.filedOn.slice(0, 4)) === year).length;
        expect(
          (table.review.total ?? 0) +
            (table.litigationDirect.total ?? 0) +
            (table.litigationAfterReview.total ?? 0),
        ).toBe(filed);
      }
    },
  );
});
