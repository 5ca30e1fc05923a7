import { describe, expect, it } from 'vitest';
import { addDays, localDate, type LocalDate } from '../calendar/local-date.ts';
import { seededRandom } from '../report/check/fixtures.test-support.ts';
import { documentsTable, type DocumentRecord } from './documents-table.ts';

const d = (text: string): LocalDate => localDate(text);

describe('table 二 from published documents', () => {
  const records: DocumentRecord[] = [
    { kind: 'normative', writtenOn: d('2024-12-28'), publishedOn: d('2025-01-04'), outOfForceOn: null },
    { kind: 'normative', writtenOn: d('2025-03-01'), publishedOn: d('2025-03-05'), outOfForceOn: null },
    {
      kind: 'normative',
      writtenOn: d('2021-05-01'),
      publishedOn: d('2021-05-03'),
      outOfForceOn: d('2025-06-30'),
    },
    { kind: 'normative', writtenOn: null, publishedOn: d('2025-08-01'), outOfForceOn: null },
    { kind: 'rule', writtenOn: d('2023-01-01'), publishedOn: d('2023-01-05'), outOfForceOn: null },
  ];

  it('counts by 成文日期 by default and by 发布日期 when the organ sets it', () => {
    expect(documentsTable(records, 2025, 'written')).toEqual({
      rules: { issued: 0, repealed: 0, inForce: 1 },
      normativeDocuments: { issued: 2, repealed: 1, inForce: 3 },
    });
    expect(documentsTable(records, 2025, 'published').normativeDocuments).toEqual({
      issued: 3,
      repealed: 1,
      inForce: 3,
    });
    expect(documentsTable(records, 2024, 'written').normativeDocuments).toEqual({
      issued: 1,
      repealed: 0,
      inForce: 2,
    });
  });

  it('keeps 现行有效(上年) + 本年制发 − 本年废止 = 现行有效(本年) in every year, whatever the dates', () => {
    const random = seededRandom(11);
    const day = () => addDays(d('2018-01-01'), Math.floor(random() * 365 * 8));
    const generated: DocumentRecord[] = Array.from({ length: 500 }, () => ({
      kind: random() < 0.2 ? 'rule' : 'normative',
      writtenOn: random() < 0.1 ? null : day(),
      publishedOn: day(),
      // sometimes out of force before it was made (bad data): counted in the year it was made
      outOfForceOn: random() < 0.4 ? day() : null,
    }));
    for (const basis of ['written', 'published'] as const) {
      for (let year = 2018; year <= 2026; year += 1) {
        const before = documentsTable(generated, year - 1, basis);
        const now = documentsTable(generated, year, basis);
        for (const row of ['rules', 'normativeDocuments'] as const) {
          expect(now[row].inForce).toBe(before[row].inForce + now[row].issued - now[row].repealed);
        }
      }
    }
  });

  it('counts a grouped record (dates cut to their year) as `count` documents', () => {
    const grouped = documentsTable(
      [
        {
          kind: 'rule',
          writtenOn: d('2024-01-01'),
          publishedOn: d('2024-01-01'),
          outOfForceOn: d('2025-01-01'),
          count: 3,
        },
      ],
      2025,
      'written',
    );
    expect(grouped.rules).toEqual({ issued: 0, repealed: 3, inForce: 0 });
    expect(
      documentsTable(
        [
          {
            kind: 'rule',
            writtenOn: d('2024-05-01'),
            publishedOn: d('2024-05-02'),
            outOfForceOn: null,
            count: 4,
          },
        ],
        2024,
        'written',
      ).rules,
    ).toEqual({ issued: 4, repealed: 0, inForce: 4 });
  });
});
