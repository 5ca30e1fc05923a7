/**
 * The stylesheet of a rendered report: inline (no external assets), 公文 fonts with open fallbacks,
 * tables with thin black borders like the printed form, A4 print layout with 公文 margins, and
 * horizontal scrolling of wide tables on narrow screens. Scoped under `.gk-report` so that a
 * fragment can sit inside another page.
 *
 * Finding markers are drawn here with `::after`, so they are visible but never part of the text.
 */
import { COLUMN_WEIGHTS } from './table-model.ts';

/** 方正小标宋 for the title, as 公文 prescribe; Noto Serif CJK is the open fallback. */
export const TITLE_FONTS = '"方正小标宋简体","FZXiaoBiaoSong-B05S","Noto Serif CJK SC","SimSun",serif';
/** 仿宋_GB2312 for body text. */
export const BODY_FONTS = '"仿宋_GB2312","仿宋","FangSong","STFangsong","Noto Serif CJK SC",serif';
/** 黑体 for the part headings. */
export const HEADING_FONTS = '"黑体","SimHei","STHeiti","Noto Sans CJK SC","Source Han Sans SC",sans-serif';
/** 宋体 for table text. */
export const TABLE_FONTS = '"宋体","SimSun","Songti SC","Noto Serif CJK SC",serif';

/**
 * The `<col>` widths of every table, as percentages of COLUMN_WEIGHTS (the renderer writes bare
 * `<col>` elements: pages run under a CSP that blocks inline styles).
 * @example columnWidthCss() // ".gk-table-proactive col:nth-child(1) { width: 44.44%; }\n…"
 */
export function columnWidthCss(): string {
  return Object.entries(COLUMN_WEIGHTS)
    .flatMap(([part, weights]) => {
      const total = weights.reduce((sum: number, w: number) => sum + w, 0);
      return weights.map(
        (w: number, i: number) =>
          `.gk-table-${part} col:nth-child(${i + 1}) { width: ${((w / total) * 100).toFixed(2)}%; }`,
      );
    })
    .join('\n');
}

/** The CSS of a report page (or fragment). */
export const REPORT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
.gk-page { margin: 0; background: #eceae4; color: #111; }
.gk-report { box-sizing: border-box; max-width: 210mm; margin: 1.5rem auto; padding: 2.5rem 3rem 3rem;
  background: #fff; color: #111; font-family: ${BODY_FONTS}; font-size: 16pt; line-height: 1.75;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.gk-report h1 { font-family: ${TITLE_FONTS}; font-size: 22pt; font-weight: 700; line-height: 1.45;
  text-align: center; margin: 0 0 1.2em; }
.gk-report h2 { font-family: ${HEADING_FONTS}; font-size: 16pt; font-weight: 400; line-height: 1.75;
  margin: 1em 0 .2em; text-indent: 2em; break-after: avoid; }
.gk-report p { margin: 0; text-indent: 2em; text-align: justify; }
.gk-table-wrap { overflow-x: auto; margin: .6em 0 1em; -webkit-overflow-scrolling: touch; }
.gk-table-wrap:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.gk-table { border-collapse: collapse; width: 100%; table-layout: fixed; font-family: ${TABLE_FONTS};
  font-size: 10.5pt; line-height: 1.35; color: #000; background: #fff; }
.gk-table caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; }
.gk-table caption::before { content: attr(data-caption); }
.gk-table th, .gk-table td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle;
  text-align: center; font-weight: 400; overflow-wrap: anywhere; }
.gk-table th.gk-rowhead { text-align: left; }
.gk-table th.gk-rowhead[scope="rowgroup"] { text-align: center; }
.gk-table td.gk-num { text-align: center; font-variant-numeric: tabular-nums; white-space: nowrap;
  overflow-wrap: normal; }
.gk-table td.gk-note { font-size: 9pt; text-align: left; }
.gk-table-reviewLitigation { font-size: 9.5pt; }
.gk-missing { margin: .6em 0 1em; padding: .5em .8em; border: 1px dashed #555; color: #333; font-size: 12pt;
  text-indent: 0; }
.gk-missing::before { content: attr(aria-label); }
.gk-flag { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.gk-flag::after { font-family: sans-serif; font-size: .85em; margin-left: .2em; }
.gk-flag-error { background: #fde2e1; box-shadow: inset 0 0 0 2px #b3261e; }
.gk-flag-error::after { content: "✖"; color: #b3261e; }
.gk-flag-warning { background: #fff4ce; box-shadow: inset 0 0 0 2px #8a5a00; }
.gk-flag-warning::after { content: "⚠"; color: #6b4500; }
.gk-flag-info { background: #e3f0ff; box-shadow: inset 0 0 0 2px #0b57d0; }
.gk-flag-info::after { content: "ℹ"; color: #0b57d0; }
.gk-report h1.gk-flag, .gk-report h2.gk-flag { box-shadow: none; border-left: 4px solid currentColor; }
.gk-row-flag-error > th.gk-rowhead:not(.gk-flag) { background: #fdf0ef; }
.gk-row-flag-warning > th.gk-rowhead:not(.gk-flag) { background: #fffaea; }
.gk-findings { margin-top: 2em; padding-top: 1em; border-top: 2px solid #111; font-size: 12pt; line-height: 1.6; }
.gk-findings h2 { text-indent: 0; }
.gk-findings ol { padding-left: 1.6em; margin: .5em 0 0; }
.gk-finding { margin: .3em 0; }
.gk-sev { display: inline-block; padding: 0 .4em; border-radius: 3px; font-family: ${HEADING_FONTS}; color: #fff; }
.gk-sev-error .gk-sev { background: #b3261e; }
.gk-sev-warning .gk-sev { background: #6b4500; }
.gk-sev-info .gk-sev { background: #0b57d0; }
.gk-finding code { font-size: .9em; }
.gk-finding a { color: #0b57d0; }
.gk-finding:target { outline: 2px solid #0b57d0; }
@media (max-width: 50rem) {
  .gk-table-proactive { min-width: 32rem; }
  .gk-table-applications { min-width: 44rem; }
  .gk-table-reviewLitigation { min-width: 46rem; }
}
@media (max-width: 40rem) {
  .gk-report { margin: 0; padding: 1rem .9rem 2rem; box-shadow: none; font-size: 13pt; }
  .gk-report h1 { font-size: 17pt; }
  .gk-report h2 { font-size: 13pt; text-indent: 0; }
}
@media print {
  .gk-page { background: #fff; }
  .gk-report { max-width: none; margin: 0; padding: 0; box-shadow: none; line-height: 28pt; }
  .gk-report h1 { line-height: 1.45; }
  .gk-report h2 { line-height: 28pt; }
  .gk-table-wrap { overflow: visible; break-inside: avoid; }
  .gk-table { min-width: 0; line-height: 1.3; break-inside: auto; }
  .gk-table tr { break-inside: avoid; }
  .gk-table-reviewLitigation { font-size: 9pt; }
  .gk-findings { break-before: page; }
  .gk-goto { display: none; }
}
${columnWidthCss()}
`;
