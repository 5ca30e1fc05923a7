/**
 * 「申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述」 (条例第二十九条第二款第二项):
 * the information asked for, as 1–20 entries. More than 20 is asked to be split into several
 * applications (one 申请 should stay manageable; 「一事一申请」 also matters for 按件计收).
 */
import { cleanText } from './field-text.ts';

/** One piece of information asked for. */
export type RequestedItem = { readonly description: string };

export const MAX_REQUESTED_ITEMS = 20;
export const MIN_DESCRIPTION_LENGTH = 2;
export const MAX_DESCRIPTION_LENGTH = 1000;

/** The items, or why they are refused (Chinese, naming the entry). */
export type RequestedItemsResult =
  { isValid: true; items: RequestedItem[] } | { isValid: false; reason: string };

const ITEM_FIELDS = Array.from({ length: MAX_REQUESTED_ITEMS }, (_, i) => `item${i + 1}`);

/** The raw entries: `item1`…`item20` when any is filled in, else the lines of `items`. */
function rawEntries(raw: Readonly<Record<string, string | undefined>>): string[] | null {
  const numbered = ITEM_FIELDS.map((field) => raw[field] ?? '');
  if (numbered.some((value) => value.trim() !== '')) {
    return numbered.filter((value) => value.trim() !== '');
  }
  const text = raw.items ?? '';
  if (text.length > (MAX_REQUESTED_ITEMS + 1) * MAX_DESCRIPTION_LENGTH * 2) {
    return null;
  }
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/**
 * Reads the requested information from the form.
 * @param raw the whole form (`item1`…`item20`, or `items` with one entry per line)
 * @example parseRequestedItems({ items: '2024年财政预算\n\n博政发〔2024〕3号' }) // { isValid: true, items: [{ description: '2024年财政预算' }, { description: '博政发〔2024〕3号' }] }
 * @example parseRequestedItems({ item1: '无' }) // { isValid: false, reason: '第1项所需政府信息的描述至少 2 个字' }
 */
export function parseRequestedItems(raw: Readonly<Record<string, string | undefined>>): RequestedItemsResult {
  const entries = rawEntries(raw);
  if (entries === null) {
    return {
      isValid: false,
      reason: `所需政府信息过长：最多 ${MAX_REQUESTED_ITEMS} 项，每项不超过 ${MAX_DESCRIPTION_LENGTH} 个字`,
    };
  }
  if (entries.length === 0) {
    return { isValid: false, reason: '请至少填写一项所需政府信息的名称、文号或者其他特征性描述' };
  }
  if (entries.length > MAX_REQUESTED_ITEMS) {
    return {
      isValid: false,
      reason: `所需政府信息最多填写 ${MAX_REQUESTED_ITEMS} 项，当前为 ${entries.length} 项，请分为多份申请`,
    };
  }
  const items: RequestedItem[] = [];
  for (const [index, entry] of entries.entries()) {
    const cleaned = cleanText(entry, {
      label: `第${index + 1}项所需政府信息的描述`,
      minLength: MIN_DESCRIPTION_LENGTH,
      maxLength: MAX_DESCRIPTION_LENGTH,
      isMultiline: true,
    });
    if (!cleaned.isValid) {
      return { isValid: false, reason: cleaned.reason };
    }
    if (cleaned.value !== null) {
      items.push({ description: cleaned.value });
    }
  }
  return { isValid: true, items };
}
