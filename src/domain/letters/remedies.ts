/**
 * 救济途径: what a letter tells the applicant about 行政复议 and 行政诉讼.
 *
 * - 行政复议: 60 days from knowing of the act (行政复议法 1999 第九条第一款; 2023 第二十条第一款).
 * - 行政诉讼: 6 months when suing directly (行政诉讼法第四十六条第一款); 15 days from receiving the
 *   复议决定书 after a review (第四十五条).
 * - 复议前置 from 2024-01-01: 行政复议法（2023年修订）第二十三条第一款第（五）项 「申请政府信息公开，
 *   行政机关不予公开」 must go to 行政复议 first, and 第二款 makes the organ say so in the act. We read
 *   「不予公开」 as every `withheld.*` decision and `partlyGranted` (its withheld part is a refusal);
 *   that second part is our reading [U] — docs/decisions/010-letters-and-remedies.md.
 * - Which letters carry remedies: the reply (every decision, including 不予处理 and 其他处理) and the
 *   fee notice (it charges money). Procedural notices (补正, 延期, 征求意见, 说明理由, 延迟答复) do not.
 */
import { compareDates, localDate } from '../calendar/local-date.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { decisionGroup } from '../case/decisions.ts';
import type { Decision } from '../case/decisions.ts';
import type { LetterKind } from './letter-kinds.ts';
import { LITIGATION_LAW, REVIEW_LAW } from './letter-text.ts';

/** 行政复议法（2023年修订）in force: 复议前置 for refusals of disclosure. */
export const REVIEW_FIRST_FROM: LocalDate = localDate('2024-01-01');

/** Letters that are reviewable acts and so state remedies. */
export const LETTERS_WITH_REMEDIES = {
  correctionNotice: false,
  extensionNotice: false,
  thirdPartyConsultation: false,
  coProducerConsultation: false,
  feeNotice: true,
  reasonsRequest: false,
  deferralNotice: false,
  reply: true,
} as const satisfies Record<LetterKind, boolean>;

/**
 * True for a decision that is 「不予公开」 in 行政复议法第二十三条第一款第（五）项 (our reading).
 * @example isWithholding('partlyGranted') // true
 * @example isWithholding('unavailable.notHeld') // false
 */
export function isWithholding(decision: Decision): boolean {
  return decision === 'partlyGranted' || decisionGroup(decision) === 'withheld';
}

/** True when the letter must tell the applicant to apply for 行政复议 before suing. */
export function isReviewFirst(
  kind: LetterKind,
  decisions: readonly Decision[],
  letterDate: LocalDate,
): boolean {
  return (
    kind === 'reply' && compareDates(letterDate, REVIEW_FIRST_FROM) >= 0 && decisions.some(isWithholding)
  );
}

function choiceSentence(subject: string, object: string, reviewOrgan: string | undefined): string {
  const review = reviewOrgan === undefined ? '依法' : `向${reviewOrgan}`;
  return (
    `${subject}，可以自收到${object}之日起六十日内${review}申请行政复议，` +
    `也可以自收到${object}之日起六个月内依法向人民法院提起行政诉讼。`
  );
}

function reviewFirstSentence(subject: string, object: string, reviewOrgan: string | undefined): string {
  return (
    `${subject}，根据${REVIEW_LAW}第二十三条的规定，应当自收到${object}之日起六十日内先向${reviewOrgan ?? '行政复议机关'}` +
    '申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。'
  );
}

/**
 * The remedies sentences of a letter.
 * @param kind the letter kind; only replies and fee notices carry remedies
 * @param decisions the decisions of the reply's items (ignored for other kinds)
 * @param letterDate 成文日期: the act's date decides the law in force
 * @param reviewOrgan the 行政复议机关 to name; omitted, the sentence names none
 * @returns Chinese sentences, empty for procedural notices
 * @example remediesFor('reply', ['withheld.stateSecret'], localDate('2024-01-01'))
 * // ['如对本答复书不服，根据《中华人民共和国行政复议法》第二十三条的规定，应当自收到本答复书之日起六十日内先向行政复议机关申请行政复议；…']
 */
export function remediesFor(
  kind: LetterKind,
  decisions: readonly Decision[],
  letterDate: LocalDate,
  reviewOrgan?: string,
): string[] {
  if (!LETTERS_WITH_REMEDIES[kind]) {
    return [];
  }
  const object = kind === 'feeNotice' ? '本通知' : '本答复书';
  if (!isReviewFirst(kind, decisions, letterDate)) {
    return [choiceSentence(`如对${object}不服`, object, reviewOrgan)];
  }
  if (decisions.every(isWithholding)) {
    return [reviewFirstSentence(`如对${object}不服`, object, reviewOrgan)];
  }
  const partly = decisions.includes('partlyGranted') ? '（含部分公开中不予公开的部分）' : '';
  return [
    reviewFirstSentence(`对${object}中不予公开${partly}的决定不服的`, object, reviewOrgan),
    choiceSentence(`对${object}其他内容不服的`, object, reviewOrgan),
  ];
}

/**
 * The statutes behind the remedies sentences, for the letter's legal basis.
 * @example remedyBasisFor('reply', ['granted'], localDate('2023-12-31'))
 * // ['《中华人民共和国行政复议法》第九条第一款', '《中华人民共和国行政诉讼法》第四十六条第一款']
 */
export function remedyBasisFor(
  kind: LetterKind,
  decisions: readonly Decision[],
  letterDate: LocalDate,
): string[] {
  if (!LETTERS_WITH_REMEDIES[kind]) {
    return [];
  }
  if (compareDates(letterDate, REVIEW_FIRST_FROM) < 0) {
    return [`${REVIEW_LAW}第九条第一款`, `${LITIGATION_LAW}第四十六条第一款`];
  }
  const basis = [`${REVIEW_LAW}第二十条第一款`];
  const isFirst = isReviewFirst(kind, decisions, letterDate);
  if (isFirst) {
    basis.push(`${REVIEW_LAW}第二十三条第一款第（五）项、第二款`, `${LITIGATION_LAW}第四十五条`);
  }
  if (!isFirst || !decisions.every(isWithholding)) {
    basis.push(`${LITIGATION_LAW}第四十六条第一款`);
  }
  return basis;
}
