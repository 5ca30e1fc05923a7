/**
 * One row of an item import → the item it becomes, or its errors (column and reason in Chinese),
 * plus warnings. The metadata goes through the item form's own rules (parseItemForm), so an
 * imported item satisfies what the editor would ask; on top: the old 索引号 and 发布日期 are kept
 * and checked (dates not in the future, 成文日期 not after 发布日期), the 文号 must have a 文号's
 * shape, columns and the named ZIP files must exist, and personal data found by the pre-publication
 * checks is reported masked. Pure: the caller supplies today, the organ, its columns and the facts
 * about the ZIP's files.
 */
import { compareDates, type LocalDate } from '../../calendar/local-date.ts';
import { parseLedgerDate } from '../../case/ledger/ledger-dates.ts';
import type { KeyedRow } from '../../imports/header-match.ts';
import { isWellFormedDocNumber } from '../doc-number.ts';
import { parseItemForm, type ItemDraft } from '../item-draft.ts';
import {
  GENRES,
  isOneOf,
  ITEM_KIND_LABELS,
  ITEM_KINDS,
  KINDS_WITH_VALIDITY,
  VALIDITY_LABELS,
  VALIDITIES,
  type ItemKind,
} from '../vocabulary.ts';
import { findPersonalData, maskHit, PERSONAL_DATA_LABELS } from '../checks/personal-data.ts';
import { isTopic } from '../topics.ts';
import { itemImportHeaderOf, LIST_SEPARATOR, type ItemImportColumnKey } from './item-import-columns.ts';
import type { ImportContext, ImportedItem, ImportFileFact, ImportIssue } from './import-types.ts';

type Row = KeyedRow<ItemImportColumnKey>;

/** The column of each field the item form reports on. */
const FORM_FIELD_COLUMN: Readonly<Record<string, ItemImportColumnKey>> = {
  kind: 'kind',
  title: 'title',
  genre: 'genre',
  topic: 'topic',
  coOrgans: 'organ',
  docNumber: 'docNumber',
  keywords: 'keywords',
  summary: 'summary',
  writtenOn: 'writtenOn',
  effectiveOn: 'effectiveOn',
  formedOn: 'writtenOn',
  interpretationForm: 'kind',
  validity: 'validity',
};

const issue = (line: number, key: ItemImportColumnKey | null, message: string): ImportIssue => ({
  line,
  column: key === null ? null : itemImportHeaderOf(key),
  message,
});

/** A kind by its Chinese label (or its code). */
function kindOf(text: string): ItemKind | null {
  const found = ITEM_KINDS.find((k) => ITEM_KIND_LABELS[k] === text || k === text);
  return found ?? null;
}

/** The form fields of a row, and the errors only an import can have. */
function formFields(row: Row, errors: ImportIssue[]): Record<string, string> {
  const cell = (key: ItemImportColumnKey) => (row.cells[key] ?? '').trim();
  const kind = kindOf(cell('kind'));
  if (cell('kind') !== '' && kind === null) {
    errors.push(
      issue(
        row.line,
        'kind',
        `「${cell('kind')}」不是可用的类别，可填：${Object.values(ITEM_KIND_LABELS).join('、')}`,
      ),
    );
  }
  const genre = cell('genre');
  if (genre !== '' && !isOneOf(GENRES, genre)) {
    errors.push(issue(row.line, 'genre', `「${genre}」不是可用的体裁，可填：${GENRES.join('、')}`));
  }
  const topic = cell('topic').replace(/[/／＼]/g, '\\');
  if (topic !== '' && !isTopic(topic)) {
    errors.push(
      issue(
        row.line,
        'topic',
        `「${cell('topic')}」不在国务院主题分类中（如「综合政务」或「综合政务\\政务公开」）`,
      ),
    );
  }
  const validityText = cell('validity');
  const validity = VALIDITIES.find((v) => VALIDITY_LABELS[v] === validityText || v === validityText);
  if (validityText !== '' && validity === undefined) {
    errors.push(
      issue(
        row.line,
        'validity',
        `「${validityText}」不是可用的有效性，可填：${Object.values(VALIDITY_LABELS).join('、')}`,
      ),
    );
  } else if (validityText !== '' && kind !== null && !KINDS_WITH_VALIDITY.includes(kind)) {
    errors.push(issue(row.line, 'validity', '只有规章和行政规范性文件填写有效性'));
  }
  return {
    kind: kind ?? (cell('kind') === '' ? '' : 'other'),
    title: cell('title'),
    docNumber: cell('docNumber'),
    topic: isTopic(topic) ? topic : '',
    genre: isOneOf(GENRES, genre) ? genre : '',
    keywords: cell('keywords'),
    summary: cell('summary'),
    validity: validity ?? '',
    // imported 解读 keep their text; the form is edited later if it was a 图解 or a video
    interpretationForm: 'text',
  };
}

/** A date cell: null when blank, an error when it is not a date. */
function dateCell(row: Row, key: ItemImportColumnKey, errors: ImportIssue[]): LocalDate | null {
  const text = (row.cells[key] ?? '').trim();
  if (text === '') {
    return null;
  }
  const date = parseLedgerDate(text);
  if (date === null) {
    errors.push(issue(row.line, key, `「${text}」不是有效日期，请按“2024-03-05”的格式填写`));
  }
  return date;
}

function dateErrors(
  row: Row,
  dates: { writtenOn: LocalDate | null; publishedOn: LocalDate | null },
  today: LocalDate,
  errors: ImportIssue[],
): void {
  const { writtenOn, publishedOn } = dates;
  if (publishedOn === null && (row.cells.publishedOn ?? '').trim() === '') {
    errors.push(issue(row.line, 'publishedOn', '请填写发布日期'));
  }
  if (publishedOn !== null && compareDates(publishedOn, today) > 0) {
    errors.push(issue(row.line, 'publishedOn', '发布日期不能晚于今天'));
  }
  if (writtenOn !== null && publishedOn !== null && compareDates(writtenOn, publishedOn) > 0) {
    errors.push(issue(row.line, 'writtenOn', '成文日期不能晚于发布日期'));
  }
}

/** The organs named in 发布机构: the importing organ must be among them; the others are 联合发文机关. */
function coOrgansOf(row: Row, context: ImportContext, errors: ImportIssue[]): string {
  const names = (row.cells.organ ?? '')
    .split(/[、，,；;]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) {
    return '';
  }
  const own = names.filter((n) => context.organNames.includes(n));
  if (own.length === 0) {
    errors.push(
      issue(row.line, 'organ', `发布机构「${names.join('、')}」中没有导入机关（${context.organNames[0]!}）`),
    );
  }
  return names.filter((n) => !context.organNames.includes(n)).join('、');
}

function columnIdsOf(row: Row, context: ImportContext, errors: ImportIssue[]): number[] {
  const ids: number[] = [];
  for (const text of (row.cells.columns ?? '').split(LIST_SEPARATOR).map((c) => c.trim())) {
    if (text === '') {
      continue;
    }
    const column = context.columns.find((c) => c.slug === text || c.name === text);
    if (column === undefined) {
      errors.push(issue(row.line, 'columns', `栏目「${text}」不存在，请填写本机关已有栏目的名称或网址标识`));
    } else if (!ids.includes(column.id)) {
      ids.push(column.id);
    }
  }
  return ids;
}

/** The named files of one column, checked against the ZIP. */
function filesOf(
  row: Row,
  key: 'body' | 'attachments',
  context: ImportContext,
  errors: ImportIssue[],
): { name: string; fact: ImportFileFact }[] {
  const names = (row.cells[key] ?? '')
    .split(key === 'body' ? /$^/ : LIST_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const found: { name: string; fact: ImportFileFact }[] = [];
  for (const name of names) {
    const fact = context.files.get(name);
    if (fact === undefined) {
      errors.push(issue(row.line, key, `ZIP 中没有文件「${name}」`));
    } else if (fact.problem !== null) {
      errors.push(issue(row.line, key, `「${name}」${fact.problem}`));
    } else if (key === 'body' && fact.role !== 'body') {
      errors.push(issue(row.line, key, `「${name}」不能作为正文，正文须是 .html、.htm、.txt 或 .docx 文件`));
    } else if (key === 'attachments' && fact.role !== 'attachment') {
      errors.push(
        issue(row.line, key, `「${name}」不能作为附件，附件须是 PDF、Word、Excel、JPEG 或 PNG 文件`),
      );
    } else {
      found.push({ name, fact });
    }
  }
  return found;
}

/** Personal data in the title, summary, body or attachments: a warning each place, masked. */
function personalDataWarnings(
  line: number,
  places: readonly { label: string; text: string }[],
): ImportIssue[] {
  return places.flatMap(({ label, text }) => {
    const hits = findPersonalData(text);
    if (hits.length === 0) {
      return [];
    }
    const shown = hits.slice(0, 3).map((h) => `${PERSONAL_DATA_LABELS[h.kind]} ${maskHit(h)}`);
    const more = hits.length > 3 ? ` 等${hits.length}处` : '';
    return [
      {
        line,
        column: label,
        message: `疑似个人信息：${shown.join('、')}${more}（发布前请核实是否应当公开）`,
      },
    ];
  });
}

/** The result of one row. */
export type RowReading = { item: ImportedItem | null; errors: ImportIssue[]; warnings: ImportIssue[] };

/**
 * @example readImportRow({ line: 2, cells: { indexNumber: 'X/2020-00001', title: '通知', kind: '其他文件', publishedOn: '2020-01-02' }, problems: [] }, context).errors // []
 */
export function readImportRow(row: Row, context: ImportContext): RowReading {
  const errors: ImportIssue[] = row.problems.map((p) => issue(row.line, p.column, p.message));
  const fields = formFields(row, errors);
  const writtenOn = dateCell(row, 'writtenOn', errors);
  const publishedOn = dateCell(row, 'publishedOn', errors);
  const effectiveOn = dateCell(row, 'effectiveOn', errors);
  const validityOn = dateCell(row, 'validityOn', errors);
  dateErrors(row, { writtenOn, publishedOn }, context.today, errors);
  const indexNumber = (row.cells.indexNumber ?? '').trim();
  if (indexNumber === '') {
    errors.push(issue(row.line, 'indexNumber', '请填写原网站的索引号'));
  } else if (!/^[\p{L}\p{N}/\-._]{1,60}$/u.test(indexNumber)) {
    errors.push(
      issue(row.line, 'indexNumber', '索引号只能含字母、数字和「/」「-」「.」「_」，不超过60个字符'),
    );
  }
  const coOrgans = coOrgansOf(row, context, errors);
  const columnIds = columnIdsOf(row, context, errors);
  const body = filesOf(row, 'body', context, errors)[0] ?? null;
  const attachments = filesOf(row, 'attachments', context, errors);
  const parsed = parseItemForm(
    {
      ...fields,
      coOrgans,
      writtenOn: writtenOn ?? '',
      effectiveOn: effectiveOn ?? '',
      formedOn: writtenOn ?? publishedOn ?? '',
    },
    publishedOn ?? context.today,
  );
  if (!parsed.ok) {
    for (const [key, message] of Object.entries(parsed.errors)) {
      const column = FORM_FIELD_COLUMN[key] ?? 'title';
      if (!errors.some((e) => e.column === itemImportHeaderOf(column))) {
        errors.push(issue(row.line, column, message));
      }
    }
  }
  if (parsed.ok && parsed.draft.docNumber !== '' && !isWellFormedDocNumber(parsed.draft.docNumber)) {
    errors.push(
      issue(
        row.line,
        'docNumber',
        `文号「${parsed.draft.docNumber}」不符合「机关代字〔年份〕序号号」或「…第N号」的格式`,
      ),
    );
  }
  const warnings = personalDataWarnings(row.line, [
    { label: itemImportHeaderOf('title'), text: fields.title ?? '' },
    { label: itemImportHeaderOf('summary'), text: fields.summary ?? '' },
    ...(body !== null ? [{ label: itemImportHeaderOf('body'), text: body.fact.text }] : []),
    ...attachments.map((a) => ({
      label: `${itemImportHeaderOf('attachments')}「${a.name}」`,
      text: a.fact.text,
    })),
  ]);
  if (errors.length > 0 || !parsed.ok || publishedOn === null) {
    return { item: null, errors, warnings };
  }
  const draft: ItemDraft = parsed.draft;
  return {
    item: {
      line: row.line,
      indexNumber,
      publishedOn,
      validityOn: draft.validity === null ? null : validityOn,
      draft,
      columnIds,
      body: body?.name ?? null,
      attachments: attachments.map((a) => a.name),
    },
    errors,
    warnings,
  };
}
