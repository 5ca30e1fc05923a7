import { describe, expect, it } from 'vitest';
import { DECISIONS, DECISION_LABELS } from '../decisions.ts';
import {
  APPLICANT_KIND_CHOICES,
  CHANNEL_CHOICES,
  choiceKey,
  DECISION_CHOICES,
  DELIVERY_CHOICES,
  readChoice,
  readYesNo,
  REVIEW_RESULT_CHOICES,
} from './ledger-choices.ts';

describe('reading the words ledgers use', () => {
  it('reads every table 三 row label exactly as the form prints it', () => {
    for (const decision of DECISIONS) {
      expect(readChoice(DECISION_CHOICES, DECISION_LABELS[decision].row), decision).toBe(decision);
    }
  });

  it.each([
    ['予以公开', 'granted'],
    ['同意公开', 'granted'],
    ['已主动公开', 'granted'],
    ['部分公开', 'partlyGranted'],
    ['区分处理', 'partlyGranted'],
    ['不予公开-国家秘密', 'withheld.stateSecret'],
    ['不予公开—属于国家秘密', 'withheld.stateSecret'],
    ['国家秘密', 'withheld.stateSecret'],
    ['不予公开（其他法律行政法规禁止公开）', 'withheld.prohibitedByLaw'],
    ['危及“三安全一稳定”', 'withheld.securityStability'],
    ['商业秘密', 'withheld.thirdPartyRights'],
    ['个人隐私', 'withheld.thirdPartyRights'],
    ['不予公开-保护第三方合法权益', 'withheld.thirdPartyRights'],
    ['内部事务信息', 'withheld.internalAffairs'],
    ['过程性信息', 'withheld.processInformation'],
    ['行政执法案卷', 'withheld.enforcementFiles'],
    ['行政查询事项', 'withheld.administrativeQuery'],
    ['信息不存在', 'unavailable.notHeld'],
    ['本机关不掌握', 'unavailable.notHeld'],
    ['无法提供 1.本机关不掌握相关政府信息', 'unavailable.notHeld'],
    ['需要另行制作', 'unavailable.needsCreation'],
    ['申请内容不明确', 'unavailable.unclearAfterCorrection'],
    ['信访举报投诉', 'notProcessed.complaint'],
    ['重复申请', 'notProcessed.duplicate'],
    ['公开出版物', 'notProcessed.publication'],
    ['大量反复申请', 'notProcessed.excessive'],
    ['确认或重新出具', 'notProcessed.confirmation'],
    ['逾期不补正', 'other.noCorrection'],
    ['逾期未缴费', 'other.noFee'],
    ['申请人撤回', 'other.other'],
    ['其他处理-其他', 'other.other'],
    ['withheld.stateSecret', 'withheld.stateSecret'],
  ])('reads 「%s」 as %s', (word, decision) => {
    expect(readChoice(DECISION_CHOICES, word)).toBe(decision);
  });

  it('leaves a bare group or an unknown word unread', () => {
    for (const word of ['不予公开', '无法提供', '不予处理', '其他处理', '已办结', '']) {
      expect(readChoice(DECISION_CHOICES, word), word).toBeNull();
    }
  });

  it.each([
    ['网上申请', 'online'],
    ['网上', 'online'],
    ['在线', 'online'],
    ['当面', 'counter'],
    ['窗口', 'counter'],
    ['邮寄（需签收）', 'mail'],
    ['信函', 'mail'],
    ['EMS', 'mail'],
    ['平常信函', 'letter'],
    ['平信', 'letter'],
    ['传真', 'fax'],
    ['电子邮件', 'email'],
    ['E-mail', 'email'],
  ])('reads channel 「%s」 as %s', (word, channel) => {
    expect(readChoice(CHANNEL_CHOICES, word)).toBe(channel);
  });

  it('reads applicant kinds, review results and delivery methods', () => {
    expect(readChoice(APPLICANT_KIND_CHOICES, '公民')).toBe('naturalPerson');
    expect(readChoice(APPLICANT_KIND_CHOICES, '律师事务所')).toBe('legalServices');
    expect(readChoice(APPLICANT_KIND_CHOICES, '法人或其他组织—商业企业')).toBe('business');
    expect(readChoice(REVIEW_RESULT_CHOICES, '维持')).toBe('upheld');
    expect(readChoice(REVIEW_RESULT_CHOICES, '确认违法')).toBe('corrected');
    expect(readChoice(REVIEW_RESULT_CHOICES, '驳回')).toBe('other');
    expect(readChoice(REVIEW_RESULT_CHOICES, '审理中')).toBe('pending');
    expect(readChoice(DELIVERY_CHOICES, '邮寄')).toBe('post');
  });

  it('reads yes and no as ledgers write them', () => {
    expect(['是', '有', '√', 'Y', ' yes '].map(readYesNo)).toEqual([true, true, true, true, true]);
    expect(['否', '无', '×', '', 'N', '—'].map(readYesNo)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(readYesNo('可能')).toBeNull();
  });

  it('compares labels without numbering, punctuation, quotes or spaces', () => {
    expect(choiceKey('（三）不予公开 1.属于国家秘密')).toBe('不予公开属于国家秘密');
    expect(choiceKey('危及“三安全一稳定”')).toBe('危及三安全一稳定');
  });
});
