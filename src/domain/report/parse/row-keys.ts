/**
 * Distinctive label parts (regex over compact NFKC text) used to find each table row.
 * Variants seen in real reports are folded in (商业企业/商业机构, 「，」/「、」, quotes).
 * Each key also matches near the label's start: a long label printed over several lines (PDF text)
 * may have the row's numbers between its lines, so only its beginning is sure to be whole.
 */
import {
  APPLICATION_ROWS_SINGLE,
  APPLICATION_ROWS_SPLIT,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  type ApplicationRowSpec,
  type ProactiveRowSpec,
} from '../layout.ts';
import type { AnchorSpec } from './anchors.ts';

const APPLICATION_KEYS: Record<string, string> = {
  newlyReceived: '本年新收|新收政府信息公开申请',
  carriedOver: '上年结转',
  granted: '予以公开',
  partlyGranted: '部分公开',
  'withheld.stateSecret': '国家秘密',
  'withheld.prohibitedByLaw': '其他法律行政法规|法律行政法规|禁止公开',
  'withheld.securityStability': '三安全一稳定|危及',
  'withheld.thirdPartyRights': '第三方',
  'withheld.internalAffairs': '三类内部|内部事务',
  'withheld.processInformation': '四类过程|过程性',
  'withheld.enforcementFiles': '行政执法案|执法案卷',
  'withheld.administrativeQuery': '行政查询',
  'unavailable.notHeld': '不掌握',
  'unavailable.needsCreation': '没有现成|现成信息|另行制作',
  'unavailable.unclearAfterCorrection': '仍不明确|补正后申请',
  'notProcessed.complaint': '信访|举报投诉',
  'notProcessed.duplicate': '重复申请',
  'notProcessed.publication': '要求提供公开|提供公开出|出版物',
  'notProcessed.excessive': '无正当理由大量|大量反复|反复申请',
  'notProcessed.confirmation': '要求行政机关确认|确认或|重新出具',
  'other.noCorrection': '无正当理由逾期|逾期不补正|不补正',
  'other.noFee': '逾期未按收费|收费通知|缴纳费用',
  'other.other': '其他(?!处理)|其它(?!处理)',
  other: '其他处理|其它处理',
  total: '总计|合计',
  carriedForward: '结转下年|结转下一年',
};

/** Canonical compact NFKC form of a label, for matching its prefix backwards. */
export function canonical(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '');
}

function applicationAnchor(spec: ApplicationRowSpec): AnchorSpec {
  const key = APPLICATION_KEYS[spec.id];
  if (!key) {
    throw new Error(`no key for row ${spec.id}`);
  }
  return { id: spec.id, key, label: canonical(spec.label) };
}

/** Anchor specs for table 三, split （六） (2021) or single row. */
export function applicationAnchors(isSplit: boolean): AnchorSpec[] {
  return (isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE).map(applicationAnchor);
}

const PROACTIVE_KEYS: Record<string, string> = {
  rules: '规章',
  normativeDocuments: '规范性文件',
  licensing: '行政许可',
  otherServices: '其他对外管理服务事项|对外管理服务',
  penalties: '行政处罚',
  coercion: '行政强制',
  fees: '行政事业性收费|事业性收费',
  procurement: '政府集中采购|集中采购',
};

/** Anchor specs for table 二 in a format. */
export function proactiveAnchors(rows: readonly ProactiveRowSpec[]): AnchorSpec[] {
  return rows.map((r) => ({ id: r.key, key: PROACTIVE_KEYS[r.key] ?? r.label, label: canonical(r.label) }));
}

export { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021 };
