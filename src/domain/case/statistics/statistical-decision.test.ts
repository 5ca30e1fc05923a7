import { describe, expect, it } from 'vitest';
import { DECISIONS, type Decision } from '../decisions.ts';
import { statisticalDecision } from './statistical-decision.ts';
import { StatisticsInputError } from './statistics-input-error.ts';

describe('statisticalDecision: one case counts once in table 三', () => {
  it.each<[string, Decision[], Decision]>([
    ['one item', ['unavailable.notHeld'], 'unavailable.notHeld'],
    ['all items granted', ['granted', 'granted', 'granted'], 'granted'],
    [
      'all items withheld on the same ground',
      ['withheld.stateSecret', 'withheld.stateSecret'],
      'withheld.stateSecret',
    ],
    ['all items partly granted', ['partlyGranted', 'partlyGranted'], 'partlyGranted'],
    ['granted and not held (区分处理)', ['granted', 'unavailable.notHeld'], 'partlyGranted'],
    ['not held and granted, order does not matter', ['unavailable.notHeld', 'granted'], 'partlyGranted'],
    ['granted and a duplicate request', ['granted', 'notProcessed.duplicate'], 'partlyGranted'],
    ['one partly granted among refusals', ['withheld.thirdPartyRights', 'partlyGranted'], 'partlyGranted'],
    ['partly granted and granted', ['granted', 'partlyGranted'], 'partlyGranted'],
    [
      'refusals only: the first in table order',
      ['unavailable.notHeld', 'withheld.processInformation', 'notProcessed.complaint'],
      'withheld.processInformation',
    ],
    [
      'two grounds of one group: the lower number',
      ['withheld.enforcementFiles', 'withheld.thirdPartyRights'],
      'withheld.thirdPartyRights',
    ],
    ['（五） before （六）', ['other.other', 'notProcessed.publication'], 'notProcessed.publication'],
  ])('%s', (_name, items, expected) => {
    expect(statisticalDecision(items)).toBe(expected);
  });

  it('always gives one of the items, or 部分公开', () => {
    for (const a of DECISIONS) {
      for (const b of DECISIONS) {
        const result = statisticalDecision([a, b]);
        expect(result === a || result === b || result === 'partlyGranted').toBe(true);
      }
    }
  });

  it('refuses an empty reply and unknown codes', () => {
    expect(() => statisticalDecision([])).toThrow(StatisticsInputError);
    expect(() => statisticalDecision([])).toThrow('答复中没有任何事项的处理结果，无法统计');
    expect(() => statisticalDecision(['granted', 'rejected' as Decision])).toThrow(
      '未知的处理结果代码「rejected」',
    );
  });
});
