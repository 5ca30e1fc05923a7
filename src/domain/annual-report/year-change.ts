/**
 * The year-on-year change as reports word it: 「较上年增加12.5%」「较上年减少20.8%」「与上年持平」.
 * Percentages are of last year's figure, rounded half away from zero to one decimal (seed 002 and
 * most reports print one decimal); a change from 0 has no percentage and is worded in counts.
 */

/** What the change is, before wording. */
export type YearChange =
  | { kind: 'same' }
  | { kind: 'up' | 'down'; percent: number | null; difference: number }
  | { kind: 'unknown' };

/**
 * The change from `previous` to `current` (null when either is unknown).
 * @example yearChange(48, 61) // { kind: 'down', percent: 21.3, difference: 13 }
 */
export function yearChange(current: number | null, previous: number | null): YearChange {
  if (current === null || previous === null) {
    return { kind: 'unknown' };
  }
  if (current === previous) {
    return { kind: 'same' };
  }
  const difference = Math.abs(current - previous);
  const percent = previous === 0 ? null : Math.round((difference / previous) * 1000) / 10;
  return { kind: current > previous ? 'up' : 'down', percent, difference };
}

/**
 * The words of a change, or '' when it is unknown.
 * @param unit the count's unit (件, 条)
 * @example yearChangeWords(yearChange(48, 61), '件') // '较上年减少21.3%'
 * @example yearChangeWords(yearChange(5, 0), '件') // '较上年增加5件'
 */
export function yearChangeWords(change: YearChange, unit: string): string {
  switch (change.kind) {
    case 'unknown':
      return '';
    case 'same':
      return '与上年持平';
    case 'up':
    case 'down': {
      const verb = change.kind === 'up' ? '增加' : '减少';
      const amount =
        change.percent === null ? `${change.difference}${unit}` : `${formatPercent(change.percent)}%`;
      return `较上年${verb}${amount}`;
    }
  }
}

/** One decimal, without a trailing `.0` (「增加25%」, 「减少20.8%」). */
function formatPercent(percent: number): string {
  return Number.isInteger(percent) ? String(percent) : percent.toFixed(1);
}
