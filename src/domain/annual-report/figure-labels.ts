/**
 * The figures a drafted sentence depends on, named in Chinese words for the staff page that lists
 * stale sentences (「本年新收政府信息公开申请（总计）：61 → 64」). Keys are those of draft-facts.ts,
 * draft-prose.ts and rollup-prose.ts; a key without words is shown as it is. Pure.
 */

const APPLICATIONS: Record<string, string> = {
  'newlyReceived[6]': '本年新收政府信息公开申请数量（总计）',
  'newlyReceived[0]': '本年新收申请中自然人申请数量',
  'newlyReceived[1..5]': '本年新收申请中法人或其他组织申请数量',
  'carriedOver[6]': '上年结转政府信息公开申请数量（总计）',
  'granted[6]': '办理结果：予以公开（总计）',
  'partlyGranted[6]': '办理结果：部分公开（总计）',
  'withheld[*][6]': '办理结果：不予公开（总计）',
  'unavailable[*][6]': '办理结果：无法提供（总计）',
  'notProcessed[*][6]': '办理结果：不予处理（总计）',
  'other[*][6]': '办理结果：其他处理（总计）',
  'total[6]': '办理结果总计',
  'carriedForward[6]': '结转下年度继续办理（总计）',
};

const REVIEW: Record<string, string> = {
  'review.total': '行政复议总计',
  'review.upheld': '行政复议结果维持',
  'review.corrected': '行政复议结果纠正',
  'review.other': '行政复议其他结果',
  'review.pending': '行政复议尚未审结',
  'litigation.total': '行政诉讼总计',
  'litigationDirect.total': '未经复议直接起诉的行政诉讼总计',
  'litigationAfterReview.total': '复议后起诉的行政诉讼总计',
  'litigation.corrected': '行政诉讼结果纠正',
};

const PROACTIVE_ROWS: Record<string, string> = {
  rules: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  penalties: '行政处罚',
  coercion: '行政强制',
  fees: '行政事业性收费',
};

const PROACTIVE_CELLS: Record<string, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amountWanYuan: '本年收费金额（万元）',
};

const OTHERS: Record<string, string> = {
  'records.itemsPublished': '全年主动公开政府信息条数',
  'records.interpretations': '发布政策解读篇数',
  'records.gazetteIssues': '编印政府公报期数',
  'records.feesYuan': '收取信息处理费（元）',
  'records.feeApplications': '收取信息处理费涉及的申请件数',
  'previous.applications.newlyReceived[6]': '上年新收政府信息公开申请数量（上年报告）',
  'rollup.members': '纳入汇总的单位数',
  'rollup.fromReports': '采用已发布年度报告数据的单位数',
  'rollup.imported': '采用导入的年度报告数据的单位数',
};

/**
 * A figure's key in words.
 * @example figureLabel('applications.newlyReceived[6]') // '本年新收政府信息公开申请数量（总计）'
 * @example figureLabel('records.column:政策文件') // '「政策文件」栏目公开信息条数'
 */
export function figureLabel(key: string): string {
  const other = OTHERS[key];
  if (other !== undefined) {
    return other;
  }
  if (key.startsWith('records.column:')) {
    return `「${key.slice('records.column:'.length)}」栏目公开信息条数`;
  }
  if (key.startsWith('records.interpretation:')) {
    return `以「${key.slice('records.interpretation:'.length)}」形式发布的政策解读篇数`;
  }
  const [table, ...rest] = key.split('.');
  const path = rest.join('.');
  if (table === 'applications' && APPLICATIONS[path] !== undefined) {
    return `表三 ${APPLICATIONS[path]}`;
  }
  if (table === 'reviewLitigation' && REVIEW[path] !== undefined) {
    return `表四 ${REVIEW[path]}`;
  }
  const [row, cell] = rest;
  if (table === 'proactive' && row !== undefined && cell !== undefined) {
    const rowWords = PROACTIVE_ROWS[row];
    const cellWords = PROACTIVE_CELLS[cell];
    if (rowWords !== undefined && cellWords !== undefined) {
      return `表二 ${rowWords}${cellWords}`;
    }
  }
  return key;
}
