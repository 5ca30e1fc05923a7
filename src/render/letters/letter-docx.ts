/**
 * A letter as an editable Word document in 公文 layout (GB/T 9704-2012): A4, margins 37/35/28/26 mm;
 * title 二号 方正小标宋简体 centred; the number right-aligned; addressee flush left; body 三号
 * 仿宋_GB2312 with a two-character indent on a fixed 28 pt line; the organ's name centred over the
 * date, the date four characters from the right margin, room for the seal above; 附注 (contact) in
 * brackets below the date. Fonts and the font table are the report renderer's (render/docx.ts).
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Letter } from '../../domain/letters/compose-letter.ts';
import { DOCX_FONTS } from '../docx.ts';
import { FONT_TABLE_XML } from '../docx-fonts.ts';
import { hasLetterTokens, splitLetterText, type LetterSegment } from './letter-tokens.ts';

const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = {
  top: convertMillimetersToTwip(37),
  bottom: convertMillimetersToTwip(35),
  left: convertMillimetersToTwip(28),
  right: convertMillimetersToTwip(26),
};
const SIZE_TITLE = 44; // 二号 22 pt, in half-points
const SIZE_BODY = 32; // 三号 16 pt
const LINE = 560; // 28 pt fixed line, in twips
const EM = 320; // one 三号 character, in twips
const BODY_STYLE = 'GkLetterBody';
const DATE_RIGHT_CHARS = 4; // 成文日期右空四字

/** Width of text in 三号 characters: CJK full width, digits and Latin half. */
export function textWidthChars(text: string): number {
  let width = 0;
  for (const ch of text) {
    width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  }
  return width;
}

/**
 * Right indents (in twips) that put the organ's name centred over the date and the date four
 * characters from the right margin; a name wider than that moves both left of the margin by no more
 * than needed.
 */
export function signatureIndents(organ: string, date: string): { organ: number; date: number } {
  const organWidth = textWidthChars(organ);
  const dateWidth = textWidthChars(date);
  const centre = Math.max(DATE_RIGHT_CHARS + dateWidth / 2, organWidth / 2);
  return {
    organ: Math.round((centre - organWidth / 2) * EM),
    date: Math.round((centre - dateWidth / 2) * EM),
  };
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * `keepNext` chains the closing line, the room for the seal, the organ and the date: GB/T 9704
 * does not let the signature stand on a page without body text.
 */
/**
 * The runs of a paragraph. Addresses and phone numbers are English-language runs: kept whole as
 * words (at most broken after a hyphen, 「0533-」), where a Chinese run may break between any two
 * characters. (A w:noBreakHyphen would be lost by text readers such as mammoth: the number would
 * read 05334181234.)
 */
function runsOf(segments: readonly LetterSegment[]): TextRun[] {
  return segments.map((s) =>
    s.kind === 'text'
      ? new TextRun({ text: s.text })
      : new TextRun({ text: s.text, language: { value: 'en-US' } }),
  );
}

/** Body text, justified — flush left when it holds an address or a phone number (letter-tokens.ts). */
function body(text: string, keepNext = false): Paragraph {
  const segments = splitLetterText(text);
  return new Paragraph({
    style: BODY_STYLE,
    keepNext,
    keepLines: keepNext,
    ...(hasLetterTokens(segments) ? { alignment: AlignmentType.LEFT } : {}),
    children: runsOf(segments),
  });
}
const flush = (text: string, alignment: Alignment, right = 0, keepNext = false): Paragraph =>
  new Paragraph({
    style: BODY_STYLE,
    alignment,
    keepNext,
    indent: { firstLine: 0, firstLineChars: 0, right },
    children: runsOf(splitLetterText(text)),
  });
const blank = (keepNext = false): Paragraph => new Paragraph({ style: BODY_STYLE, keepNext, children: [] });

function letterChildren(letter: Letter): Paragraph[] {
  const indents = signatureIndents(letter.signature.organ, letter.signature.date);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: LINE, line: 720, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: letter.title, font: DOCX_FONTS.title, size: SIZE_TITLE })],
    }),
    flush(letter.number, AlignmentType.RIGHT),
    blank(),
    flush(`${letter.addressee}：`, AlignmentType.LEFT),
    ...letter.paragraphs.map((text) => body(text)),
    ...letter.remedies.map((text) => body(text)),
    body(letter.closing, true),
    blank(true),
    blank(true),
    flush(letter.signature.organ, AlignmentType.RIGHT, indents.organ, true),
    flush(letter.signature.date, AlignmentType.RIGHT, indents.date),
    blank(),
    body(`（${letter.contact}）`),
  ];
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: DOCX_FONTS.pageNumber, size: 28 }),
        ],
      }),
    ],
  });
}

function letterStyles(): NonNullable<ConstructorParameters<typeof Document>[0]['styles']> {
  return {
    default: {
      document: {
        run: { font: DOCX_FONTS.body, size: SIZE_BODY, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.EXACT } },
      },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE,
        name: '公文正文',
        basedOn: 'Normal',
        next: BODY_STYLE,
        quickFormat: true,
        run: { font: DOCX_FONTS.body, size: SIZE_BODY },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 2 * EM, firstLineChars: 200 },
          spacing: { before: 0, after: 0, line: LINE, lineRule: LineRuleType.EXACT },
        },
      },
    ],
  };
}

/**
 * Renders a letter as a .docx file.
 * @returns the document bytes (a zip with word/document.xml)
 * @example await writeFile('答复书.docx', await renderLetterDocx(composeLetter(input)))
 */
export async function renderLetterDocx(letter: Letter): Promise<Uint8Array> {
  const document = new Document({
    title: letter.title,
    creator: 'gongkai',
    styles: letterStyles(),
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: convertMillimetersToTwip(15), footer: convertMillimetersToTwip(25) },
          },
        },
        footers: { default: pageNumberFooter() },
        children: letterChildren(letter),
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
