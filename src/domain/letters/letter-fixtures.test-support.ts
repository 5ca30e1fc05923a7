/** Sample letter inputs for tests (博山区人民政府, a 2024 case). */
import { localDate } from '../calendar/local-date.ts';
import type { LetterInput, LetterPayload, ReplyItem } from './letter-input.ts';

/** A case with every optional organ field set; `payload` and `letterDate` vary per test. */
export function sampleInput(
  payload: LetterPayload,
  letterDate = '2024-03-20',
  received = '2024-03-04',
): LetterInput {
  return {
    organ: {
      name: '博山区人民政府',
      officeName: '博山区人民政府办公室',
      address: '山东省淄博市博山区中心路1号',
      phone: '0533-4181234',
      postcode: '255200',
      reviewOrgan: '淄博市人民政府',
    },
    caseNumber: '博政公开〔2024〕12号',
    letterDate: localDate(letterDate),
    applicant: { name: '张三', address: '淄博市张店区人民西路2号' },
    application: { received: localDate(received), summary: '2023年城区道路改造工程的招标文件及中标结果' },
    payload,
  };
}

/** 部分公开 with the withheld part, its reason and ground. */
export const PARTLY_GRANTED_ITEM: ReplyItem = {
  description: '2023年城区道路改造工程的招标文件',
  decision: 'partlyGranted',
  withheldPart: '投标人报价明细及技术方案',
  withheldGround: 'withheld.thirdPartyRights',
  reason: '该部分涉及投标人的商业秘密，经书面征求意见，投标人不同意公开且理由合理',
  howToObtain: '可以公开的部分以电子邮件方式发送至您预留的邮箱',
};

/** A reply of one item with the given decision (and a reason). */
export function replyOf(...items: ReplyItem[]): LetterPayload {
  return { kind: 'reply', items };
}
