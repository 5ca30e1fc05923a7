/**
 * Reading the cells of one ledger row: text, dates, choices. Every problem is collected with the
 * row number and the column's Chinese header, so the preview can say 「第12行「办理结果」：…」.
 * Messages quote dates, channels and results, never the applicant's personal data.
 */
import { compareDates, type LocalDate } from '../../calendar/local-date.ts';
import { cleanText, type TextRule } from '../../applicant/field-text.ts';
import { readChoice, type ChoiceTable } from './ledger-choices.ts';
import { ledgerHeaderOf, type LedgerColumnKey } from './ledger-columns.ts';
import type { LedgerIssue, LedgerRow } from './ledger-case.ts';
import { parseLedgerDate } from './ledger-dates.ts';

/** The earliest receipt date: the 2007 条例 took effect on 2008-05-01. */
export const EARLIEST_RECEIPT = '2008-05-01' as LocalDate;

/** A short quote of a cell for a message (choices and dates only). */
export const quote = (text: string): string => {
  const chars = [...text.trim()];
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('');
};

/** Collects one row's values, errors and notes. */
export class RowReader {
  readonly errors: LedgerIssue[] = [];
  readonly notes: LedgerIssue[] = [];

  constructor(
    readonly row: LedgerRow,
    readonly today: LocalDate,
  ) {
    for (const problem of row.problems) {
      this.fail(problem.column, problem.message);
    }
  }

  /** The cell's text ('' when empty or missing). */
  cell(key: LedgerColumnKey): string {
    return (this.row.cells[key] ?? '').trim();
  }

  fail(key: LedgerColumnKey | null, message: string): null {
    this.errors.push({ line: this.row.line, column: key === null ? null : ledgerHeaderOf(key), message });
    return null;
  }

  note(key: LedgerColumnKey | null, message: string): void {
    this.notes.push({ line: this.row.line, column: key === null ? null : ledgerHeaderOf(key), message });
  }

  /** Cleaned text; null when empty (an error when required) or refused. */
  text(key: LedgerColumnKey, rule: TextRule, isRequired: boolean): string | null {
    const result = cleanText(this.row.cells[key], rule);
    if (!result.isValid) {
      return this.fail(key, result.reason);
    }
    return result.value === null && isRequired ? this.fail(key, `请填写${rule.label}`) : result.value;
  }

  /** A date not after today and not before `notBefore` (named in the message); null when empty or wrong. */
  date(key: LedgerColumnKey, notBefore: { date: LocalDate; label: string }): LocalDate | null {
    const text = this.cell(key);
    if (text === '') {
      return null;
    }
    const label = ledgerHeaderOf(key);
    const date = parseLedgerDate(text);
    if (date === null) {
      return this.fail(key, `「${quote(text)}」不是有效日期，请写成 2024-03-05 或 2024年3月5日 这样的格式`);
    }
    if (compareDates(date, this.today) > 0) {
      return this.fail(key, `${label} ${date} 晚于今天（${this.today}）`);
    }
    if (compareDates(date, notBefore.date) < 0) {
      return this.fail(key, `${label} ${date} 早于${notBefore.label}`);
    }
    return date;
  }

  /** A choice; an unknown word is an error listing the accepted ones. */
  choice<T extends string>(key: LedgerColumnKey, table: ChoiceTable<T>): T | null {
    const text = this.cell(key);
    if (text === '') {
      return null;
    }
    const separator = table.accepted.some((word) => word.includes('、')) ? '；' : '、';
    return (
      readChoice(table, text) ??
      this.fail(key, `「${quote(text)}」无法识别，可填写：${table.accepted.join(separator)}`)
    );
  }
}
