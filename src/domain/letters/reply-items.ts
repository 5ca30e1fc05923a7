/**
 * What a reply says about one requested item, per decision (条例第三十六条至第三十九条): the sentence
 * and the article it cites. The user's reason is quoted as a sentence of its own, so it may be
 * written freely (「该信息涉及第三方商业秘密，第三方不同意公开。」).
 */
import type { Decision } from '../case/decisions.ts';
import type { ReplyItem } from './letter-input.ts';
import { clause, FEE_MEASURES, present, REGULATION, sentence } from './letter-text.ts';

type ItemRule = {
  /** The provisions cited (none when the 条例 has none: 确认或重新出具, 其他). */
  basis: (item: ReplyItem) => string[];
  text: (item: ReplyItem) => string;
};

/** The 条例 article behind each withholding ground (the letter's wording of DECISION_LABELS.basis). */
export const WITHHELD_ARTICLES = {
  'withheld.stateSecret': '第十四条',
  'withheld.prohibitedByLaw': '第十四条',
  'withheld.securityStability': '第十四条',
  'withheld.thirdPartyRights': '第十五条',
  'withheld.internalAffairs': '第十六条第一款',
  'withheld.processInformation': '第十六条第二款',
  'withheld.enforcementFiles': '第十六条第二款',
  'withheld.administrativeQuery': '第三十六条第（七）项',
} as const satisfies Record<Extract<Decision, `withheld.${string}`>, string>;

const regulation = (article: string): string => `${REGULATION}${article}`;
/** The user's optional reason as a leading sentence, or nothing. */
const because = (item: ReplyItem): string => {
  const reason = present(item.reason);
  return reason === undefined ? '' : sentence(reason);
};
const obtain = (item: ReplyItem, fallback: string): string => sentence(present(item.howToObtain) ?? fallback);

function withheld(article: string, ending = '本机关不予公开。'): ItemRule {
  return {
    basis: () => [regulation(article)],
    text: (item) => `经审查，${because(item)}根据${regulation(article)}的规定，${ending}`,
  };
}

function noLongerProcessed(opening: string, basis: string): ItemRule {
  return {
    basis: () => [basis],
    text: (item) =>
      `${opening}${because(item)}根据${basis}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。`,
  };
}

const granted: ItemRule = {
  basis: (item) => [
    regulation(present(item.publishedAt) === undefined ? '第三十六条第（二）项' : '第三十六条第（一）项'),
  ],
  text: (item) => {
    const publishedAt = present(item.publishedAt);
    const howToObtain = present(item.howToObtain);
    return publishedAt === undefined
      ? `经审查，该信息属于可以公开的政府信息。${because(item)}根据${regulation('第三十六条第（二）项')}的规定，本机关予以公开。` +
          obtain(item, '该信息随本答复书一并提供')
      : `经审查，该信息已经主动公开。${because(item)}根据${regulation('第三十六条第（一）项')}的规定，告知您获取该信息的方式和途径：` +
          `${clause(publishedAt)}。${howToObtain === undefined ? '' : sentence(howToObtain)}`;
  },
};

const partlyGranted: ItemRule = {
  basis: (item) => [
    regulation('第三十七条'),
    ...(item.withheldGround === undefined ? [] : [regulation(WITHHELD_ARTICLES[item.withheldGround])]),
  ],
  text: (item) => {
    const withheldPart = present(item.withheldPart);
    const part = withheldPart === undefined ? '部分内容' : `“${clause(withheldPart)}”`;
    const ground =
      item.withheldGround === undefined
        ? ''
        : `依据为${regulation(WITHHELD_ARTICLES[item.withheldGround])}。`;
    return (
      `经审查，该信息中含有不应当公开的内容，但能够作区分处理。其中，${part}不予公开，理由是：${because(item)}${ground}` +
      `根据${regulation('第三十七条')}的规定，本机关向您提供可以公开的其余部分。` +
      obtain(item, '可以公开的部分随本答复书一并提供')
    );
  },
};

const notHeld: ItemRule = {
  basis: (item) => [
    regulation(present(item.referTo) === undefined ? '第三十六条第（四）项' : '第三十六条第（五）项'),
  ],
  text: (item) => {
    const referTo = present(item.referTo);
    return referTo === undefined
      ? `经检索，本机关未制作、获取该政府信息。${because(item)}根据${regulation('第三十六条第（四）项')}的规定，告知您该政府信息不存在。`
      : `经审查，该信息不属于本机关负责公开的政府信息。${because(item)}根据${regulation('第三十六条第（五）项')}的规定，` +
          `告知您负责公开该政府信息的行政机关及其联系方式：${clause(referTo)}。`;
  },
};

/** One rule per decision code (table 三 leaf rows). */
export const REPLY_ITEM_RULES = {
  granted,
  partlyGranted,
  'withheld.stateSecret': withheld(WITHHELD_ARTICLES['withheld.stateSecret']),
  'withheld.prohibitedByLaw': withheld(WITHHELD_ARTICLES['withheld.prohibitedByLaw']),
  'withheld.securityStability': withheld(WITHHELD_ARTICLES['withheld.securityStability']),
  'withheld.thirdPartyRights': withheld(WITHHELD_ARTICLES['withheld.thirdPartyRights']),
  'withheld.internalAffairs': withheld(WITHHELD_ARTICLES['withheld.internalAffairs']),
  'withheld.processInformation': withheld(WITHHELD_ARTICLES['withheld.processInformation']),
  'withheld.enforcementFiles': withheld(WITHHELD_ARTICLES['withheld.enforcementFiles']),
  'withheld.administrativeQuery': withheld(
    WITHHELD_ARTICLES['withheld.administrativeQuery'],
    '请您按照有关法律、行政法规的规定办理。',
  ),
  'unavailable.notHeld': notHeld,
  'unavailable.needsCreation': {
    basis: () => [regulation('第三十八条')],
    text: (item) =>
      `经审查，本机关没有您申请的现成信息，需要对现有政府信息进行加工、分析或者另行制作。${because(item)}` +
      `根据${regulation('第三十八条')}的规定，本机关不予提供。`,
  },
  'unavailable.unclearAfterCorrection': {
    basis: () => [regulation('第三十条')],
    text: (item) =>
      `本机关已告知您补正申请，经补正后申请内容仍不明确，本机关无法确定您所需的政府信息。${because(item)}` +
      `根据${regulation('第三十条')}的规定，本机关无法提供。`,
  },
  'notProcessed.complaint': {
    basis: () => [regulation('第三十九条第一款')],
    text: (item) =>
      `经审查，您以政府信息公开申请的形式提出的是信访、投诉、举报等诉求。${because(item)}` +
      `根据${regulation('第三十九条第一款')}的规定，该申请不作为政府信息公开申请处理。` +
      obtain(item, '您可以通过信访、投诉、举报的相应渠道提出'),
  },
  'notProcessed.duplicate': {
    basis: () => [regulation('第三十六条第（六）项')],
    text: (item) =>
      `经审查，您的申请与本机关已经答复的申请内容相同，属于重复申请。${because(item)}` +
      `根据${regulation('第三十六条第（六）项')}的规定，本机关不予重复处理。`,
  },
  'notProcessed.publication': {
    basis: () => [regulation('第三十九条第二款')],
    text: (item) =>
      `经审查，您要求提供的是政府公报、报刊、书籍等公开出版物。${because(item)}` +
      `根据${regulation('第三十九条第二款')}的规定，告知您获取的途径：${clause(present(item.howToObtain) ?? '请通过公开出版发行渠道获取')}。`,
  },
  'notProcessed.excessive': {
    basis: () => [regulation('第三十五条')],
    text: (item) =>
      `经审查，您申请公开政府信息的数量、频次明显超过合理范围。` +
      (because(item) || '本机关已要求您说明理由，经审查，本机关认为申请理由不合理。') +
      `根据${regulation('第三十五条')}的规定，本机关不予处理。`,
  },
  'notProcessed.confirmation': {
    basis: () => [],
    text: (item) =>
      `经审查，您要求本机关确认或者重新出具您已经获取的信息，该要求不属于${REGULATION}规定的政府信息公开申请。${because(item)}` +
      '本机关不予处理。',
  },
  'other.noCorrection': noLongerProcessed(
    '本机关已就该申请向您发出补正告知，您无正当理由逾期未补正。',
    regulation('第三十条'),
  ),
  'other.noFee': noLongerProcessed(
    '本机关已就该申请向您发出收费通知，您逾期未按收费通知要求缴纳信息处理费。',
    FEE_MEASURES,
  ),
  'other.other': {
    basis: () => [],
    text: (item) => `${because(item)}本机关终止处理该政府信息公开申请。`,
  },
} as const satisfies Record<Decision, ItemRule>;

/**
 * The reply's sentence on one item.
 * @example replyItemText({ description: '某文件', decision: 'withheld.stateSecret', reason: '该信息属于国家秘密' })
 * // '经审查，该信息属于国家秘密。根据《中华人民共和国政府信息公开条例》第十四条的规定，本机关不予公开。'
 */
export function replyItemText(item: ReplyItem): string {
  return REPLY_ITEM_RULES[item.decision].text(item);
}

/** The provisions a reply cites for one item (empty: none in the 条例). */
export function replyItemBasis(item: ReplyItem): string[] {
  return REPLY_ITEM_RULES[item.decision].basis(item);
}
