import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import { foldCase } from '../case-file.ts';
import { DECISIONS } from '../decisions.ts';
import type { LedgerCase } from './ledger-case.ts';
import { ledgerHistory } from './ledger-history.ts';

const base: LedgerCase = {
  line: 2,
  caseNumber: null,
  receivedOn: localDate('2024-03-05'),
  channel: 'mail',
  content: '2023年区级财政决算',
  closing: null,
  extension: null,
  reviews: [],
  applicant: {
    kind: 'naturalPerson',
    name: '张三',
    idType: null,
    idNumber: null,
    creditCode: null,
    legalRepresentative: null,
    contactPerson: null,
    phone: null,
    email: null,
    address: null,
    postcode: null,
    provisionForm: null,
    obtainWay: null,
  },
};
const fold = (c: LedgerCase) =>
  foldCase(
    ledgerHistory(c).map((data, i) => ({
      seq: i + 1,
      at: '2026-11-22T00:00:00.000Z',
      actorName: '导入',
      data,
    })),
  );

describe('the history a ledger row tells', () => {
  it('is only the receipt for an open case, which stays registered', () => {
    expect(ledgerHistory(base)).toEqual([
      { kind: 'received', channel: 'mail', on: '2024-03-05', source: 'import' },
    ]);
    expect(fold(base)).toMatchObject({
      status: 'registered',
      received: '2024-03-05',
      decision: null,
      closedOn: null,
    });
  });

  it('closes the case on the reply date with the ledger’s result, for every row of table 三', () => {
    for (const decision of DECISIONS) {
      const file = fold({
        ...base,
        closing: { decision, closedOn: localDate('2024-03-20'), deliveryMethod: 'post' },
      });
      expect(file, decision).toMatchObject({ status: 'closed', decision, closedOn: '2024-03-20' });
    }
  });

  it('records an approved extension (which moves an open case’s deadline) and the reviews after the reply', () => {
    const c: LedgerCase = {
      ...base,
      extension: { days: 20, on: localDate('2024-03-28') },
      closing: { decision: 'granted', closedOn: localDate('2024-04-20'), deliveryMethod: 'post' },
      reviews: [{ kind: 'review', result: 'upheld', body: '区政府', filedOn: localDate('2024-05-01') }],
    };
    expect(ledgerHistory(c).map((e) => e.kind)).toEqual([
      'received',
      'extensionRequested',
      'extensionApproved',
      'replyDrafted',
      'delivered',
      'reviewRecorded',
    ]);
    expect(fold(c).extension).toEqual({
      requestedOn: '2024-03-28',
      days: 20,
      reason: '据导入的台账记载',
      approvedOn: '2024-03-28',
    });
    expect(ledgerHistory(c)[5]).toEqual({
      kind: 'reviewRecorded',
      on: '2024-05-01',
      reviewKind: 'review',
      body: '区政府',
      result: 'upheld',
      concludedOn: null,
    });
  });
});
