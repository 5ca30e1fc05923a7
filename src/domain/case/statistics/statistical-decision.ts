/**
 * One case counts once in table 三, however many items it asked for. The form's own words for
 * （二）部分公开 — 「区分处理的，只计这一情形，不计其他情形」 — decide the main case: when an
 * application is answered item by item and something is disclosed while something else is not, it
 * counts only as 部分公开. docs/decisions/009-statistics-from-cases.md records the whole rule.
 */
import { DECISIONS, type Decision } from '../decisions.ts';
import { StatisticsInputError } from './statistics-input-error.ts';

/** Each decision's position in table order (（一） first, （六）3 last). */
export const DECISION_ORDER: ReadonlyMap<Decision, number> = new Map(
  DECISIONS.map((decision, index) => [decision, index]),
);

/**
 * The one decision a case counts under in table 三, from the decisions on its items:
 * 1. every item the same → that decision;
 * 2. any item 部分公开, or 予以公开 together with any item not disclosed → 部分公开
 *    (「区分处理的，只计这一情形，不计其他情形」);
 * 3. otherwise (different refusals, nothing disclosed) → the first of them in table order
 *    (（三）before （四）before （五）before （六）, and by number within a group).
 * @param itemDecisions the decision on each requested item, in any order
 * @throws StatisticsInputError NO_ITEMS for an empty list, UNKNOWN_DECISION for a code not in DECISIONS
 * @example statisticalDecision(['granted', 'granted']) // 'granted'
 * @example statisticalDecision(['granted', 'unavailable.notHeld']) // 'partlyGranted'
 * @example statisticalDecision(['unavailable.notHeld', 'withheld.thirdPartyRights']) // 'withheld.thirdPartyRights'
 */
export function statisticalDecision(itemDecisions: readonly Decision[]): Decision {
  const first = itemDecisions[0];
  if (first === undefined) {
    throw new StatisticsInputError('NO_ITEMS', null, '答复中没有任何事项的处理结果，无法统计');
  }
  let earliest = first;
  let hasDisclosure = false;
  let isUniform = true;
  for (const decision of itemDecisions) {
    const order = DECISION_ORDER.get(decision);
    if (order === undefined) {
      throw new StatisticsInputError(
        'UNKNOWN_DECISION',
        null,
        `未知的处理结果代码「${String(decision).slice(0, 40)}」`,
      );
    }
    hasDisclosure ||= decision === 'granted' || decision === 'partlyGranted';
    isUniform &&= decision === first;
    if (order < DECISION_ORDER.get(earliest)!) {
      earliest = decision;
    }
  }
  if (isUniform) {
    return first;
  }
  // Not uniform: a disclosure (予以公开 or 部分公开) next to anything else is 区分处理.
  return hasDisclosure ? 'partlyGranted' : earliest;
}
