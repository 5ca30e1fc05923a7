/**
 * The compact text form administrators type or upload for a year's 放假安排, and its JSON twin.
 *
 * ```
 * 年度 2027
 * 文号 国办发明电〔2026〕X号
 * 来源 https://www.gov.cn/zhengce/zhengceku/…
 * 休 2027-01-01..2027-01-03
 * 休 2027-02-05..2027-02-12, 2027-04-05
 * 班 2027-02-20
 * ```
 *
 * One line per entry; `#` starts a comment. 休/放假 lines list rest days (weekend days inside a
 * range included), 班/上班 lines the weekend days that become working days. Ranges use `..`
 * (also `至`, `~`); several dates or ranges on one line are separated by commas, 「、」 or spaces.
 * JSON: `{ "year": 2027, "notice": "…", "source": "…", "restDays": ["2027-01-01..2027-01-03"], "workdays": ["2027-02-20"] }`.
 */
import {
  expandDateRange,
  uniqueSortedDates,
  validateArrangement,
  type YearArrangement,
} from './arrangements.ts';
import { daysBetween, type LocalDate } from './local-date.ts';

/** What a text or file said, before it is checked as a whole (missing parts are empty). */
export type ArrangementDraft = {
  year: number | null;
  notice: string;
  source: string;
  restDays: LocalDate[];
  workdays: LocalDate[];
};

/** A draft and the problems met while reading it (Chinese, with line numbers). */
export type DraftResult = { draft: ArrangementDraft; errors: string[] };

const KEYWORDS: Record<string, 'year' | 'notice' | 'source' | 'rest' | 'work'> = {
  年度: 'year',
  年份: 'year',
  year: 'year',
  文号: 'notice',
  通知: 'notice',
  标题: 'notice',
  notice: 'notice',
  来源: 'source',
  网址: 'source',
  source: 'source',
  休: 'rest',
  放假: 'rest',
  rest: 'rest',
  班: 'work',
  上班: 'work',
  work: 'work',
};

const LINE =
  /^(年度|年份|文号|通知|标题|来源|网址|放假|上班|休|班|year|notice|source|rest|work)\s*[:：]?\s*(.*)$/i;
const RANGE_MARK = /\s*(?:\.\.|至|~|～)\s*/g;
const LIST_SEPARATOR = /[\s,，、;；]+/;

/** An empty draft. */
export function emptyDraft(): ArrangementDraft {
  return { year: null, notice: '', source: '', restDays: [], workdays: [] };
}

/** Reads a year written as four digits; null otherwise. */
export function parseYear(text: string): number | null {
  return /^\s*\d{4}\s*(年)?\s*$/.test(text) ? Number(text.trim().slice(0, 4)) : null;
}

function readDates(text: string, lineNumber: number, errors: string[]): LocalDate[] {
  const items = text
    .replace(RANGE_MARK, '..')
    .split(LIST_SEPARATOR)
    .filter((item) => item !== '');
  if (items.length === 0) {
    errors.push(`第 ${lineNumber} 行：没有日期`);
  }
  return items.flatMap((item) => {
    const result = expandDateRange(item);
    if ('error' in result) {
      errors.push(`第 ${lineNumber} 行：${result.error}`);
      return [];
    }
    return result.days;
  });
}

function readLine(draft: ArrangementDraft, line: string, lineNumber: number, errors: string[]): void {
  const match = LINE.exec(line);
  const kind = match ? KEYWORDS[match[1]!.toLowerCase()] : undefined;
  const value = match?.[2]?.trim() ?? '';
  switch (kind) {
    case 'year': {
      draft.year = parseYear(value);
      if (draft.year === null) {
        errors.push(`第 ${lineNumber} 行：年度「${value}」应为四位数字，如 2027`);
      }
      return;
    }
    case 'notice':
      draft.notice = value;
      return;
    case 'source':
      draft.source = value;
      return;
    case 'rest':
      draft.restDays.push(...readDates(value, lineNumber, errors));
      return;
    case 'work':
      draft.workdays.push(...readDates(value, lineNumber, errors));
      return;
    case undefined:
      errors.push(
        `第 ${lineNumber} 行：无法识别「${line.length > 40 ? `${line.slice(0, 40)}…` : line}」（应以「休」或「班」开头，如「休 2027-01-01..2027-01-03」）`,
      );
  }
}

/**
 * Reads the compact text form.
 * @example parseArrangementText('休 2027-01-01..2027-01-03\n班 2027-01-04').draft.restDays.length // 3
 */
export function parseArrangementText(text: string): DraftResult {
  const draft = emptyDraft();
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw
      .replace(/#.*$/, '')
      .replace(/^\uFEFF/, '')
      .trim();
    if (line !== '') {
      readLine(draft, line, index + 1, errors);
    }
  });
  return {
    draft: {
      ...draft,
      restDays: uniqueSortedDates(draft.restDays),
      workdays: uniqueSortedDates(draft.workdays),
    },
    errors: errors.slice(0, 20),
  };
}

const stringOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function jsonDates(value: unknown, label: string, errors: string[]): LocalDate[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    errors.push(`「${label}」应为日期或时段（文字）的列表`);
    return [];
  }
  return (value as string[]).flatMap((item) => {
    const result = expandDateRange(item);
    if ('error' in result) {
      errors.push(`${label}：${result.error}`);
      return [];
    }
    return result.days;
  });
}

/**
 * Reads the JSON form (`restDays`/`workdays`, or `rest`/`work`).
 * @example parseArrangementJson('{"year":2027,"restDays":["2027-01-01"]}').draft.year // 2027
 */
export function parseArrangementJson(text: string): DraftResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { draft: emptyDraft(), errors: ['文件不是有效的 JSON'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      draft: emptyDraft(),
      errors: ['JSON 文件应为一个对象，如 {"year": 2027, "restDays": […], "workdays": […]}'],
    };
  }
  const record = data as Record<string, unknown>;
  const errors: string[] = [];
  const year = parseYear(stringOf(record.year));
  if (record.year !== undefined && year === null) {
    errors.push('「year」应为四位数字的年度');
  }
  const draft: ArrangementDraft = {
    year,
    notice: stringOf(record.notice).trim(),
    source: stringOf(record.source).trim(),
    restDays: uniqueSortedDates(jsonDates(record.restDays ?? record.rest, '放假日期', errors)),
    workdays: uniqueSortedDates(jsonDates(record.workdays ?? record.work, '上班日期', errors)),
  };
  return { draft, errors: errors.slice(0, 20) };
}

/** Consecutive dates folded into `a..b` ranges. */
export function dateRanges(dates: readonly LocalDate[]): string[] {
  const ranges: string[] = [];
  let first: LocalDate | null = null;
  let last: LocalDate | null = null;
  for (const date of dates) {
    if (first !== null && last !== null && daysBetween(last, date) === 1) {
      last = date;
      continue;
    }
    if (first !== null && last !== null) {
      ranges.push(first === last ? first : `${first}..${last}`);
    }
    first = date;
    last = date;
  }
  if (first !== null && last !== null) {
    ranges.push(first === last ? first : `${first}..${last}`);
  }
  return ranges;
}

/**
 * The 休/班 lines of an arrangement in the compact form, one range per line (what the preview
 * carries to the save step, and what the admin page shows).
 * @example formatArrangementDays({ restDays: ['2027-01-01', '2027-01-02'], workdays: [] }) // '休 2027-01-01..2027-01-02'
 */
export function formatArrangementDays(arrangement: Pick<YearArrangement, 'restDays' | 'workdays'>): string {
  return [
    ...dateRanges(arrangement.restDays).map((range) => `休 ${range}`),
    ...dateRanges(arrangement.workdays).map((day) => `班 ${day}`),
  ].join('\n');
}

/**
 * A complete, valid arrangement from a draft, or every problem with it (Chinese).
 * @example arrangementFromDraft({ ...emptyDraft(), year: 2027 }).errors // ['请填写通知的文号或标题', …]
 */
export function arrangementFromDraft(draft: ArrangementDraft): {
  arrangement: YearArrangement | null;
  errors: string[];
} {
  if (draft.year === null) {
    return { arrangement: null, errors: ['请填写年度（四位数字，如 2027）'] };
  }
  const arrangement: YearArrangement = {
    year: draft.year,
    notice: draft.notice.trim(),
    source: draft.source.trim(),
    restDays: draft.restDays,
    workdays: draft.workdays,
  };
  const errors = validateArrangement(arrangement);
  return errors.length === 0 ? { arrangement, errors } : { arrangement: null, errors };
}
