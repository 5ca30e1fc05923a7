/**
 * The words ledgers use for a channel, an applicant kind, a result (the leaf rows of table 三), a
 * 行政复议/诉讼 result, a delivery method and yes/no, read into codes. Matching ignores spaces,
 * punctuation, quotes, brackets and the numbering of the annual-report rows, so
 * 「（三）不予公开 1.属于国家秘密」, 「不予公开-国家秘密」 and 「国家秘密」 all read as
 * `withheld.stateSecret`. A bare group (「不予公开」「无法提供」) is refused: the report counts leaf rows.
 */
import { APPLICANT_KINDS, APPLICANT_KIND_LABELS, type ApplicantKind } from '../applicant-kinds.ts';
import { CHANNEL_RULES, INTAKE_CHANNELS, type IntakeChannel } from '../channels.ts';
import { DECISIONS, DECISION_LABELS, type Decision } from '../decisions.ts';
import {
  DELIVERY_METHOD_LABELS,
  REVIEW_RESULT_LABELS,
  type DeliveryMethod,
  type ReviewResult,
} from '../events.ts';

/**
 * A label reduced to what is compared: NFKC, no row numbering （三）/1./一、, no spaces,
 * punctuation, quotes or brackets, lower case.
 * @example choiceKey('（三）不予公开 1.属于国家秘密') // '不予公开属于国家秘密'
 */
export function choiceKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** A table from accepted words to codes, and the accepted words to list in an error. */
export type ChoiceTable<T extends string> = { byKey: ReadonlyMap<string, T>; accepted: readonly string[] };

function choiceTable<T extends string>(
  entries: ReadonlyArray<readonly [T, readonly string[]]>,
  accepted: readonly string[],
): ChoiceTable<T> {
  const byKey = new Map<string, T>();
  for (const [code, words] of entries) {
    for (const word of [code, ...words]) {
      const key = choiceKey(word);
      const taken = byKey.get(key);
      if (taken !== undefined && taken !== code) {
        throw new Error(`choice word ${word} means both ${taken} and ${code}`);
      }
      byKey.set(key, code);
    }
  }
  return { byKey, accepted };
}

/** The code for `text`, or null. */
export function readChoice<T extends string>(table: ChoiceTable<T>, text: string): T | null {
  return table.byKey.get(choiceKey(text)) ?? null;
}

/** 申请渠道. 「信函」「邮寄」 read as 邮寄（需签收）; only 「平信」「平常信函」 as 平常信函. */
export const CHANNEL_CHOICES: ChoiceTable<IntakeChannel> = choiceTable<IntakeChannel>(
  [
    [
      'online',
      [
        CHANNEL_RULES.online.label,
        '网上',
        '网络',
        '在线',
        '互联网',
        '网站',
        '政府网站',
        '在线申请',
        '网络申请',
        '网上平台',
        '依申请公开平台',
      ],
    ],
    [
      'counter',
      [CHANNEL_RULES.counter.label, '当面', '现场', '窗口', '当面申请', '现场申请', '来访', '当面递交'],
    ],
    [
      'mail',
      [CHANNEL_RULES.mail.label, '邮寄', '信函', '邮政', '挂号信', 'EMS', '快递', '邮寄申请', '信函申请'],
    ],
    ['letter', [CHANNEL_RULES.letter.label, '平信', '平常信件']],
    ['fax', [CHANNEL_RULES.fax.label, '传真申请']],
    ['email', [CHANNEL_RULES.email.label, '电子邮箱', '邮箱', 'email', 'e-mail', '电邮']],
  ],
  INTAKE_CHANNELS.map((c) => CHANNEL_RULES[c].label),
);

/**
 * 申请人类型. Ledgers kept before the 2021 form often say only 「法人或其他组织」: that reads as
 * 其他组织 (table 三's last 法人 column) and the preview says so.
 */
export const APPLICANT_KIND_CHOICES: ChoiceTable<ApplicantKind> = choiceTable<ApplicantKind>(
  [
    ['naturalPerson', [APPLICANT_KIND_LABELS.naturalPerson, '公民', '个人', '群众']],
    ['business', [APPLICANT_KIND_LABELS.business, '企业', '公司', '法人或其他组织商业企业']],
    ['research', [APPLICANT_KIND_LABELS.research, '法人或其他组织科研机构']],
    ['publicInterest', [APPLICANT_KIND_LABELS.publicInterest, '公益组织', '法人或其他组织社会公益组织']],
    [
      'legalServices',
      [APPLICANT_KIND_LABELS.legalServices, '律师事务所', '律所', '法人或其他组织法律服务机构'],
    ],
    [
      'otherOrganization',
      [
        APPLICANT_KIND_LABELS.otherOrganization,
        '其他',
        '法人或其他组织其他',
        '法人或其他组织',
        '法人或者其他组织',
        '法人',
        '组织',
        '单位',
      ],
    ],
  ],
  APPLICANT_KINDS.map((k) => APPLICANT_KIND_LABELS[k]),
);

/** Words that read as 其他组织 only by default (the preview notes it). */
export const VAGUE_ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  ['法人或其他组织', '法人或者其他组织', '法人', '组织', '单位'].map(choiceKey),
);

/** The leaf row of a label: 「（三）不予公开 1.属于国家秘密」 → 「属于国家秘密」. */
const leafOf = (row: string): string => row.replace(/^（.）\S+ /, '').replace(/^\d+\./, '');

/** Short forms in use besides the row labels (with or without the group name and 「属于」). */
const DECISION_WORDS: Readonly<Record<Decision, readonly string[]>> = {
  granted: ['予以公开', '公开', '同意公开', '全部公开', '已公开', '已主动公开', '主动公开'],
  partlyGranted: ['部分公开', '同意部分公开', '区分处理'],
  'withheld.stateSecret': ['国家秘密', '涉及国家秘密'],
  'withheld.prohibitedByLaw': ['法律行政法规禁止公开', '法律法规禁止公开'],
  'withheld.securityStability': ['三安全一稳定', '危及三安全一稳定', '危及国家安全公共安全经济安全社会稳定'],
  'withheld.thirdPartyRights': ['第三方合法权益', '商业秘密', '个人隐私', '涉及商业秘密', '涉及个人隐私'],
  'withheld.internalAffairs': ['内部事务信息', '三类内部事务信息', '内部事务'],
  'withheld.processInformation': ['过程性信息', '四类过程性信息'],
  'withheld.enforcementFiles': ['行政执法案卷', '行政执法案卷信息'],
  'withheld.administrativeQuery': ['行政查询事项'],
  'unavailable.notHeld': [
    '本机关不掌握',
    '本机关不掌握相关政府信息',
    '信息不存在',
    '政府信息不存在',
    '不掌握',
    '非本机关政府信息',
    '非本机关掌握',
  ],
  'unavailable.needsCreation': ['没有现成信息', '需要另行制作', '需另行制作'],
  'unavailable.unclearAfterCorrection': ['补正后申请内容仍不明确', '申请内容不明确'],
  'notProcessed.complaint': ['信访举报投诉类申请', '信访举报投诉', '信访', '投诉举报'],
  'notProcessed.duplicate': ['重复申请'],
  'notProcessed.publication': ['要求提供公开出版物', '公开出版物'],
  'notProcessed.excessive': ['无正当理由大量反复申请', '大量反复申请'],
  'notProcessed.confirmation': [
    '要求行政机关确认或重新出具已获取信息',
    '要求确认或重新出具已获取信息',
    '确认或重新出具',
  ],
  'other.noCorrection': ['逾期不补正', '无正当理由逾期不补正', '申请人逾期不补正', '未补正'],
  'other.noFee': ['逾期未缴费', '逾期未缴纳费用', '未缴费', '逾期未缴纳信息处理费'],
  'other.other': ['其他处理其他', '其他', '撤回', '申请人撤回', '撤回申请'],
};

const GROUP_NAMES: Readonly<Record<string, string>> = {
  withheld: '不予公开',
  unavailable: '无法提供',
  notProcessed: '不予处理',
  other: '其他处理',
};

function decisionWords(decision: Decision): string[] {
  const row = DECISION_LABELS[decision].row;
  const leaf = leafOf(row);
  const group = GROUP_NAMES[decision.split('.')[0]!] ?? '';
  const shortForms = DECISION_WORDS[decision];
  const withGroup =
    group === ''
      ? []
      : [leaf, ...shortForms].flatMap((w) => [`${group}${w}`, `${group}${w.replace(/^属于/, '')}`]);
  return [row, leaf, leaf.replace(/^属于/, ''), ...shortForms, ...withGroup];
}

/** 办理结果: the table 三 leaf rows, as labelled or in common short forms. */
export const DECISION_CHOICES: ChoiceTable<Decision> = choiceTable<Decision>(
  DECISIONS.map((d) => [d, decisionWords(d)] as const),
  [
    '予以公开',
    '部分公开',
    ...DECISIONS.filter((d) => d.includes('.')).map(
      (d) => `${GROUP_NAMES[d.split('.')[0]!]!}-${leafOf(DECISION_LABELS[d].row).replace(/^属于/, '')}`,
    ),
  ],
);

/** The bare group names: a result that names only the group. */
export const DECISION_GROUP_WORDS: ReadonlySet<string> = new Set(Object.values(GROUP_NAMES).map(choiceKey));

/** 行政复议 / 行政诉讼 结果. 撤销、变更、确认违法、责令履行 are corrections; 驳回、终止 other results. */
export const REVIEW_RESULT_CHOICES: ChoiceTable<ReviewResult> = choiceTable<ReviewResult>(
  [
    ['upheld', [REVIEW_RESULT_LABELS.upheld, '维持', '驳回诉讼请求', '驳回复议请求']],
    [
      'corrected',
      [REVIEW_RESULT_LABELS.corrected, '纠正', '撤销', '变更', '确认违法', '责令履行', '责令重新答复'],
    ],
    ['other', [REVIEW_RESULT_LABELS.other, '其他', '驳回', '终止', '撤回', '调解']],
    ['pending', [REVIEW_RESULT_LABELS.pending, '未审结', '审理中', '审查中', '在审', '未结']],
  ],
  Object.values(REVIEW_RESULT_LABELS),
);

/** 答复方式. */
export const DELIVERY_CHOICES: ChoiceTable<DeliveryMethod> = choiceTable<DeliveryMethod>(
  [
    ['inPerson', [DELIVERY_METHOD_LABELS.inPerson, '当面领取', '直接送达', '当面', '现场领取', '自取']],
    ['post', [DELIVERY_METHOD_LABELS.post, '邮寄', '邮政', 'EMS', '挂号信', '快递']],
    ['email', [DELIVERY_METHOD_LABELS.email, '电子邮箱', '邮箱', 'email', 'e-mail']],
    ['online', [DELIVERY_METHOD_LABELS.online, '网上获取', '网上', '在线答复', '网上答复', '网站']],
    ['fax', [DELIVERY_METHOD_LABELS.fax]],
  ],
  ['当面领取', '邮寄', '电子邮件', '网上答复', '传真'],
);

/** How a reply is usually delivered for a channel (when the ledger does not say). */
export const DEFAULT_DELIVERY = {
  online: 'online',
  counter: 'inPerson',
  mail: 'post',
  letter: 'post',
  fax: 'fax',
  email: 'email',
} as const satisfies Record<IntakeChannel, DeliveryMethod>;

const YES = new Set(['是', '有', 'y', 'yes', '已延期', '延期', '√', '✓', '✔', '1', '已申请', '已起诉']);
const NO = new Set(['否', '无', '不', 'n', 'no', '未延期', '不延期', '没有', '×', '✗', '0', '-', '—', '/']);

/**
 * Yes / no as ledgers write it (是/否, 有/无, √/×…); an empty cell is no.
 * @returns null for anything else
 */
export function readYesNo(text: string): boolean | null {
  const word = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (word === '' || NO.has(word)) {
    return false;
  }
  return YES.has(word) ? true : null;
}
