/**
 * The demo 公开年报 of 博山区人民政府 as a 年度报告 item (decision 029): the latest year's report data
 * (loaded by annual-reports.ts) is rendered to Word and published through the workflow on its
 * 发布日期, so the 公开年报 column lists it with its 索引号. The older year stays a data row (shown
 * without 索引号) that a drafter can publish with 「由已有数据生成」; rendering a DOCX costs about a
 * second, and `gongkai demo` is near its test's time limit. Skipped when the data is absent.
 */
import { reportTitle } from '../../render/labels.ts';
import { DEMO_REPORTS } from './annual-reports.ts';
import { demoItem, type DemoItemSpec } from './demo-item-spec.ts';

/** The 年度报告 item of the latest demo report year. */
export const BOSHAN_REPORT_ITEMS: readonly DemoItemSpec[] = DEMO_REPORTS.slice(-1).map(
  ({ report, publishedOn }) => {
    const title = reportTitle(report);
    return demoItem('综合政务\\政务公开', {
      key: `annual-report-${report.year}`,
      kind: 'annualReport',
      genre: '报告',
      title,
      writtenOn: publishedOn,
      publishOn: publishedOn,
      reportYear: report.year!,
      body: [`《${title}》全文见附件，统计表可在“政府信息公开年报”栏目查看和下载。`],
    });
  },
);
