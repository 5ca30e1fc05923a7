/**
 * Finds text injected into a report by spam: Latin brand tokens glued into Chinese text, gambling,
 * porn and illegal-ad terms, and odd tokens repeated in many places. Nothing is hard-coded for one
 * brand: seed 000's 「UedBet体育」 is found because a non-abbreviation Latin token is glued to 体育.
 */
import { findLinks } from './external-links.ts';
import { isAllowedLatinToken, toAscii } from './latin-allowlist.ts';
import { ENFORCEMENT_CONTEXT, GAMBLING_VOCABULARY, SPAM_TERMS, type SpamCategory } from './spam-lexicon.ts';
import type { ScanText } from './text-location.ts';

/** Why a string is considered injected. */
export type InjectionReason =
  { kind: 'gamblingBrand' } | { kind: 'lexicon'; category: SpamCategory } | { kind: 'repeatedToken' };

/** One occurrence of injected text. */
export type InjectedHit = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scan: ScanText;
  readonly reason: InjectionReason;
};

/** A Latin token glued into Chinese text that looks like a brand but is not clearly spam. */
export type SuspiciousToken = {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scan: ScanText;
};

const LATIN_TOKEN = /[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*(?:[-.][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+)*/g;
const CJK = /[\u3400-\u9fff]/;
const REPEAT_THRESHOLD = 3;
/** Different slots (surrounding characters) a repeated token must occupy. */
const MIN_SLOTS = 2;

type Candidate = {
  token: string;
  start: number;
  end: number;
  scan: ScanText;
  vocab: string;
  isStrong: boolean;
};

function isGlued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start).replace(/\s+$/, '');
  const after = text.slice(end, end + 2).replace(/^\s+/, '');
  return CJK.test(before.slice(-1)) || CJK.test(after.charAt(0));
}

/** Latin tokens glued into Chinese text, outside links and e-mail addresses, not allow-listed. */
function latinCandidates(scan: ScanText): Candidate[] {
  const links = findLinks(scan.text);
  const candidates: Candidate[] = [];
  for (const match of scan.text.matchAll(LATIN_TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const inLink = links.some((l) => start < l.end && l.start < end);
    if (inLink || !isGlued(scan.text, start, end) || isAllowedLatinToken(match[0])) {
      continue;
    }
    const after = scan.text.slice(end, end + 6);
    const strong = GAMBLING_VOCABULARY.strong.exec(after)?.[0];
    const weak = GAMBLING_VOCABULARY.weak.exec(after)?.[0];
    const vocab = strong ?? weak ?? '';
    candidates.push({
      token: toAscii(match[0]),
      start,
      end: end + vocab.length,
      scan,
      vocab,
      isStrong: !!strong,
    });
  }
  return candidates;
}

const hasLowerCase = (token: string): boolean => /[a-z]/.test(token);

/**
 * The grammatical slot of an occurrence: the character after it. Injected spam replaces many
 * different words (「UedBet体育办公室」「UedBet体育领导小组」「UedBet体育工作」), so the same token is
 * followed by many things; an honest product name recurs in the same phrase (「Dreamweaver软件」).
 */
const slotOf = (c: Candidate): string => c.scan.text.charAt(c.end);
const isCamelCase = (token: string): boolean => /[a-z][A-Z]/.test(token);

function lexiconHits(scan: ScanText): InjectedHit[] {
  const hits: InjectedHit[] = [];
  const lower = scan.text.toLowerCase();
  for (const { term, category, kind } of SPAM_TERMS) {
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (kind === 'topic') {
        const context = scan.text.slice(Math.max(0, at - 16), Math.min(scan.text.length, end + 8));
        if (ENFORCEMENT_CONTEXT.test(context)) {
          continue;
        }
      }
      hits.push({
        text: scan.text.slice(at, end),
        start: at,
        end,
        scan,
        reason: { kind: 'lexicon', category },
      });
    }
  }
  return hits;
}

/** Merges overlapping hits of one text into one (「AG真人」 and the lexicon's 「真人视讯」 → 「AG真人视讯」). */
function mergeOverlaps(hits: readonly InjectedHit[]): InjectedHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: InjectedHit[] = [];
  for (const hit of sorted) {
    const last = merged.at(-1);
    if (last && hit.start < last.end) {
      const end = Math.max(last.end, hit.end);
      merged[merged.length - 1] = { ...last, end, text: last.scan.text.slice(last.start, end) };
      continue;
    }
    merged.push(hit);
  }
  return merged;
}

/**
 * Finds injected text in the given texts.
 * - a Latin token glued to gambling vocabulary (体育、娱乐、真人、棋牌…) → the token with the word;
 * - a lexicon term (spam-lexicon.ts);
 * - the same non-abbreviation Latin token (with lower-case letters, or with 官网/平台/注册… after it)
 *   glued into Chinese text ≥ 3 times, in at least two different slots.
 * Latin tokens that are only camel-case brand-like (「UedBet」 once, no vocabulary) come back as
 * `suspicious`.
 * @example findInjectedText([{ part: 'document', text: '坚持以UedBet体育新时代…', isSource: true }])
 * // { hits: [{ text: 'UedBet体育', reason: { kind: 'gamblingBrand' }, … }], suspicious: [] }
 */
export function findInjectedText(texts: readonly ScanText[]): {
  hits: InjectedHit[];
  suspicious: SuspiciousToken[];
} {
  const candidates = texts.flatMap(latinCandidates);
  const counts = new Map<string, number>();
  const slots = new Map<string, Set<string>>();
  const withVocab = new Set<string>();
  for (const c of candidates) {
    counts.set(c.token, (counts.get(c.token) ?? 0) + 1);
    slots.set(c.token, (slots.get(c.token) ?? new Set()).add(slotOf(c)));
    if (c.vocab !== '') {
      withVocab.add(c.token);
    }
  }
  const hits: InjectedHit[] = [];
  const suspicious: SuspiciousToken[] = [];
  for (const c of candidates) {
    const text = c.scan.text.slice(c.start, c.end);
    const isRepeated =
      (counts.get(c.token) ?? 0) >= REPEAT_THRESHOLD &&
      (slots.get(c.token)?.size ?? 0) >= MIN_SLOTS &&
      (hasLowerCase(c.token) || withVocab.has(c.token));
    if (c.isStrong) {
      hits.push({ text, start: c.start, end: c.end, scan: c.scan, reason: { kind: 'gamblingBrand' } });
    } else if (isRepeated) {
      hits.push({ text, start: c.start, end: c.end, scan: c.scan, reason: { kind: 'repeatedToken' } });
    } else if (isCamelCase(c.token)) {
      suspicious.push({ text, start: c.start, end: c.end, scan: c.scan });
    }
  }
  const all = [...hits, ...texts.flatMap(lexiconHits)];
  return { hits: texts.flatMap((scan) => mergeOverlaps(all.filter((h) => h.scan === scan))), suspicious };
}
