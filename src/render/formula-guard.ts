/**
 * The one guard against spreadsheet formula injection (CWE-1236) for every CSV the platform
 * writes. A cell that Excel, WPS or LibreOffice would evaluate — its first character is = + - @
 * (also in their full-width and small forms, ＝＋－＠ ﹦﹢﹣﹫, which NFKC folds to ASCII and which
 * spreadsheets accept), or a tab or carriage return — is written with a leading apostrophe.
 * XLSX needs no apostrophe: its writers store text as string cells with the text format (`@`),
 * which no spreadsheet evaluates, so the cell shows exactly what was entered.
 */

/** Characters that start a formula once the first character is NFKC-normalised. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain ASCII number (a spreadsheet must keep 「-3」 as a number, and it cannot run anything). */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * True when a spreadsheet would read `cell` as a formula.
 * @example looksLikeFormula('＝HYPERLINK("x")') // true
 * @example looksLikeFormula('-3') // false
 */
export function looksLikeFormula(cell: string): boolean {
  const first = cell.codePointAt(0);
  if (first === undefined || PLAIN_NUMBER.test(cell)) {
    return false;
  }
  return FORMULA_START.test(String.fromCodePoint(first).normalize('NFKC'));
}

/**
 * The cell as a CSV must carry it: a leading apostrophe before anything that looks like a formula.
 * @example neutralizeFormula('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function neutralizeFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/**
 * Reading a file back: the apostrophe this guard (or a person in Excel) put in front of a
 * formula-looking cell is removed again.
 * @example removeFormulaGuard("'＝1") // '＝1'
 */
export function removeFormulaGuard(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
