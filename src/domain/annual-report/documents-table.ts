/**
 * Table 二's 规章 and 行政规范性文件 rows (本年制发 / 本年废止 / 现行有效) from the published items and
 * the dates they went out of force. Pure.
 *
 * Which date puts a document in a year is a setting (`YearBasis`): the 成文日期 (when it was made —
 * the form's 「制发」) by default [U], or the 发布日期 for organs that count what they published; a
 * document without a 成文日期 falls back to its 发布日期. 「本年废止」 counts documents that went out
 * of force in the year, 已废止 and 已失效 alike — both leave the 现行有效 count, and counting only
 * one would break 现行有效(上年) + 本年制发 − 本年废止 = 现行有效(本年), which the report checker
 * tests across years (IN_FORCE_CONTINUITY) and which holds here by construction. 已修改 documents
 * stay in force. See docs/decisions/032-report-deadlines.md.
 */
import type { LocalDate } from '../calendar/local-date.ts';

/** Which date decides the year a document was made in. */
export type YearBasis = 'written' | 'published';

/** A published 规章 or 行政规范性文件 as table 二 needs it. */
export type DocumentRecord = {
  kind: 'rule' | 'normative';
  writtenOn: LocalDate | null;
  publishedOn: LocalDate;
  /** When it was 废止 or 失效 (null while in force or 已修改). */
  outOfForceOn: LocalDate | null;
  /** How many documents this record stands for (only the years of the dates count; default 1). */
  count?: number;
};

export type DocumentCounts = { issued: number; repealed: number; inForce: number };

const yearOf = (date: LocalDate): number => Number(date.slice(0, 4));

/** The year a document counts as made in. */
function madeIn(record: DocumentRecord, basis: YearBasis): number {
  return yearOf(basis === 'written' && record.writtenOn !== null ? record.writtenOn : record.publishedOn);
}

/** The year it left force (never before it was made, whatever the dates say). */
function leftIn(record: DocumentRecord, basis: YearBasis): number | null {
  return record.outOfForceOn === null ? null : Math.max(yearOf(record.outOfForceOn), madeIn(record, basis));
}

function countsOf(records: readonly DocumentRecord[], year: number, basis: YearBasis): DocumentCounts {
  let issued = 0;
  let repealed = 0;
  let inForce = 0;
  for (const record of records) {
    const made = madeIn(record, basis);
    const left = leftIn(record, basis);
    const n = record.count ?? 1;
    issued += made === year ? n : 0;
    repealed += left === year ? n : 0;
    inForce += made <= year && (left === null || left > year) ? n : 0;
  }
  return { issued, repealed, inForce };
}

/**
 * The two rows for `year`.
 * @example documentsTable([{ kind: 'normative', writtenOn: '2025-03-01', publishedOn: '2025-03-05', outOfForceOn: null }], 2025, 'written')
 * // { rules: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 1, repealed: 0, inForce: 1 } }
 */
export function documentsTable(
  records: readonly DocumentRecord[],
  year: number,
  basis: YearBasis,
): { rules: DocumentCounts; normativeDocuments: DocumentCounts } {
  return {
    rules: countsOf(
      records.filter((r) => r.kind === 'rule'),
      year,
      basis,
    ),
    normativeDocuments: countsOf(
      records.filter((r) => r.kind === 'normative'),
      year,
      basis,
    ),
  };
}
