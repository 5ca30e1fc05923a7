/**
 * Reading counts written in Arabic or Chinese numerals, as they appear in report prose
 * (「61件」「１９,５１３件」「二十三件」「两件」「一百零五件」).
 */

// prettier-ignore
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Regex source matching one count in either numeral system (no sign, no decimals). */
export const COUNT_PATTERN = String.raw`\d{1,3}(?:,\d{3})+|\d+|[零〇一二两三四五六七八九十百千万]+`;

/**
 * Replaces full-width digits by ASCII digits, keeping every offset unchanged.
 * @example normalizeDigits('６１件') // '61件'
 */
export function normalizeDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function parseChinese(text: string): number | null {
  if (![...text].some((ch) => ch in SMALL_UNITS || ch === '万')) {
    // Digit by digit, as in 「二〇二三」.
    let value = 0;
    for (const ch of text) {
      const digit = DIGITS[ch];
      if (digit === undefined) {
        return null;
      }
      value = value * 10 + digit;
    }
    return value;
  }
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  for (const ch of text) {
    const digit = DIGITS[ch];
    const unit = SMALL_UNITS[ch];
    if (digit !== undefined) {
      pending = digit;
    } else if (unit !== undefined) {
      section += (pending ?? 1) * unit;
      pending = null;
    } else if (ch === '万') {
      total += (section + (pending ?? 0)) * 10000;
      section = 0;
      pending = null;
    } else {
      return null;
    }
  }
  return total + section + (pending ?? 0);
}

/**
 * Parses a count written with Arabic digits (commas allowed between thousands) or Chinese numerals.
 * @returns the integer, or null if the text is not a count
 * @example parseCount('19,513') // 19513
 * @example parseCount('二十三') // 23
 * @example parseCount('两') // 2
 * @example parseCount('一百零五') // 105
 */
export function parseCount(text: string): number | null {
  const normalized = normalizeDigits(text.trim());
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(normalized)) {
    return Number(normalized.replace(/,/g, ''));
  }
  if (normalized === '' || !/^[零〇一二两三四五六七八九十百千万]+$/.test(normalized)) {
    return null;
  }
  return parseChinese(normalized);
}
