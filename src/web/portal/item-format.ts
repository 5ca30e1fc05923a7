/** How item facts read on the public pages: dates in Beijing time, 有效性 words, the 主题分类 path. */
import { beijingDate, beijingMinute } from '../../domain/calendar/beijing-time.ts';
import { VALIDITY_LABELS, isOneOf, VALIDITIES, OUT_OF_FORCE } from '../../domain/publishing/vocabulary.ts';

/** `2026-12-06` (Beijing) of an instant, or '' for none. */
export function beijingDay(at: Date | null): string {
  return at === null ? '' : beijingDate(at);
}

/** `2026-12-06 09:30` (Beijing) of an instant (PubDate tag, 修订于), or '' for none. */
export function beijingMinuteOrBlank(at: Date | null): string {
  return at === null ? '' : beijingMinute(at);
}

/** The 有效性 word, or ''. */
export function validityLabel(value: string | null): string {
  return isOneOf(VALIDITIES, value) ? VALIDITY_LABELS[value] : '';
}

/** True for 已废止 / 已失效 (shown in red). */
export function isOutOfForce(value: string | null): boolean {
  return isOneOf(VALIDITIES, value) && OUT_OF_FORCE.includes(value);
}
