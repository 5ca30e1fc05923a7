/**
 * Which stopped-clock stretches count, and how overlapping ones combine. A pause excludes the
 * working days in (from, to] — the day the letter or notice went out is a day of the period, the
 * day the answer or payment came is not (decision 008) — and two excluded pauses that overlap are
 * one stretch: the same day is never taken out twice.
 */
import { compareDates, type LocalDate } from '../calendar/local-date.ts';
import type { ClockPause, PauseReason } from './clock-facts.ts';
import type { DeadlineSettings } from './deadline-settings.ts';
import type { StatutoryPeriods } from './statutory-periods.ts';

/** Excluded pauses merged into one stretch (`to` null: still running). */
export type MergedPause = { from: LocalDate; to: LocalDate | null; members: ClockPause[] };

/**
 * Whether time spent on `reason` is left out of the reply period under `version` and `settings`.
 * @example isExcludedReason('coProducer', periodVersionFor(localDate('2019-05-14')), DEADLINE_SETTINGS) // false (2007: third parties only)
 */
export function isExcludedReason(
  reason: PauseReason,
  version: StatutoryPeriods,
  settings: DeadlineSettings,
): boolean {
  switch (reason) {
    case 'thirdParty':
    case 'coProducer':
      return version.excludedReasons.includes(reason);
    case 'fee':
      return version.hasFeeSetting && settings.feeTimeExcluded;
  }
}

function later(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null || b === null) {
    return null;
  }
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * Merges pauses that overlap or touch into stretches, in date order.
 * @example mergePauses([{ reason: 'thirdParty', from: '2024-10-08', to: '2024-10-18' }, { reason: 'coProducer', from: '2024-10-15', to: '2024-10-25' }])
 *   // [{ from: '2024-10-08', to: '2024-10-25', members: [both] }]
 */
export function mergePauses(pauses: readonly ClockPause[]): MergedPause[] {
  const sorted = [...pauses].sort((a, b) => compareDates(a.from, b.from));
  const merged: MergedPause[] = [];
  for (const pause of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (last.to === null || compareDates(pause.from, last.to) <= 0)) {
      last.to = later(last.to, pause.to);
      last.members.push(pause);
    } else {
      merged.push({ from: pause.from, to: pause.to, members: [pause] });
    }
  }
  return merged;
}
