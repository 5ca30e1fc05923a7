import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/roles.ts';
import { localDate } from '../calendar/local-date.ts';
import { foldCase, type CaseFile } from './case-file.ts';
import { CASE_STATUSES, type CaseStatus } from './status.ts';
import {
  CASE_ACTIONS,
  CASE_TRANSITIONS,
  permittedActions,
  refusalOf,
  type ActionRule,
} from './transitions.ts';

const today = localDate('2024-11-01');
const base: CaseFile = foldCase([
  {
    seq: 1,
    at: '2024-10-08T00:00:00Z',
    actorName: 't',
    data: { kind: 'received', channel: 'counter', on: localDate('2024-10-08'), source: 'staff' },
  },
]);
const fileIn = (status: CaseStatus): CaseFile => ({
  ...base,
  status,
  correction:
    status === 'awaitingCorrection'
      ? {
          requestedOn: localDate('2024-10-09'),
          missing: ['文号'],
          correctBy: localDate('2024-10-20'),
          receivedOn: null,
        }
      : null,
  fee:
    status === 'awaitingFee'
      ? {
          notifiedOn: localDate('2024-10-09'),
          method: 'perVolume',
          quantity: 40,
          amountYuan: 100,
          payBy: localDate('2024-10-30'),
          paidOn: null,
        }
      : null,
  reply: [{ description: 'x', decision: 'granted', reason: '', howToObtain: '' }],
  extension: { requestedOn: localDate('2024-10-10'), days: 20, reason: 'r', approvedOn: null },
});

describe('the case transition table', () => {
  for (const action of CASE_ACTIONS) {
    const rule: ActionRule = CASE_TRANSITIONS[action];
    const from = rule.from === 'any' ? [...CASE_STATUSES] : [...rule.from];
    const role = rule.roles[0]!;
    it(`${action}: can be taken by ${role} from ${from[0]!}`, () => {
      const refusal = refusalOf(action, [role], fileIn(from[0]!), today);
      // only guards that depend on facts may still refuse; the role and the state are right
      expect(refusal === null || (!refusal.includes('角色') && !refusal.includes('状态'))).toBe(true);
    });
    it(`${action}: cannot be taken by a role outside ${rule.roles.join('/')}`, () => {
      const outsider = ROLES.filter((r) => !rule.roles.includes(r));
      expect(refusalOf(action, outsider, fileIn(from[0]!), today)).toBe('您在本机关没有办理此操作的角色');
    });
    if (rule.from !== 'any') {
      const elsewhere = CASE_STATUSES.filter((s) => !from.includes(s));
      it(`${action}: cannot be taken from ${elsewhere[0] ?? '(no other state)'}`, () => {
        for (const status of elsewhere) {
          expect(refusalOf(action, [role], fileIn(status), today)).toBe('案件当前状态下不能进行此操作');
        }
      });
    }
  }

  it('offers a 补正 notice only once (条例第三十条: 一次性告知)', () => {
    const asked = {
      ...fileIn('registered'),
      correction: {
        requestedOn: localDate('2024-10-09'),
        missing: ['x'],
        correctBy: localDate('2024-10-20'),
        receivedOn: localDate('2024-10-12'),
      },
    };
    expect(refusalOf('requestCorrection', ['handler'], fileIn('registered'), today)).toBeNull();
    expect(refusalOf('requestCorrection', ['handler'], asked, today)).toMatch(/一次性告知/);
  });

  it('closes for no correction only after the correction period has passed', () => {
    const file = fileIn('awaitingCorrection');
    expect(refusalOf('closeForNoCorrection', ['handler'], file, localDate('2024-10-20'))).toBe(
      '补正期限尚未届满',
    );
    expect(refusalOf('closeForNoCorrection', ['handler'], file, localDate('2024-10-21'))).toBeNull();
  });

  it('closes for an unpaid fee only after the 20 working days to pay have passed', () => {
    const file = fileIn('awaitingFee');
    expect(refusalOf('closeForNoFee', ['handler'], file, localDate('2024-10-30'))).toBe('缴费期限尚未届满');
    expect(refusalOf('closeForNoFee', ['handler'], file, localDate('2024-10-31'))).toBeNull();
  });

  it('lets only the approver (信息公开工作机构负责人) approve an extension, once requested', () => {
    expect(refusalOf('approveExtension', ['handler'], fileIn('drafting'), today)).toMatch(/角色/);
    expect(refusalOf('approveExtension', ['approver'], fileIn('drafting'), today)).toBeNull();
    expect(
      refusalOf('approveExtension', ['approver'], { ...fileIn('drafting'), extension: null }, today),
    ).toBe('尚未申请延期');
  });

  it('offers a reviewer only the review actions of a case in review', () => {
    expect(permittedActions(['reviewer'], fileIn('inReview'), today).map((a) => a.action)).toEqual([
      'approveReview',
      'returnReview',
    ]);
    expect(permittedActions(['reviewer'], fileIn('drafting'), today)).toEqual([]);
  });
});
