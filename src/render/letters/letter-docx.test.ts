import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../domain/letters/compose-letter.ts';
import {
  PARTLY_GRANTED_ITEM,
  replyOf,
  sampleInput,
} from '../../domain/letters/letter-fixtures.test-support.ts';
import { docxToText } from '../../io/docx-to-text.ts';
import { readZipEntry } from '../../io/zip/zip-read.ts';
import { renderLetterDocx, signatureIndents, textWidthChars } from './letter-docx.ts';

const letter = composeLetter(
  sampleInput(
    replyOf(
      { description: '中标结果公告', decision: 'granted', publishedAt: '本机关门户网站“招标投标”栏目' },
      PARTLY_GRANTED_ITEM,
    ),
  ),
);

const partOf = (bytes: Uint8Array, name: string): string =>
  new TextDecoder().decode(readZipEntry(bytes, name)!);

describe('renderLetterDocx', () => {
  it('reads back as the letter, in order: title, number, addressee, body, remedies, closing, signature, contact', async () => {
    const lines = (await docxToText(await renderLetterDocx(letter)))
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines).toEqual([
      '政府信息公开申请答复书',
      '博政公开〔2024〕12号-答复',
      '张三：',
      ...letter.paragraphs,
      ...letter.remedies,
      '特此告知。',
      '博山区人民政府',
      '2024年3月20日',
      `（${letter.contact}）`,
    ]);
    expect(lines.join('\n')).toContain('“投标人报价明细及技术方案”不予公开，理由是：');
    expect(lines.join('\n')).toContain('应当自收到本答复书之日起六十日内先向淄博市人民政府申请行政复议');
  });

  it('lays out an A4 page with 公文 margins, the title in 方正小标宋 and the body in 仿宋', async () => {
    const bytes = await renderLetterDocx(letter);
    const document = partOf(bytes, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toContain('w:eastAsia="方正小标宋简体"');
    expect(partOf(bytes, 'word/styles.xml')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(partOf(bytes, 'word/fontTable.xml')).toContain(
      '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>',
    );
  });

  it('right-aligns the number and the signature and keeps the closing with the signature', async () => {
    const document = partOf(await renderLetterDocx(letter), 'word/document.xml');
    const paragraphOf = (text: string): string => {
      const end = document.indexOf(text);
      return document.slice(document.lastIndexOf('<w:p>', end), end);
    };
    expect(paragraphOf('博政公开〔2024〕12号-答复')).toContain('<w:jc w:val="right"/>');
    expect(paragraphOf('2024年3月20日')).toContain('<w:jc w:val="right"/>');
    expect(paragraphOf('特此告知。')).toContain('<w:keepNext/>');
    expect(paragraphOf('博山区人民政府</w:t>')).toContain('<w:keepNext/>');
  });
});

describe('signatureIndents', () => {
  it('puts the date four characters from the margin and centres the organ over it', () => {
    expect(textWidthChars('2024年3月20日')).toBe(6.5);
    // date: 4 em; organ (7 em) centred over the date (6.5 em): 4 + (6.5 − 7) / 2 = 3.75 em.
    expect(signatureIndents('博山区人民政府', '2024年3月20日')).toEqual({ organ: 1200, date: 1280 });
  });

  it('moves a long organ name no further right than the margin', () => {
    const indents = signatureIndents('淄博市博山区住房和城乡建设局城市更新服务中心', '2024年3月20日');
    expect(indents.organ).toBe(0);
    expect(indents.date).toBeGreaterThan(1280);
  });

  it('keeps an e-mail address and a phone number whole (English runs) in a flush-left paragraph (was: broken mid-word)', async () => {
    const withMail = composeLetter(
      sampleInput(
        replyOf({
          description: '招生计划',
          decision: 'granted',
          howToObtain: '已通过电子邮件发送至您的邮箱 zhangsan.applicant@example-mail.com，请查收',
        }),
      ),
    );
    const xml = partOf(await renderLetterDocx(withMail), 'word/document.xml');
    const paragraphOf = (text: string) =>
      [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(text))!;
    const mail = paragraphOf('zhangsan.applicant@example-mail.com');
    expect(mail).toContain('<w:jc w:val="left"/>');
    expect(mail).toMatch(
      /<w:lang w:val="en-US"\/><\/w:rPr><w:t xml:space="preserve">zhangsan\.applicant@example-mail\.com<\/w:t>/,
    );
    const contact = paragraphOf('联系电话');
    expect(contact).toMatch(/<w:lang w:val="en-US"\/><\/w:rPr><w:t xml:space="preserve">0533-4181234<\/w:t>/);
    const plain = paragraphOf('特此告知');
    expect(plain).not.toContain('<w:jc');
  });
});
