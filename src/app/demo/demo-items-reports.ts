/**
 * The demo 公开年报 of 博山区人民政府 as 年度报告 items (decision 029): each year's report data (loaded
 * by annual-reports.ts) is rendered to Word and published through the workflow on its 发布日期, so
 * the 公开年报 column lists it with its 索引号. Skipped when the data is absent.
 */
import { reportTitle } from '../../render/labels.ts';
import { DEMO_REPORTS } from './annual-reports.ts';
import { demoItem, type DemoItemSpec } from './demo-item-spec.ts';

/** One 年度报告 item per demo report year. */
export const BOSHAN_REPORT_ITEMS: readonly DemoItemSpec[] = DEMO_REPORTS.map(({ report, publishedOn }) => {
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
});
