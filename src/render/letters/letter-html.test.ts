import { describe, expect, it } from 'vitest';
import { localDate } from '../../domain/calendar/local-date.ts';
import { composeLetter } from '../../domain/letters/compose-letter.ts';
import {
  PARTLY_GRANTED_ITEM,
  replyOf,
  sampleInput,
} from '../../domain/letters/letter-fixtures.test-support.ts';
import { elementsByTag, parseHtml, textOf } from '../test-dom.ts';
import { LETTER_CSS, renderLetterHtml } from './letter-html.ts';

const reply = composeLetter(sampleInput(replyOf(PARTLY_GRANTED_ITEM)));
const paragraphsOf = (html: string): { className: string; text: string }[] =>
  elementsByTag(parseHtml(html), 'p').map((p) => ({ className: p.attribs['class'] ?? '', text: textOf(p) }));

describe('renderLetterHtml', () => {
  it('lays out title, number, addressee, body, remedies, closing, signature and contact in order', () => {
    const html = renderLetterHtml(reply);
    expect(textOf(elementsByTag(parseHtml(html), 'h1')[0]!)).toBe('政府信息公开申请答复书');
    expect(paragraphsOf(html)).toEqual([
      { className: 'gk-letter-number', text: '博政公开〔2024〕12号-答复' },
      { className: 'gk-letter-addressee', text: '张三：' },
      ...reply.paragraphs.map((text) => ({ className: 'gk-letter-text', text })),
      ...reply.remedies.map((text) => ({ className: 'gk-letter-text', text })),
      { className: 'gk-letter-text gk-letter-closing', text: '特此告知。' },
      { className: 'gk-letter-organ', text: '博山区人民政府' },
      { className: 'gk-letter-date', text: '2024年3月20日' },
      { className: 'gk-letter-contact gk-letter-ragged', text: `（${reply.contact}）` },
    ]);
    expect(html).toContain('<div class="gk-letter-remedies">');
  });

  it('keeps e-mail addresses and phone numbers whole and sets their paragraph flush left, not justified (was: a stretched line)', () => {
    const letter = composeLetter(
      sampleInput(
        replyOf({
          description: '招生计划',
          decision: 'granted',
          howToObtain: '已通过电子邮件发送至您的邮箱 zhangsan.applicant@example-mail.com，请查收',
        }),
      ),
    );
    const html = renderLetterHtml(letter);
    expect(html).toMatch(
      /<p class="gk-letter-text gk-letter-ragged">[^<]*<span class="gk-letter-address" lang="en">zhangsan\.applicant@example-mail\.com<\/span>/,
    );
    expect(html).toContain('<span class="gk-letter-phone" lang="en">0533-4181234</span>');
    expect(paragraphsOf(html).filter((p) => p.className === 'gk-letter-text').length).toBeGreaterThan(0);
    expect(LETTER_CSS).toContain('.gk-letter .gk-letter-ragged { text-align: start; }');
    expect(LETTER_CSS).toContain('.gk-letter .gk-letter-phone { white-space: nowrap; }');
  });

  it('escapes every text and uses no inline styles (CSP)', () => {
    const hostile = composeLetter({
      ...sampleInput(
        replyOf({
          description: '<script>alert(1)</script>',
          decision: 'granted',
          howToObtain: '见 "附件" & <b>清单</b>',
        }),
      ),
      applicant: { name: '<img src=x onerror=alert(1)>' },
    });
    const html = renderLetterHtml(hostile);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;附件&quot; &amp; &lt;b&gt;');
    expect(html).not.toMatch(/\sstyle=/);
    expect(paragraphsOf(html)[1]!.text).toBe('<img src=x onerror=alert(1)>：');
  });

  it('omits the remedies block on a procedural notice', () => {
    const notice = composeLetter(sampleInput({ kind: 'reasonsRequest', answerBy: localDate('2024-03-29') }));
    const html = renderLetterHtml(notice);
    expect(html).not.toContain('gk-letter-remedies');
    expect(html).toContain('class="gk-letter gk-letter-reasonsRequest"');
  });
});

describe('LETTER_CSS', () => {
  it('prints on A4 with 公文 margins and styles the layout classes (the others are hooks for pages)', () => {
    expect(LETTER_CSS).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(LETTER_CSS).toContain('@media print');
    const classes = new Set(
      [...renderLetterHtml(reply).matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')),
    );
    const unstyled = [...classes].filter((name) => !LETTER_CSS.includes(`.${name}`));
    expect(unstyled.sort()).toEqual([
      'gk-letter-addressee',
      'gk-letter-body',
      'gk-letter-date',
      'gk-letter-organ',
      'gk-letter-remedies',
      'gk-letter-reply',
    ]);
  });
});
