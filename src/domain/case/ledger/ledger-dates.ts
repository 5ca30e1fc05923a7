/**
 * Dates as ledgers write them: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, with or
 * without a time after them, full-width digits, and Excel serial day numbers (a date cell saved
 * as a plain number, 45356 = 2024-03-05).
 */
import { addDays, localDate, parseLocalDate, type LocalDate } from '../../calendar/local-date.ts';

/** Excel's serial 2 (its serials count from 1899-12-30 once past the 1900 leap-year bug). */
const EXCEL_DAY_2 = localDate('1900-01-01');

const SEPARATED = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:[\sT].*)?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^[1-9]\d{4}(?:\.0+)?$/;

const pad = (n: string) => n.padStart(2, '0');

/**
 * @returns the date, or null when the text is not a date
 * @example parseLedgerDate('2024年3月5日') // '2024-03-05'
 * @example parseLedgerDate('45356') // '2024-03-05'
 */
export function parseLedgerDate(text: string): LocalDate | null {
  const value = text.normalize('NFKC').trim();
  const separated = SEPARATED.exec(value);
  if (separated) {
    return parseLocalDate(`${separated[1]!}-${pad(separated[2]!)}-${pad(separated[3]!)}`);
  }
  const compact = COMPACT.exec(value);
  if (compact) {
    return parseLocalDate(`${compact[1]!}-${compact[2]!}-${compact[3]!}`);
  }
  if (SERIAL.test(value)) {
    return addDays(EXCEL_DAY_2, Math.trunc(Number(value)) - 2);
  }
  return null;
}
