import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('writes each table row as one `| … |` line: rowspan not repeated, colspan once, empty cells kept', () => {
    const html = `
      <table>
        <tr><td rowspan="2" colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，<br>等于第三项加第四项之和）</td>
            <td colspan="3">申请人情况</td></tr>
        <tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>
        <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td></td><td>&nbsp;</td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td>1</td><td>—</td><td>1</td></tr>
      </table>`;
    expect(htmlToText(html)).toBe(
      [
        '| （本列数据的勾稽关系为：第一项加第二项之和， 等于第三项加第四项之和） | 申请人情况 |',
        '| 自然人 | 法人或其他组织 | 总计 |',
        '| （三）不予公开 | 1.属于国家秘密 | 0 |  |  |',
        '| 2.其他法律行政法规禁止公开 | 1 | — | 1 |',
      ].join('\n'),
    );
  });

  it('keeps a row of one empty cell', () => {
    expect(htmlToText('<table><tr><td> </td></tr></table>')).toBe('|  |');
  });

  it('turns paragraphs, line breaks inside cells and thead/tbody/tfoot into the right lines', () => {
    const html = `<html><head><title>标题</title><style>td{}</style><script>var a = '<p>x</p>';</script></head>
      <body><h1>某区人民政府2024年政府信息公开工作年度报告</h1>
      <p>一、总体情况</p><p>\u3000\u30002024年，&ldquo;政务公开&rdquo;工作&amp;成效    明显。</p>
      <table><caption>表 1</caption><thead><tr><th>信息内容</th><th>本年制发件数</th></tr></thead>
      <tbody><tr><td><p>行政</p><p>规范性文件</p></td><td><span>5</span></td></tr></tbody>
      <tfoot><tr><td>注</td><td></td></tr></tfoot></table>
      <div>第一行<br/>第二行</div><noscript>请启用脚本</noscript><svg><text>图</text></svg>
      <div style="display: none">隐藏菜单</div><p hidden>隐藏</p>末尾文字</body></html>`;
    expect(htmlToText(html)).toBe(
      [
        '某区人民政府2024年政府信息公开工作年度报告',
        '一、总体情况',
        '2024年，“政务公开”工作&成效 明显。',
        '表 1',
        '| 信息内容 | 本年制发件数 |',
        '| 行政 规范性文件 | 5 |',
        '| 注 |  |',
        '第一行',
        '第二行',
        '末尾文字',
      ].join('\n'),
    );
  });

  it('treats a table that holds tables as page layout and keeps the inner rows', () => {
    const html = `<table><tr><td>导航</td><td>
        <p>二、主动公开政府信息情况</p>
        <table><tr><td>规章</td><td>0</td></tr><tr><td>行政规范性文件</td><td>5</td></tr></table>
      </td></tr><tr><td>索引号：</td><td>113703</td></tr></table>`;
    expect(htmlToText(html)).toBe(
      [
        '导航',
        '二、主动公开政府信息情况',
        '| 规章 | 0 |',
        '| 行政规范性文件 | 5 |',
        '| 索引号： | 113703 |',
      ].join('\n'),
    );
  });

  it('keeps pre-formatted lines and the order of the document', () => {
    expect(htmlToText('<p>甲</p><pre>第一行\n  第二行</pre><p>乙</p>')).toBe('甲\n第一行\n第二行\n乙');
  });

  it('decodes numeric and named entities and drops zero-width characters', () => {
    expect(htmlToText('<p>&#20844;&#x5f00;&nbsp;&lt;公开&gt;\u200b</p>')).toBe('公开 <公开>');
  });

  it('copes with unclosed cells and rows', () => {
    expect(htmlToText('<table><tr><td>a<td>b<tr><td>c<td></table>')).toBe('| a | b |\n| c |  |');
  });
});
