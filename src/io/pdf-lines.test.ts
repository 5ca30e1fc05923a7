import { describe, expect, it } from 'vitest';
import { buildPageLines, dropPageNumber, type PositionedText } from './pdf-lines.ts';

/** A text run of `text.length` full-width characters (or half-width for ASCII) at 10 pt. */
function run(text: string, x: number, y: number, fontName = 'song'): PositionedText {
  const width = [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 5 : 10), 0);
  return { text, x, y, width, fontSize: 10, fontName };
}

describe('buildPageLines', () => {
  it('splits a row into cells at wide gaps and keeps close runs together', () => {
    const lines = buildPageLines([
      run('行政规范性', 50, 700),
      run('文件', 100, 700),
      run('5', 200, 700),
      run('3', 260, 700),
      run('12', 320, 700),
      run('Annual', 50, 680),
      run('report', 83, 680),
      run('2024', 115, 680),
    ]);
    expect(lines).toEqual(['| 行政规范性文件 | 5 | 3 | 12 |', 'Annual report 2024']);
  });

  it('orders lines top to bottom and runs left to right, whatever the drawing order', () => {
    const lines = buildPageLines([run('12', 320, 650), run('第二行', 50, 650), run('第一行', 50, 700)]);
    expect(lines).toEqual(['第一行', '| 第二行 | 12 |']);
  });

  it('keeps a wrapped cell in one piece, next to numbers centred on its second line', () => {
    const lines = buildPageLines([
      run('（一）予以公开', 100, 700),
      run('40', 300, 700),
      run('40', 360, 700),
      run('（二）部分公开（区分处', 100, 685),
      run('理的，只计这一情形，不', 100, 671),
      run('计其他情形）', 100, 657),
      run('8', 300, 671),
      run('8', 360, 671),
      run('（三）不予公开', 100, 640),
      run('1', 300, 640),
      run('1', 360, 640),
    ]);
    expect(lines).toEqual([
      '| （一）予以公开 | 40 | 40 |',
      '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 8 | 8 |',
      '| （三）不予公开 | 1 | 1 |',
    ]);
  });

  it('never joins two row labels or two numbers stacked in a column', () => {
    const lines = buildPageLines([
      run('1.信访举报投诉类申请', 100, 700),
      run('2.重复申请', 100, 686),
      run('0', 300, 670),
      run('0', 300, 656),
    ]);
    expect(lines).toEqual(['1.信访举报投诉类申请', '2.重复申请', '0', '0']);
  });

  it('does not take a heading above a table for the first line of a cell', () => {
    const lines = buildPageLines([
      run('三、收到和处理政府信息公开申请情况', 72, 760),
      run('本列数据的勾稽关系', 78, 745),
      run('申请人情况', 253, 745),
    ]);
    expect(lines).toEqual(['三、收到和处理政府信息公开申请情况', '| 本列数据的勾稽关系 | 申请人情况 |']);
  });

  it('keeps a header spanning columns apart from the header row under it', () => {
    const lines = buildPageLines([
      run('申请人情况', 253, 745),
      run('自然', 253, 730),
      run('人', 253, 716),
      run('商业', 293, 730),
      run('企业', 293, 716),
    ]);
    expect(lines).toEqual(['申请人情况', '| 自然人 | 商业企业 |']);
  });

  it('moves a vertically centred rowspan label to the first row it spans', () => {
    // Drawn row by row: the label first (centred on the second row), then the rows' cells.
    const lines = buildPageLines([
      run('（四）无法提供', 50, 686),
      run('1.本机关不掌握相关政府信息', 130, 700),
      run('6', 400, 700),
      run('2.没有现成信息需要另行制作', 130, 686),
      run('0', 400, 686),
      run('3.补正后申请内容仍不明确', 130, 672),
      run('7', 400, 672),
    ]);
    expect(lines).toEqual([
      '| （四）无法提供 | 1.本机关不掌握相关政府信息 | 6 |',
      '| 2.没有现成信息需要另行制作 | 0 |',
      '| 3.补正后申请内容仍不明确 | 7 |',
    ]);
  });

  it('leaves ordinary rows alone when the page is drawn bottom to top', () => {
    const lines = buildPageLines([
      run('（二）部分公开', 50, 686),
      run('8', 400, 686),
      run('（一）予以公开', 50, 700),
      run('40', 400, 700),
    ]);
    expect(lines).toEqual(['| （一）予以公开 | 40 |', '| （二）部分公开 | 8 |']);
  });

  it('joins the lines of an indented paragraph that reach the right margin', () => {
    const lines = buildPageLines([
      run('2024年，本机关共收到政府信息公开申请', 92, 700),
      run('61件，较上年减少20.8%。作出答复62件。', 72, 686),
      run('这一行很短', 72, 672),
      run('正文右边缘在这里为止不再向右延伸的一行', 72, 640),
    ]);
    expect(lines[0]).toBe(
      '2024年，本机关共收到政府信息公开申请61件，较上年减少20.8%。作出答复62件。这一行很短',
    );
  });
});

describe('buildPageLines and blank cells', () => {
  const columns = [300, 340, 380, 420];
  const numbers = (values: readonly (string | null)[], y: number): PositionedText[] =>
    values.flatMap((value, index) => (value === null ? [] : [run(value, columns[index]!, y)]));

  it('puts an empty cell where a row has a blank, using the full rows of the same table', () => {
    const lines = buildPageLines([
      run('一、本年新收', 50, 700),
      ...numbers(['61', '0', '0', '61'], 700),
      run('（一）予以公开', 50, 686),
      ...numbers(['40', null, '0', null], 686),
      run('（七）总计', 50, 672),
      ...numbers(['52', '0', '0', '52'], 672),
    ]);
    expect(lines).toEqual([
      '| 一、本年新收 | 61 | 0 | 0 | 61 |',
      '| （一）予以公开 | 40 |  | 0 |  |',
      '| （七）总计 | 52 | 0 | 0 | 52 |',
    ]);
  });

  it('leaves a short row alone when its numbers do not sit clearly in the columns', () => {
    const lines = buildPageLines([
      run('甲', 50, 700),
      ...numbers(['1', '2', '3', '4'], 700),
      run('乙', 50, 686),
      run('5', 320, 686),
      run('6', 400, 686),
    ]);
    expect(lines[1]).toBe('| 乙 | 5 | 6 |');
  });

  it('does not mix tables with other columns, nor rows separated by a heading row', () => {
    const lines = buildPageLines([
      run('规章', 50, 700),
      run('0', 300, 700),
      run('0', 340, 700),
      run('0', 380, 700),
      run('第二十条第（五）项', 150, 686),
      run('行政许可', 50, 672),
      run('19513', 330, 672),
    ]);
    expect(lines).toEqual(['| 规章 | 0 | 0 | 0 |', '第二十条第（五）项', '| 行政许可 | 19513 |']);
  });
});

describe('dropPageNumber', () => {
  it("drops this page's number printed first or last, in the usual styles", () => {
    expect(dropPageNumber(['正文', '- 2 -'], 2)).toEqual(['正文']);
    expect(dropPageNumber(['第 3 页 共 9 页', '正文', '3/9'], 3)).toEqual(['正文']);
    expect(dropPageNumber(['正文', '2'], 2)).toEqual(['正文']);
  });

  it("keeps numbers that are not this page's number, and table rows", () => {
    expect(dropPageNumber(['正文', '7'], 2)).toEqual(['正文', '7']);
    expect(dropPageNumber(['| 2 | 0 |'], 2)).toEqual(['| 2 | 0 |']);
  });
});
