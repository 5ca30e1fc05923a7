/**
 * 政府公报 (the organ's gazette): an issue (年, 期, 总期号, 出版日期, title) made of the organ's
 * published items, in 目录 order. Pure: the form reader, the default title, the 目录 order and
 * the checks before an issue is published (decision 025).
 */
import { parseLocalDate, type LocalDate } from '../calendar/local-date.ts';
import type { FieldErrors } from '../field-errors.ts';
import { MAX_TITLE } from './item-draft.ts';
import type { ItemKind, ItemStatus } from './vocabulary.ts';

/** The kinds an issue carries, in the order its 目录 lists them (规章 first, as gazettes print). */
export const GAZETTE_KINDS = ['rule', 'normative', 'document', 'interpretation', 'notice'] as const;
export type GazetteKind = (typeof GAZETTE_KINDS)[number];

/** At most this many items in one issue (a printed issue of a county is 10–40). */
export const MAX_ISSUE_ITEMS = 200;

/** What the issue form gives. */
export type IssueFields = {
  year: number;
  number: number;
  totalNumber: number | null;
  publishedOn: LocalDate | null;
  title: string;
};

export type IssueFieldsResult = { ok: true; fields: IssueFields } | { ok: false; errors: FieldErrors };

/** A picked item as the checks see it. */
export type IssueItemFacts = {
  id: number;
  organId: number;
  kind: ItemKind;
  status: ItemStatus;
  title: string;
  publishedAt: Date | null;
};

/** The labels of the issue form's fields (error summaries). */
export const ISSUE_FIELD_LABELS = {
  year: '年份',
  number: '期号',
  totalNumber: '总期号',
  publishedOn: '出版日期',
  title: '标题',
  items: '收录信息',
} as const;

/**
 * 「2026年第3期」, with 「（总第N期）」 when known.
 * @example issueLabel(2026, 3, 45) // '2026年第3期（总第45期）'
 */
export function issueLabel(year: number, number: number, totalNumber: number | null = null): string {
  return `${year}年第${number}期${totalNumber === null ? '' : `（总第${totalNumber}期）`}`;
}

/**
 * The default title: 「<organ>公报 2026年第3期」.
 * @example defaultIssueTitle('淄博市人民政府', 2026, 3) // '淄博市人民政府公报 2026年第3期'
 */
export function defaultIssueTitle(organName: string, year: number, number: number): string {
  return `${organName}公报 ${issueLabel(year, number)}`;
}

function integer(value: string, min: number, max: number): number | null {
  return /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : null;
}

/**
 * Reads the issue form. An empty title takes the default title.
 * @example readIssueFields({ year: '2026', number: '3' }, '某区人民政府', 2026)
 *   // { ok: true, fields: { year: 2026, number: 3, totalNumber: null, publishedOn: null, title: '某区人民政府公报 2026年第3期' } }
 */
export function readIssueFields(
  raw: Record<string, string | undefined>,
  organName: string,
  thisYear: number,
): IssueFieldsResult {
  const text = (key: string) => (raw[key] ?? '').trim();
  const errors: FieldErrors = {};
  const year = integer(text('year'), 1990, thisYear + 1);
  if (year === null) {
    errors.year = `年份须为1990至${thisYear + 1}之间的四位数字`;
  }
  const number = integer(text('number'), 1, 366);
  if (number === null) {
    errors.number = '期号须为1至366之间的整数';
  }
  const totalText = text('totalNumber');
  const totalNumber = totalText === '' ? null : integer(totalText, 1, 99999);
  if (totalText !== '' && totalNumber === null) {
    errors.totalNumber = '总期号须为1至99999之间的整数，或留空';
  }
  const dateText = text('publishedOn');
  const publishedOn = dateText === '' ? null : parseLocalDate(dateText);
  if (dateText !== '' && publishedOn === null) {
    errors.publishedOn = '出版日期不是有效日期，请按“2026-12-06”的格式填写';
  }
  const title = text('title').replace(/\s+/g, ' ');
  if ([...title].length > MAX_TITLE) {
    errors.title = `标题不能超过${MAX_TITLE}个字`;
  }
  if (Object.keys(errors).length > 0 || year === null || number === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    fields: {
      year,
      number,
      totalNumber,
      publishedOn,
      title: title === '' ? defaultIssueTitle(organName, year, number) : title,
    },
  };
}

/** True for a kind an issue may carry. */
export function isGazetteKind(kind: string): kind is GazetteKind {
  return (GAZETTE_KINDS as readonly string[]).includes(kind);
}

/**
 * The 目录 order proposed for picked items: by kind (GAZETTE_KINDS), then 发布日期, then id. Staff may
 * reorder afterwards.
 */
export function gazetteOrder<T extends Pick<IssueItemFacts, 'id' | 'kind' | 'publishedAt'>>(
  items: readonly T[],
): T[] {
  const rank = (kind: ItemKind) => {
    const index = (GAZETTE_KINDS as readonly ItemKind[]).indexOf(kind);
    return index < 0 ? GAZETTE_KINDS.length : index;
  };
  const time = (at: Date | null) => (at === null ? Number.MAX_SAFE_INTEGER : at.getTime());
  return [...items].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || time(a.publishedAt) - time(b.publishedAt) || a.id - b.id,
  );
}

/**
 * Why these items cannot make up an issue of `organId`, or null. Used when items are picked (a
 * draft) and again when the issue is published (items may have been withdrawn meanwhile).
 */
export function issueItemsProblem(
  organId: number,
  items: readonly IssueItemFacts[],
  forPublication: boolean,
): string | null {
  if (items.length === 0) {
    return forPublication ? '本期尚未收录任何信息，不能出版' : null;
  }
  if (items.length > MAX_ISSUE_ITEMS) {
    return `一期最多收录${MAX_ISSUE_ITEMS}条信息`;
  }
  if (new Set(items.map((i) => i.id)).size !== items.length) {
    return '同一条信息不能在一期中收录两次';
  }
  for (const item of items) {
    if (item.organId !== organId) {
      return `「${item.title}」不是本机关发布的信息`;
    }
    if (item.status !== 'published') {
      return `「${item.title}」不是已发布的信息，不能收入公报`;
    }
    if (!isGazetteKind(item.kind)) {
      return `「${item.title}」的类别不收入公报（只收规章、行政规范性文件、其他文件、政策解读、工作动态和公告）`;
    }
  }
  return null;
}

/**
 * Reads the picked item ids in the order given (the form's 「顺序」 numbers or the list order).
 * @returns null when an id is malformed
 * @example pickedIds(['12', '7']) // [12, 7]
 */
export function pickedIds(values: readonly string[]): number[] | null {
  const ids: number[] = [];
  for (const value of values) {
    if (!/^[1-9]\d{0,14}$/.test(value.trim())) {
      return null;
    }
    ids.push(Number(value.trim()));
  }
  return ids;
}

/**
 * The issue's 目录 from the form: items with a 「顺序」 number first by that number (ties keep the
 * old order), then items just added, in the proposed order (gazetteOrder). `resort` orders the
 * whole issue by gazetteOrder.
 * @returns the ordered items, or a message when a 顺序 is not a number
 */
export function arrangeIssue<T extends Pick<IssueItemFacts, 'id' | 'kind' | 'publishedAt'>>(
  picked: readonly T[],
  orderOf: ReadonlyMap<number, string>,
  resort: boolean,
): { ok: true; items: T[] } | { ok: false; message: string } {
  if (resort) {
    return { ok: true, items: gazetteOrder(picked) };
  }
  const placed: { item: T; order: number; index: number }[] = [];
  const added: T[] = [];
  for (const [index, item] of picked.entries()) {
    const text = (orderOf.get(item.id) ?? '').trim();
    if (text === '') {
      added.push(item);
    } else if (/^\d{1,4}$/.test(text)) {
      placed.push({ item, order: Number(text), index });
    } else {
      return { ok: false, message: '顺序须为数字' };
    }
  }
  placed.sort((a, b) => a.order - b.order || a.index - b.index);
  return { ok: true, items: [...placed.map((p) => p.item), ...gazetteOrder(added)] };
}
