/**
 * 导出台账: the cases a person may see (case-access.ts), filtered by organ, year of receipt, status
 * and result, as .xlsx or CSV (UTF-8 with BOM), as 公开版 (personal data masked; the default) or
 * 内部台账. The file is streamed: cases are read a page at a time (keyset on receipt date and id)
 * and written out as they come, so 100,000 cases never sit in memory. Every export is audited
 * (kind, format and filters; no case data).
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { appendAudit } from '../../../db/queries/audit.ts';
import {
  listLedgerPage,
  type LedgerCursor,
  type LedgerExportRow,
  type LedgerQuery,
} from '../../../db/queries/case-imports.ts';
import type { Queryable } from '../../../db/db.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import type { LocalDate } from '../../../domain/calendar/local-date.ts';
import type { ReviewKind, ReviewResult } from '../../../domain/case/events.ts';
import {
  LEDGER_EXPORT_HEADERS,
  LEDGER_EXPORT_KIND_LABELS,
  ledgerExportCells,
  type LedgerExportKind,
} from '../../../domain/case/ledger/ledger-export-row.ts';
import { parseLedgerFilters, type LedgerFilters } from '../../../domain/case/ledger/ledger-filters.ts';
import { toCsvLine } from '../../../render/csv.ts';
import { loadOrganRegistry } from '../../organs/load-organ-tree.ts';
import { canViewCase } from '../case-access.ts';
import type { CaseDeps } from '../case-deps.ts';
import { FORBIDDEN, invalid, NOT_FOUND } from '../../failures.ts';
import type { LedgerFailure } from './preview-ledger-import.ts';

/** Cases read per query. */
export const LEDGER_PAGE_SIZE = 2000;

/** A download: the bytes as a stream, names for Content-Disposition, the content type. */
export type LedgerDownload = {
  body: ReadableStream<Uint8Array>;
  fileName: string;
  asciiName: string;
  extension: 'xlsx' | 'csv';
  contentType: string;
};

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** Reads the export page by page, turning each case into its cells. */
type PageSource = () => Promise<string[][] | null>;

function pageSource(
  db: Queryable,
  query: LedgerQuery,
  kind: LedgerExportKind,
  organName: (id: number) => string,
  pageSize: number,
): PageSource {
  let cursor: LedgerCursor = null;
  let serial = 0;
  let isDone = false;
  return async () => {
    if (isDone) {
      return null;
    }
    const rows: LedgerExportRow[] = await listLedgerPage(db, query, cursor, pageSize);
    isDone = rows.length < pageSize;
    const last = rows[rows.length - 1];
    cursor = last ? { receivedOn: last.receivedOn, id: last.id } : cursor;
    return rows.length === 0 && isDone
      ? null
      : rows.map((r) =>
          ledgerExportCells(
            {
              ...r,
              organName: organName(r.organId),
              reviews: r.reviews as { kind: ReviewKind; result: ReviewResult }[],
            },
            (serial += 1),
            kind,
          ),
        );
  };
}

/** CSV lines through the one formula guard (render/formula-guard.ts). */
const csvLines = (rows: readonly (readonly string[])[]) => rows.map((r) => `${toCsvLine(r)}\r\n`).join('');

/** CSV with a BOM (Excel opens Chinese text correctly), one page per pull. */
function csvStream(next: PageSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`\uFEFF${csvLines([[...LEDGER_EXPORT_HEADERS]])}`));
      },
      async pull(controller) {
        const rows = await next();
        if (rows === null) {
          controller.close();
        } else if (rows.length > 0) {
          controller.enqueue(encoder.encode(csvLines(rows)));
        }
      },
    },
    { highWaterMark: 1 },
  );
}

const WIDTHS: Readonly<Record<string, number>> = {
  案件编号: 24,
  受理机关: 20,
  申请人姓名或名称: 18,
  '证件号码/统一社会信用代码': 22,
  通讯地址: 30,
  申请内容: 50,
  办理结果: 30,
};

/**
 * One sheet 「台账」 written by exceljs's streaming writer; waits for the reader when it falls behind.
 * Every cell is a string cell in text format (`@`): a cell starting with = is shown as written and
 * never evaluated, so no apostrophe is needed (one would show as a character).
 */
async function xlsxStream(next: PageSource, title: string): Promise<ReadableStream<Uint8Array>> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use (decision 013)
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'gongkai';
  workbook.title = title;
  const sheet = workbook.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_EXPORT_HEADERS.map((header) => ({
    header,
    width: WIDTHS[header] ?? 12,
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const produce = async () => {
    for (let rows = await next(); rows !== null && !output.destroyed; rows = await next()) {
      for (const cells of rows) {
        sheet.addRow(cells).commit();
      }
      if (output.writableNeedDrain) {
        await once(output, 'drain');
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  produce().catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

function fileNames(
  filters: LedgerFilters,
  organLabel: string,
  today: LocalDate,
): { fileName: string; asciiName: string } {
  const date = today.replace(/-/g, '');
  const year = filters.year === null ? '' : `-${filters.year}年`;
  return {
    fileName: `依申请公开台账（${LEDGER_EXPORT_KIND_LABELS[filters.kind]}）-${organLabel}${year}-${date}`,
    asciiName: `case-ledger-${filters.kind}-${filters.organId ?? 'all'}${filters.year === null ? '' : `-${filters.year}`}-${date}`,
  };
}

/**
 * @param query the query string (organ, year, status, decision, kind, format)
 * @returns the download, or why not: invalid filters, forbidden (the person sees no cases), not_found (an organ they may not see)
 */
export async function exportCaseLedger(
  deps: CaseDeps,
  actor: Actor | null,
  query: Readonly<Record<string, string | undefined>>,
  pageSize = LEDGER_PAGE_SIZE,
): Promise<{ ok: true; download: LedgerDownload } | LedgerFailure> {
  const today = deps.clock.today() as LocalDate;
  const parsed = parseLedgerFilters(query, today);
  if (!parsed.isValid) {
    return invalid(parsed.errors);
  }
  const { filters } = parsed;
  const registry = await loadOrganRegistry(deps.db);
  const visible = registry.organs.filter((o) => canViewCase(actor, o.id, registry.tree));
  if (!actor || visible.length === 0) {
    return FORBIDDEN;
  }
  if (filters.organId !== null && !visible.some((o) => o.id === filters.organId)) {
    return NOT_FOUND;
  }
  const organIds = filters.organId === null ? visible.map((o) => o.id) : [filters.organId];
  await deps.db.transaction((tx) =>
    appendAudit(tx, {
      at: deps.clock.now(),
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: filters.organId,
      action: 'case.export',
      entity: 'case_ledger',
      entityId: null,
      before: null,
      after: { ...filters },
    }),
  );
  const name = (id: number) => registry.byId.get(id)?.name ?? '';
  const next = pageSource(
    deps.db,
    { organIds, year: filters.year, status: filters.status, decision: filters.decision },
    filters.kind,
    name,
    pageSize,
  );
  const names = fileNames(filters, filters.organId === null ? '全部机关' : name(filters.organId), today);
  const body = filters.format === 'csv' ? csvStream(next) : await xlsxStream(next, names.fileName);
  return {
    ok: true,
    download: { body, ...names, extension: filters.format, contentType: CONTENT_TYPES[filters.format] },
  };
}
