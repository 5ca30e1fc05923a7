/**
 * 公开年报: the organ's annual reports by year, and one report in the official layout (the
 * renderer's `<article>`, styled by /static/report.css) with downloads.
 */
import { raw } from 'hono/html';
import { GK_COLUMNS } from '../../app/portal/columns.ts';
import type { PortalAnnualReport } from '../../app/portal/load-annual-report.ts';
import type { AnnualReportEntry } from '../../db/queries/annual-reports.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { renderReportHtml } from '../../render/index.ts';
import { reportTitle } from '../../render/labels.ts';
import { organBase, type Frame } from './frame.ts';
import { gkColumnCrumbs, PortalPage } from './portal-layout.tsx';

const COLUMN = GK_COLUMNS.find((c) => c.key === 'reports')!;

/** Names of the report formats for people. */
export const FORMAT_NAMES = {
  '2021': '2021年版格式（国办公开办函〔2021〕30号）',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
  legacy: '2019年以前的自由格式',
} as const;

/** The list of years. */
export function ReportsListPage(props: {
  frame: Frame;
  organ: PortalOrgan;
  reports: readonly AnnualReportEntry[];
}) {
  const { frame, organ } = props;
  const base = organBase(organ);
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkColumnCrumbs(frame, organ, COLUMN, null)}
      meta={{
        title: `${organ.name}${COLUMN.name}`,
        columnName: COLUMN.name,
        columnType: COLUMN.columnType,
        columnDescription: COLUMN.description,
        columnKeywords: `${organ.name},政府信息公开工作年度报告`,
      }}
    >
      <h1>{COLUMN.name}</h1>
      <p class="pt-lead">
        县级以上人民政府部门于每年1月31日前、县级以上地方人民政府于每年3月31日前公布上一年度的政府信息公开工作年度报告（《条例》第四十九条）。
      </p>
      {props.reports.length === 0 ? (
        <div class="pt-empty-state">
          <p>{organ.name}的政府信息公开工作年度报告将在此发布。</p>
        </div>
      ) : (
        <ul class="pt-report-list">
          {props.reports.map((entry) => (
            <li>
              <a href={`${base}/gk/reports/${entry.year}`}>
                {organ.name}
                {entry.year}年政府信息公开工作年度报告
              </a>
              <span class="pt-report-meta">
                {entry.publishedOn === null ? (
                  '发布日期未登记'
                ) : (
                  <>
                    发布日期：<time datetime={entry.publishedOn}>{entry.publishedOn}</time>
                  </>
                )}
                {entry.indexNumber === null ? null : ` · 索引号：${entry.indexNumber}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </PortalPage>
  );
}

/** One report. */
export function ReportPage(props: { frame: Frame; organ: PortalOrgan; stored: PortalAnnualReport }) {
  const { frame, organ, stored } = props;
  const base = `${organBase(organ)}/gk/reports/${stored.year}`;
  const title = reportTitle({ organ: stored.report.organ ?? organ.name, year: stored.year });
  return (
    <PortalPage
      frame={frame}
      nav="gk"
      crumbs={gkColumnCrumbs(frame, organ, COLUMN, `${stored.year}年度`)}
      mainClass="pt-report-main"
      meta={{
        title,
        columnName: COLUMN.name,
        columnType: COLUMN.columnType,
        articleTitle: title,
        ...(stored.publishedOn === null ? {} : { pubDate: `${stored.publishedOn} 00:00` }),
        contentSource: organ.name,
      }}
    >
      <div class="pt-item-head">
        <p class="pt-item-kicker">政府信息公开工作年度报告</p>
        <dl class="pt-item-meta">
          {stored.indexNumber === null ? null : (
            <div class="pt-meta-pair">
              <dt>索引号</dt>
              <dd>{stored.indexNumber}</dd>
            </div>
          )}
          <div class="pt-meta-pair">
            <dt>发布机构</dt>
            <dd>{organ.name}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>发布日期</dt>
            <dd>{stored.publishedOn ?? '未登记'}</dd>
          </div>
          <div class="pt-meta-pair">
            <dt>报告格式</dt>
            <dd>{FORMAT_NAMES[stored.report.format]}</dd>
          </div>
        </dl>
        <ul class="pt-downloads" aria-label="下载">
          {stored.file === null ? null : (
            <li>
              <a href={`${organBase(organ)}/gk/files/${stored.file.id}`} download>
                下载报告原件（{stored.file.name}）
              </a>
            </li>
          )}
          <li>
            <a href={`${base}.docx`} download>
              下载 Word（DOCX）
            </a>
          </li>
          <li>
            <a href={`${base}.pdf`} download>
              下载 PDF
            </a>
          </li>
          <li>
            <a href={`${base}.json`} download>
              下载数据（JSON）
            </a>
          </li>
          <li>
            <a href={`${base}.csv`} download>
              下载数据（CSV）
            </a>
          </li>
        </ul>
        {stored.versions.length > 1 ? <ReportVersions base={base} stored={stored} /> : null}
      </div>
      <p class="pt-scroll-hint">统计表较宽，可在表格上左右滑动查看。</p>
      <div class="pt-report-paper">{raw(renderReportHtml(stored.report, { fragment: true }))}</div>
    </PortalPage>
  );
}

/** Every published version of a corrected report, each with the file it carried. */
function ReportVersions(props: { base: string; stored: PortalAnnualReport }) {
  return (
    <section class="pt-report-versions" aria-labelledby="report-versions">
      <h2 id="report-versions">历次版本</h2>
      <ol>
        {props.stored.versions.map((v) => (
          <li>
            第{v.number}版（{v.publishedOn}
            {v.note === '' ? '' : `，${v.note}`}）
            {v.fileId === null ? null : (
              <>
                {' '}
                <a href={`${props.base}/versions/${v.number}`} download>
                  下载该版本
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
