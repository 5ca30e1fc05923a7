/**
 * Per-glyph and per-item text rules of pdf.js 5.6's getTextContent: the Unicode category test
 * (whitespace, zero-width diacritic, invisible format mark), its `normalizeUnicode` of an item's
 * text, and the inverse rotation used to compare positions on a rotated baseline.
 */
import type { Matrix } from './text-state.ts';

const CATEGORY = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
const NORMALIZE =
  /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
/** Characters pdf.js's bidi pass could reorder: right-to-left and Arabic ranges. */
export const RIGHT_TO_LEFT = /[\u0590-\u05f4\u0600-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

export type Category = { whitespace: boolean; diacritic: boolean; invisible: boolean };
const categories = new Map<string, Category>();

export function categoryOf(text: string): Category {
  let found = categories.get(text);
  if (found === undefined) {
    const match = CATEGORY.exec(text);
    found = { whitespace: !!match?.[1], diacritic: !!match?.[2], invisible: !!match?.[3] };
    categories.set(text, found);
  }
  return found;
}

/** pdf.js `normalizeUnicode` (its ﬅ mapping included, which maps only a single ﬅ). */
export function normalizeText(text: string): string {
  return text.replace(NORMALIZE, (_, run?: string, ffl?: string) =>
    run ? run.normalize('NFKC') : ffl === '\ufb05' ? '\u017ft' : 'undefined',
  );
}

export function inverseRotation(x: number, y: number, matrix: Matrix): [number, number] {
  const scale = Math.hypot(matrix[0], matrix[1]);
  return [(matrix[0] * x + matrix[1] * y) / scale, (matrix[2] * x + matrix[3] * y) / scale];
}
