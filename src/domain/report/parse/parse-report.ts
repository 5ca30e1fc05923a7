/**
 * Parses the text of a published annual report (any flattening) into the contract, with findings
 * about what could not be read. Never invents a number: cells it cannot read are null, with a finding.
 */
import { ReportInputError } from '../errors.ts';
import { finding, type Finding } from '../findings.ts';
import type { PartKey } from '../layout.ts';
import type { AnnualReport, Sections } from '../model.ts';
import { SCHEMA_ID } from '../schema-id.ts';
import { readHeader } from './header.ts';
import { lineOf, normalizeText } from './normalize.ts';
import { partStructureFindings } from './part-findings.ts';
import { findBodyEnd, findPartHeadings, type PartHeading } from './parts.ts';
import {
  legacySections,
  partRegions,
  tidy,
  toLineEnd,
  withoutTables,
  type SourceSlice,
  type Span,
} from './sections.ts';
import type { SourceText } from './positions.ts';
import { parseApplicationsTable, type ApplicationsParse } from './table-applications.ts';
import { parseProactiveTable, type ProactiveParse } from './table-proactive.ts';
import { parseReviewTable, type ReviewParse } from './table-review.ts';
import { findBlankCells } from './tokens.ts';

export type ParseResult = { report: AnnualReport; findings: Finding[] };

const PREFACE =
  /根据《中华人民共和国政府信息公开条例》|本(?:年度)?报告|现公布|按照《中华人民共和国政府信息公开条例》|依据《中华人民共和国政府信息公开条例》/;

type Tables = { proactive: ProactiveParse; applications: ApplicationsParse; review: ReviewParse };

function bodyStartOf(text: string, titleEnd: number | null, firstHeading: PartHeading | undefined): number {
  const limit = firstHeading?.start ?? text.length;
  const preface = PREFACE.exec(text.slice(0, limit));
  // The preface sentence starts the body (metadata between title and preface is page furniture).
  return preface?.index ?? titleEnd ?? firstHeading?.start ?? 0;
}

function regionOr(regions: Map<PartKey, Span>, key: PartKey, fallback: Span): Span {
  return regions.get(key) ?? fallback;
}

function parseTables(
  text: string,
  regions: Map<PartKey, Span>,
  body: Span,
  year: number | null,
  source: SourceText,
): Tables {
  const blanks = findBlankCells(text, body.start, body.end);
  const fallbackFormat = year !== null && year <= 2020 ? '2019' : '2021';
  const proactive = parseProactiveTable(text, regionOr(regions, 'proactive', body), blanks, fallbackFormat);
  const applications = parseApplicationsTable(text, regionOr(regions, 'applications', body), blanks, source);
  const review = parseReviewTable(text, regionOr(regions, 'reviewLitigation', body), blanks);
  return { proactive, applications, review };
}

/** A table that starts but whose last rows are missing, with no part after it: the file was cut. */
function assertNotTruncated(text: string, tables: Tables, headings: readonly PartHeading[]): void {
  const after = (offset: number) => headings.some((h) => h.start > offset);
  const a = tables.applications;
  if (a.lastFoundRow >= 0 && a.lastFoundRow < a.rowCount - 2 && !after(a.start)) {
    throw new ReportInputError(
      'TRUNCATED',
      `报告不完整：表三（收到和处理政府信息公开申请情况）在第 ${lineOf(text, a.end)} 行附近中断，之后没有「（七）总计」「结转下年度继续办理」等行，也没有后续部分。请提供完整的报告。`,
    );
  }
  const p = tables.proactive;
  if (p.lastFoundRow >= 0 && p.lastFoundRow < p.rowCount - 1 && a.lastFoundRow < 0 && !after(p.start)) {
    throw new ReportInputError(
      'TRUNCATED',
      `报告不完整：表二（主动公开政府信息情况）在第 ${lineOf(text, p.end)} 行附近中断，之后没有其他内容。请提供完整的报告。`,
    );
  }
}

function formatOf(tables: Tables, year: number | null): AnnualReport['format'] {
  if (tables.proactive.format) {
    return tables.proactive.format;
  }
  if (tables.applications.applications && tables.applications.isSplit) {
    return '2021';
  }
  return year !== null && year <= 2020 ? '2019' : '2021';
}

function hasTables(tables: Tables): boolean {
  return (
    tables.proactive.format !== null || tables.applications.applications !== null || tables.review.isFound
  );
}

function sectionsOf(
  text: string,
  slice: SourceSlice,
  regions: Map<PartKey, Span>,
  preface: string,
  tables: Tables,
): Sections {
  const spans: Span[] = [tables.proactive, tables.applications, tables.review]
    .filter((t) => t.end > t.start)
    .map((t) => ({ start: t.start, end: toLineEnd(text, t.end) }));
  const part = (key: PartKey): string | null => {
    const r = regions.get(key);
    return r ? tidy(withoutTables(slice, r, spans)) : null;
  };
  const overview = tidy([preface, part('overview') ?? ''].join('\n'));
  return {
    overview,
    proactive: part('proactive'),
    applications: part('applications'),
    reviewLitigation: part('reviewLitigation'),
    problems: part('problems'),
    other: part('other'),
  };
}

function tableFindings(tables: Tables, format: AnnualReport['format']): Finding[] {
  const out = [...tables.proactive.findings, ...tables.applications.findings, ...tables.review.findings];
  const missing = (label: string, part: PartKey) =>
    finding('PARSE_TABLE_NOT_FOUND', 'error', `未找到${label}，${format}年格式的年度报告必须包含该表`, {
      part,
    });
  if (tables.proactive.format === null) {
    out.push(missing('表二（主动公开政府信息情况）', 'proactive'));
  }
  if (!tables.applications.applications) {
    out.push(missing('表三（收到和处理政府信息公开申请情况）', 'applications'));
  }
  if (!tables.review.isFound) {
    out.push(missing('表四（政府信息公开行政复议、行政诉讼情况）', 'reviewLitigation'));
  }
  if (tables.proactive.format === '2019' && tables.applications.isSplit) {
    out.push(
      finding(
        'PARSE_FORMAT_MIXED',
        'warning',
        '表二使用2019年试行格式，表三却使用2021年格式（（六）其他处理分三项），两表格式不一致',
        { part: 'applications' },
      ),
    );
  }
  return out;
}

/**
 * Parses report text.
 * @param raw the report as plain text (HTML/DOCX/PDF are turned into text by src/io first: table
 *   rows become lines `| cell | cell |`)
 * @throws ReportInputError when the text is empty, is not a report, or a table is cut off
 * @example parseReportText(fs.readFileSync('report.txt', 'utf8')).report.applications?.total
 */
export function parseReportText(raw: string): ParseResult {
  if (raw.trim() === '') {
    throw new ReportInputError('EMPTY', '文件为空，没有可读取的内容。');
  }
  const normalized = normalizeText(raw);
  const text = normalized.text;
  const slice: SourceSlice = (start, end) =>
    normalized.source.slice(normalized.toSource[start], normalized.toSource[end]);
  const header = readHeader(text);
  const firstPass = findPartHeadings(text, header.titleEnd ?? 0);
  const bodyStart = bodyStartOf(text, header.titleEnd, firstPass[0]);
  const headings = findPartHeadings(text, bodyStart);
  const lastHeading = headings[headings.length - 1];
  const bodyEnd = findBodyEnd(text, lastHeading ? lastHeading.end : bodyStart);
  const body = { start: bodyStart, end: bodyEnd };
  const regions = partRegions(headings, bodyEnd);
  const prefaceEnd = headings[0]?.start ?? bodyEnd;
  const preface = slice(bodyStart, Math.max(bodyStart, prefaceEnd));
  const tables = parseTables(text, regions, body, header.year, normalized);
  if (!hasTables(tables) && headings.length < 2 && header.year === null) {
    throw new ReportInputError(
      'NOT_A_REPORT',
      '未识别为政府信息公开工作年度报告：没有找到报告标题、报告的六个部分或统计表。',
    );
  }
  assertNotTruncated(text, tables, headings);
  const base = { schema: SCHEMA_ID, organ: header.organ, year: header.year };
  if (!hasTables(tables) && (header.year === null || header.year <= 2018)) {
    const report: AnnualReport = {
      ...base,
      format: 'legacy',
      proactive: null,
      applications: null,
      reviewLitigation: null,
      sections: legacySections(text, slice, body, preface),
    };
    return { report, findings: [] };
  }
  const format = formatOf(tables, header.year);
  const sections = sectionsOf(text, slice, regions, preface, tables);
  const findings = [...partStructureFindings(text, headings, bodyStart), ...tableFindings(tables, format)];
  const rest = {
    applications: tables.applications.applications,
    reviewLitigation: tables.review.reviewLitigation,
    sections,
  };
  if (format === '2019') {
    return { report: { ...base, format, proactive: tables.proactive.proactive2019, ...rest }, findings };
  }
  return {
    report: { ...base, format: '2021', proactive: tables.proactive.proactive2021, ...rest },
    findings,
  };
}
