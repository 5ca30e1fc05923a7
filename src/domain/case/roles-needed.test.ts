import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date.ts';
import type { CaseFile } from './case-file.ts';
import { rolesNeeded } from './roles-needed.ts';

const TODAY = '2026-12-07' as LocalDate;
/** A file in `status` with nothing recorded yet (the guards read only these facts). */
const fileIn = (status: CaseFile['status'], facts: Partial<CaseFile> = {}) =>
  ({
    status,
    correction: null,
    extension: null,
    fee: null,
    reasons: null,
    reply: null,
    ...facts,
  }) as CaseFile;

const labels = (groups: ReturnType<typeof rolesNeeded>) =>
  groups.map((g) => [g.roles.join('+'), g.actions.map((a) => a.label)]);

describe('which role a step of the case needs', () => {
  it('tells a 管理员 of the organ that 审核 needs a 审核人', () => {
    expect(labels(rolesNeeded(['admin'], fileIn('inReview'), TODAY))).toEqual([
      ['reviewer', ['审核通过', '审核退回']],
    ]);
  });

  it('tells someone without a role on the case’s organ every open step and who takes it', () => {
    expect(labels(rolesNeeded([], fileIn('registered'), TODAY))).toEqual([
      [
        'admin+handler',
        [
          '发出补正告知',
          '发出征求意见函',
          '申请延期答复',
          '发出收费通知',
          '要求说明理由（第三十五条）',
          '拟写答复',
          '申请人撤回',
        ],
      ],
    ]);
  });

  it('names the 领导 for 批准延期 only once an extension is asked for', () => {
    const asked = fileIn('drafting', {
      extension: { requestedOn: TODAY, days: 20, reason: '需要征求第三方意见', approvedOn: null },
    });
    expect(labels(rolesNeeded(['handler'], asked, TODAY))).toEqual([['approver', ['批准延期']]]);
  });

  it('names nothing the person may already do', () => {
    expect(rolesNeeded(['approver'], fileIn('inSigning'), TODAY).flatMap((g) => g.roles)).not.toContain(
      'approver',
    );
    expect(labels(rolesNeeded(['handler'], fileIn('closed'), TODAY))).toEqual([]);
  });

  it('leaves out the steps allowed in any state (登记文书送达)', () => {
    expect(labels(rolesNeeded([], fileIn('closed'), TODAY))).toEqual([
      ['admin+handler', ['登记行政复议/诉讼']],
    ]);
  });
});
