import { describe, expect, it } from 'vitest';
import type { Finding } from '../../domain/report/findings.ts';
import { markFindingTexts } from './mark-text.ts';

const f = (severity: Finding['severity'], text: string): Finding => ({
  code: 'CONTENT_INJECTED',
  severity,
  message: `「${text}」`,
  where: {},
  text,
});

describe('markFindingTexts', () => {
  it('marks every occurrence in prose paragraphs, longest text first, worst severity', () => {
    const html =
      '<h2 title="「UedBet体育」">一、总体情况</h2>\n<p>以UedBet体育为指导，UedBet体育委</p>\n<p>正常</p>';
    expect(
      markFindingTexts(html, [f('warning', 'UedBet'), f('error', 'UedBet体育'), f('warning', 'UedBet体育')]),
    ).toBe(
      '<h2 title="「UedBet体育」">一、总体情况</h2>\n<p>以<mark class="rc-mark rc-mark-error">UedBet体育</mark>为指导，<mark class="rc-mark rc-mark-error">UedBet体育</mark>委</p>\n<p>正常</p>',
    );
  });

  it('matches escaped text and leaves table cells, info findings and one-character texts alone', () => {
    const html = '<p>见 a&amp;b 和 x</p><td>a&amp;b</td>';
    expect(markFindingTexts(html, [f('error', 'a&b'), f('error', 'x'), f('info', '见')])).toBe(
      '<p>见 <mark class="rc-mark rc-mark-error">a&amp;b</mark> 和 x</p><td>a&amp;b</td>',
    );
  });
});
