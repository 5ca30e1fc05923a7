import { describe, expect, it } from 'vitest';
import { bodyText, ownLinksOf, sanitizeBody, textToBodyHtml, textToOutlineHtml } from './body-html.ts';

describe('sanitizeBody', () => {
  it.each([
    ['<p onclick="x()">通知<script>alert(1)</script></p>', '<p>通知</p>'],
    ['<p style="color:red">红</p>', '<p>红</p>'],
    ['<a href="javascript:alert(1)">点</a>', '<a>点</a>'],
    ['<a href="https://www.gov.cn/">国务院</a>', '<a href="https://www.gov.cn/">国务院</a>'],
    ['<a href="/o/boshan/gk/items/3">本站</a>', '<a href="/o/boshan/gk/items/3">本站</a>'],
    ['<img src="https://evil.example/x.png">', ''],
    ['<img src="data:image/png;base64,AAAA">', ''],
    ['<iframe src="https://x"></iframe><style>p{}</style><h1>标题</h1>', '<h2>标题</h2>'],
    ['<svg><script>alert(1)</script></svg><p>正文</p>', '<p>正文</p>'],
  ])('cleans %j', (dirty, clean) => {
    expect(sanitizeBody(dirty)).toBe(clean);
  });
  it('turns pasted text into escaped paragraphs', () => {
    expect(textToBodyHtml('第一段\n\n<b>第二段</b>\r\n')).toBe(
      '<p>第一段</p>\n<p>&lt;b&gt;第二段&lt;/b&gt;</p>',
    );
  });
  it('turns typed text with # and ## lines into headings and paragraphs, escaped', () => {
    expect(textToOutlineHtml('# 一、主动公开\n## （一）范围\n#不是标题\n<script>x</script>')).toBe(
      '<h2>一、主动公开</h2>\n<h3>（一）范围</h3>\n<p>#不是标题</p>\n<p>&lt;script&gt;x&lt;/script&gt;</p>',
    );
  });
  it('reads the text and the own links back', () => {
    const html = '<p>见<a href="/o/a/gk/items/1">附件</a>和<a href="https://x.cn">外链</a></p>';
    expect(bodyText(html)).toContain('见附件和外链');
    expect(ownLinksOf(html)).toEqual(['/o/a/gk/items/1']);
  });
});
