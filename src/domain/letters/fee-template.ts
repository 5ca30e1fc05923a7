/**
 * 收费通知 (条例第四十二条; 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号). The payment
 * window 「在收到收费通知次日起20个工作日内缴纳费用」 and 「逾期未缴纳的视为放弃申请」 come from a
 * provincial restatement of the 办法 [S]; the 办法's effective date 2021-01-01 is [U]
 * (domain-zh.md §3.1, §3.4, §7 item 3).
 */
import { localDate } from '../calendar/local-date.ts';
import type { FeePayload } from './letter-input.ts';
import { LETTER_KIND_LABELS } from './letter-kinds.ts';
import { applicationOpening } from './letter-template.ts';
import type { LetterTemplate } from './letter-template.ts';
import { clause, dateText, enumerate, FEE_MEASURES, REGULATION, yuanText } from './letter-text.ts';

/** 按件计收 (办法第四条) and 按量计收 (第五条) [C]. */
export const FEE_METHODS = {
  perApplication: { label: '按件计收', article: '第四条' },
  perVolume: { label: '按量计收', article: '第五条' },
} as const satisfies Record<FeePayload['method'], { label: string; article: string }>;

/** The 办法 in force [U]. */
export const FEE_MEASURES_FROM = localDate('2021-01-01');

export const FEE_NOTICE_V1: LetterTemplate<'feeNotice'> = {
  id: 'feeNotice',
  kind: 'feeNotice',
  version: 1,
  effectiveFrom: FEE_MEASURES_FROM,
  citation:
    '《中华人民共和国政府信息公开条例》（2019年修订）第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  title: LETTER_KIND_LABELS.feeNotice.title,
  paragraphs: (input) => {
    const fee = input.payload;
    return [
      `${applicationOpening(input)}经审查，您申请公开政府信息的数量、频次明显超过合理范围。根据${REGULATION}第四十二条和` +
        `${FEE_MEASURES}（国办函〔2020〕109号）的规定，本机关对您的申请${FEE_METHODS[fee.method].label}信息处理费。` +
        '收费标准及计算明细如下：',
      ...enumerate(fee.breakdown.filter((line) => line.trim() !== '')),
      `以上合计人民币${yuanText(fee.amountYuan)}。`,
      `请您自收到本通知次日起20个工作日内（即${dateText(fee.payBy)}前）缴纳上述费用。缴费方式：${clause(fee.paymentInstructions)}。`,
      '逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
    ];
  },
  legalBasis: (input) => [
    `${REGULATION}第四十二条`,
    `${FEE_MEASURES}${FEE_METHODS[input.payload.method].article}`,
  ],
  closing: '特此通知。',
};
