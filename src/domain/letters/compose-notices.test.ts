import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { composeLetter } from './compose-letter.ts';
import type { Letter } from './compose-letter.ts';
import { sampleInput } from './letter-fixtures.test-support.ts';
import type { FeePayload } from './letter-input.ts';

const textOf = (letter: Letter): string =>
  [...letter.paragraphs, ...letter.remedies, letter.closing].join('\n');

describe('composeLetter — 补正告知书 (第三十条)', () => {
  const letter = composeLetter(
    sampleInput({
      kind: 'correctionNotice',
      missing: ['所需政府信息的名称、文号或者其他特征性描述。', '申请公开的政府信息的形式要求'],
      correctBy: localDate('2024-04-03'),
    }),
  );

  it('lists everything to correct at once, with the correction date', () => {
    expect(letter.title).toBe('政府信息公开申请补正告知书');
    expect(letter.paragraphs[0]).toContain('第三十条的规定，现一次性告知您需要补正的事项如下：');
    expect(letter.paragraphs[1]).toBe('（一）所需政府信息的名称、文号或者其他特征性描述；');
    expect(letter.paragraphs[2]).toBe('（二）申请公开的政府信息的形式要求。');
    expect(textOf(letter)).toContain(
      '请您于2024年4月3日前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。',
    );
  });

  it('states that not correcting in time counts as abandoning the application', () => {
    expect(textOf(letter)).toContain('您无正当理由逾期不补正的，视为放弃申请');
  });

  it('is addressed to the applicant, numbered after the case and carries no remedies', () => {
    expect(letter.addressee).toBe('张三');
    expect(letter.number).toBe('博政公开〔2024〕12号-补正');
    expect(letter.remedies).toEqual([]);
    expect(letter.closing).toBe('特此告知。');
    expect(letter.signature).toEqual({ organ: '博山区人民政府', date: '2024年3月20日' });
    expect(letter.legalBasis).toEqual(['《中华人民共和国政府信息公开条例》第三十条']);
    expect(letter).toMatchObject({
      kind: 'correctionNotice',
      templateId: 'correctionNotice',
      templateVersion: 1,
    });
  });
});

describe('composeLetter — 延期答复告知书 (第三十三条第二款)', () => {
  it('states the days, the new due date and the approval of the head of the 工作机构', () => {
    const letter = composeLetter(
      sampleInput({ kind: 'extensionNotice', days: 15, newDue: localDate('2024-04-22') }),
    );
    expect(letter.paragraphs[0]).toContain(
      '本机关无法在《中华人民共和国政府信息公开条例》第三十三条第二款规定的20个工作日内作出答复。',
    );
    expect(letter.paragraphs[1]).toBe(
      '经本机关政府信息公开工作机构负责人同意，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，' +
        '答复期限延长15个工作日，本机关将于2024年4月22日前作出答复。',
    );
    expect(letter.remedies).toEqual([]);
  });

  it('gives the reason for the extension when one is recorded', () => {
    const letter = composeLetter(
      sampleInput({
        kind: 'extensionNotice',
        days: 20,
        newDue: localDate('2024-04-29'),
        reason: '需要进一步检索核实。',
      }),
    );
    expect(letter.paragraphs[0]).toContain('。因需要进一步检索核实，本机关无法在');
  });

  it('treats a blank reason as none (forms send empty strings)', () => {
    const letter = composeLetter(
      sampleInput({ kind: 'extensionNotice', days: 5, newDue: localDate('2024-04-01'), reason: ' ' }),
    );
    expect(letter.paragraphs[0]).not.toContain('因');
    expect(letter.paragraphs[0]).toContain('。本机关无法在');
  });
});

describe('composeLetter — consultations', () => {
  const thirdParty = composeLetter(
    sampleInput({
      kind: 'thirdPartyConsultation',
      partyName: '淄博某某建设有限公司',
      matter: '贵公司的投标报价明细',
      answerBy: localDate('2024-04-11'),
    }),
  );

  it('addresses the 第三十二条 consultation to the third party, not naming the applicant', () => {
    expect(thirdParty.title).toBe('政府信息公开征求第三方意见书');
    expect(thirdParty.addressee).toBe('淄博某某建设有限公司');
    expect(textOf(thirdParty)).not.toContain('张三');
    expect(thirdParty.number).toBe('博政公开〔2024〕12号-征询');
  });

  it('gives the third party 15 working days and says the organ decides under the 条例 on silence', () => {
    const text = textOf(thirdParty);
    expect(text).toContain(
      '请您自收到本意见书之日起15个工作日内（即2024年4月11日前）书面提出是否同意公开的意见',
    );
    expect(text).toContain(
      '您逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
    );
    expect(text).toContain('可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您');
    expect(thirdParty.remedies).toEqual([]);
  });

  it('tells a co-producing organ (第三十四条) that silence counts as consent', () => {
    const letter = composeLetter(
      sampleInput({
        kind: 'coProducerConsultation',
        partyName: '博山区财政局',
        matter: '《关于做好资金管理的通知》',
        answerBy: localDate('2024-04-11'),
      }),
    );
    expect(letter.title).toBe('政府信息公开征求意见函');
    expect(letter.addressee).toBe('博山区财政局');
    expect(textOf(letter)).toContain('逾期未提出意见的，视为同意公开。');
    expect(letter.paragraphs[0]).toContain('第三十四条的规定，现征求贵机关意见。');
  });

  it('numbers a second consultation of the same case', () => {
    const input = sampleInput({
      kind: 'thirdPartyConsultation',
      partyName: '李四',
      matter: '您的个人信息',
      answerBy: localDate('2024-04-11'),
    });
    expect(composeLetter({ ...input, sequence: 2 }).number).toBe('博政公开〔2024〕12号-征询2');
  });
});

describe('composeLetter — 收费通知 (国办函〔2020〕109号)', () => {
  const feePayload: FeePayload = {
    kind: 'feeNotice',
    method: 'perVolume',
    amountYuan: 712.5,
    breakdown: ['第31页至第100页，每页10元，共700元', '按量计收的零头12.50元'],
    payBy: localDate('2024-04-18'),
    paymentInstructions: '通过非税收入缴款平台缴纳',
  };
  const letter = composeLetter(sampleInput(feePayload));

  it('states the method, the breakdown and the amount', () => {
    expect(letter.paragraphs[0]).toContain('本机关对您的申请按量计收信息处理费。收费标准及计算明细如下：');
    expect(letter.paragraphs[1]).toBe('（一）第31页至第100页，每页10元，共700元；');
    expect(textOf(letter)).toContain('以上合计人民币712.50元。');
    expect(letter.legalBasis).toContain('《政府信息公开信息处理费管理办法》第五条');
  });

  it('asks for payment within 20 working days from the day after receipt; unpaid is abandoned', () => {
    const text = textOf(letter);
    expect(text).toContain(
      '请您自收到本通知次日起20个工作日内（即2024年4月18日前）缴纳上述费用。缴费方式：通过非税收入缴款平台缴纳。',
    );
    expect(text).toContain('逾期未缴纳的，视为放弃申请');
  });

  it('states remedies: a fee notice is a reviewable act', () => {
    expect(letter.remedies[0]).toMatch(
      /^如对本通知不服，可以自收到本通知之日起六十日内向淄博市人民政府申请行政复议/,
    );
    expect(letter.closing).toBe('特此通知。');
  });

  it('prints whole yuan without decimals', () => {
    expect(textOf(composeLetter(sampleInput({ ...feePayload, amountYuan: 1200 })))).toContain(
      '人民币1200元。',
    );
  });
});

describe('composeLetter — 第三十五条 letters', () => {
  it('asks for reasons by a date and says what follows', () => {
    const letter = composeLetter(sampleInput({ kind: 'reasonsRequest', answerBy: localDate('2024-03-29') }));
    expect(letter.title).toBe('政府信息公开申请说明理由告知书');
    expect(letter.paragraphs[0]).toContain('请您于2024年3月29日前向本机关说明理由。');
    expect(letter.paragraphs[1]).toContain('本机关认为申请理由不合理的，将告知您不予处理');
    expect(letter.remedies).toEqual([]);
  });

  it('sets a reasonable deferred reply date with its reason', () => {
    const letter = composeLetter(
      sampleInput({
        kind: 'deferralNotice',
        replyBy: localDate('2024-06-28'),
        reason: '申请涉及的信息数量较大',
      }),
    );
    expect(letter.paragraphs[0]).toContain('但因申请涉及的信息数量较大，无法在');
    expect(letter.paragraphs[1]).toContain('将于2024年6月28日前作出答复。');
    expect(letter.number).toBe('博政公开〔2024〕12号-延迟');
  });
});

describe('composeLetter — contact', () => {
  it('prints the 工作机构 and the contact data the organ has', () => {
    const input = sampleInput({ kind: 'reasonsRequest', answerBy: localDate('2024-03-29') });
    expect(composeLetter(input).contact).toBe(
      '联系机构：博山区人民政府办公室；地址：山东省淄博市博山区中心路1号；邮政编码：255200；联系电话：0533-4181234',
    );
    const bare = { ...input, organ: { name: '博山区人民政府', officeName: '博山区人民政府办公室' } };
    expect(composeLetter(bare).contact).toBe('联系机构：博山区人民政府办公室');
  });
});
