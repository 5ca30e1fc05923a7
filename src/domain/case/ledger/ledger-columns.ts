/**
 * The columns of a 依申请公开 ledger (台账) that an organ keeps in Excel, and how a header row is
 * matched: by the Chinese name or one of the names ledgers commonly use, in any order, ignoring
 * spaces, a trailing * and explanations in brackets (「收到申请日期（年-月-日）」 matches).
 * The export writes the same headers, so an exported 内部台账 imports back.
 */
import { matchSheetHeader, type SheetColumn } from '../../imports/header-match.ts';

/** A ledger column. */
export type LedgerColumnKey =
  | 'serial'
  | 'caseNumber'
  | 'receivedOn'
  | 'channel'
  | 'applicantKind'
  | 'applicantName'
  | 'idNumber'
  | 'phone'
  | 'address'
  | 'content'
  | 'result'
  | 'closedOn'
  | 'deliveryMethod'
  | 'extended'
  | 'extensionDays'
  | 'extendedOn'
  | 'review'
  | 'reviewResult'
  | 'reviewBody'
  | 'reviewFiledOn'
  | 'litigation'
  | 'litigationResult'
  | 'litigationBody'
  | 'litigationFiledOn';

/** A column: its header as written by the export, other accepted names, and the upload page's hint. */
export type LedgerColumn = SheetColumn<LedgerColumnKey>;

/** In export order. */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'serial', header: '序号', aliases: ['顺序号'], isRequired: false, hint: '可有可无，导入时不使用' },
  {
    key: 'caseNumber',
    header: '案件编号',
    aliases: ['申请编号', '案号', '受理编号', '登记编号', '申请登记号', '办件编号'],
    isRequired: false,
    hint: '填写则沿用原编号（不得与已有编号重复）；不填则按本机关编号规则自动编号',
  },
  {
    key: 'receivedOn',
    header: '收到申请日期',
    aliases: ['受理日期', '收到日期', '申请日期', '登记日期', '收件日期', '接收日期'],
    isRequired: true,
    hint: '如 2024-03-05、2024/3/5 或 2024年3月5日；不早于 2008-05-01，不晚于今天',
  },
  {
    key: 'channel',
    header: '申请渠道',
    aliases: ['申请方式', '提交方式', '申请途径', '渠道'],
    isRequired: true,
    hint: '网上申请、当面提交、邮寄、平常信函、传真、电子邮件（也可写“网上”“当面”“信函”等）',
  },
  {
    key: 'applicantKind',
    header: '申请人类型',
    aliases: ['申请人类别', '申请主体', '申请人性质'],
    isRequired: true,
    hint: '自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织',
  },
  {
    key: 'applicantName',
    header: '申请人姓名或名称',
    aliases: ['申请人姓名或者名称', '申请人', '申请人姓名', '申请人名称', '姓名或名称', '姓名'],
    isRequired: true,
    hint: '自然人的姓名，或法人、其他组织的名称',
  },
  {
    key: 'idNumber',
    header: '证件号码/统一社会信用代码',
    aliases: [
      '证件号码',
      '身份证号码',
      '身份证号',
      '身份证件号码',
      '统一社会信用代码',
      '证件号码或统一社会信用代码',
    ],
    isRequired: false,
    hint: '自然人填写身份证件号码，法人或其他组织填写18位统一社会信用代码；可留空',
  },
  {
    key: 'phone',
    header: '联系电话',
    aliases: ['电话', '手机', '手机号码', '联系方式'],
    isRequired: false,
    hint: '手机或带区号的固定电话，多个号码用顿号分隔；可留空',
  },
  {
    key: 'address',
    header: '通讯地址',
    aliases: ['地址', '联系地址', '通信地址', '住址'],
    isRequired: false,
    hint: '可留空',
  },
  {
    key: 'content',
    header: '申请内容',
    aliases: ['申请公开内容', '申请事项', '所需信息', '所需政府信息', '申请公开的政府信息', '内容摘要'],
    isRequired: true,
    hint: '所需政府信息的名称、文号或者其他特征性描述',
  },
  {
    key: 'result',
    header: '办理结果',
    aliases: ['答复结果', '处理结果', '答复类型', '办理情况', '答复情况'],
    isRequired: false,
    hint: '年报表三的情形，如 予以公开、部分公开、不予公开-国家秘密、本机关不掌握；尚未办结的留空',
  },
  {
    key: 'closedOn',
    header: '答复日期',
    aliases: ['办结日期', '回复日期', '答复时间', '办结时间'],
    isRequired: false,
    hint: '与办理结果同时填写或同时留空',
  },
  {
    key: 'deliveryMethod',
    header: '答复方式',
    aliases: ['送达方式'],
    isRequired: false,
    hint: '当面领取、邮寄、电子邮件、网上答复、传真；不填按申请渠道推定',
  },
  {
    key: 'extended',
    header: '是否延期',
    aliases: ['延期', '是否延长答复期限', '延期答复', '是否延长'],
    isRequired: false,
    hint: '是 / 否（条例第三十三条第二款）',
  },
  {
    key: 'extensionDays',
    header: '延期天数',
    aliases: ['延长天数', '延长工作日', '延期工作日'],
    isRequired: false,
    hint: '延长的工作日数，不填按法定最长期限（2019年5月15日起20个，此前15个）',
  },
  {
    key: 'extendedOn',
    header: '延期日期',
    aliases: ['延期告知日期', '延长期限日期'],
    isRequired: false,
    hint: '告知延期的日期；不填按收到申请日期记录',
  },
  {
    key: 'review',
    header: '行政复议',
    aliases: ['是否行政复议', '是否申请行政复议', '被申请行政复议'],
    isRequired: false,
    hint: '是 / 否',
  },
  {
    key: 'reviewResult',
    header: '行政复议结果',
    aliases: ['复议结果'],
    isRequired: false,
    hint: '结果维持、结果纠正、其他结果、尚未审结',
  },
  { key: 'reviewBody', header: '复议机关', aliases: ['行政复议机关'], isRequired: false, hint: '可留空' },
  {
    key: 'reviewFiledOn',
    header: '复议申请日期',
    aliases: ['行政复议申请日期', '复议日期'],
    isRequired: false,
    hint: '不填按答复日期（未答复的按收到申请日期）记录',
  },
  {
    key: 'litigation',
    header: '行政诉讼',
    aliases: ['是否行政诉讼', '是否提起行政诉讼', '被提起行政诉讼'],
    isRequired: false,
    hint: '是 / 否，或“直接起诉”“复议后起诉”',
  },
  {
    key: 'litigationResult',
    header: '行政诉讼结果',
    aliases: ['诉讼结果'],
    isRequired: false,
    hint: '结果维持、结果纠正、其他结果、尚未审结',
  },
  {
    key: 'litigationBody',
    header: '审理法院',
    aliases: ['法院', '受理法院'],
    isRequired: false,
    hint: '可留空',
  },
  {
    key: 'litigationFiledOn',
    header: '起诉日期',
    aliases: ['立案日期', '诉讼日期'],
    isRequired: false,
    hint: '不填按答复日期（未答复的按收到申请日期）记录',
  },
];

/** The Chinese header of a column. */
export function ledgerHeaderOf(key: LedgerColumnKey): string {
  return LEDGER_COLUMNS.find((c) => c.key === key)!.header;
}

/** Where each recognized column is, and what is wrong with the header row. */
export type LedgerHeaderMatch = { indexOf: Partial<Record<LedgerColumnKey, number>>; problems: string[] };

/**
 * Matches a header row. An exact header wins over an alias of the same column (a ledger with both
 * 收到申请日期 and 申请日期 uses the first); two aliases of one column are a problem to resolve.
 * @example matchLedgerHeader(['序号', '受理日期', '申请方式', '申请人类型', '申请人', '申请内容']).problems // []
 */
export function matchLedgerHeader(cells: readonly string[]): LedgerHeaderMatch {
  return matchSheetHeader(LEDGER_COLUMNS, cells);
}
