import { describe, expect, it } from 'vitest';
import { parseReviewTable } from './table-review.ts';

const HEADER = [
  '行政复议\t行政诉讼',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
  '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '1\t1\t1\t1\t4\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0',
].join('\n');

describe('table 四 after prose that names its columns', () => {
  it('reads the table, not the figures of the drafted sentence before it (was: 「1 1 1 1」, row blank)', () => {
    const text =
      '四、政府信息公开行政复议、行政诉讼情况\n' +
      '本年度因政府信息公开工作被申请行政复议4件，其中结果维持1件、结果纠正1件、其他结果1件、尚未审结1件。\n' +
      `${HEADER}\n五、存在的主要问题及改进情况\n`;
    const parsed = parseReviewTable(text, { start: 0, end: text.indexOf('五、') }, []);
    expect(parsed.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 1, other: 1, pending: 1, total: 4 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
    expect(parsed.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
