/**
 * The stylesheet of a letter page (served as /static/letter.css). Class names only — the site's CSP
 * allows no inline styles. On screen the letter is an A4 sheet on a grey desk with the 公文 margins
 * as padding; in print the page margins come from `@page` and the sheet is the page. The body text
 * sits on a fixed 28 pt line like the DOCX. A page shell may put `.letter-page` on <body>.
 */
import { BODY_FONTS, TITLE_FONTS } from '../html-style.ts';

export const LETTER_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
.letter-page { margin: 0; background: #eceae4; color: #000; }
.gk-letter { box-sizing: border-box; width: 100%; max-width: 210mm; min-height: 297mm; margin: 1.5rem auto;
  padding: 37mm 26mm 35mm 28mm; background: #fff; color: #000; font-family: ${BODY_FONTS}; font-size: 16pt;
  line-height: 28pt; box-shadow: 0 1px 4px rgba(0,0,0,.25); overflow-wrap: anywhere; }
.gk-letter p { margin: 0; }
.gk-letter .gk-letter-title { margin: 0 0 28pt; font-family: ${TITLE_FONTS}; font-size: 22pt; font-weight: 700;
  font-synthesis: none; line-height: 36pt; text-align: center; }
.gk-letter .gk-letter-number { text-align: right; margin-bottom: 28pt; }
.gk-letter .gk-letter-text { text-indent: 2em; text-align: justify; }
.gk-letter .gk-letter-ragged { text-align: start; }
.gk-letter .gk-letter-phone { white-space: nowrap; }
.gk-letter .gk-letter-signature { width: fit-content; margin: 56pt 4em 0 auto; text-align: center; break-inside: avoid; }
.gk-letter .gk-letter-closing { break-after: avoid; }
.gk-letter .gk-letter-contact { margin-top: 28pt; text-indent: 2em; }
@media (max-width: 40rem) {
  .gk-letter { min-height: 0; margin: 0; padding: 1.25rem 1rem 2rem; box-shadow: none; font-size: 13pt; line-height: 1.8; }
  .gk-letter .gk-letter-title { font-size: 17pt; line-height: 1.5; margin-bottom: 1em; }
  .gk-letter .gk-letter-number { margin-bottom: 1em; }
  .gk-letter .gk-letter-signature { margin: 2.5em 1em 0 auto; }
  .gk-letter .gk-letter-contact { margin-top: 1.5em; }
}
.letter-tools { max-width: 210mm; margin: 1rem auto 0; padding: 0 1rem; font: 14px/1.6 "Noto Sans CJK SC", sans-serif; }
.letter-tools a { color: #1a4f8a; }
@media print {
  .letter-tools { display: none; }
  .letter-page { background: #fff; }
  .gk-letter { max-width: none; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;
