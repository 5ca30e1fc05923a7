/**
 * Consultation letters, addressed to the consulted party rather than the applicant. They name the
 * information asked for but not the applicant: the third party needs the matter, not who asked
 * (the applicant's identity is personal information too) — docs/decisions/010-letters-and-remedies.md.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import { LETTER_KIND_LABELS } from './letter-kinds.ts';
import type { LetterTemplate } from './letter-template.ts';
import { REGULATION_2019_FROM } from './notice-templates.ts';
import { clause, dateText, REGULATION } from './letter-text.ts';

const received = (input: { application: { received: LocalDate; summary: string } }): string =>
  `本机关于${dateText(input.application.received)}收到一份政府信息公开申请，申请获取“${clause(input.application.summary)}”。`;

/**
 * 第三十二条: written consultation when disclosure may harm a third party; 15 working days; silence
 * → the organ decides under the 条例; refusal with reasonable grounds → not disclosed, unless the
 * public interest overrides (then the third party is told in writing).
 */
export const THIRD_PARTY_CONSULTATION_V1: LetterTemplate<'thirdPartyConsultation'> = {
  id: 'thirdPartyConsultation',
  kind: 'thirdPartyConsultation',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation: '《中华人民共和国政府信息公开条例》（2019年修订）第三十二条',
  title: LETTER_KIND_LABELS.thirdPartyConsultation.title,
  paragraphs: (input) => [
    `${received(input)}经审查，该信息涉及${clause(input.payload.matter)}，公开后可能损害您的合法权益。` +
      `根据${REGULATION}第三十二条的规定，现书面征求您的意见。`,
    `请您自收到本意见书之日起15个工作日内（即${dateText(input.payload.answerBy)}前）书面提出是否同意公开的意见；` +
      '不同意公开的，请说明理由。',
    '您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，' +
      '并将决定公开的政府信息内容和理由书面告知您。',
    `您逾期未提出意见的，由本机关依照${REGULATION}的规定决定是否公开。`,
  ],
  legalBasis: () => [`${REGULATION}第三十二条`],
  closing: '特此征求意见。',
};

/** 第三十四条: information produced jointly; the lead organ may consult; 15 working days; silence = consent. */
export const CO_PRODUCER_CONSULTATION_V1: LetterTemplate<'coProducerConsultation'> = {
  id: 'coProducerConsultation',
  kind: 'coProducerConsultation',
  version: 1,
  effectiveFrom: REGULATION_2019_FROM,
  citation: '《中华人民共和国政府信息公开条例》（2019年修订）第三十四条',
  title: LETTER_KIND_LABELS.coProducerConsultation.title,
  paragraphs: (input) => [
    `${received(input)}经审查，申请公开的${clause(input.payload.matter)}由本机关与贵机关共同制作。` +
      `根据${REGULATION}第三十四条的规定，现征求贵机关意见。`,
    `请贵机关自收到本函之日起15个工作日内（即${dateText(input.payload.answerBy)}前）书面提出是否同意公开的意见；` +
      '不同意公开的，请说明理由。',
    '逾期未提出意见的，视为同意公开。',
  ],
  legalBasis: () => [`${REGULATION}第三十四条`],
  closing: '请予函复。',
};
