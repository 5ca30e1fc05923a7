/**
 * Procedural notices to the applicant: 补正 (第三十条), 延期答复 (第三十三条第二款), 说明理由 and
 * 延迟答复 (第三十五条). Quoted conditions follow the 条例 (2019 revision) text.
 */
import { localDate } from '../calendar/local-date.ts';
import { LETTER_KIND_LABELS } from './letter-kinds.ts';
import { applicationOpening } from './letter-template.ts';
import type { LetterTemplate } from './letter-template.ts';
import { clause, dateText, enumerate, present, REGULATION } from './letter-text.ts';

/** The 2019 revision of the 条例 in force (国务院令第711号). */
export const REGULATION_2019_FROM = localDate('2019-05-15');

/** 第三十条: one notice listing everything to correct, a period, and 视为放弃申请 on silence. */
export const CORRECTION_NOTICE_V1: LetterTemplate<'correctionNotice'> = {
  id: 'correctionNotice',
  kind: 'correctionNotice',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation: '《中华人民共和国政府信息公开条例》（2019年修订）第三十条',
  title: LETTER_KIND_LABELS.correctionNotice.title,
  paragraphs: (input) => [
    `${applicationOpening(input)}经审查，您的申请内容不明确，本机关无法据此确定您所需的政府信息。` +
      `根据${REGULATION}第三十条的规定，现一次性告知您需要补正的事项如下：`,
    ...enumerate(input.payload.missing.filter((line) => line.trim() !== '')),
    `请您于${dateText(input.payload.correctBy)}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。`,
    '您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
    `如对补正事项有疑问，可与${input.organ.officeName}联系。`,
  ],
  legalBasis: () => [`${REGULATION}第三十条`],
  closing: '特此告知。',
};

/** 第三十三条第二款: at most 20 more working days, approved by the head of the 工作机构. */
export const EXTENSION_NOTICE_V1: LetterTemplate<'extensionNotice'> = {
  id: 'extensionNotice',
  kind: 'extensionNotice',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation: '《中华人民共和国政府信息公开条例》（2019年修订）第三十三条第二款',
  title: LETTER_KIND_LABELS.extensionNotice.title,
  paragraphs: (input) => {
    const reason = present(input.payload.reason);
    return [
      `${applicationOpening(input)}${reason === undefined ? '' : `因${clause(reason)}，`}` +
        `本机关无法在${REGULATION}第三十三条第二款规定的20个工作日内作出答复。`,
      `经本机关政府信息公开工作机构负责人同意，根据${REGULATION}第三十三条第二款的规定，答复期限延长` +
        `${input.payload.days}个工作日，本机关将于${dateText(input.payload.newDue)}前作出答复。`,
    ];
  },
  legalBasis: () => [`${REGULATION}第三十三条第二款`],
  closing: '特此告知。',
};

/** 第三十五条 first sentence: the organ may ask for reasons when requests clearly exceed a reasonable range. */
export const REASONS_REQUEST_V1: LetterTemplate<'reasonsRequest'> = {
  id: 'reasonsRequest',
  kind: 'reasonsRequest',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation: '《中华人民共和国政府信息公开条例》（2019年修订）第三十五条',
  title: LETTER_KIND_LABELS.reasonsRequest.title,
  paragraphs: (input) => [
    `${applicationOpening(input)}经审查，您申请公开政府信息的数量、频次明显超过合理范围。` +
      `根据${REGULATION}第三十五条的规定，请您于${dateText(input.payload.answerBy)}前向本机关说明理由。`,
    '本机关认为申请理由不合理的，将告知您不予处理；认为申请理由合理，但是无法在' +
      `${REGULATION}第三十三条规定的期限内答复的，可以确定延迟答复的合理期限并告知您。`,
  ],
  legalBasis: () => [`${REGULATION}第三十五条`],
  closing: '特此告知。',
};

/** 第三十五条 second half: reasons accepted, a reasonable later reply date (no statutory cap). */
export const DEFERRAL_NOTICE_V1: LetterTemplate<'deferralNotice'> = {
  id: 'deferralNotice',
  kind: 'deferralNotice',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation: '《中华人民共和国政府信息公开条例》（2019年修订）第三十五条',
  title: LETTER_KIND_LABELS.deferralNotice.title,
  paragraphs: (input) => [
    `${applicationOpening(input)}本机关已要求您就申请的数量、频次说明理由。经审查，本机关认为您的申请理由合理，` +
      `但因${clause(input.payload.reason)}，无法在${REGULATION}第三十三条规定的期限内答复。`,
    `根据${REGULATION}第三十五条的规定，本机关确定延迟答复的期限，将于${dateText(input.payload.replyBy)}前作出答复。`,
  ],
  legalBasis: () => [`${REGULATION}第三十五条`],
  closing: '特此告知。',
};
