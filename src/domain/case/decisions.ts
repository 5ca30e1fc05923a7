/**
 * The answers the law knows (条例第三十六至三十九条), as exactly the leaf rows of table 三 of the
 * annual report (国办公开办函〔2021〕30号). A decision code is the row's key path in the report
 * contract (`withheld.thirdPartyRights` ↔ applications.withheld.thirdPartyRights), so statistics
 * need no second mapping. 撤回 (withdrawn) is `other.other` with its reason recorded.
 */

export const DECISIONS = [
  'granted',
  'partlyGranted',
  'withheld.stateSecret',
  'withheld.prohibitedByLaw',
  'withheld.securityStability',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInformation',
  'withheld.enforcementFiles',
  'withheld.administrativeQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclearAfterCorrection',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'other.noCorrection',
  'other.noFee',
  'other.other',
] as const;
export type Decision = (typeof DECISIONS)[number];

/** The group (（一）…（六）) a decision belongs to. */
export type DecisionGroup =
  'granted' | 'partlyGranted' | 'withheld' | 'unavailable' | 'notProcessed' | 'other';

/** The group of a decision code. */
export function decisionGroup(decision: Decision): DecisionGroup {
  return decision.split('.')[0] as DecisionGroup;
}

/** The row label as the form prints it, and the 条例 basis (reading in domain-zh.md §1.13, [U] rows marked). */
export const DECISION_LABELS = {
  granted: { row: '（一）予以公开', basis: '第三十六条第（一）（二）项' },
  partlyGranted: { row: '（二）部分公开', basis: '第三十七条' },
  'withheld.stateSecret': { row: '（三）不予公开 1.属于国家秘密', basis: '第十四条' },
  'withheld.prohibitedByLaw': { row: '（三）不予公开 2.其他法律行政法规禁止公开', basis: '第十四条' },
  'withheld.securityStability': { row: '（三）不予公开 3.危及“三安全一稳定”', basis: '第十四条' },
  'withheld.thirdPartyRights': { row: '（三）不予公开 4.保护第三方合法权益', basis: '第十五条、第三十二条' },
  'withheld.internalAffairs': { row: '（三）不予公开 5.属于三类内部事务信息', basis: '第十六条第一款' },
  'withheld.processInformation': { row: '（三）不予公开 6.属于四类过程性信息', basis: '第十六条第二款' },
  'withheld.enforcementFiles': { row: '（三）不予公开 7.属于行政执法案卷', basis: '第十六条第二款' },
  'withheld.administrativeQuery': { row: '（三）不予公开 8.属于行政查询事项', basis: '第三十六条第（七）项' },
  'unavailable.notHeld': {
    row: '（四）无法提供 1.本机关不掌握相关政府信息',
    basis: '第三十六条第（四）（五）项',
  },
  'unavailable.needsCreation': { row: '（四）无法提供 2.没有现成信息需要另行制作', basis: '第三十八条' },
  'unavailable.unclearAfterCorrection': { row: '（四）无法提供 3.补正后申请内容仍不明确', basis: '第三十条' },
  'notProcessed.complaint': { row: '（五）不予处理 1.信访举报投诉类申请', basis: '第三十九条第一款' },
  'notProcessed.duplicate': { row: '（五）不予处理 2.重复申请', basis: '第三十六条第（六）项' },
  'notProcessed.publication': { row: '（五）不予处理 3.要求提供公开出版物', basis: '第三十九条第二款' },
  'notProcessed.excessive': { row: '（五）不予处理 4.无正当理由大量反复申请', basis: '第三十五条' },
  'notProcessed.confirmation': {
    row: '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
    basis: '（条例无明文）',
  },
  'other.noCorrection': {
    row: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    basis: '第三十条',
  },
  'other.noFee': {
    row: '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    basis: '《政府信息公开信息处理费管理办法》',
  },
  'other.other': { row: '（六）其他处理 3.其他', basis: '—' },
} as const satisfies Record<Decision, { row: string; basis: string }>;

/** True for a known decision code (form and import input). */
export function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}
