/**
 * Fixed official phrases with one word replaced. Spam that replaces words (seed 000) also hits
 * phrases that every report writes the same way; a different word in the slot is tampering:
 * - 「习近平新时代中国特色社会主义思想」 — the leader's name before 新时代…思想;
 * - 「国务院办公厅政府信息与政务公开办公室」 — the office that issues the report format;
 * - 「中华人民共和国政府信息公开条例」 and 「中华人民共和国政府信息公开工作年度报告格式」.
 */
import { isAllowedLatinToken } from './latin-allowlist.ts';
import { SPAM_TERMS } from './spam-lexicon.ts';

/** A fixed phrase whose slot holds something else. */
export type AlteredPhrase = {
  /** The phrase as it should read. */
  readonly phrase: string;
  /** The word that belongs in the slot. */
  readonly expected: string;
  /** What the text has instead ('' when the word is simply missing). */
  readonly found: string;
  /** The words as written, slot included (「政府信息与UedBet体育办公室」). */
  readonly excerpt: string;
  /** Position of `found` (or, when missing, of the place it belongs). */
  readonly start: number;
  readonly end: number;
};

const LEADER_NAME = '习近平';
const THOUGHT = '新时代中国特色社会主义思想';
/** Characters that end the word before 新时代 (「坚持以…」「用…武装」). */
const WORD_BOUNDARY = /[以用把将和与及、，,。；;：:“”"「」《》（）()\s]/;
/** Verbs that may directly precede the phrase when the name is dropped (「学习贯彻新时代…」). */
const LEADING_VERBS = /^(?:深入|全面|认真|坚持|学习|贯彻|落实|践行|领会|宣传|研究|武装|引领)+/;

/** A slot that holds a non-abbreviation Latin token or a spam term. */
const looksInjected = (slot: string): boolean =>
  [...slot.matchAll(/[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/g)].some(
    (m) => !isAllowedLatinToken(m[0]),
  ) || SPAM_TERMS.some((t) => slot.toLowerCase().includes(t.term.toLowerCase()));

/** The word before each 「新时代中国特色社会主义思想」 that is not 习近平. */
function leaderNameSlots(text: string): AlteredPhrase[] {
  const altered: AlteredPhrase[] = [];
  for (let at = text.indexOf(THOUGHT); at >= 0; at = text.indexOf(THOUGHT, at + THOUGHT.length)) {
    const before = text.slice(Math.max(0, at - 16), at);
    if (before.replace(/\s+$/, '').endsWith(LEADER_NAME)) {
      continue;
    }
    let from = before.length;
    while (from > 0 && !WORD_BOUNDARY.test(before.charAt(from - 1))) {
      from -= 1;
    }
    const word = before.slice(from);
    const verbs = LEADING_VERBS.exec(word)?.[0] ?? '';
    const found = word.slice(verbs.length);
    if (found.startsWith(LEADER_NAME)) {
      continue; // 「习近平同志…」: the name is there
    }
    const start = at - found.length;
    altered.push({
      phrase: LEADER_NAME + THOUGHT,
      expected: LEADER_NAME,
      found,
      excerpt: found + THOUGHT,
      start,
      end: at,
    });
  }
  return altered;
}

type SlotPhrase = { phrase: string; pattern: RegExp; expected: string; isStrict: boolean };

/**
 * `isStrict`: any other word in the slot is tampering. Otherwise other laws share the frame
 * (「中华人民共和国道路交通安全法实施条例」), so only a slot that looks injected counts.
 */
const SLOT_PHRASES: readonly SlotPhrase[] = [
  {
    phrase: '国务院办公厅政府信息与政务公开办公室',
    pattern: /政府信息与([^，,。；;、\s《》<>()（）]{1,12}?)办公室/g,
    expected: '政务公开',
    isStrict: true,
  },
  {
    phrase: '中华人民共和国政府信息公开条例',
    pattern: /中华人民共和国([^，,。；;\s《》<>()（）]{1,16}?)条例/g,
    expected: '政府信息公开',
    isStrict: false,
  },
  {
    phrase: '中华人民共和国政府信息公开工作年度报告格式',
    pattern: /中华人民共和国([^，,。；;\s《》<>()（）]{1,16}?)工作年度报告格式/g,
    expected: '政府信息公开',
    isStrict: false,
  },
];

function slotPhrases(text: string): AlteredPhrase[] {
  const altered: AlteredPhrase[] = [];
  for (const { phrase, pattern, expected, isStrict } of SLOT_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const found = match[1] ?? '';
      if (found === expected || !(isStrict || looksInjected(found))) {
        continue;
      }
      const start = (match.index ?? 0) + match[0].indexOf(found);
      altered.push({ phrase, expected, found, excerpt: match[0], start, end: start + found.length });
    }
  }
  return altered;
}

/**
 * Finds fixed official phrases with their word replaced or dropped.
 * @example findAlteredPhrases('坚持以UedBet体育新时代中国特色社会主义思想为指导')
 * // [{ phrase: '习近平新时代中国特色社会主义思想', expected: '习近平', found: 'UedBet体育', start: 3, end: 11, … }]
 */
export function findAlteredPhrases(text: string): AlteredPhrase[] {
  return [...leaderNameSlots(text), ...slotPhrases(text)].sort((a, b) => a.start - b.start);
}
