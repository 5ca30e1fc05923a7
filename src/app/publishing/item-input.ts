/**
 * Reads what a drafter submits — metadata, body (typed/pasted text, edited HTML or a DOCX), columns,
 * the documents a 解读 interprets — into what a draft stores, or the fields in error (Chinese).
 */
import type { Queryable } from '../../db/db.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { DEFAULT_COLUMN_OF_KIND } from '../../domain/publishing/default-catalogue.ts';
import { parseItemForm, type ItemDraft } from '../../domain/publishing/item-draft.ts';
import {
  bodyText,
  docxToBodyHtml,
  MAX_BODY_HTML,
  sanitizeBody,
  textToBodyHtml,
} from '../../io/publishing/body-html.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';
import { columnBySlug, ensureCatalogue, loadCatalogue } from './catalogue.ts';
import { readReportInput, type ReportInput, type ReportSubmission } from './item-report-input.ts';

/** What the form posts. */
export type ItemSubmission = {
  fields: Record<string, string | undefined>;
  /** `text`: plain paragraphs; `html`: the editor's HTML (sanitized). */
  bodyFormat: string;
  body: string;
  /** A DOCX whose content becomes the body (replaces `body`). */
  bodyDocx: Uint8Array | null;
  columns: readonly string[];
  documents: readonly string[];
  /** A 年度报告's report: year and file, or rendered from stored data (decision 029). */
  report?: ReportSubmission;
};

export type ItemInput = {
  draft: ItemDraft;
  bodyHtml: string;
  bodyText: string;
  columnIds: number[];
  documentIds: number[];
  report: ReportInput;
};

export type ItemInputResult = { ok: true; input: ItemInput } | { ok: false; errors: Record<string, string> };

/**
 * A body from what the form posts: a Word file (typed by content, through mammoth), edited HTML
 * (sanitized) or typed text (`fromText`: paragraphs for items, paragraphs and headings for pages).
 */
export async function readBody(
  deps: AppDeps,
  s: Pick<ItemSubmission, 'bodyDocx' | 'bodyFormat' | 'body'>,
  fromText: (text: string) => string = textToBodyHtml,
): Promise<{ html: string } | { error: string }> {
  if (s.bodyDocx !== null) {
    const inspection = await parsePoolOf(deps).inspectUpload(s.bodyDocx, ['docx']);
    if (!inspection.ok) {
      return { error: `正文文件：${inspection.reason}` };
    }
    try {
      return { html: await docxToBodyHtml(s.bodyDocx) };
    } catch {
      return { error: '正文文件无法读取，请确认是 Word（.docx）文件' };
    }
  }
  const html = s.bodyFormat === 'html' ? sanitizeBody(s.body) : fromText(s.body);
  return { html };
}

async function resolveDocuments(
  tx: Queryable,
  organId: number,
  raw: readonly string[],
): Promise<number[] | string> {
  const ids: number[] = [];
  for (const text of raw.filter((r) => r.trim() !== '')) {
    const id = /^\d{1,12}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    const doc = Number.isNaN(id) ? null : await findItem(tx, id);
    if (doc === null || doc.organId !== organId || !['normative', 'rule', 'document'].includes(doc.kind)) {
      return '解读的文件须是本机关的规章、规范性文件或其他文件';
    }
    ids.push(id);
  }
  return ids;
}

/** The draft's content, validated; the organ's columns are seeded first if needed. */
export async function readItemInput(
  deps: AppDeps,
  tx: Queryable,
  organId: number,
  s: ItemSubmission,
  today: LocalDate,
  itemId: number | null = null,
): Promise<ItemInputResult> {
  const parsed = parseItemForm(s.fields, today);
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
  const body = await readBody(deps, s);
  if ('error' in body) {
    errors.body = body.error;
  } else if (body.html.length > MAX_BODY_HTML) {
    errors.body = '正文过长（超过200万字符），请将长篇内容作为附件上传';
  }
  await ensureCatalogue(tx, organId);
  const tree = await loadCatalogue(tx, organId);
  const kind = parsed.ok ? parsed.draft.kind : 'other';
  const slugs =
    s.columns.filter((c) => c !== '').length > 0
      ? s.columns.filter((c) => c !== '')
      : [DEFAULT_COLUMN_OF_KIND[kind]];
  const columns = slugs.map((slug) => columnBySlug(tree, slug));
  if (columns.some((c) => c === null)) {
    errors.columns = '所选栏目不存在，请从列表中选择';
  }
  const documents = kind === 'interpretation' ? await resolveDocuments(tx, organId, s.documents) : [];
  if (typeof documents === 'string') {
    errors.documents = documents;
  }
  const report =
    kind === 'annualReport' && parsed.ok
      ? await readReportInput(deps, tx, organId, itemId, s.report)
      : { ok: true as const, value: null };
  if (!report.ok) {
    Object.assign(errors, report.errors);
  }
  if (!parsed.ok || 'error' in body || !report.ok || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      draft: parsed.draft,
      bodyHtml: body.html,
      bodyText: bodyText(body.html),
      columnIds: columns.map((c) => c!.column.id),
      documentIds: documents as number[],
      report: report.value,
    },
  };
}

/** The stored fields of an input. */
export function itemFieldsOf(input: ItemInput) {
  const d = input.draft;
  return {
    kind: d.kind,
    title: d.title,
    coOrgans: d.coOrgans,
    docNumber: d.docNumber,
    docNumberKey: d.docNumberKey,
    writtenOn: d.writtenOn,
    effectiveOn: d.effectiveOn,
    formedOn: d.formedOn,
    topic: d.topic,
    genre: d.genre,
    keywords: d.keywords,
    summary: d.summary,
    bodyHtml: input.bodyHtml,
    bodyText: input.bodyText,
    interpretationForm: d.interpretationForm,
    validity: d.validity,
  };
}
