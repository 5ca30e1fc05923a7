/**
 * Random but reproducible cases for property tests and the benchmark: a seeded PRNG (mulberry32,
 * no dependency) and generators for cases (across years, applicant kinds, multi-item replies) and
 * review/litigation records.
 */
import { addDays, localDate, type LocalDate } from '../../calendar/local-date.ts';
import { APPLICANT_KINDS } from '../applicant-kinds.ts';
import { DECISIONS, type Decision } from '../decisions.ts';
import type { CaseForStatistics } from './applications-table.ts';
import type { ReviewRecord } from './review-litigation-table.ts';
import { statisticalDecision } from './statistical-decision.ts';

/** A seeded random number generator: floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type GenerateOptions = {
  /** First and last year of receipt. */
  fromYear: number;
  toYear: number;
  /** Share of cases still open (default 0.1). */
  openShare?: number;
  /** Most items in one application (default 4). */
  maxItems?: number;
  /** Longest time to close, in calendar days (default 400, so cases cross year ends). */
  maxDaysOpen?: number;
};

/** A generated case with the item decisions its statistical decision came from (null while open). */
export type GeneratedCase = CaseForStatistics & { itemDecisions: readonly Decision[] | null };

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]!;

/** Item decisions of a closed case: mostly one item, often granted; （六） outcomes end a whole case. */
function itemDecisionsOf(random: () => number, maxItems: number): Decision[] {
  const roll = random();
  if (roll < 0.1) {
    return [pick(random, ['other.noCorrection', 'other.noFee', 'other.other'] as const)];
  }
  const count = 1 + Math.floor(random() * maxItems);
  return Array.from({ length: count }, () => (random() < 0.45 ? 'granted' : pick(random, DECISIONS)));
}

/**
 * `n` reproducible cases.
 * @example generateCases(1, 2000, { fromYear: 2022, toYear: 2025 })
 */
export function generateCases(seed: number, n: number, options: GenerateOptions): GeneratedCase[] {
  const random = seededRandom(seed);
  const { fromYear, toYear, openShare = 0.1, maxItems = 4, maxDaysOpen = 400 } = options;
  const start = localDate(`${fromYear}-01-01`);
  const span = Math.round((Date.UTC(toYear + 1, 0, 1) - Date.UTC(fromYear, 0, 1)) / 86_400_000);
  return Array.from({ length: n }, (): GeneratedCase => {
    const received = addDays(start, Math.floor(random() * span));
    const applicantKind = random() < 0.7 ? 'naturalPerson' : pick(random, APPLICANT_KINDS);
    if (random() < openShare) {
      return { applicantKind, received, closedOn: null, decision: null, itemDecisions: null };
    }
    const closedOn: LocalDate = addDays(received, Math.floor(random() * random() * maxDaysOpen));
    const itemDecisions = itemDecisionsOf(random, maxItems);
    return { applicantKind, received, closedOn, decision: statisticalDecision(itemDecisions), itemDecisions };
  });
}

/**
 * `n` reproducible review and litigation records.
 * @example generateReviewRecords(1, 500, { fromYear: 2022, toYear: 2025 })
 */
export function generateReviewRecords(
  seed: number,
  n: number,
  options: Pick<GenerateOptions, 'fromYear' | 'toYear'>,
): ReviewRecord[] {
  const random = seededRandom(seed);
  const start = localDate(`${options.fromYear}-01-01`);
  const span = (options.toYear - options.fromYear + 1) * 365;
  return Array.from({ length: n }, (): ReviewRecord => {
    const kind = pick(random, ['review', 'litigationDirect', 'litigationAfterReview'] as const);
    const filedOn = addDays(start, Math.floor(random() * span));
    if (random() < 0.2) {
      return { kind, filedOn, result: 'pending', concludedOn: null };
    }
    return {
      kind,
      filedOn,
      result: pick(random, ['upheld', 'corrected', 'other'] as const),
      concludedOn: addDays(filedOn, Math.floor(random() * 300)),
    };
  });
}
