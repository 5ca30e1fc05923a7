/**
 * The Chinese description of every finding code (the catalogue behind docs/FINDINGS.md), for pages
 * that show findings to people who should not have to read codes.
 */
import { CHECK_FINDING_CODES } from './check/finding-codes.ts';
import { INPUT_FINDING_CODES, PARSE_FINDING_CODES } from './parse/finding-codes.ts';

const CATALOGUE: ReadonlyMap<string, string> = new Map(
  [
    ...Object.entries(PARSE_FINDING_CODES),
    ...Object.entries(INPUT_FINDING_CODES),
    ...Object.entries(CHECK_FINDING_CODES),
  ].map(([code, spec]) => [code, (spec as { meaning: string }).meaning]),
);

/**
 * @returns the catalogue's description, or null for a code it does not know
 * @example findingDescription('IDENTITY_ROW_TOTAL') // '表三某行：「总计」列 ≠ 六类申请人之和'
 */
export function findingDescription(code: string): string | null {
  return CATALOGUE.get(code) ?? null;
}
