/**
 * Builds a Word document with table 三 in the official 2021 layout (国办公开办函〔2021〕30号):
 * nested rowspans (三、本年度办理结果 around （三）不予公开 …), a three-row header, long labels
 * that wrap. Tests convert it to PDF and expect the same lines from both readers.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROWS_SPLIT,
} from '../../domain/report/layout.ts';

const OUTER_ROWS = new Set(['newlyReceived', 'carriedOver', 'carriedForward']);

/**
 * @param verticalAlign how cells align vertically (government templates use both)
 * @param blanks leave a few number cells empty (blank cells draw nothing in a PDF)
 * @returns the .docx bytes
 */
export async function buildOfficialTableDocx(
  verticalAlign: 'center' | 'top',
  blanks = false,
): Promise<Buffer> {
  const align = verticalAlign === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP;
  const cell = (text: string, spans: { rowSpan?: number; columnSpan?: number } = {}): TableCell =>
    new TableCell({
      children: [new Paragraph({ text, alignment: AlignmentType.CENTER })],
      verticalAlign: align,
      ...spans,
    });
  const rows: TableRow[] = [
    new TableRow({
      children: [
        cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
          rowSpan: 3,
          columnSpan: 3,
        }),
        cell('申请人情况', { columnSpan: 7 }),
      ],
    }),
    new TableRow({
      children: [
        cell('自然人', { rowSpan: 2 }),
        cell('法人或其他组织', { columnSpan: 5 }),
        cell('总计', { rowSpan: 2 }),
      ],
    }),
    new TableRow({ children: APPLICANT_COLUMNS.slice(1, 6).map((label) => cell(label)) }),
  ];
  const resultRowCount = APPLICATION_ROWS_SPLIT.filter((spec) => !OUTER_ROWS.has(spec.id)).length;
  const seenGroups = new Set<string>();
  APPLICATION_ROWS_SPLIT.forEach((spec, rowIndex) => {
    const lead: TableCell[] = [];
    if (spec.id === 'granted') {
      lead.push(cell('三、本年度办理结果', { rowSpan: resultRowCount }));
    }
    if (spec.group !== null && !seenGroups.has(spec.group)) {
      seenGroups.add(spec.group);
      lead.push(
        cell(APPLICATION_GROUP_LABELS[spec.group], {
          rowSpan: APPLICATION_ROWS_SPLIT.filter((other) => other.group === spec.group).length,
        }),
      );
    }
    const columnSpan = OUTER_ROWS.has(spec.id) ? 3 : spec.group === null ? 2 : 1;
    const isBlank = (column: number): boolean => blanks && rowIndex % 4 === 2 && column === rowIndex % 7;
    const numbers = Array.from({ length: 7 }, (_, column) =>
      cell(isBlank(column) ? '' : String((rowIndex * 7 + column) % 13)),
    );
    rows.push(new TableRow({ children: [...lead, cell(spec.label, { columnSpan }), ...numbers] }));
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '三、收到和处理政府信息公开申请情况', indent: { firstLine: 480 } }),
          new Table({
            width: { size: 9600, type: WidthType.DXA },
            columnWidths: [700, 700, 2200, 800, 800, 800, 800, 800, 800, 700],
            rows,
          }),
          new Paragraph({ text: '四、政府信息公开行政复议、行政诉讼情况', indent: { firstLine: 480 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
