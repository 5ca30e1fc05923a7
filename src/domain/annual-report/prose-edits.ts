/**
 * Reading the staff's text of the six parts (decision 039): plain paragraphs — one per line, no
 * markup — cleaned like every free text (control and direction characters refused, NFC, spaces
 * folded), at most MAX_PART_CHARS characters a part. A part counts as edited only when its text
 * differs from the drafted text: posting the draft unchanged edits nothing, and putting the drafted
 * text back un-edits the part. Pure.
 */
import { cleanText } from '../applicant/field-text.ts';
import { PARTS, type PartKey } from '../report/layout.ts';
import { sectionsOf } from './draft-prose.ts';
import type { ReportProse } from './report-prose.ts';

/** Most characters of one part (the longest seed part is about 3,000; a whole report rarely 15,000). */
export const MAX_PART_CHARS = 20_000;

/** Markup: a tag, a comment or a doctype (「<p>」「</div>」「<!--」「<script」). */
const MARKUP = /<\s*\/?\s*[A-Za-z!?]/;

/** The field name of a part's textarea. */
export const partField = (key: PartKey): string => `part-${key}`;

/** What reading gives: the new edited parts, or a message per field. */
export type ProseEditsRead =
  { ok: true; edited: ReportProse['edited'] } | { ok: false; errors: Record<string, string> };

/**
 * Reads the posted parts against the stored prose.
 * @param posted each part's textarea by field name (partField)
 * @example readProseEdits({ 'part-problems': '一是……' }, stored) // { ok: true, edited: { problems: '一是……' } } when the other parts are posted unchanged
 */
export function readProseEdits(
  posted: Readonly<Record<string, string | undefined>>,
  stored: ReportProse,
): ProseEditsRead {
  const drafted = sectionsOf(stored.drafted);
  const edited: ReportProse['edited'] = {};
  const errors: Record<string, string> = {};
  for (const { key, heading } of PARTS) {
    const field = partField(key);
    const raw = posted[field];
    if (raw === undefined) {
      errors[field] = `缺少“${heading}”的文字，请返回页面重新填写后提交。`;
      continue;
    }
    if (MARKUP.test(raw.slice(0, MAX_PART_CHARS * 4 + 1000))) {
      errors[field] = `“${heading}”不能包含网页标记（如 <p>、<script>），请只填写文字，分段请直接换行。`;
      continue;
    }
    const clean = cleanText(raw, { label: `“${heading}”`, maxLength: MAX_PART_CHARS, isMultiline: true });
    if (!clean.isValid) {
      errors[field] = `${clean.reason}。`;
      continue;
    }
    const text = clean.value ?? '';
    const draftedText = cleanText(drafted[key] ?? '', { label: '', maxLength: Infinity, isMultiline: true });
    const sameAsDraft = draftedText.isValid && (draftedText.value ?? '') === text;
    if (!sameAsDraft) {
      edited[key] = text;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, edited };
}
