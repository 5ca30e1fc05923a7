import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { composeLetter } from './compose-letter.ts';
import { PARTLY_GRANTED_ITEM, replyOf, sampleInput } from './letter-fixtures.test-support.ts';
import type { FeePayload, LetterInput, ReplyItem } from './letter-input.ts';
import { LetterInputError } from './letter-input-error.ts';
import type { LetterInputErrorCode } from './letter-input-error.ts';

function errorOf(input: LetterInput): LetterInputError {
  try {
    composeLetter(input);
  } catch (error) {
    if (error instanceof LetterInputError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a LetterInputError');
}

const fee: Omit<FeePayload, 'amountYuan'> = {
  kind: 'feeNotice',
  method: 'perApplication',
  breakdown: ['第11件，100元'],
  payBy: localDate('2024-04-18'),
  paymentInstructions: '银行转账',
};
const withoutReason = ({ reason: _reason, ...item }: ReplyItem): ReplyItem => item;

const CASES: [string, LetterInput, LetterInputErrorCode, RegExp][] = [
  ['a reply without items', sampleInput(replyOf()), 'NO_ITEMS', /至少应当答复一项/],
  [
    'a correction notice without the missing list',
    sampleInput({ kind: 'correctionNotice', missing: [' '], correctBy: localDate('2024-04-03') }),
    'NO_MISSING',
    /一次性列明/,
  ],
  ['a fee notice of 0 yuan', sampleInput({ ...fee, amountYuan: 0 }), 'FEE_AMOUNT', /大于零/],
  [
    'a fee notice of fractions of a fen',
    sampleInput({ ...fee, amountYuan: 10.005 }),
    'FEE_AMOUNT',
    /两位小数/,
  ],
  [
    'a fee notice without breakdown',
    sampleInput({ ...fee, amountYuan: 100, breakdown: [] }),
    'NO_BREAKDOWN',
    /计算明细/,
  ],
  [
    'a partlyGranted item without a reason',
    sampleInput(replyOf(withoutReason(PARTLY_GRANTED_ITEM))),
    'REASON_REQUIRED',
    /应当说明理由/,
  ],
  [
    'a withheld item without a reason',
    sampleInput(replyOf({ description: '某文件', decision: 'withheld.stateSecret', reason: '  ' })),
    'REASON_REQUIRED',
    /第1项/,
  ],
  [
    'an other.other item without a reason',
    sampleInput(replyOf({ description: '某文件', decision: 'other.other' })),
    'REASON_REQUIRED',
    /其他处理/,
  ],
  [
    'an extension of 21 working days',
    sampleInput({ kind: 'extensionNotice', days: 21, newDue: localDate('2024-04-30') }),
    'EXTENSION_DAYS',
    /1至20个工作日/,
  ],
  [
    'an extension of 0 days',
    sampleInput({ kind: 'extensionNotice', days: 0, newDue: localDate('2024-04-30') }),
    'EXTENSION_DAYS',
    /而不是 0/,
  ],
  [
    'a correction date not after the letter',
    sampleInput({ kind: 'correctionNotice', missing: ['x'], correctBy: localDate('2024-03-20') }),
    'DATE_ORDER',
    /补正期限/,
  ],
  [
    'a letter dated before the application',
    sampleInput({ kind: 'reasonsRequest', answerBy: localDate('2024-03-29') }, '2024-03-01'),
    'DATE_ORDER',
    /早于收到申请之日/,
  ],
  [
    'a blank applicant name',
    {
      ...sampleInput({ kind: 'reasonsRequest', answerBy: localDate('2024-03-29') }),
      applicant: { name: ' ' },
    },
    'BLANK_FIELD',
    /申请人/,
  ],
  [
    'a consultation without the matter',
    sampleInput({
      kind: 'thirdPartyConsultation',
      partyName: '某公司',
      matter: '',
      answerBy: localDate('2024-04-11'),
    }),
    'BLANK_FIELD',
    /征求意见事项/,
  ],
  [
    'a deferral without its reason',
    sampleInput({ kind: 'deferralNotice', replyBy: localDate('2024-06-28'), reason: '' }),
    'BLANK_FIELD',
    /延迟答复的原因/,
  ],
  [
    'publishedAt on a withheld item',
    sampleInput(
      replyOf({
        description: '某文件',
        decision: 'withheld.stateSecret',
        reason: '国家秘密',
        publishedAt: '网站',
      }),
    ),
    'FIELD_MISMATCH',
    /不符/,
  ],
  [
    'withheldPart on a granted item',
    sampleInput(replyOf({ description: '某文件', decision: 'granted', withheldPart: '附件' })),
    'FIELD_MISMATCH',
    /不符/,
  ],
  [
    'a letter under the 2007 条例',
    sampleInput({ kind: 'reasonsRequest', answerBy: localDate('2019-05-20') }, '2019-05-10', '2019-05-01'),
    'NO_TEMPLATE',
    /2019年5月15日/,
  ],
];

describe('composeLetter refuses impossible input', () => {
  it.each(CASES)('refuses %s', (_name, input, code, message) => {
    const error = errorOf(input);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
