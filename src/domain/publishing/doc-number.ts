/**
 * 文号 (发文字号): 「发文机关代字〔年份〕序号」 with 六角括号 (GB/T 9704-2012 7.2.4). Pasted numbers come
 * with every other bracket; they are normalised to 〔〕, and a number that still does not have the
 * shape gets a warning (not an error: 令 numbers such as 「区政府令第3号」 are well-formed too).
 */

const YEAR_IN_BRACKETS = /[[［【（(〔{｛]\s*(\d{4})\s*[\]］】）)〕}｝]/;

/**
 * The 文号 with its year bracket made 〔〕, full-width digits and spaces tidied.
 * @example normaliseDocNumber('博政发[2024] 3号') // '博政发〔2024〕3号'
 */
export function normaliseDocNumber(text: string): string {
  const halfDigits = text.normalize('NFKC').replace(/\s+/g, '');
  return halfDigits.replace(YEAR_IN_BRACKETS, (_m, year: string) => `〔${year}〕`);
}

/** True for the two shapes in use: 「代字〔年〕序号号」 and 「…第N号」. */
export function isWellFormedDocNumber(normalised: string): boolean {
  return (
    /^[\p{Script=Han}A-Za-z]{1,20}〔\d{4}〕\d{1,5}号$/u.test(normalised) ||
    /^[\p{Script=Han}]{1,20}第\d{1,5}号$/u.test(normalised)
  );
}

/** A key that matches a 文号 however it was typed (for search and duplicates). */
export function docNumberKey(text: string): string {
  return normaliseDocNumber(text)
    .replace(/[〔〕]/g, '')
    .toLowerCase();
}
