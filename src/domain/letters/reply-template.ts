/**
 * 政府信息公开申请答复书 (条例第三十六条至第三十九条). Version 2 starts on the day the revised
 * 行政复议法 took effect (2024-01-01): same body, but refusals carry the 复议前置 remedies
 * (remedies.ts). Versions are kept apart so a reissued 2023 letter reads as it did.
 */
import type { LetterInputOf } from './letter-input.ts';
import { LETTER_KIND_LABELS } from './letter-kinds.ts';
import { applicationOpening } from './letter-template.ts';
import type { LetterTemplate } from './letter-template.ts';
import { chineseNumeral, clause } from './letter-text.ts';
import { REGULATION_2019_FROM } from './notice-templates.ts';
import { REVIEW_FIRST_FROM } from './remedies.ts';
import { replyItemBasis, replyItemText } from './reply-items.ts';

/**
 * The body: the opening, then one paragraph per item — unnumbered when there is one item,
 * 「一、关于“…”：」 when there are several.
 */
function replyParagraphs(input: LetterInputOf<'reply'>): string[] {
  const items = input.payload.items;
  const opening = `${applicationOpening(input)}现答复如下：`;
  const [only] = items;
  if (items.length === 1 && only !== undefined) {
    return [opening, `关于您申请的“${clause(only.description)}”，${replyItemText(only)}`];
  }
  return [
    opening,
    ...items.map(
      (item, index) =>
        `${chineseNumeral(index + 1)}、关于“${clause(item.description)}”：${replyItemText(item)}`,
    ),
  ];
}

function replyBasis(input: LetterInputOf<'reply'>): string[] {
  return [...new Set(input.payload.items.flatMap(replyItemBasis))];
}

/** Replies dated 2019-05-15 … 2023-12-31: remedies always offer 行政复议 or 行政诉讼. */
export const REPLY_V1: LetterTemplate<'reply'> = {
  id: 'reply',
  kind: 'reply',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation:
    '《中华人民共和国政府信息公开条例》（2019年修订）第三十六条至第三十九条；《中华人民共和国行政复议法》（2017年修正）第九条；' +
    '《中华人民共和国行政诉讼法》第四十六条',
  title: LETTER_KIND_LABELS.reply.title,
  paragraphs: replyParagraphs,
  legalBasis: replyBasis,
  closing: '特此告知。',
};

/** Replies dated from 2024-01-01: refusals (不予公开, 部分公开) must go to 行政复议 first. */
export const REPLY_V2: LetterTemplate<'reply'> = {
  ...REPLY_V1,
  version: 2,
  effectiveFrom: REVIEW_FIRST_FROM,
  citation:
    '《中华人民共和国政府信息公开条例》（2019年修订）第三十六条至第三十九条；《中华人民共和国行政复议法》（2023年修订）' +
    '第二十条、第二十三条；《中华人民共和国行政诉讼法》第四十五条、第四十六条',
};
