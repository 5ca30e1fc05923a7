/**
 * Case numbers for an import (一案一号): a ledger's own number is kept; a row without one takes the
 * organ's next number of its receipt year, in order of receipt. Kept numbers written in the
 * organ's pattern move the organ's sequence past them first, so neither this import nor a later
 * application can be given a number that exists. Runs inside the import's transaction.
 */
import type { Queryable } from '../../../db/db.ts';
import {
  findExistingCaseNumbers,
  raiseCaseSequence,
  reserveCaseSequences,
} from '../../../db/queries/case-imports.ts';
import { findCaseNumbering } from '../../../db/queries/cases.ts';
import { compareDates, yearOf } from '../../../domain/calendar/local-date.ts';
import {
  DEFAULT_CASE_NUMBER_PATTERN,
  defaultShortName,
  formatCaseNumber,
} from '../../../domain/case/case-number.ts';
import type { LedgerCase } from '../../../domain/case/ledger/ledger-case.ts';
import { sequenceInCaseNumber } from '../../../domain/case/ledger/ledger-numbers.ts';
import type { Organ } from '../../../domain/organs/organ.ts';

type Numbering = { pattern: string; shortName: string };

/** Raises the organ's sequences past the kept numbers that follow its pattern. */
async function raisePastKeptNumbers(
  tx: Queryable,
  organId: number,
  numbering: Numbering,
  cases: readonly LedgerCase[],
): Promise<void> {
  const highest = new Map<number, number>();
  for (const c of cases) {
    if (c.caseNumber === null) {
      continue;
    }
    const received = yearOf(c.receivedOn);
    for (const year of [received, received + 1, received - 1]) {
      const sequence = sequenceInCaseNumber(
        numbering.pattern,
        { shortName: numbering.shortName, year },
        c.caseNumber,
      );
      if (sequence !== null) {
        highest.set(year, Math.max(highest.get(year) ?? 0, sequence));
        break;
      }
    }
  }
  for (const [year, sequence] of highest) {
    await raiseCaseSequence(tx, organId, year, sequence);
  }
}

/** `count` free numbers of the year, skipping any that exist or that the file keeps. */
async function freeNumbers(
  tx: Queryable,
  organId: number,
  numbering: Numbering,
  year: number,
  count: number,
  kept: ReadonlySet<string>,
): Promise<string[]> {
  const numbers: string[] = [];
  while (numbers.length < count) {
    const wanted = count - numbers.length;
    const first = await reserveCaseSequences(tx, organId, year, wanted);
    const candidates = Array.from({ length: wanted }, (_, i) =>
      formatCaseNumber(numbering.pattern, { shortName: numbering.shortName, year, sequence: first + i }),
    );
    const taken = await findExistingCaseNumbers(tx, candidates);
    numbers.push(...candidates.filter((n) => !taken.has(n) && !kept.has(n)));
  }
  return numbers;
}

/**
 * @returns the number of each case, in the order of `cases`
 */
export async function numberLedgerCases(
  tx: Queryable,
  organ: Organ,
  cases: readonly LedgerCase[],
): Promise<string[]> {
  const stored = await findCaseNumbering(tx, organ.id);
  const numbering: Numbering = {
    pattern: stored?.pattern ?? DEFAULT_CASE_NUMBER_PATTERN,
    shortName: stored?.shortName ?? defaultShortName(organ.name),
  };
  await raisePastKeptNumbers(tx, organ.id, numbering, cases);
  const kept = new Set(cases.flatMap((c) => (c.caseNumber === null ? [] : [c.caseNumber])));
  const result = cases.map((c) => c.caseNumber);
  const unnumbered = cases
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.caseNumber === null)
    .sort((a, b) => compareDates(a.c.receivedOn, b.c.receivedOn) || a.c.line - b.c.line);
  const byYear = new Map<number, number[]>();
  for (const { c, index } of unnumbered) {
    const year = yearOf(c.receivedOn);
    const indices = byYear.get(year) ?? [];
    indices.push(index);
    byYear.set(year, indices);
  }
  for (const [year, indices] of byYear) {
    const numbers = await freeNumbers(tx, organ.id, numbering, year, indices.length, kept);
    indices.forEach((index, i) => (result[index] = numbers[i]!));
  }
  return result.map((n) => n!);
}
