/**
 * A finding: something the parser could not read, or the checker found wrong, in one report.
 * Codes are stable identifiers (documented in docs/FINDINGS.md); messages are Chinese for users.
 */
import type { PartKey } from './layout.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Where in the report a finding points: a part, and for tables a row and column; for text a character range. */
export type FindingLocation = {
  part?: PartKey | 'header' | 'document';
  /** Table row: contract path (e.g. `withheld.stateSecret`, `review`, `normativeDocuments`). */
  row?: string;
  /** Table column: key (`issued`, `total`) or applicant column index as a string ("0"–"6"). */
  column?: string;
  /** Character offsets into the source text [start, end). */
  start?: number;
  end?: number;
  /** 1-based line in the source text. */
  line?: number;
};

export type Finding = {
  code: string;
  severity: Severity;
  message: string;
  where: FindingLocation;
  /** The numbers involved (both sides of an identity, the difference, values seen…). */
  numbers?: Record<string, number | null>;
  /** Text involved (e.g. the injected string). */
  text?: string;
};

/**
 * Creates a finding; keeps call sites short.
 * @example finding('IDENTITY_ROW_TOTAL', 'error', '…', { part: 'applications', row: 'granted' })
 */
export function finding(
  code: string,
  severity: Severity,
  message: string,
  where: FindingLocation,
  extra: { numbers?: Record<string, number | null>; text?: string } = {},
): Finding {
  return { code, severity, message, where, ...extra };
}

/** Orders findings: errors first, then warnings, then info; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** Checker codes that repeat, for data without source text, what the parser reports from the text. */
const SAME_AS_PARSER: Record<string, readonly string[]> = {
  TABLE_MISSING: ['PARSE_TABLE_NOT_FOUND'],
  SECTION_MISSING: ['PART_MISSING', 'PART_ORDER'],
};

/**
 * Parser findings followed by checker findings, without checker findings that only repeat a
 * parser finding about the same part; sorted errors → warnings → info.
 */
export function mergeFindings(parsed: readonly Finding[], checked: readonly Finding[]): Finding[] {
  const isRepeat = (f: Finding): boolean =>
    (SAME_AS_PARSER[f.code] ?? []).some((code) =>
      parsed.some((p) => p.code === code && p.where.part === f.where.part),
    );
  return sortFindings([...parsed, ...checked.filter((f) => !isRepeat(f))]);
}
