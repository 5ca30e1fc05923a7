/**
 * Demo 公开年报 for 博山区人民政府: its real 2024 report (seed 002, as the parser reads it —
 * boshan-2024.json; a test keeps it equal to test-fixtures/expected) and a 2023 report derived from
 * it so that the column shows two years. The 2023 numbers are consistent with 2024: 上年结转 3
 * (= 2024 carried over), 61 new applications being 「较2023年减少20.8%」 (77 in 2023), 现行有效
 * 规范性文件 10 + 5 − 3 = 12, fewer 行政复议 cases than 2024. Its prose says it is demo data.
 * Idempotent: reports are upserted by organ and year.
 */
import {
  AnnualReportSchema,
  type AnnualReport,
  type Applications,
  type Proactive2021,
  type ReviewLitigation,
} from '../../domain/report/model.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { indexReportOfYear } from '../search/index-report.ts';
import type { Queryable } from '../../db/db.ts';
import { registerDemoLoader, type DemoLoaderDeps } from './registry.ts';
import boshan2024 from './boshan-2024.json' with { type: 'json' };

/** Names the organ may carry in the registry (the demo tree uses the first). */
const ORGAN_NAMES = ['博山区人民政府', '淄博市博山区人民政府'];

/** The 2024 report as published (发文日期 2025-02-17). */
export const REPORT_2024: AnnualReport = AnnualReportSchema.parse(boshan2024);

type Row = [number, number, number, number, number, number, number];
const person = (n: number): Row => [n, 0, 0, 0, 0, 0, n];
const zero = (): Row => person(0);

const APPLICATIONS_2023: Applications = {
  newlyReceived: [75, 2, 0, 0, 0, 0, 77],
  carriedOver: person(4),
  granted: [47, 2, 0, 0, 0, 0, 49],
  partlyGranted: person(9),
  withheld: {
    stateSecret: zero(),
    prohibitedByLaw: zero(),
    securityStability: zero(),
    thirdPartyRights: person(2),
    internalAffairs: person(2),
    processInformation: person(1),
    enforcementFiles: zero(),
    administrativeQuery: zero(),
  },
  unavailable: { notHeld: person(11), needsCreation: person(1), unclearAfterCorrection: zero() },
  notProcessed: {
    complaint: person(1),
    duplicate: person(1),
    publication: zero(),
    excessive: zero(),
    confirmation: zero(),
  },
  other: { noCorrection: person(1), noFee: zero(), other: zero() },
  total: [76, 2, 0, 0, 0, 0, 78],
  carriedForward: person(3),
};

const PROACTIVE_2023: Proactive2021 = {
  rules: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 4, repealed: 2, inForce: 10 },
  licensing: { decisions: 18276 },
  penalties: { decisions: 1521 },
  coercion: { decisions: 143 },
  fees: { amountWanYuan: 1611.37 },
};

const REVIEW_2023: ReviewLitigation = {
  review: { upheld: 5, corrected: 1, other: 2, pending: 0, total: 8 },
  litigationDirect: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  litigationAfterReview: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
};

/** The derived 2023 report (2021 format), with prose that states it is demo data. */
export const REPORT_2023: AnnualReport = {
  schema: 'gongkai.annual-report.v1',
  organ: '淄博市博山区人民政府',
  year: 2023,
  format: '2021',
  proactive: PROACTIVE_2023,
  applications: APPLICATIONS_2023,
  reviewLitigation: REVIEW_2023,
  sections: {
    overview:
      '（演示数据：本报告由平台根据该机关2024年度报告推算生成，用于展示年报栏目，并非该机关公布的原文。）\n' +
      '本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。报告中所列数据的统计期限自2023年1月1日起，至2023年12月31日止。\n' +
      '（一）主动公开。及时公开机构职能、政策文件等法定主动公开内容，全年新制发行政规范性文件4件，废止2件，现行有效行政规范性文件10件。\n' +
      '（二）依申请公开。全年共收到政府信息公开申请77件，上年结转4件，办结78件，其中予以公开49件、部分公开9件，结转下年度继续办理3件。\n' +
      '（三）平台建设。持续优化政府网站政府信息公开专栏，定期开展栏目检查，及时清理更新不及时的栏目。',
    proactive: null,
    applications: null,
    reviewLitigation: null,
    problems:
      '（一）存在的主要问题\n一是个别单位信息发布不够及时。二是政策解读形式有待丰富。\n（二）改进情况\n一是加强日常监测和通报。二是推动图解、视频等多种形式的政策解读。',
    other:
      '（一）依申请公开信息处理费收费情况。2023年未收取信息处理费。\n（二）建议提案办理情况。按期办复区人大代表建议和区政协委员提案，复文按规定公开。',
  },
};

/** The demo reports with their publication dates. */
export const DEMO_REPORTS: readonly { report: AnnualReport; publishedOn: string }[] = [
  { report: REPORT_2023, publishedOn: '2024-01-26' },
  { report: REPORT_2024, publishedOn: '2025-02-17' },
];

async function findOrganId(db: Queryable): Promise<number | null> {
  const rows = await db.query<{ id: number }>(
    'SELECT id FROM organs WHERE name = ANY($1::text[]) ORDER BY parent_id NULLS FIRST, id LIMIT 1',
    [ORGAN_NAMES],
  );
  return rows[0]?.id ?? null;
}

/**
 * Stores the demo reports for 博山区人民政府 (skipped, with a message, when the organ is missing).
 * @returns the number of reports stored
 */
export async function loadDemoAnnualReports(deps: DemoLoaderDeps): Promise<number> {
  const organId = await findOrganId(deps.db);
  if (organId === null) {
    deps.print('未找到「博山区人民政府」，跳过演示年度报告');
    return 0;
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    for (const { report, publishedOn } of DEMO_REPORTS) {
      await upsertAnnualReport(tx, { organId, year: report.year!, report, publishedOn, now });
      await indexReportOfYear(tx, organId, report.year!); // findable at once (decision 034)
    }
  });
  deps.print(
    `已载入演示年度报告 ${DEMO_REPORTS.length} 份（博山区人民政府 ${DEMO_REPORTS.map((r) => r.report.year).join('、')} 年度）`,
  );
  return DEMO_REPORTS.length;
}

registerDemoLoader('年度报告', async (deps) => {
  await loadDemoAnnualReports(deps);
});
