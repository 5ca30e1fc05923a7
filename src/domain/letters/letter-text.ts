/**
 * Wording shared by every letter: statute names, dates, numbering and sums as Chinese letters
 * print them (GB/T 9704: Arabic numerals in dates).
 */
import { formatChineseDate } from '../calendar/local-date.ts';
import type { LocalDate } from '../calendar/local-date.ts';

/** The 条例 (2019 revision), by its full name. */
export const REGULATION = '《中华人民共和国政府信息公开条例》';
/** 国办函〔2020〕109号. */
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》';
export const REVIEW_LAW = '《中华人民共和国行政复议法》';
export const LITIGATION_LAW = '《中华人民共和国行政诉讼法》';

/**
 * A date as letters print it, without the weekday.
 * @example dateText(localDate('2024-01-05')) // '2024年1月5日'
 */
export function dateText(date: LocalDate): string {
  return formatChineseDate(date, false);
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * 1…99 in Chinese numerals, for 「一、」「（二）」 list markers.
 * @example chineseNumeral(12) // '十二'
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    return String(value);
  }
  const tens = Math.floor(value / 10);
  const ones = DIGITS[value % 10] ?? '';
  if (tens === 0) {
    return ones;
  }
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones}`;
}

/**
 * A sum in yuan: whole yuan without decimals, otherwise with fen.
 * @example yuanText(1200) // '1200元'
 * @example yuanText(12.5) // '12.50元'
 */
export function yuanText(amount: number): string {
  return `${Number.isInteger(amount) ? String(amount) : amount.toFixed(2)}元`;
}

/**
 * A list of sub-items 「（一）…；（二）…。」, each on its own paragraph.
 * @example enumerate(['a', 'b']) // ['（一）a；', '（二）b。']
 */
export function enumerate(entries: readonly string[]): string[] {
  return entries.map((entry, index) => {
    const text = entry.trim().replace(/[；;。.，,]+$/u, '');
    return `（${chineseNumeral(index + 1)}）${text}${index === entries.length - 1 ? '。' : '；'}`;
  });
}

/**
 * Ends a sentence the user typed with 「。」 unless it already ends with punctuation.
 * @example sentence('理由如下') // '理由如下。'
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[。！？!?]$/u.test(trimmed) ? trimmed : `${trimmed.replace(/[；;，,.]+$/u, '')}。`;
}

/** Text the user typed, without a trailing full stop (to embed it in a longer sentence). */
export function clause(text: string): string {
  return text.trim().replace(/[。；;，,.]+$/u, '');
}

/**
 * Optional text the user left blank counts as not given (forms send 「」 for empty fields).
 * @example present('  ') // undefined
 */
export function present(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}
