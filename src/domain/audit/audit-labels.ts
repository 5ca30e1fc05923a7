/**
 * The words of the audit-log page: Chinese names of actions, audited entities and the fields an
 * audit record's before/after holds, and each value as a person reads it (statuses, channels,
 * dates, roles) — never a code or JSON.
 */
import { ITEM_KIND_LABELS, ITEM_STATUS_LABELS, VALIDITY_LABELS } from '../publishing/vocabulary.ts';
import {
  DIRECTORY_AUDIENCES,
  DIRECTORY_CHANNELS,
  DIRECTORY_LEVELS,
  DIRECTORY_MODES,
} from '../publishing/directory.ts';
import { ROLE_NAMES, ROLES, type Role } from '../access/roles.ts';
import { formatChineseDate, type LocalDate } from '../calendar/local-date.ts';
import { APPLICANT_KIND_LABELS } from '../case/applicant-kinds.ts';
import { CHANNEL_RULES } from '../case/channels.ts';
import { DECISION_LABELS } from '../case/decisions.ts';
import { CASE_STATUS_LABELS } from '../case/status.ts';
import { ORGAN_FIELD_LABELS } from '../organs/organ.ts';

/** Chinese names of audit actions, for the filter and the fallback sentence. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'auth.lockout': '登录锁定',
  'auth.throttle': '登录限速',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'account.password_reset': '重置密码',
  'account.password_change': '修改密码',
  'organ.create': '新建机构',
  'organ.update': '修改机构',
  'organ.delete': '删除机构',
  'organ.move': '调整上级机构',
  'organ.import': '导入机构',
  'case.register': '登记申请',
  'case.archiveExport': '导出卷宗',
  'case.requestCorrection': '发出补正告知',
  'case.receiveCorrection': '登记补正材料',
  'case.closeForNoCorrection': '逾期未补正终止',
  'case.sendConsultation': '发出征求意见函',
  'case.recordConsultationAnswer': '登记意见答复',
  'case.requestExtension': '申请延期',
  'case.approveExtension': '批准延期',
  'case.sendFeeNotice': '发出收费通知',
  'case.recordFeePaid': '登记缴费',
  'case.closeForNoFee': '逾期未缴费终止',
  'case.requestReasons': '要求说明理由',
  'case.setDeferral': '确定延迟答复期限',
  'case.draftReply': '拟写答复',
  'case.submitForReview': '提交审核',
  'case.approveReview': '审核通过',
  'case.returnReview': '审核退回',
  'case.sign': '签发',
  'case.returnSigning': '签发退回',
  'case.recordDelivery': '登记送达并办结',
  'case.applicantDownload': '申请人下载答复文书',
  'case.withdraw': '申请人撤回',
  'case.recordLetterDelivery': '登记文书送达',
  'case.recordReview': '登记行政复议/诉讼',
  'case.publishReply': '公开答复',
  'case.withdrawReply': '撤回公开答复',
  'case.demo': '演示数据',
  'case.import': '导入台账',
  'case.export': '导出台账',
  'calendar.create': '新增放假安排',
  'calendar.replace': '替换放假安排',
  'item.create': '起草信息',
  'item.edit': '修改草稿',
  'item.addFile': '上传附件',
  'item.removeFile': '删除附件',
  'item.mask': '遮盖个人信息',
  'item.editReportProse': '修改年度报告正文文字',
  'item.redraftReport': '按最新记录重新起草年度报告',
  'item.submitForReview': '提交审核',
  'item.approveReview': '审核通过',
  'item.returnReview': '审核退回',
  'item.sign': '签发',
  'item.returnSigning': '签发退回',
  'item.cancelSchedule': '取消定时发布',
  'item.scheduledPublish': '定时发布',
  'item.revise': '修订信息',
  'item.changeValidity': '变更有效性',
  'item.withdraw': '撤回信息',
  'item.import': '导入主动公开信息',
  'publishing.settings': '修改发布设置',
  'gazette.create': '新建政府公报期次',
  'gazette.edit': '修改政府公报草稿',
  'gazette.publish': '出版政府公报',
  'site.settings': '修改网站信息',
  'catalogue.addColumn': '新增栏目',
  'catalogue.updateColumn': '修改栏目',
  'catalogue.reorderColumn': '调整栏目顺序',
  'catalogue.deleteColumn': '删除栏目',
  'catalogue.restoreDefaults': '恢复默认栏目',
  'directory.create': '新增公开事项',
  'directory.update': '修改公开事项',
  'directory.delete': '删除公开事项',
  'directory.loadExamples': '载入示例公开事项目录',
  'portal.guide': '修改政府信息公开指南',
  'portal.rules': '修改政府信息公开制度',
  'item.recheck': '重新检查已发布信息',
  'report.figures': '填报年度报告表二数据',
  'report.deadlines': '修改年度报告报送时限',
};

/** Chinese names of audited entities. */
export const ENTITY_LABELS: Record<string, string> = {
  account: '账号',
  organ: '机构',
  organ_import: '机构导入',
  annual_report: '年度报告',
  report: '年度报告',
  setting: '设置',
  case: '依申请公开案件',
  calendar_year: '放假安排',
  case_import: '台账导入',
  case_ledger: '台账',
  item_import: '主动公开信息导入',
  item: '主动公开信息',
  publishing_settings: '发布设置',
  portal_page: '公开指南或公开制度',
  gazette_issue: '政府公报',
  catalogue_column: '法定主动公开内容栏目',
  directory_entry: '主动公开事项目录',
  report_figures: '年度报告表二数据',
};

/** Labels of the fields audit records hold (organ fields as the organ form names them). */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  ...ORGAN_FIELD_LABELS,
  username: '用户名',
  displayName: '姓名',
  isDisabled: '已停用',
  mustChangePassword: '须修改密码',
  roles: '角色',
  lockedUntil: '锁定至',
  reason: '原因',
  parent: '上级机构',
  source: '来源',
  fileName: '文件名',
  created: '新建数',
  updated: '更新数',
  status: '状态',
  caseNumber: '案件编号',
  channel: '申请渠道',
  receivedOn: '收到申请日期',
  applicantKind: '申请人类型',
  items: '申请事项数',
  attachments: '附件数',
  events: '办理记录数',
  letters: '文书数',
  reviews: '行政复议数',
  litigations: '行政诉讼数',
  bytes: '文件大小',
  fileSha256: '文件校验值（SHA-256）',
  format: '文件格式',
  keptNumbers: '沿用原编号数',
  bodies: '正文数',
  numbered: '新编号数',
  open: '未办结数',
  closed: '已办结数',
  years: '各年度件数',
  year: '年度',
  decision: '处理结果',
  kind: '版本',
  notice: '通知',
  restDays: '放假日期',
  workdays: '调休上班日期',
  origin: '原有安排',
  title: '标题',
  itemKind: '信息类别',
  indexNumber: '索引号',
  version: '版本号',
  checklist: '审核确认事项',
  secrecy: '保密审查',
  disclosure: '公开属性审查',
  accuracy: '内容审查',
  opinion: '意见',
  publishAt: '定时发布时间',
  validity: '有效性',
  validityOn: '有效性变更日期',
  on: '日期',
  note: '说明',
  replacedBy: '替代文件（编号）',
  fileId: '附件编号',
  size: '文件大小',
  count: '处数',
  unmaskable: '未能自动遮盖的附件',
  warnings: '检查提示',
  indexPattern: '索引号格式',
  indexCode: '机构代码（索引号前段码）',
  drafterMaySign: '允许起草人签发',
  interpretationRequired: '规范性文件须同步发布解读',
  domain: '网站域名',
  idCode: '政府网站标识码',
  icp: 'ICP备案号',
  policeRecord: '公安机关备案号',
  characters: '字数',
  missingParts: '指南缺少的内容',
  checked: '检查条数',
  withErrors: '有错误的条数',
  withWarnings: '有提示的条数',
  rulesVersion: '检查规则版本',
  issueNumber: '期号',
  totalNumber: '总期号',
  publishedOn: '出版日期',
  itemIds: '收录信息（编号，按目录顺序）',
  pages: '页数',
  basis: '公开依据',
  position: '排序位置',
  restored: '恢复的栏目',
  parentColumn: '上级栏目',
  matter: '一级事项',
  subMatter: '二级事项',
  content: '公开内容（要素）',
  timeLimit: '公开时限',
  publisher: '公开主体',
  channels: '公开渠道和载体',
  audience: '公开对象',
  mode: '公开方式',
  levels: '公开层级',
  columns: '所属栏目',
  entries: '事项数',
  reportYear: '报告年度',
  reportSource: '年度报告来源',
  rollupOrgans: '纳入汇总的单位',
  editedParts: '已人工修改文字的部分',
  replacedParts: '被新起草文字替换的已修改部分',
  reportErrors: '年度报告检查的错误数',
  warningReason: '仍然发布的理由',
  licensing: '行政许可本年处理决定数量',
  penalties: '行政处罚本年处理决定数量',
  coercion: '行政强制本年处理决定数量',
  feesWanYuan: '行政事业性收费本年收费金额（万元）',
  sourceSystem: '数据来源系统',
  via: '填报方式',
  township: '乡镇人民政府、街道办事处的报送时限',
  other: '其他单位的报送时限',
  department: '县级以上人民政府部门的报送时限',
  government: '县级以上人民政府年度报告的时限',
};

/** Fields never listed: ids (names are shown instead) and facts told by the sentence. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['parentId', 'organId', 'event', 'letterId']);

const CODE_VALUES: Record<string, Record<string, string>> = {
  status: { ...ITEM_STATUS_LABELS, ...CASE_STATUS_LABELS, open: '未办结' },
  itemKind: { ...ITEM_KIND_LABELS },
  validity: { ...VALIDITY_LABELS },
  channel: Object.fromEntries(Object.entries(CHANNEL_RULES).map(([k, v]) => [k, v.label])),
  applicantKind: { ...APPLICANT_KIND_LABELS },
  decision: {
    ...Object.fromEntries(Object.entries(DECISION_LABELS).map(([k, v]) => [k, v.row])),
    withheld: '（三）不予公开',
    unavailable: '（四）无法提供',
    notProcessed: '（五）不予处理',
    other: '（六）其他处理',
  },
  kind: { public: '公开版', internal: '内部台账' },
  format: { xlsx: 'Excel（.xlsx）', csv: 'CSV', html: '网页', docx: 'Word（.docx）' },
  source: {
    form: '页面填写',
    import: '导入',
    demo: '演示数据',
    portal: '网上提交',
    staff: '工作人员登记',
  },
  origin: { official: '国务院办公厅通知', entered: '管理员录入' },
  channels: { ...DIRECTORY_CHANNELS },
  audience: { ...DIRECTORY_AUDIENCES },
  mode: { ...DIRECTORY_MODES },
  levels: { ...DIRECTORY_LEVELS },
  reportSource: {
    upload: '上传的报告文件',
    data: '由已有数据生成',
    records: '由平台记录起草',
    rollup: '由下级机关汇总',
  },
  reason: {
    wrongPassword: '密码错误',
    unknownUsername: '用户名不存在',
    disabled: '账号已停用',
  },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An ISO instant in 北京时间, e.g. '2026年12月6日 21:58'. */
export function beijingTimeText(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${formatChineseDate(shifted.slice(0, 10) as LocalDate, false)} ${shifted.slice(11, 16)}`;
}

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

const bytesText = (n: number) =>
  n < 1024 ? `${n} 字节` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`;

/**
 * One value of a field as short Chinese text.
 * @example valueText('status', 'toDeliver') // '待送达'
 * @example valueText('receivedOn', '2026-10-09') // '2026年10月9日'
 */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '（空）';
  }
  if (typeof value === 'boolean') {
    return value ? '是' : '否';
  }
  if (typeof value === 'number') {
    return field === 'bytes' ? bytesText(value) : String(value);
  }
  if (typeof value === 'string') {
    const named = CODE_VALUES[field]?.[value];
    if (named !== undefined) {
      return named;
    }
    if (DATE.test(value)) {
      return formatChineseDate(value as LocalDate, false);
    }
    return INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? beijingTimeText(value) : value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '（无）' : value.map((v) => valueText(field, v)).join('、');
  }
  return objectText(value as Record<string, unknown>);
}

function objectText(o: Record<string, unknown>): string {
  if (typeof o.organ === 'string' && isRole(o.role)) {
    return `${o.organ}：${ROLE_NAMES[o.role]}`;
  }
  if (typeof o.year === 'number' && typeof o.total === 'number') {
    return `${o.year}年 ${o.total} 件`;
  }
  return Object.entries(o)
    .filter(([k]) => !HIDDEN_FIELDS.has(k))
    .map(([k, v]) => `${fieldLabel(k)}：${valueText(k, v)}`)
    .join('，');
}

/** The Chinese label of a field (the key itself only for a field no use case writes today). */
export function fieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}
