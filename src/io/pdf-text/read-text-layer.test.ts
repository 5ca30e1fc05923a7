import { describe, expect, it } from 'vitest';
import { pdfToText } from '../pdf-to-text.ts';
import { buildPdfBomb, buildPdfWithContentStream } from '../testing/hostile-files.ts';
import { buildMinimalPdf, cidCode, type PdfPage } from '../testing/minimal-pdf.ts';
import { mutatePdf } from '../testing/pdf-mutations.ts';
import { rewritePdf } from '../testing/pdf-rewrite.ts';
import { PdfFile } from './document.ts';
import { Decline, PdfRef, PdfStream } from './objects.ts';
import { readTextLayer } from './read-text-layer.ts';
import { parseToUnicode } from './to-unicode.ts';

const hex = (text: string): string => `<${[...text].map(cidCode).join('')}>`;

/** The text with pdf.js and with our reader (or the error message of each). */
async function both(pdf: Uint8Array): Promise<[string, string]> {
  const read = (reader: 'pdfjs' | 'own') =>
    pdfToText(pdf, reader).catch((error: unknown) => `ERROR ${(error as Error).message}`);
  return [await read('pdfjs'), await read('own')];
}

const REPORT: PdfPage[] = [
  {
    runs: [
      { text: '二〇二四年政府信息公开工作年度报告', x: 72, y: 780, size: 16 },
      { text: '规章', x: 72, y: 700 },
      { text: '5', x: 200, y: 700 },
      { text: '12', x: 300, y: 700 },
      { text: 'Annual report 2024', x: 72, y: 650 },
      { text: '1', x: 297, y: 40 },
    ],
  },
  {
    runs: [
      { text: '（一）予以公开', x: 72, y: 780 },
      { text: '61', x: 300, y: 780 },
    ],
  },
];

/** Text operators of every kind pdf.js's getTextContent handles, drawn in one page. */
const OPERATORS: PdfPage = {
  drawing: [
    `q 1 0 0 1 10 20 cm BT /F1 10 Tf 1 0 0 1 60 760 Tm [${hex('主动')} -120 ${hex('公开')} 2000 ${hex('政府')}] TJ ET Q`,
    `BT /F1 10.5 Tf 0.5 Tc 2 Tw 90 Tz 72 720 Td ${hex('Total 61 items')} Tj 14 TL T* ${hex('第二行')} Tj`,
    `${hex('第三行')} ' 1 0.2 ${hex('第四行')} " 2 Ts ${hex('上标')} Tj 0 Ts ET`,
    `/P <</MCID 3>> BDC BT /F1 9 Tf 300 600 Td ${hex('表格')} Tj ET EMC /Span BMC BT /F1 9 Tf 400 600 Td ${hex('单元')} Tj ET EMC`,
    `q 0 1 -1 0 500 300 cm BT /F1 12 Tf 0 0 Td ${hex('竖排旋转')} Tj ET Q`,
    `q 0.9 0.1 -0.1 0.9 100 100 cm BT /F1 8 Tf 0 0 Td ${hex('斜')} Tj 20 0 Td ${hex('文字')} Tj ET Q`,
    `BT /F1 10 Tf 1 0 0 1 700 900 Tm ${hex('页外')} Tj 1 0 0 1 -40 500 Tm ${hex('左边界外')} Tj ET`,
    `BT /F1 10 Tf 2 0 0 2 72 400 Tm ${hex('放大')} Tj 1 0 0 1 72 380 Tm ${hex('还原')} Tj ET`,
    '0.5 g 72 300 200 20 re f 0 0 1 RG 72 290 m 272 290 l S',
  ].join('\n'),
};

describe('readTextLayer', () => {
  it('reads a PDF with a Word-like Identity-H font exactly as pdf.js does', async () => {
    const pdf = buildMinimalPdf(REPORT, 'cid');
    const pages = readTextLayer(pdf);
    expect(pages?.[1]).toEqual([
      { text: '（一）予以公开', x: 72, y: 780, width: 70, fontSize: 10, fontName: '3R0' },
      { text: '61', x: 300, y: 780, width: 10, fontSize: 10, fontName: '3R0' },
    ]);
    const [theirs, ours] = await both(pdf);
    expect(ours).toBe(theirs);
    expect(ours).toBe(
      '二〇二四年政府信息公开工作年度报告\n| 规章 | 5 | 12 |\nAnnual report 2024\n| （一）予以公开 | 61 |',
    );
  });

  it('follows TJ, spacing, scaling, rise, leading, q/Q/cm, marked content and the page edges as pdf.js', async () => {
    const pdf = buildMinimalPdf([OPERATORS], 'cid');
    expect(readTextLayer(pdf)).not.toBeNull();
    const [theirs, ours] = await both(pdf);
    expect(ours).toBe(theirs);
    expect(ours).toContain('第二行');
  });

  it('reads tagged-PDF tags with #xx escapes (spaces, UTF-8) as pdf.js, and declines malformed ones', async () => {
    const tagged = `/Heading#201 <</MCID 0>> BDC BT /F1 10 Tf 72 700 Td ${hex('标题')} Tj ET EMC /#E6#AD#A3#E6#96#87 BMC EMC`;
    const pdf = buildMinimalPdf([{ drawing: tagged }], 'cid');
    expect(readTextLayer(pdf)).not.toBeNull();
    const [theirs, ours] = await both(pdf);
    expect(ours).toBe(theirs);
    expect(ours).toBe('标题');
    for (const name of ['/A#G1', '/A#4', '/A#']) {
      const bad = buildMinimalPdf([{ drawing: `${name} BMC BT /F1 10 Tf ${hex('标题')} Tj ET EMC` }], 'cid');
      expect(readTextLayer(bad)).toBeNull();
    }
  });

  it('gives the same text as pdf.js, or declines, on mutations of those files', async () => {
    let read = 0;
    const variants = [
      ...mutatePdf(buildMinimalPdf(REPORT, 'cid'), 25, 1),
      ...mutatePdf(buildMinimalPdf([OPERATORS], 'cid'), 45, 2),
    ];
    for (const variant of variants) {
      if (readTextLayer(variant.bytes) === null) {
        continue;
      }
      read += 1;
      const [theirs, ours] = await both(variant.bytes);
      expect(ours, variant.label).toBe(theirs);
    }
    expect(read).toBeGreaterThan(10);
  });

  it('reads a file rewritten with an xref table the same as the original', () => {
    const pdf = buildMinimalPdf(REPORT, 'cid');
    expect(readTextLayer(rewritePdf(pdf))).toEqual(readTextLayer(pdf));
  });

  it.each([
    ['a standard font without ToUnicode', buildMinimalPdf(REPORT)],
    ['an encrypted file', encrypt(buildMinimalPdf(REPORT, 'cid'))],
    ['a broken cross-reference', breakXref(buildMinimalPdf(REPORT, 'cid'))],
    ['no startxref', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF')],
    ['an inline image', buildMinimalPdf([{ drawing: 'BI /W 1 /H 1 /BPC 8 /CS /G ID x EI' }], 'cid')],
    ['a form XObject', buildMinimalPdf([{ drawing: '/Fm0 Do' }], 'cid')],
    ['an unknown operator', buildMinimalPdf([{ drawing: 'BT /F1 10 Tf 1 2 Xy ET' }], 'cid')],
    [
      'an odd byte count for a two-byte font',
      buildMinimalPdf([{ drawing: 'BT /F1 10 Tf <4E00 4E> Tj ET' }], 'cid'),
    ],
    ['text before Tf', buildMinimalPdf([{ drawing: `BT ${hex('无字体')} Tj ET` }], 'cid')],
    ['a number pdf.js reads leniently', buildMinimalPdf([{ drawing: 'BT /F1 1-0 Tf ET' }], 'cid')],
    ['an unterminated string', buildMinimalPdf([{ drawing: 'BT /F1 10 Tf (abc Tj ET' }], 'cid')],
    ['a content bomb', buildPdfBomb(40 * 1024 * 1024)],
    [
      'unreadable compressed content',
      buildPdfWithContentStream(Buffer.from('x\u009c garbage'), '/Filter /FlateDecode'),
    ],
  ])('declines %s (pdf.js reads it)', (_name, pdf) => {
    expect(readTextLayer(pdf)).toBeNull();
  });

  it('inflates within decision 015 budget: a stream past 32 MiB declines without being held', () => {
    const file = new PdfFile(buildPdfBomb(40 * 1024 * 1024));
    const stream = file.fetch(new PdfRef(5, 0));
    expect(stream).toBeInstanceOf(PdfStream);
    expect(() => file.decode(stream as PdfStream)).toThrow(new Decline('over the inflation budget'));
  });
});

describe('parseToUnicode', () => {
  it('maps bfchar and bfrange codes to text, surrogate pairs included', () => {
    const map = parseToUnicode(
      Buffer.from(
        '2 beginbfchar <0001> <4E00> <0002> <D83DDE00> endbfchar 1 beginbfrange <0010> <0012> <0041> endbfrange',
      ),
    );
    expect([map[1], map[2], map[16], map[18]]).toEqual(['一', '😀', 'A', 'C']);
  });

  it('declines a CMap mapping more codes than any font has (hostile), without mapping them all', () => {
    const range = '<0000> <FFFF> [<0041>]\n';
    const hostile = Buffer.from(`3 beginbfrange\n${range.repeat(3)}endbfrange`);
    expect(() => parseToUnicode(hostile)).toThrow(Decline);
  });
});

function encrypt(pdf: Buffer): Buffer {
  return Buffer.from(pdf.toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 1 0 R'), 'latin1');
}

function breakXref(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const at = text.indexOf(' 00000 n') - 10;
  return Buffer.from(`${text.slice(0, at)}0000000001${text.slice(at + 10)}`, 'latin1');
}
