/**
 * Reads the item form (metadata) into the fields a draft stores, with a Chinese message per bad
 * field. Pure: the body (text, HTML or DOCX) is read by the shell.
 */
import { parseLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { docNumberKey, normaliseDocNumber } from './doc-number.ts';
import { isTopic } from './topics.ts';
import {
  GENRES,
  INTERPRETATION_FORMS,
  isOneOf,
  ITEM_KINDS,
  KINDS_WITH_VALIDITY,
  VALIDITIES,
  type Genre,
  type InterpretationForm,
  type ItemKind,
  type Validity,
} from './vocabulary.ts';

export const MAX_TITLE = 200;
export const MAX_SHORT_TEXT = 500;
export const MAX_SUMMARY = 2000;

export type ItemDraft = {
  kind: ItemKind;
  title: string;
  coOrgans: string;
  docNumber: string;
  docNumberKey: string;
  writtenOn: LocalDate | null;
  effectiveOn: LocalDate | null;
  formedOn: LocalDate;
  topic: string;
  genre: Genre;
  keywords: string;
  summary: string;
  interpretationForm: InterpretationForm | null;
  validity: Validity | null;
};

export type DraftResult = { ok: true; draft: ItemDraft } | { ok: false; errors: Record<string, string> };

function text(raw: Record<string, string | undefined>, key: string): string {
  return (raw[key] ?? '').trim();
}

function dateField(
  value: string,
  label: string,
  errors: Record<string, string>,
  key: string,
): LocalDate | null {
  if (value === '') {
    return null;
  }
  const date = parseLocalDate(value);
  if (date === null) {
    errors[key] = `${label}不是有效日期，请按“2026-12-06”的格式填写`;
  }
  return date;
}

function lengthErrors(raw: Record<string, string | undefined>, errors: Record<string, string>): void {
  const limits: [string, string, number][] = [
    ['title', '标题', MAX_TITLE],
    ['coOrgans', '联合发文机关', MAX_SHORT_TEXT],
    ['docNumber', '文号', 60],
    ['keywords', '关键词', MAX_SHORT_TEXT],
    ['summary', '内容概述', MAX_SUMMARY],
  ];
  for (const [key, label, max] of limits) {
    if ([...text(raw, key)].length > max) {
      errors[key] = `${label}不能超过${max}个字`;
    }
  }
}

/**
 * The draft, or the fields in error. `today` is the default 形成日期.
 * @example parseItemForm({ kind: 'notice', title: '通知', genre: '通知' }, '2026-12-06') // { ok: true, … }
 */
export function parseItemForm(raw: Record<string, string | undefined>, today: LocalDate): DraftResult {
  const errors: Record<string, string> = {};
  const kind = text(raw, 'kind');
  const title = text(raw, 'title');
  const genre = text(raw, 'genre') || '其他';
  const topic = text(raw, 'topic');
  if (!isOneOf(ITEM_KINDS, kind)) {
    errors.kind = '请选择信息类别';
  }
  if (title === '') {
    errors.title = '请填写标题';
  }
  if (!isOneOf(GENRES, genre)) {
    errors.genre = '请从列表中选择体裁';
  }
  if (topic !== '' && !isTopic(topic)) {
    errors.topic = '请从列表中选择主题分类';
  }
  lengthErrors(raw, errors);
  const writtenOn = dateField(text(raw, 'writtenOn'), '成文日期', errors, 'writtenOn');
  const effectiveOn = dateField(text(raw, 'effectiveOn'), '实施日期', errors, 'effectiveOn');
  const formedOn =
    dateField(text(raw, 'formedOn'), '形成或变更日期', errors, 'formedOn') ?? writtenOn ?? today;
  const form = text(raw, 'interpretationForm');
  if (kind === 'interpretation' && !isOneOf(INTERPRETATION_FORMS, form)) {
    errors.interpretationForm = '请选择解读形式';
  }
  const validity = text(raw, 'validity') || 'inForce';
  const hasValidity = isOneOf(ITEM_KINDS, kind) && KINDS_WITH_VALIDITY.includes(kind);
  if (hasValidity && !isOneOf(VALIDITIES, validity)) {
    errors.validity = '请选择有效性';
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  const docNumber = normaliseDocNumber(text(raw, 'docNumber'));
  return {
    ok: true,
    draft: {
      kind: kind as ItemKind,
      title,
      coOrgans: text(raw, 'coOrgans'),
      docNumber,
      docNumberKey: docNumber === '' ? '' : docNumberKey(docNumber),
      writtenOn,
      effectiveOn,
      formedOn,
      topic,
      genre: genre as Genre,
      keywords: text(raw, 'keywords'),
      summary: text(raw, 'summary'),
      interpretationForm: kind === 'interpretation' ? (form as InterpretationForm) : null,
      validity: hasValidity ? (validity as Validity) : null,
    },
  };
}
