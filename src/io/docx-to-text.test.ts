import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { docxToText } from './docx-to-text.ts';
import { buildStoredZip } from './testing/minimal-zip.ts';

const cell = (text: string, spans: { rowSpan?: number; columnSpan?: number } = {}): TableCell =>
  new TableCell({ children: text === '' ? [] : [new Paragraph(text)], ...spans });

describe('docxToText', () => {
  it('reads paragraphs and a table with merged cells like the HTML reader', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('二、主动公开政府信息情况'),
            new Table({
              rows: [
                new TableRow({ children: [cell('第二十条第（一）项', { columnSpan: 4 })] }),
                new TableRow({
                  children: [
                    cell('信息内容'),
                    cell('本年制发件数'),
                    cell('本年废止件数'),
                    cell('现行有效件数'),
                  ],
                }),
                new TableRow({ children: [cell('规章'), cell('0'), cell(''), cell('0')] }),
                new TableRow({
                  children: [
                    cell('（三）不予公开', { rowSpan: 2 }),
                    cell('1.属于国家秘密'),
                    cell('0', { columnSpan: 2 }),
                  ],
                }),
                new TableRow({ children: [cell('2.其他法律行政法规禁止公开'), cell('1'), cell('2')] }),
              ],
            }),
            new Paragraph('三、收到和处理政府信息公开申请情况'),
          ],
        },
      ],
    });
    const text = await docxToText(await Packer.toBuffer(document));
    expect(text).toBe(
      [
        '二、主动公开政府信息情况',
        '| 第二十条第（一）项 |',
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        '| 规章 | 0 |  | 0 |',
        '| （三）不予公开 | 1.属于国家秘密 | 0 |',
        '| 2.其他法律行政法规禁止公开 | 1 | 2 |',
        '三、收到和处理政府信息公开申请情况',
      ].join('\n'),
    );
  });

  it('rejects a broken Word document with DOCX_INVALID', async () => {
    await expect(docxToText(Buffer.from('PK\x03\x04 not really a zip'))).rejects.toMatchObject({
      code: 'DOCX_INVALID',
    });
    const noDocument = buildStoredZip({ 'word/other.xml': '<x/>' });
    await expect(docxToText(noDocument)).rejects.toMatchObject({ code: 'DOCX_INVALID' });
  });
});
