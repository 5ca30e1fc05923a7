import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../calendar/holiday-calendar.ts';
import { localDate, type LocalDate } from '../../calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../../calendar/official-arrangements.ts';
import { periodVersionById } from '../../deadlines/statutory-periods.ts';
import { foldCase, type CaseFile } from '../case-file.ts';
import type { CaseEventData } from '../events.ts';
import { CASE_ACTIONS, type CaseAction } from '../transitions.ts';
import { ACTION_DATE_LABELS, parseAction, type ActionContext } from './parse-action.ts';
import type { RawForm } from './form-values.ts';

const d = localDate;
const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
const received = d('2024-09-27'); // a Friday before 国庆 2024
const today = d('2024-11-01');

const file: CaseFile = foldCase([
  {
    seq: 1,
    at: '2024-09-27T00:00:00Z',
    actorName: 't',
    data: { kind: 'received', channel: 'counter', on: received, source: 'staff' },
  },
]);

const withConsultation = (answeredOn: LocalDate | null): CaseFile => ({
  ...file,
  status: 'inConsultation',
  consultations: [
    {
      id: 1,
      party: 'thirdParty',
      partyName: '某公司',
      matter: '是否同意公开',
      sentOn: d('2024-10-08'),
      answerBy: d('2024-10-28'),
      answeredOn,
      opinion: answeredOn === null ? null : 'agree',
    },
  ],
});

function context(overrides: Partial<ActionContext> = {}): ActionContext {
  return {
    file,
    today,
    calendar,
    periods: periodVersionById('ordinance-2019'),
    monthlyOrdinal: 1,
    ...overrides,
  };
}

const v2007 = { periods: periodVersionById('ordinance-2007') };

/** The event, or the test fails with the field messages. */
function parsed(action: CaseAction, raw: RawForm, ctx = context()): CaseEventData {
  const result = parseAction(action, { on: '2024-10-08', ...raw }, ctx);
  if (!result.ok) {
    throw new Error(`${action} refused: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** The field messages (the test fails if the form was accepted). */
function refused(action: CaseAction, raw: RawForm, ctx = context()): Record<string, string> {
  const result = parseAction(action, { on: '2024-10-08', ...raw }, ctx);
  if (result.ok) {
    throw new Error(`${action} accepted: ${JSON.stringify(result.data)}`);
  }
  return result.errors;
}

describe('the date of every action (field `on`)', () => {
  it.each(CASE_ACTIONS.map((a) => [a] as const))('%s: between receipt and today, required', (action) => {
    expect(refused(action, { on: '' }).on).toMatch(/^请填写/);
    expect(refused(action, { on: '2024-11-02' }).on).toContain('不能晚于2024年11月1日');
    expect(refused(action, { on: '2024-09-26' }).on).toContain('不能早于2024年9月27日');
    expect(refused(action, { on: '2024-02-30' }).on).toContain('不是有效日期');
  });
});

describe('补正', () => {
  it('requestCorrection: lists what is missing, with a 补正期限 not before today', () => {
    expect(parsed('requestCorrection', { missing: '文号\n\n时间范围', correctBy: '2024-11-01' })).toEqual({
      kind: 'correctionRequested',
      on: '2024-10-08',
      missing: ['文号', '时间范围'],
      correctBy: '2024-11-01',
    });
    expect(refused('requestCorrection', { missing: '文号', correctBy: '2024-10-31' }).correctBy).toContain(
      '不能早于',
    );
    const tooMany = Array.from({ length: 21 }, (_, i) => `第${i}项`).join('\n');
    expect(refused('requestCorrection', { missing: tooMany, correctBy: '2024-11-15' }).missing).toContain(
      '最多 20 项',
    );
    expect(refused('requestCorrection', { missing: '', correctBy: '2024-11-15' }).missing).toMatch(/^请填写/);
  });

  it('receiveCorrection and closeForNoCorrection record the day, a note up to 1000 characters', () => {
    expect(parsed('receiveCorrection', { note: '已补充文号'.padEnd(1000, '。') })).toMatchObject({
      kind: 'correctionReceived',
      on: '2024-10-08',
    });
    expect(refused('receiveCorrection', { note: 'x'.repeat(1001) }).note).toContain('不能超过 1000 个字');
    expect(parsed('closeForNoCorrection', {})).toEqual({ kind: 'correctionLapsed', on: '2024-10-08' });
  });
});

describe('consultation (第三十二条、第三十四条)', () => {
  const letter = { party: 'thirdParty', partyName: '某公司', matter: '是否同意公开' };

  it('sendConsultation: the party answers by the 15th working day after the letter', () => {
    expect(parsed('sendConsultation', letter)).toEqual({
      kind: 'consultationSent',
      on: '2024-10-08',
      consultation: 1,
      party: 'thirdParty',
      partyName: '某公司',
      matter: '是否同意公开',
      answerBy: '2024-10-28',
    });
    // across 国庆: 10/1–10/7 do not count, the 调休上班 Saturday 10/12 does: the 15th is 10/25
    expect(parsed('sendConsultation', { ...letter, on: '2024-09-30' })).toMatchObject({
      answerBy: '2024-10-25',
    });
    expect(refused('sendConsultation', { ...letter, party: 'applicant' }).party).toContain('请选择');
    expect(refused('sendConsultation', { ...letter, partyName: '' }).partyName).toMatch(/^请填写/);
  });

  it('sendConsultation under the 2007 条例 (no period): takes the date the letter set, and requires it', () => {
    const ctx = context(v2007);
    expect(parsed('sendConsultation', { ...letter, answerBy: '2024-10-31' }, ctx)).toMatchObject({
      answerBy: '2024-10-31',
    });
    expect(refused('sendConsultation', letter, ctx).answerBy).toMatch(/^请填写要求答复的期限/);
    expect(refused('sendConsultation', { ...letter, answerBy: '2024-10-07' }, ctx).answerBy).toContain(
      '不能早于',
    );
  });

  it('recordConsultationAnswer: only an open consultation, with an opinion', () => {
    const ctx = context({ file: withConsultation(null) });
    expect(parsed('recordConsultationAnswer', { consultation: '1', opinion: 'silent' }, ctx)).toEqual({
      kind: 'consultationAnswered',
      on: '2024-10-08',
      consultation: 1,
      opinion: 'silent',
      note: '',
    });
    expect(
      refused('recordConsultationAnswer', { consultation: '2', opinion: 'agree' }, ctx).consultation,
    ).toBe('该征求意见函不存在或已登记答复');
    const answered = context({ file: withConsultation(d('2024-10-20')) });
    expect(
      refused('recordConsultationAnswer', { consultation: '1', opinion: 'agree' }, answered).consultation,
    ).toBe('该征求意见函不存在或已登记答复');
    expect(
      refused('recordConsultationAnswer', { consultation: '1', opinion: 'maybe' }, ctx).opinion,
    ).toContain('请选择');
  });
});

describe('extension (第三十三条第二款; 2007 条例第二十四条)', () => {
  it('requestExtension: 1 to 20 working days under the 2019 条例, 1 to 15 under 2007', () => {
    expect(parsed('requestExtension', { days: '20', reason: '需调取档案' })).toEqual({
      kind: 'extensionRequested',
      on: '2024-10-08',
      days: 20,
      reason: '需调取档案',
    });
    expect(refused('requestExtension', { days: '21', reason: 'r' }).days).toBe(
      '延长的工作日数应为 1 至 20 之间的整数',
    );
    expect(refused('requestExtension', { days: '0', reason: 'r' }).days).toContain('1 至 20');
    expect(parsed('requestExtension', { days: '15', reason: 'r' }, context(v2007))).toMatchObject({
      days: 15,
    });
    expect(refused('requestExtension', { days: '16', reason: 'r' }, context(v2007)).days).toContain(
      '1 至 15',
    );
    expect(refused('requestExtension', { days: '5', reason: '' }).reason).toMatch(/^请填写/);
  });

  it('approveExtension: at most what was requested', () => {
    const ctx = context({
      file: { ...file, extension: { requestedOn: d('2024-10-08'), days: 10, reason: 'r', approvedOn: null } },
    });
    expect(parsed('approveExtension', { days: '10' }, ctx)).toEqual({
      kind: 'extensionApproved',
      on: '2024-10-08',
      days: 10,
    });
    expect(refused('approveExtension', { days: '11' }, ctx).days).toContain('1 至 10');
    expect(refused('approveExtension', { days: '21' }).days).toContain('1 至 20');
  });
});

describe('信息处理费 (国办函〔2020〕109号)', () => {
  it('sendFeeNotice: computes the fee and a payment date 20 working days after the notice', () => {
    expect(parsed('sendFeeNotice', { method: 'perVolume', pages: '40' })).toEqual({
      kind: 'feeNotified',
      on: '2024-10-08',
      method: 'perVolume',
      quantity: 40,
      amountYuan: 100,
      breakdown: expect.any(Array) as unknown as string[],
      payBy: '2024-11-04',
    });
    expect(
      parsed('sendFeeNotice', { method: 'perApplication' }, context({ monthlyOrdinal: 11 })),
    ).toMatchObject({ quantity: 11, amountYuan: 100, payBy: '2024-11-04' });
  });

  it('sendFeeNotice refuses a notice for 0 元, a missing page count and any fee under the 2007 条例', () => {
    expect(refused('sendFeeNotice', { method: 'perApplication' }).method).toContain('应收 0 元');
    expect(refused('sendFeeNotice', { method: 'perVolume', pages: '30' }).method).toContain('应收 0 元');
    expect(refused('sendFeeNotice', { method: 'perVolume' }).pages).toContain('页数');
    expect(refused('sendFeeNotice', { method: 'perVolume', pages: '40' }, context(v2007)).method).toContain(
      '未规定信息处理费',
    );
  });

  it('recordFeePaid and closeForNoFee record the day', () => {
    expect(parsed('recordFeePaid', {})).toEqual({ kind: 'feePaid', on: '2024-10-08' });
    expect(parsed('closeForNoFee', {})).toEqual({ kind: 'feeLapsed', on: '2024-10-08' });
  });
});

describe('第三十五条 and the reasons of 第四十条', () => {
  it('requestReasons: an answer date not before today', () => {
    expect(parsed('requestReasons', { answerBy: '2024-11-01' })).toEqual({
      kind: 'reasonsRequested',
      on: '2024-10-08',
      answerBy: '2024-11-01',
    });
    expect(refused('requestReasons', { answerBy: '2024-10-31' }).answerBy).toContain('不能早于');
  });

  it('setDeferral: a deferred date not before today, with reasons', () => {
    expect(parsed('setDeferral', { deferredTo: '2024-12-31', reason: '数量较大' })).toEqual({
      kind: 'deferralSet',
      on: '2024-10-08',
      deferredTo: '2024-12-31',
      reason: '数量较大',
    });
    expect(refused('setDeferral', { deferredTo: '2024-10-31', reason: 'r' }).deferredTo).toContain(
      '不能早于',
    );
    expect(refused('setDeferral', { deferredTo: '2024-12-31', reason: '' }).reason).toMatch(/^请填写/);
  });
});

describe('the reply, review, 签发 and delivery', () => {
  it('draftReply: one item per declared row; reasons for anything not granted; parts for 部分公开', () => {
    const granted = { itemCount: '1', item1Description: '2023年预算', item1Decision: 'granted' };
    expect(parsed('draftReply', granted)).toEqual({
      kind: 'replyDrafted',
      on: '2024-10-08',
      items: [{ description: '2023年预算', decision: 'granted', reason: '', howToObtain: '' }],
    });
    expect(refused('draftReply', { ...granted, item1Decision: 'unavailable.notHeld' }).item1Reason).toContain(
      '请写明理由',
    );
    const partly = { ...granted, item1Decision: 'partlyGranted', item1Reason: '部分涉及个人隐私' };
    expect(refused('draftReply', partly).item1WithheldPart).toMatch(/^请填写/);
    expect(
      parsed('draftReply', {
        ...partly,
        item1WithheldPart: '身份证号',
        item1WithheldGround: 'withheld.thirdPartyRights',
      }),
    ).toMatchObject({ items: [{ withheldPart: '身份证号', withheldGround: 'withheld.thirdPartyRights' }] });
    // a count that is not a number falls back to one item; more than 20 is capped at 20
    expect(refused('draftReply', { itemCount: 'x' })).toHaveProperty('item1Description');
    expect(refused('draftReply', { itemCount: '99' })).toHaveProperty('item20Description');
    expect(refused('draftReply', { itemCount: '99' })).not.toHaveProperty('item21Description');
  });

  it('submitForReview, approveReview and sign: comments optional; returns need one', () => {
    expect(parsed('submitForReview', {})).toEqual({ kind: 'submittedForReview', on: '2024-10-08' });
    expect(parsed('approveReview', {})).toEqual({ kind: 'reviewApproved', on: '2024-10-08', comment: '' });
    expect(parsed('sign', { comment: '同意' })).toEqual({
      kind: 'signed',
      on: '2024-10-08',
      comment: '同意',
    });
    expect(refused('returnReview', { comment: '' }).comment).toMatch(/^请填写退回意见/);
    expect(refused('returnSigning', { comment: '' }).comment).toMatch(/^请填写退回意见/);
    expect(parsed('returnSigning', { comment: '补充依据' })).toMatchObject({ kind: 'signingReturned' });
    expect(refused('approveReview', { comment: 'x'.repeat(1001) }).comment).toContain('1000');
  });

  it('recordDelivery: a tracking number is required by post only', () => {
    expect(parsed('recordDelivery', { method: 'email' })).toEqual({
      kind: 'delivered',
      on: '2024-10-08',
      method: 'email',
      trackingNumber: '',
    });
    expect(refused('recordDelivery', { method: 'post' }).trackingNumber).toMatch(/^请填写邮件单号/);
    expect(parsed('recordDelivery', { method: 'post', trackingNumber: 'EMS1' })).toMatchObject({
      trackingNumber: 'EMS1',
    });
    expect(refused('recordDelivery', { method: 'pigeon' }).method).toContain('请选择');
  });

  it('has no second delivery action: 「登记文书送达」 is gone, delivery is one step that closes', () => {
    expect(Object.keys(ACTION_DATE_LABELS)).not.toContain('recordLetterDelivery');
    expect(CASE_ACTIONS.filter((a) => /deliver/i.test(a))).toEqual(['recordDelivery']);
  });

  it('withdraw: needs the applicant’s statement', () => {
    expect(parsed('withdraw', { note: '申请人书面撤回' })).toEqual({
      kind: 'withdrawn',
      on: '2024-10-08',
      note: '申请人书面撤回',
    });
    expect(refused('withdraw', { note: '' }).note).toMatch(/^请填写撤回说明/);
  });

  it('recordReview: a concluded review needs its date (not after today); a pending one has none', () => {
    const review = { reviewKind: 'review', body: '某市人民政府', result: 'upheld' };
    expect(parsed('recordReview', { ...review, concludedOn: '2024-11-01' })).toEqual({
      kind: 'reviewRecorded',
      on: '2024-10-08',
      reviewKind: 'review',
      body: '某市人民政府',
      result: 'upheld',
      concludedOn: '2024-11-01',
    });
    expect(refused('recordReview', review).concludedOn).toMatch(/^请填写审结日期/);
    expect(refused('recordReview', { ...review, concludedOn: '2024-11-02' }).concludedOn).toContain(
      '不能晚于',
    );
    expect(refused('recordReview', { ...review, concludedOn: '2024-10-07' }).concludedOn).toContain(
      '不能早于',
    );
    expect(parsed('recordReview', { ...review, result: 'pending', concludedOn: '2024-10-20' })).toMatchObject(
      { result: 'pending', concludedOn: null },
    );
  });
});
