/**
 * The district (or city) report's tables as the sum of its organs' (issue 12, 「全区共收到…」): cell by
 * cell over tables 二, 三 and 四 of the 2021 format. Every identity of the form is linear, so a sum
 * of reports that satisfy them satisfies them too — by construction, not by correction. A cell that
 * any included report leaves blank (null) is blank in the sum, and the roll-up says which organs
 * left it blank: 0 and unknown are never conflated (decision 001).
 * 万元 amounts are summed to four decimals (the form prints at most four).
 */
import { APPLICANT_COLUMNS } from '../report/layout.ts';
import type { ApplicantRow, Applications, OtherHandlingSplit, Report2021 } from '../report/model.ts';

/** One included organ's report. */
export type RollupPart = { organ: string; report: Report2021 };

/** A cell (contract path) left blank by some organs. */
export type BlankCell = { path: string; organs: string[] };

export type Rollup = {
  proactive: Report2021['proactive'];
  applications: Applications | null;
  reviewLitigation: Report2021['reviewLitigation'];
  blanks: BlankCell[];
};

type Blanks = Map<string, Set<string>>;
type Tagged<T> = { organ: string; value: T };

const isSplit = (other: Applications['other']): other is OtherHandlingSplit => !Array.isArray(other);

/** （六）其他处理 as one row (the three sub-rows summed per column), for organs printing it either way. */
function otherAsRow(other: Applications['other']): ApplicantRow {
  if (!isSplit(other)) {
    return other;
  }
  const rows = [other.noCorrection, other.noFee, other.other];
  return APPLICANT_COLUMNS.map((_, i) =>
    rows.some((r) => r[i] === null) ? null : rows.reduce((sum, r) => sum + (r[i] ?? 0), 0),
  ) as unknown as ApplicantRow;
}

const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

/** Sums values of one shape (numbers, arrays, objects); null anywhere in a cell makes it null. */
function sumTree(parts: readonly Tagged<unknown>[], path: string, blanks: Blanks, amount: boolean): unknown {
  const first = parts[0]!.value;
  if (Array.isArray(first)) {
    return first.map((_, i) =>
      sumTree(
        parts.map((p) => ({ organ: p.organ, value: (p.value as unknown[])[i] ?? null })),
        `${path}[${i}]`,
        blanks,
        amount,
      ),
    );
  }
  if (first !== null && typeof first === 'object') {
    return Object.fromEntries(
      Object.keys(first).map((key) => [
        key,
        sumTree(
          parts.map((p) => ({ organ: p.organ, value: (p.value as Record<string, unknown>)[key] ?? null })),
          `${path}.${key}`,
          blanks,
          amount || key === 'amountWanYuan',
        ),
      ]),
    );
  }
  const missing = parts.filter((p) => typeof p.value !== 'number').map((p) => p.organ);
  if (missing.length > 0) {
    blanks.set(path, new Set([...(blanks.get(path) ?? []), ...missing]));
    return null;
  }
  const sum = parts.reduce((total, p) => total + (p.value as number), 0);
  return amount ? round4(sum) : sum;
}

/** Sums one part of the report; a part an organ did not fill at all is blank in the sum. */
function sumPart<T>(parts: readonly Tagged<T | null>[], path: string, blanks: Blanks): T | null {
  const absent = parts.filter((p) => p.value === null).map((p) => p.organ);
  if (parts.length === 0 || absent.length > 0) {
    if (absent.length > 0) {
      blanks.set(path, new Set(absent));
    }
    return null;
  }
  return sumTree(parts, path, blanks, false) as T;
}

/** Table 三: when any organ prints （六） as one row, the sum prints one row too. */
function sumApplications(parts: readonly Tagged<Applications | null>[], blanks: Blanks): Applications | null {
  const present = parts.filter((p): p is Tagged<Applications> => p.value !== null);
  const allSplit = present.every((p) => isSplit(p.value.other));
  const aligned = parts.map((p) =>
    p.value === null || allSplit
      ? p
      : { organ: p.organ, value: { ...p.value, other: otherAsRow(p.value.other) } },
  );
  return sumPart(aligned, 'applications', blanks);
}

/**
 * The summed tables of the included organs' reports.
 * @example rollUp([{ organ: '区教育局', report: a }, { organ: '区财政局', report: b }]).applications?.newlyReceived[6]
 */
export function rollUp(parts: readonly RollupPart[]): Rollup {
  const blanks: Blanks = new Map();
  const tag = <T>(read: (r: Report2021) => T) =>
    parts.map((p) => ({ organ: p.organ, value: read(p.report) }));
  const proactive = sumPart(
    tag((r) => r.proactive),
    'proactive',
    blanks,
  );
  const applications = sumApplications(
    tag((r) => r.applications),
    blanks,
  );
  const reviewLitigation = sumPart(
    tag((r) => r.reviewLitigation),
    'reviewLitigation',
    blanks,
  );
  return {
    proactive,
    applications,
    reviewLitigation,
    blanks: [...blanks].map(([path, organs]) => ({ path, organs: [...organs] })),
  };
}
