/** How item facts read on the public pages: dates in Beijing time, 有效性 words, the 主题分类 path. */
import { VALIDITY_LABELS, isOneOf, VALIDITIES, OUT_OF_FORCE } from '../../domain/publishing/vocabulary.ts';

const CST_MS = 8 * 3600 * 1000;

/** `2026-12-06` (Beijing) of an instant. */
export function beijingDay(at: Date | null): string {
  return at === null ? '' : new Date(at.getTime() + CST_MS).toISOString().slice(0, 10);
}

/** `2026-12-06 09:30` (Beijing) of an instant (PubDate tag, 修订于). */
export function beijingMinute(at: Date | null): string {
  return at === null ? '' : new Date(at.getTime() + CST_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The 有效性 word, or ''. */
export function validityLabel(value: string | null): string {
  return isOneOf(VALIDITIES, value) ? VALIDITY_LABELS[value] : '';
}

/** True for 已废止 / 已失效 (shown in red). */
export function isOutOfForce(value: string | null): boolean {
  return isOneOf(VALIDITIES, value) && OUT_OF_FORCE.includes(value);
}
