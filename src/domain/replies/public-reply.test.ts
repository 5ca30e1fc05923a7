import { describe, expect, it } from 'vitest';
import {
  APPLICANT_PLACEHOLDER,
  applicantValues,
  checkPublishReplyForm,
  maskReplyText,
  outcomeText,
  replyLetterText,
} from './public-reply.ts';

const APPLICANT = {
  kind: 'naturalPerson',
  name: '张三',
  idNumber: '11010519491231002X',
  phone: '0533-4181234',
  email: 'zs@example.com',
  address: '山东省淄博市博山区某路1号',
  postcode: '255200',
  legalRepresentative: null,
  extra: 12,
};

describe('public replies', () => {
  it('replaces every applicant value wherever it is, longest first, and masks other personal data', () => {
    const values = applicantValues(APPLICANT);
    expect(values[0]).toBe('11010519491231002X'); // the longest (18 characters)
    expect(values).not.toContain(12);
    const text = maskReplyText(
      '张三：你（住山东省淄博市博山区某路1号，电话0533-4181234，zs@example.com）申请……第三人李四 13912345678。',
      values,
    );
    expect(text).not.toMatch(/张三|某路1号|4181234|zs@example|13912345678/);
    expect(text).toContain(APPLICANT_PLACEHOLDER);
    expect(text).toContain('139****5678');
  });

  it('ignores one-character values (they would blank out ordinary words)', () => {
    expect(applicantValues({ name: '王' })).toEqual([]);
  });

  it('makes the letter text without addressee or contacts', () => {
    expect(
      replyLetterText({
        paragraphs: ['你于2024年9月27日提出的申请收悉。', ' '],
        remedies: ['如对本答复不服，可以……'],
        closing: '特此告知。',
        signature: { organ: '甲区教育局', date: '2024年10月21日' },
      }),
    ).toBe(
      '你于2024年9月27日提出的申请收悉。\n如对本答复不服，可以……\n特此告知。\n甲区教育局\n2024年10月21日',
    );
  });

  it('names the outcome in the statute’s words', () => {
    expect(outcomeText('granted')).toBe('予以公开');
    expect(outcomeText('withheld.stateSecret')).toBe('不予公开：属于国家秘密');
    expect(outcomeText('unavailable.notHeld')).toBe('无法提供：本机关不掌握相关政府信息');
  });

  it('checks the form: the tick, empty, too long, line endings', () => {
    expect(checkPublishReplyForm({ text: 'a\r\nb', summary: ' x  y ', confirmMasked: 'yes' })).toEqual({
      ok: true,
      value: { text: 'a\nb', summary: 'x y' },
    });
    const bad = checkPublishReplyForm({ text: 'x'.repeat(20_001), summary: 'y'.repeat(501) });
    expect(bad.ok ? {} : bad.errors).toEqual({
      confirmMasked: expect.stringContaining('请先核对'),
      text: expect.stringContaining('不能超过'),
      summary: expect.stringContaining('不能超过'),
    });
    expect(checkPublishReplyForm({})).toMatchObject({ ok: false });
  });
});
