import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import { checkIdentities } from '../../report/check/identities.ts';
import { ApplicationsSchema, type ApplicantRow } from '../../report/model.ts';
import { buildApplicationsTable, type CaseForStatistics } from './applications-table.ts';
import { StatisticsInputError } from './statistics-input-error.ts';

const at = (
  received: string,
  closedOn: string | null,
  decision: CaseForStatistics['decision'] = 'granted',
  applicantKind: CaseForStatistics['applicantKind'] = 'naturalPerson',
): CaseForStatistics => ({
  applicantKind,
  received: localDate(received),
  closedOn: closedOn === null ? null : localDate(closedOn),
  decision: closedOn === null ? null : decision,
});
const person = (n: number): ApplicantRow => [n, 0, 0, 0, 0, 0, n];

describe('buildApplicationsTable: the year rules of table 三', () => {
  it.each<[string, CaseForStatistics, { newly: number; carried: number; total: number; forward: number }]>([
    [
      'received and closed in the year',
      at('2025-03-01', '2025-03-20'),
      { newly: 1, carried: 0, total: 1, forward: 0 },
    ],
    [
      'received on 1 January and closed on 31 December',
      at('2025-01-01', '2025-12-31'),
      { newly: 1, carried: 0, total: 1, forward: 0 },
    ],
    [
      'received in the year, closed next year',
      at('2025-12-31', '2026-01-01'),
      { newly: 1, carried: 0, total: 0, forward: 1 },
    ],
    [
      'received in the year, still open',
      at('2025-12-01', null),
      { newly: 1, carried: 0, total: 0, forward: 1 },
    ],
    [
      'carried over from last year, closed on 1 January',
      at('2024-12-31', '2025-01-01'),
      { newly: 0, carried: 1, total: 1, forward: 0 },
    ],
    ['carried over, still open', at('2023-06-01', null), { newly: 0, carried: 1, total: 0, forward: 1 }],
    [
      'carried over, closed next year',
      at('2024-11-01', '2026-02-01'),
      { newly: 0, carried: 1, total: 0, forward: 1 },
    ],
    [
      'closed on 31 December of last year: not in the table',
      at('2024-12-01', '2024-12-31'),
      { newly: 0, carried: 0, total: 0, forward: 0 },
    ],
    [
      'received next year: not in the table',
      at('2026-01-01', null),
      { newly: 0, carried: 0, total: 0, forward: 0 },
    ],
  ])('counts a case %s', (_name, record, expected) => {
    const table = buildApplicationsTable([record], 2025);
    expect({
      newly: table.newlyReceived[6],
      carried: table.carriedOver[6],
      total: table.total[6],
      forward: table.carriedForward[6],
    }).toEqual(expected);
  });

  it('puts a closed case in the row of its decision and the column of its applicant', () => {
    const table = buildApplicationsTable(
      [
        at('2025-02-01', '2025-02-20', 'withheld.thirdPartyRights', 'business'),
        at('2025-02-01', '2025-02-21', 'other.noFee', 'legalServices'),
        at('2025-02-01', '2025-02-22', 'partlyGranted'),
        at('2025-02-01', '2025-02-23', 'partlyGranted', 'otherOrganization'),
      ],
      2025,
    );
    expect(table.withheld.thirdPartyRights).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(table.other).toEqual({
      noCorrection: [0, 0, 0, 0, 0, 0, 0],
      noFee: [0, 0, 0, 0, 1, 0, 1],
      other: [0, 0, 0, 0, 0, 0, 0],
    });
    expect(table.partlyGranted).toEqual([1, 0, 0, 0, 0, 1, 2]);
    expect(table.total).toEqual([1, 1, 0, 0, 1, 1, 4]);
    expect(table.newlyReceived).toEqual([1, 1, 0, 0, 1, 1, 4]);
  });

  it("builds a table that matches the report contract and passes the checker's identities", () => {
    const table = buildApplicationsTable(
      [
        at('2024-12-30', '2025-01-05'),
        at('2025-05-05', null),
        at('2025-06-06', '2025-06-07', 'unavailable.notHeld'),
      ],
      2025,
    );
    expect(ApplicationsSchema.parse(table)).toEqual(table);
    expect(checkIdentities(table, null)).toEqual([]);
    expect(table.carriedOver).toEqual(person(1));
    expect(table.carriedForward).toEqual(person(1));
  });

  it('gives an all-zero table for no cases', () => {
    const table = buildApplicationsTable([], 2025);
    expect(table.total).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(checkIdentities(table, null)).toEqual([]);
  });

  it.each<[string, CaseForStatistics, string, string]>([
    [
      'closed without a decision',
      { ...at('2025-01-02', '2025-01-10'), decision: null },
      'CLOSED_WITHOUT_DECISION',
      '第 2 件申请（收到日期 2025-01-02）已于 2025-01-10 办结，但没有办理结果，无法统计',
    ],
    [
      'closed before it was received',
      at('2025-01-10', '2025-01-09'),
      'CLOSED_BEFORE_RECEIVED',
      '第 2 件申请（收到日期 2025-01-10）的办结日期 2025-01-09 早于收到日期',
    ],
    [
      'closed a year before it was received',
      at('2025-01-10', '2024-01-11'),
      'CLOSED_BEFORE_RECEIVED',
      '早于收到日期',
    ],
    [
      'with an unknown decision',
      at('2020-01-10', '2020-01-11', 'rejected' as never),
      'UNKNOWN_DECISION',
      '办理结果代码「rejected」未知',
    ],
    [
      'with an unknown applicant kind',
      at('2025-01-10', null, null, 'company' as never),
      'UNKNOWN_APPLICANT_KIND',
      '申请人类型「company」未知',
    ],
  ])('refuses a case %s, whatever its year', (_name, bad, code, message) => {
    const run = () => buildApplicationsTable([at('2025-01-01', null), bad], 2025);
    expect(run).toThrow(StatisticsInputError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code, index: 1 });
    }
  });

  it('refuses a year that is not one', () => {
    expect(() => buildApplicationsTable([], 25.5)).toThrow('统计年度应为四位整数年份');
  });
});
