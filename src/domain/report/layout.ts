/**
 * The official layout of the report tables (国办公开办函〔2021〕30号 and 〔2019〕60号), as data.
 * Parser, checker and renderers all read the same rows and labels from here.
 * Labels are verbatim from domain-zh.md §2.3–§2.7.
 */
import type { Applications, ApplicantRow, OtherHandlingSplit } from './model.ts';

/** Table 三 columns, in order. Index 6 is 总计. */
export const APPLICANT_COLUMNS = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
] as const;
export const TOTAL_COLUMN = 6;
export const APPLICANT_COLUMN_COUNT = 7;

export type ApplicationGroup = 'withheld' | 'unavailable' | 'notProcessed' | 'other';

/** Group headers of table 三 (row-span labels). */
export const APPLICATION_GROUP_LABELS = {
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
} as const satisfies Record<ApplicationGroup, string>;

/** One data row of table 三. `id` is the contract path (`withheld.stateSecret`) or a top-level key. */
export type ApplicationRowSpec = {
  readonly id: string;
  readonly group: ApplicationGroup | null;
  readonly key: string;
  /** The official label, verbatim. */
  readonly label: string;
  /** Short label for messages (e.g. 「（三）1.属于国家秘密」). */
  readonly shortLabel: string;
  /** True for result rows that add up to （七）总计. */
  readonly isLeaf: boolean;
};

const row = (
  group: ApplicationGroup | null,
  key: string,
  label: string,
  shortLabel: string,
  isLeaf: boolean,
): ApplicationRowSpec => ({ id: group ? `${group}.${key}` : key, group, key, label, shortLabel, isLeaf });

const HEAD_ROWS: readonly ApplicationRowSpec[] = [
  row(null, 'newlyReceived', '一、本年新收政府信息公开申请数量', '一、本年新收', false),
  row(null, 'carriedOver', '二、上年结转政府信息公开申请数量', '二、上年结转', false),
  row(null, 'granted', '（一）予以公开', '（一）予以公开', true),
  row(
    null,
    'partlyGranted',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '（二）部分公开',
    true,
  ),
  row('withheld', 'stateSecret', '1.属于国家秘密', '（三）1.属于国家秘密', true),
  row('withheld', 'prohibitedByLaw', '2.其他法律行政法规禁止公开', '（三）2.其他法律行政法规禁止公开', true),
  row('withheld', 'securityStability', '3.危及“三安全一稳定”', '（三）3.危及“三安全一稳定”', true),
  row('withheld', 'thirdPartyRights', '4.保护第三方合法权益', '（三）4.保护第三方合法权益', true),
  row('withheld', 'internalAffairs', '5.属于三类内部事务信息', '（三）5.属于三类内部事务信息', true),
  row('withheld', 'processInformation', '6.属于四类过程性信息', '（三）6.属于四类过程性信息', true),
  row('withheld', 'enforcementFiles', '7.属于行政执法案卷', '（三）7.属于行政执法案卷', true),
  row('withheld', 'administrativeQuery', '8.属于行政查询事项', '（三）8.属于行政查询事项', true),
  row('unavailable', 'notHeld', '1.本机关不掌握相关政府信息', '（四）1.本机关不掌握相关政府信息', true),
  row('unavailable', 'needsCreation', '2.没有现成信息需要另行制作', '（四）2.没有现成信息需要另行制作', true),
  row(
    'unavailable',
    'unclearAfterCorrection',
    '3.补正后申请内容仍不明确',
    '（四）3.补正后申请内容仍不明确',
    true,
  ),
  row('notProcessed', 'complaint', '1.信访举报投诉类申请', '（五）1.信访举报投诉类申请', true),
  row('notProcessed', 'duplicate', '2.重复申请', '（五）2.重复申请', true),
  row('notProcessed', 'publication', '3.要求提供公开出版物', '（五）3.要求提供公开出版物', true),
  row('notProcessed', 'excessive', '4.无正当理由大量反复申请', '（五）4.无正当理由大量反复申请', true),
  row(
    'notProcessed',
    'confirmation',
    '5.要求行政机关确认或重新出具已获取信息',
    '（五）5.要求行政机关确认或重新出具已获取信息',
    true,
  ),
];

const OTHER_SPLIT_ROWS: readonly ApplicationRowSpec[] = [
  row(
    'other',
    'noCorrection',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '（六）1.逾期不补正',
    true,
  ),
  row(
    'other',
    'noFee',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '（六）2.逾期未缴费',
    true,
  ),
  row('other', 'other', '3.其他', '（六）3.其他', true),
];

/** The single （六）其他处理 row of the 2019 format (id `other`). */
export const OTHER_SINGLE_ROW: ApplicationRowSpec = {
  id: 'other',
  group: null,
  key: 'other',
  label: '（六）其他处理',
  shortLabel: '（六）其他处理',
  isLeaf: true,
};

const TAIL_ROWS: readonly ApplicationRowSpec[] = [
  row(null, 'total', '（七）总计', '（七）总计', false),
  row(null, 'carriedForward', '四、结转下年度继续办理', '四、结转下年度继续办理', false),
];

/** Table 三 rows with （六） split in three (2021 format). */
export const APPLICATION_ROWS_SPLIT: readonly ApplicationRowSpec[] = [
  ...HEAD_ROWS,
  ...OTHER_SPLIT_ROWS,
  ...TAIL_ROWS,
];
/** Table 三 rows with the single （六）其他处理 row (2019 format, or a 2021+ report printing it). */
export const APPLICATION_ROWS_SINGLE: readonly ApplicationRowSpec[] = [
  ...HEAD_ROWS,
  OTHER_SINGLE_ROW,
  ...TAIL_ROWS,
];

/** The rows a given `applications` value has, in print order. */
export function applicationRowsOf(applications: Applications): readonly ApplicationRowSpec[] {
  return Array.isArray(applications.other) ? APPLICATION_ROWS_SINGLE : APPLICATION_ROWS_SPLIT;
}

/**
 * Reads one row of table 三 by spec.
 * @example getApplicationRow(apps, APPLICATION_ROWS_SPLIT[4]!) // apps.withheld.stateSecret
 */
export function getApplicationRow(applications: Applications, spec: ApplicationRowSpec): ApplicantRow {
  if (spec.id === 'other') {
    if (!Array.isArray(applications.other)) {
      throw new Error('applications.other is split; use the three sub-rows');
    }
    return applications.other;
  }
  if (spec.group === null) {
    return applications[spec.key as 'newlyReceived'];
  }
  if (spec.group === 'other') {
    return (applications.other as OtherHandlingSplit)[spec.key as keyof OtherHandlingSplit];
  }
  const group = applications[spec.group] as Record<string, ApplicantRow>;
  const found = group[spec.key];
  if (!found) {
    throw new Error(`unknown row ${spec.id}`);
  }
  return found;
}

/** Builds an `applications` object from rows keyed by spec id (inverse of getApplicationRow). */
export function buildApplications(rows: ReadonlyMap<string, ApplicantRow>, isSplit: boolean): Applications {
  const get = (id: string): ApplicantRow => rows.get(id) ?? [null, null, null, null, null, null, null];
  const group = <K extends string>(name: ApplicationGroup, keys: readonly K[]): Record<K, ApplicantRow> =>
    Object.fromEntries(keys.map((k) => [k, get(`${name}.${k}`)])) as Record<K, ApplicantRow>;
  return {
    newlyReceived: get('newlyReceived'),
    carriedOver: get('carriedOver'),
    granted: get('granted'),
    partlyGranted: get('partlyGranted'),
    withheld: group('withheld', [
      'stateSecret',
      'prohibitedByLaw',
      'securityStability',
      'thirdPartyRights',
      'internalAffairs',
      'processInformation',
      'enforcementFiles',
      'administrativeQuery',
    ] as const),
    unavailable: group('unavailable', ['notHeld', 'needsCreation', 'unclearAfterCorrection'] as const),
    notProcessed: group('notProcessed', [
      'complaint',
      'duplicate',
      'publication',
      'excessive',
      'confirmation',
    ] as const),
    other: isSplit ? group('other', ['noCorrection', 'noFee', 'other'] as const) : get('other'),
    total: get('total'),
    carriedForward: get('carriedForward'),
  };
}

/** Table 四: the three outcome groups and five columns, in print order. */
export const REVIEW_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼·未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '行政诉讼·复议后起诉' },
] as const;
export const OUTCOME_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

/** Table 二 rows per format: block heading, row key, row label, and column keys with their labels. */
export type ProactiveCellSpec = {
  readonly key: string;
  readonly label: string;
  readonly kind: 'count' | 'signed' | 'amount' | 'text';
};
export type ProactiveRowSpec = {
  readonly block: string;
  readonly key: string;
  readonly label: string;
  readonly columns: readonly ProactiveCellSpec[];
};

const count = (key: string, label: string): ProactiveCellSpec => ({ key, label, kind: 'count' });

const DOCS_2021 = [
  count('issued', '本年制发件数'),
  count('repealed', '本年废止件数'),
  count('inForce', '现行有效件数'),
];
const DECISIONS_2021 = [count('decisions', '本年处理决定数量')];

export const PROACTIVE_ROWS_2021: readonly ProactiveRowSpec[] = [
  { block: '第二十条第（一）项', key: 'rules', label: '规章', columns: DOCS_2021 },
  { block: '第二十条第（一）项', key: 'normativeDocuments', label: '行政规范性文件', columns: DOCS_2021 },
  { block: '第二十条第（五）项', key: 'licensing', label: '行政许可', columns: DECISIONS_2021 },
  { block: '第二十条第（六）项', key: 'penalties', label: '行政处罚', columns: DECISIONS_2021 },
  { block: '第二十条第（六）项', key: 'coercion', label: '行政强制', columns: DECISIONS_2021 },
  {
    block: '第二十条第（八）项',
    key: 'fees',
    label: '行政事业性收费',
    columns: [{ key: 'amountWanYuan', label: '本年收费金额（单位：万元）', kind: 'amount' }],
  },
];

const DOCS_2019 = [
  count('made', '本年新制作数量'),
  count('published', '本年新公开数量'),
  count('totalPublic', '对外公开总数量'),
];
const ITEMS_2019: readonly ProactiveCellSpec[] = [
  count('previousYear', '上一年项目数量'),
  { key: 'change', label: '本年增/减', kind: 'signed' },
  count('decisions', '处理决定数量'),
];

export const PROACTIVE_ROWS_2019: readonly ProactiveRowSpec[] = [
  { block: '第二十条第（一）项', key: 'rules', label: '规章', columns: DOCS_2019 },
  { block: '第二十条第（一）项', key: 'normativeDocuments', label: '规范性文件', columns: DOCS_2019 },
  { block: '第二十条第（五）项', key: 'licensing', label: '行政许可', columns: ITEMS_2019 },
  { block: '第二十条第（五）项', key: 'otherServices', label: '其他对外管理服务事项', columns: ITEMS_2019 },
  { block: '第二十条第（六）项', key: 'penalties', label: '行政处罚', columns: ITEMS_2019 },
  { block: '第二十条第（六）项', key: 'coercion', label: '行政强制', columns: ITEMS_2019 },
  { block: '第二十条第（八）项', key: 'fees', label: '行政事业性收费', columns: ITEMS_2019.slice(0, 2) },
  {
    block: '第二十条第（九）项',
    key: 'procurement',
    label: '政府集中采购',
    columns: [count('projects', '采购项目数量'), { key: 'amount', label: '采购总金额', kind: 'amount' }],
  },
];

/** The six parts of a report, in order, with their official headings (domain-zh.md §2.2). */
export const PARTS = [
  { key: 'overview', heading: '一、总体情况' },
  { key: 'proactive', heading: '二、主动公开政府信息情况' },
  { key: 'applications', heading: '三、收到和处理政府信息公开申请情况' },
  { key: 'reviewLitigation', heading: '四、政府信息公开行政复议、行政诉讼情况' },
  { key: 'problems', heading: '五、存在的主要问题及改进情况' },
  { key: 'other', heading: '六、其他需要报告的事项' },
] as const;
export type PartKey = (typeof PARTS)[number]['key'];

/** The note printed in the top-left cell of table 三. */
export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
