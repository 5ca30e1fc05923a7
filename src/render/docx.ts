/**
 * The report as an editable Word document (.docx) in 公文 layout (GB/T 9704): A4 portrait,
 * margins top 37 mm / bottom 35 mm / left 28 mm / right 26 mm; title 二号 方正小标宋简体 centred;
 * part headings 三号 黑体; body 三号 仿宋_GB2312 with a two-character first-line indent and a fixed
 * 28 pt line; tables in the official layout (宋体 五号, table 四 小五 so its 15 columns fit).
 *
 * Font names are written as East Asian font names with Times New Roman for digits/Latin text.
 * Word and WPS substitute a missing font by its family; LibreOffice substitutes through fontconfig
 * (Noto CJK), so the document stays readable without the 公文 fonts installed.
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Table } from 'docx';
import type { PartKey } from '../domain/report/layout.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { FONT_TABLE_XML } from './docx-fonts.ts';
import { renderTableDocx, TABLE_FONT } from './docx-table.ts';
import { printedParts, reportTitle, titleLines } from './labels.ts';
import { buildReportTables, MISSING_TABLE_NOTICE, tableOfPart } from './tables.ts';

const LATIN = 'Times New Roman';
const font = (eastAsia: string): { ascii: string; hAnsi: string; cs: string; eastAsia: string } => ({
  ascii: LATIN,
  hAnsi: LATIN,
  cs: LATIN,
  eastAsia,
});

/** 公文 fonts (East Asian names). */
export const DOCX_FONTS = {
  title: font('方正小标宋简体'),
  heading: font('黑体'),
  body: font('仿宋_GB2312'),
  pageNumber: font('宋体'),
} as const;

const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = {
  top: convertMillimetersToTwip(37),
  bottom: convertMillimetersToTwip(35),
  left: convertMillimetersToTwip(28),
  right: convertMillimetersToTwip(26),
};
/** Width of the text block in twips (210 mm − 28 mm − 26 mm = 156 mm). */
export const TEXT_WIDTH_TWIPS = PAGE.width - MARGIN.left - MARGIN.right;

const SIZE_TITLE = 44; // 二号 22 pt, in half-points
const SIZE_BODY = 32; // 三号 16 pt
const LINE_EXACT_28PT = 560; // twips
const INDENT_TWO_CHARS = { firstLine: 2 * 16 * 20, firstLineChars: 200 };
const TABLE_FONT_SIZE = 21; // 五号 10.5 pt
const WIDE_TABLE_FONT_SIZE = 18; // 小五 9 pt, for table 四's 15 columns
const BODY_STYLE = 'GkBody';

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ style: BODY_STYLE, children: [new TextRun({ text })] });
}

/** A visible, digit-free notice where a table of a 2019/2021 report could not be read. */
function missingNotice(): Paragraph {
  return new Paragraph({
    style: BODY_STYLE,
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0, firstLineChars: 0 },
    children: [new TextRun({ text: `（${MISSING_TABLE_NOTICE}）`, color: '555555' })],
  });
}

/** Spacing after a table, so the next heading does not touch it. */
function gap(): Paragraph {
  return new Paragraph({ spacing: { line: 280, lineRule: LineRuleType.EXACT }, children: [] });
}

/**
 * A part of the report instead of the whole (a statistics export: tables 三/四 counted from cases).
 */
export type ReportDocxOptions = {
  /** The title instead of the report's own. */
  readonly title?: string;
  /** Body paragraphs under the title (what was counted, when). */
  readonly preface?: readonly string[];
  /** Only these parts, in the report's order. */
  readonly parts?: readonly PartKey[];
};

function bodyChildren(report: AnnualReport, options: ReportDocxOptions): (Paragraph | Table)[] {
  const tables = buildReportTables(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: titleLines(options.title ?? reportTitle(report)).map(
        (line, i) => new TextRun(i === 0 ? { text: line } : { text: line, break: 1 }),
      ),
    }),
    ...(options.preface ?? []).map(bodyParagraph),
  ];
  for (const part of printedParts(report).filter((p) => options.parts?.includes(p.key) ?? true)) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: part.heading })] }),
    );
    children.push(...part.prose.map(bodyParagraph));
    const table = tableOfPart(tables, part.key);
    if (table.kind === 'table') {
      const fontSize = table.table.columnCount > 10 ? WIDE_TABLE_FONT_SIZE : TABLE_FONT_SIZE;
      children.push(renderTableDocx(table.table, { widthTwips: TEXT_WIDTH_TWIPS, fontSize }), gap());
    } else if (table.kind === 'missing') {
      children.push(missingNotice());
    }
  }
  return children;
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: DOCX_FONTS.pageNumber, size: 28 }),
        ],
      }),
    ],
  });
}

/**
 * Styles. 「Normal」 stays compact (宋体 五号, single spacing) because Word also lays out the empty
 * paragraphs it keeps in vertically merged table cells with it; the 公文 body look is the
 * 「公文正文」 style (GkBody) that every prose paragraph uses, so a user pressing Enter keeps it.
 */
function documentStyles(): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  return {
    default: {
      document: {
        run: { font: TABLE_FONT, size: TABLE_FONT_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: DOCX_FONTS.title, size: SIZE_TITLE, bold: false, italics: false, color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: LINE_EXACT_28PT, line: 720, lineRule: LineRuleType.EXACT },
          keepNext: true,
        },
      },
      heading2: {
        run: { font: DOCX_FONTS.heading, size: SIZE_BODY, bold: false, italics: false, color: '000000' },
        paragraph: {
          indent: INDENT_TWO_CHARS,
          spacing: { before: 0, after: 0, line: LINE_EXACT_28PT, lineRule: LineRuleType.EXACT },
          keepNext: true,
        },
      },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE,
        name: '公文正文',
        basedOn: 'Normal',
        next: BODY_STYLE,
        quickFormat: true,
        run: { font: DOCX_FONTS.body, size: SIZE_BODY },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: INDENT_TWO_CHARS,
          spacing: { before: 0, after: 0, line: LINE_EXACT_28PT, lineRule: LineRuleType.EXACT },
        },
      },
    ],
  };
}

/**
 * Renders a report (or some of its parts) as a .docx file.
 * @returns the document bytes (a zip with word/document.xml)
 * @example await writeFile('report.docx', await renderReportDocx(report))
 * @example await renderReportDocx(stats, { title: '某局2026年依申请公开情况统计', parts: ['applications', 'reviewLitigation'] })
 */
export async function renderReportDocx(
  report: AnnualReport,
  options: ReportDocxOptions = {},
): Promise<Buffer> {
  const document = new Document({
    title: options.title ?? reportTitle(report),
    creator: 'gongkai',
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: convertMillimetersToTwip(15), footer: convertMillimetersToTwip(25) },
          },
        },
        footers: { default: pageNumberFooter() },
        children: bodyChildren(report, options),
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
