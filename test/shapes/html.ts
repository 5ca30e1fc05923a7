/**
 * The report as a plain HTML page: a `<table>` per official table with its row and column spans,
 * prose in `<p>`. Converted to PDF (LibreOffice) it gives a second, independent PDF layout.
 */
import type { AnnualReport } from '../../src/domain/report/model.ts';
import { reportBlocks, type Table, type ShapeOptions } from './document.ts';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableHtml(t: Table): string {
  const rows = t.rows.map((row) => {
    const cells = row.map((c) => {
      const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      const tag = c.kind === 'head' ? 'th' : 'td';
      return `<${tag}${spans}>${escape(c.text)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="3">\n${rows.join('\n')}\n</table>`;
}

/** A complete HTML document for the report. */
export function reportHtml(report: AnnualReport, options: ShapeOptions = {}): string {
  const body = reportBlocks(report, options).map((b) => {
    switch (b.kind) {
      case 'title':
        return `<p class="title">${escape(b.text)}</p>`;
      case 'heading':
        return `<h2>${escape(b.text)}</h2>`;
      case 'para':
        return `<p>${escape(b.text)}</p>`;
      case 'table':
        return tableHtml(b.table);
    }
  });
  const style =
    'body{font-family:"Noto Serif CJK SC",serif;font-size:12pt} .title{text-align:center;font-size:18pt;font-weight:bold} h2{font-size:14pt} table{border-collapse:collapse;width:100%;font-size:10pt} td,th{text-align:center}';
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
