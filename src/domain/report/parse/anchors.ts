/**
 * Finds row labels of a table in order, in the compact form of the text (spaces and separators
 * removed), so 「商业 企业」, 「结果 纠正」 or a label broken across lines still match.
 */
import { compact, toSourceOffset, type CompactText } from './normalize.ts';

export type AnchorSpec = {
  readonly id: string;
  /** A distinctive part of the label, as a regex source over compact NFKC text. */
  readonly key: string;
  /** The canonical label (NFKC, compact); its part before the key is matched backwards. */
  readonly label: string;
};

export type Anchor = {
  readonly id: string;
  /** Offset (in the text) of the label's first character, including its numbering. */
  readonly start: number;
  /** Offset just after the key. */
  readonly end: number;
};

const PUNCT = /[.,、，。:：;；()（）"“”'‘’\-—]/;

function isPunct(ch: string | undefined): boolean {
  return ch !== undefined && PUNCT.test(ch);
}

/**
 * Walks backwards from the key over the label's prefix (e.g. 「1.属于」 before 「国家秘密」).
 * The ordinal digits are consumed only when the punctuation after them is there too, so a value
 * 「1」 just before an unnumbered label is not taken for a numbering.
 */
function labelStart(c: CompactText, keyStart: number, prefix: string, floor: number): number {
  let i = keyStart - 1;
  let j = prefix.length - 1;
  let sawPunctAfterDigits = false;
  while (j >= 0 && i >= floor) {
    const a = c.text[i];
    const b = prefix[j]!;
    const isDigit = /\d/.test(b);
    if (isDigit && !sawPunctAfterDigits) {
      break;
    }
    if (a === b || (isPunct(a) && isPunct(b))) {
      if (isPunct(b) && j > 0 && /\d/.test(prefix[j - 1]!)) {
        sawPunctAfterDigits = true;
      }
      i -= 1;
      j -= 1;
    } else if (isPunct(b)) {
      j -= 1;
    } else {
      break;
    }
  }
  return i + 1;
}

/**
 * Locates each spec's label in order in text[start, end). A spec that cannot be found is null and
 * does not move the cursor.
 * @returns one entry per spec, in spec order
 */
export function findAnchors(
  text: string,
  start: number,
  end: number,
  specs: readonly AnchorSpec[],
): Array<Anchor | null> {
  const c = compact(text, start, end);
  let cursor = 0;
  return specs.map((spec) => {
    const pattern = new RegExp(spec.key, 'g');
    pattern.lastIndex = cursor;
    const m = pattern.exec(c.text);
    if (!m) {
      return null;
    }
    // The label's part before the alternative that matched (keys list several parts of a label).
    const at = spec.label.indexOf(m[0]);
    const keyInLabel = at >= 0 ? at : (new RegExp(spec.key).exec(spec.label)?.index ?? 0);
    const prefix = spec.label.slice(0, keyInLabel);
    const s = labelStart(c, m.index, prefix, cursor);
    cursor = m.index + m[0].length;
    return { id: spec.id, start: toSourceOffset(c, s), end: toSourceOffset(c, cursor - 1) + 1 };
  });
}

/** Offset of the first match of a compact-text regex in text[start, end), or -1. */
export function findCompact(
  text: string,
  start: number,
  end: number,
  key: string,
): { start: number; end: number } | null {
  const c = compact(text, start, end);
  const m = new RegExp(key).exec(c.text);
  if (!m) {
    return null;
  }
  return { start: toSourceOffset(c, m.index), end: toSourceOffset(c, m.index + m[0].length - 1) + 1 };
}
