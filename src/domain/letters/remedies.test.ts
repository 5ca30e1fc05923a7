import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import type { Decision } from '../case/decisions.ts';
import { LETTER_KINDS } from './letter-kinds.ts';
import {
  isReviewFirst,
  isWithholding,
  LETTERS_WITH_REMEDIES,
  remedyBasisFor,
  remediesFor,
  REVIEW_FIRST_FROM,
} from './remedies.ts';

const LAST_OLD_DAY = localDate('2023-12-31');
const FIRST_NEW_DAY = localDate('2024-01-01');

describe('remediesFor', () => {
  it.each(LETTER_KINDS.filter((kind) => !LETTERS_WITH_REMEDIES[kind]))(
    'states no remedies on a procedural %s',
    (kind) => {
      expect(remediesFor(kind, [], FIRST_NEW_DAY, '淄博市人民政府')).toEqual([]);
    },
  );

  it('offers 行政复议 within 60 days or 行政诉讼 within 6 months on a reply granting disclosure', () => {
    expect(remediesFor('reply', ['granted'], FIRST_NEW_DAY, '淄博市人民政府')).toEqual([
      '如对本答复书不服，可以自收到本答复书之日起六十日内向淄博市人民政府申请行政复议，也可以自收到本答复书之日起六个月内依法向人民法院提起行政诉讼。',
    ]);
  });

  it('keeps the choice wording for a refusal dated 2023-12-31, the day before the revised 行政复议法', () => {
    const [sentence] = remediesFor('reply', ['withheld.stateSecret'], LAST_OLD_DAY, '淄博市人民政府');
    expect(sentence).toContain('也可以自收到本答复书之日起六个月内依法向人民法院提起行政诉讼');
    expect(sentence).not.toContain('先向');
  });

  it('requires 行政复议 before suing for a refusal dated 2024-01-01 (行政复议法第二十三条第一款第（五）项)', () => {
    expect(remediesFor('reply', ['withheld.stateSecret'], FIRST_NEW_DAY, '淄博市人民政府')).toEqual([
      '如对本答复书不服，根据《中华人民共和国行政复议法》第二十三条的规定，应当自收到本答复书之日起六十日内先向淄博市人民政府申请行政复议；' +
        '对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。',
    ]);
  });

  it('treats 部分公开 as a refusal of the withheld part: 复议前置 from 2024-01-01', () => {
    const [sentence] = remediesFor('reply', ['partlyGranted'], FIRST_NEW_DAY);
    expect(sentence).toContain('应当自收到本答复书之日起六十日内先向行政复议机关申请行政复议');
    expect(sentence).not.toContain('六个月');
  });

  it.each<Decision>([
    'unavailable.notHeld',
    'unavailable.needsCreation',
    'notProcessed.excessive',
    'other.noFee',
  ])('keeps the choice for %s, which is not 不予公开 in our reading', (decision) => {
    const [sentence] = remediesFor('reply', [decision], FIRST_NEW_DAY);
    expect(sentence).toContain('也可以自收到本答复书之日起六个月内');
    expect(isWithholding(decision)).toBe(false);
  });

  it('splits a mixed reply: review first for the refused part, the choice for the rest', () => {
    const sentences = remediesFor(
      'reply',
      ['granted', 'partlyGranted', 'withheld.thirdPartyRights'],
      FIRST_NEW_DAY,
    );
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(
      /^对本答复书中不予公开（含部分公开中不予公开的部分）的决定不服的，.*应当.*先向行政复议机关申请行政复议/,
    );
    expect(sentences[1]).toMatch(
      /^对本答复书其他内容不服的，可以自收到本答复书之日起六十日内依法申请行政复议，也可以/,
    );
  });

  it('names no review organ when the organ data has none', () => {
    expect(remediesFor('reply', ['granted'], LAST_OLD_DAY)[0]).toContain('六十日内依法申请行政复议');
  });

  it('gives the fee notice the choice wording, before and after 2024-01-01', () => {
    for (const date of [LAST_OLD_DAY, FIRST_NEW_DAY]) {
      expect(remediesFor('feeNotice', [], date)).toEqual([
        '如对本通知不服，可以自收到本通知之日起六十日内依法申请行政复议，也可以自收到本通知之日起六个月内依法向人民法院提起行政诉讼。',
      ]);
    }
  });
});

describe('isReviewFirst', () => {
  it('switches on 2024-01-01 for refusals only', () => {
    expect(REVIEW_FIRST_FROM).toBe('2024-01-01');
    expect(isReviewFirst('reply', ['withheld.internalAffairs'], LAST_OLD_DAY)).toBe(false);
    expect(isReviewFirst('reply', ['withheld.internalAffairs'], FIRST_NEW_DAY)).toBe(true);
    expect(isReviewFirst('reply', ['granted'], FIRST_NEW_DAY)).toBe(false);
    expect(isReviewFirst('feeNotice', ['withheld.internalAffairs'], FIRST_NEW_DAY)).toBe(false);
  });
});

describe('remedyBasisFor', () => {
  it('cites the 1999 行政复议法 article before 2024 and the 2023 articles from 2024-01-01', () => {
    expect(remedyBasisFor('reply', ['withheld.stateSecret'], LAST_OLD_DAY)).toEqual([
      '《中华人民共和国行政复议法》第九条第一款',
      '《中华人民共和国行政诉讼法》第四十六条第一款',
    ]);
    expect(remedyBasisFor('reply', ['withheld.stateSecret'], FIRST_NEW_DAY)).toEqual([
      '《中华人民共和国行政复议法》第二十条第一款',
      '《中华人民共和国行政复议法》第二十三条第一款第（五）项、第二款',
      '《中华人民共和国行政诉讼法》第四十五条',
    ]);
    expect(remedyBasisFor('reply', ['granted', 'partlyGranted'], FIRST_NEW_DAY)).toHaveLength(4);
    expect(remedyBasisFor('correctionNotice', [], FIRST_NEW_DAY)).toEqual([]);
  });
});
