/**
 * An audit record as a Chinese sentence (who did what to which thing) and the changed fields,
 * labelled, with readable values. The audit-log page shows these instead of codes and JSON.
 */
import { describeEvent } from '../case/describe-event.ts';
import type { CaseEventData } from '../case/events.ts';
import { ACTION_LABELS, ENTITY_LABELS, fieldLabel, HIDDEN_FIELDS, valueText } from './audit-labels.ts';

/** One audit record as stored, with the name its subject has today (account, case number, organ). */
export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
  subjectName: string | null;
};

/** One changed field (null: that side does not exist — creation or deletion). */
export type FieldChange = { field: string; label: string; before: string | null; after: string | null };

/** What the page shows for one record. */
export type AuditDescription = { sentence: string; changes: FieldChange[] };

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * The fields that differ between before and after (every field on creation or deletion), ids and
 * the facts the sentence tells left out.
 * @example fieldChanges({ status: 'toDeliver' }, { status: 'closed' }) // [{ label: '状态', before: '待送达', after: '已办结', … }]
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys
    .filter((k) => !HIDDEN_FIELDS.has(k))
    .filter((k) => !b || !a || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      field: k,
      label: fieldLabel(k),
      before: b ? valueText(k, b[k]) : null,
      after: a ? valueText(k, a[k]) : null,
    }));
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** 「name」 of the record's subject, from the record itself or today's name. */
function subjectOf(entry: AuditEntry): string {
  const a = asRecord(entry.after) ?? {};
  const b = asRecord(entry.before) ?? {};
  const name =
    text(a.caseNumber) ??
    (entry.entity === 'account' ? (text(a.displayName) ?? text(b.displayName)) : null) ??
    (entry.entity === 'organ' ? (text(a.name) ?? text(b.name)) : null) ??
    entry.subjectName;
  const kind = ENTITY_LABELS[entry.entity] ?? '记录';
  if (name) {
    return `${kind}「${name}」`;
  }
  return entry.entityId ? `${kind}（编号 ${entry.entityId}）` : kind;
}

const isEvent = (v: unknown): v is CaseEventData =>
  asRecord(v) !== null && typeof (v as { kind?: unknown }).kind === 'string';

function caseStepSentence(entry: AuditEntry, who: string): string {
  const a = asRecord(entry.after) ?? {};
  const step = isEvent(a.event) ? describeEvent(a.event) : (ACTION_LABELS[entry.action] ?? '办理');
  const letter = typeof a.letterId === 'number' ? '，并生成了相应文书' : '';
  return `${who}在${subjectOf(entry)}中记录：${step}${letter}。`;
}

/** The sentence of actions whose subject is the person signing in. */
function authSentence(entry: AuditEntry, who: string): string {
  const a = asRecord(entry.after) ?? {};
  const account = entry.subjectName ? `账号「${entry.subjectName}」` : '未知用户名';
  switch (entry.action) {
    case 'auth.login':
      return `${who}登录了系统。`;
    case 'auth.logout':
      return `${who}退出了登录。`;
    case 'auth.lockout':
      return `${account}连续输错密码，已被暂时锁定。`;
    case 'auth.throttle':
      return `${account}多次输错密码，此后的登录尝试将逐次延长等待时间（登录限速，不锁定账号）。`;
    default:
      return a.reason === 'unknownUsername'
        ? '有人用不存在的用户名尝试登录，未能登录（输入的用户名不予记录，以免误输入的密码被保存）。'
        : `${account}登录失败：${valueText('reason', a.reason)}。`;
  }
}

function countsSentence(entry: AuditEntry, who: string): string {
  const a = asRecord(entry.after) ?? {};
  switch (entry.action) {
    case 'organ.import':
      return `${who}从文件「${text(a.fileName) ?? ''}」导入了机构：新建 ${Number(a.created ?? 0)} 个，更新 ${Number(a.updated ?? 0)} 个。`;
    case 'case.import':
      return `${who}导入了依申请公开台账，新建案件 ${Number(a.created ?? 0)} 件。`;
    case 'case.export':
      return `${who}导出了依申请公开台账。`;
    default:
      return `${who}导出了${subjectOf(entry)}的卷宗。`;
  }
}

/**
 * @example describeAudit({ action: 'case.recordDelivery', actorName: '张敏', after: { status: 'closed', event: … }, … }).sentence
 *   // '张敏在依申请公开案件「博教依申〔2026〕3号」中记录：答复已送达（邮寄，单号 …），办结。'
 */
export function describeAudit(entry: AuditEntry): AuditDescription {
  const who = entry.actorName ?? '系统';
  const changes = fieldChanges(entry.before, entry.after);
  const action = entry.action;
  const label = ACTION_LABELS[action];
  if (action.startsWith('auth.')) {
    return { sentence: authSentence(entry, who), changes };
  }
  if (['organ.import', 'case.import', 'case.export', 'case.archiveExport'].includes(action)) {
    return { sentence: countsSentence(entry, who), changes };
  }
  if (action === 'case.applicantDownload') {
    const file = text((asRecord(entry.after) ?? {}).fileName) ?? '';
    return { sentence: `${who}在办理进度查询页下载了${subjectOf(entry)}的「${file}」。`, changes };
  }
  if (action === 'case.register') {
    return { sentence: `${who}登记了新的申请，${subjectOf(entry)}。`, changes };
  }
  if (action.startsWith('case.')) {
    return { sentence: caseStepSentence(entry, who), changes };
  }
  const sentences: Record<string, string> = {
    'account.password_reset': `${who}重置了${subjectOf(entry)}的密码，下次登录须修改。`,
    'account.password_change': `${who}修改了自己的登录密码。`,
    'organ.move': `${who}调整了${subjectOf(entry)}的上级机构。`,
    'calendar.create': `${who}录入了 ${entry.entityId ?? ''} 年放假安排。`,
    'calendar.replace': `${who}替换了 ${entry.entityId ?? ''} 年放假安排。`,
  };
  const verb = label ? label.slice(0, 2) : '处理';
  const object = label ? subjectOf(entry) : `${subjectOf(entry)}（操作 ${action}）`;
  return { sentence: sentences[action] ?? `${who}${verb}了${object}。`, changes };
}
