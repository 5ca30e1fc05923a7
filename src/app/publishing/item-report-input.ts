/**
 * The report of a 年度报告 item, as the editor submits it (decision 029): the year (required), and
 * either an uploaded report (DOCX, PDF or text — read, parsed and checked in the parse pool, like the
 * 年报体检), 「由已有数据生成」 (a stored annual_reports row rendered to DOCX and checked), or 「由平台记录起草」
 * (the report assembled from the organ's items and cases, decision 032, rendered to DOCX), or
 * 「由下级机关汇总」 (the district roll-up over the chosen organs below it, decision 038). Without
 * either, an item keeps the report it has. The file becomes one of the item's attachments.
 */
import { megabytesText } from '../../domain/byte-size.ts';
import type { Queryable } from '../../db/db.ts';
import { insertItemFile, updateItemFile } from '../../db/queries/publishing/item-files.ts';
import {
  findItemReport,
  findReportData,
  upsertItemReport,
  type ItemReportSource,
} from '../../db/queries/publishing/item-reports.ts';
import type { ReportProse } from '../../domain/annual-report/report-prose.ts';
import type { RollupRecord } from '../../domain/annual-report/rollup-members.ts';
import { checkReport } from '../../domain/report/check/check-report.ts';
import { ReportInputError } from '../../domain/report/errors.ts';
import type { Finding } from '../../domain/report/findings.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { WorkerPoolError, type CheckedReport } from '../../io/parse-pool/parse-pool.ts';
import {
  cleanOfficeMetadata,
  pdfMetadata,
  type HiddenMetadata,
} from '../../io/publishing/office-metadata.ts';
import { renderReport } from '../../render/index.ts';
import { reportTitle } from '../../render/labels.ts';
import { FILE_KIND_INFO, sanitizeFileName } from '../cases/read-attachments.ts';
import { parsePoolOf, type AppDeps } from '../deps.ts';
import { POOL_FAILURES } from '../parse-pool-failure.ts';
import { assembleDraft } from '../annual-report/assemble-draft.ts';
import { draftedReport } from '../annual-report/drafted-report.ts';
import { fromRollup } from './item-report-rollup.ts';
import { checkFileName, UnsafeFileNameError } from '../report-checks/file-name.ts';
import { MAX_ITEM_FILE_BYTES } from './item-files.ts';

/** What the editor posts for the report. */
export type ReportSubmission = {
  year: string;
  /** `data`: render from the organ's stored report data of the year; otherwise the uploaded file. */
  source: string;
  file: { name: string; bytes: Uint8Array } | null;
  /** `rollup`: the ids of the organs to sum, as posted (checkboxes). */
  organs?: readonly string[];
  /** `records`/`rollup`: drop the staff's edited text (「按最新记录重新起草」); else it is kept (decision 039). */
  replaceEdited?: boolean;
};

/** A report read from the submission, ready to store. */
export type NewItemReport = {
  year: number;
  report: AnnualReport;
  findings: Finding[];
  source: ItemReportSource;
  file: { name: string; mediaType: string; bytes: Uint8Array; hidden: HiddenMetadata[] };
  /** A roll-up's recorded choice of organs (source `rollup`). */
  rollup?: RollupRecord;
  /** The drafted prose and the staff's edits kept (sources `records` and `rollup`, decision 039). */
  prose?: ReportProse;
};

/** Nothing (not a report item), the stored report kept (maybe with its year), or a new one. */
export type ReportInput = null | { keep: number } | NewItemReport;

/** What reading the submission gives: the report input, or field errors. */
export type Read = { ok: true; value: ReportInput } | { ok: false; errors: Record<string, string> };

const REPORT_KINDS = { pdf: 'pdf', docx: 'docx', text: 'text' } as const;
/** A refusal of one field. */
export const fail = (field: string, message: string): Read => ({ ok: false, errors: { [field]: message } });

/** The year of the form: four digits in 2000–2100, or null. */
export function reportYearOf(raw: string): number | null {
  const year = /^\s*(\d{4})\s*$/.exec(raw)?.[1];
  return year !== undefined && Number(year) >= 2000 && Number(year) <= 2100 ? Number(year) : null;
}

async function checkedUpload(
  deps: AppDeps,
  name: string,
  bytes: Uint8Array,
): Promise<CheckedReport | string> {
  try {
    return await parsePoolOf(deps).checkReportFile(bytes, name);
  } catch (error) {
    if (error instanceof ReportInputError) {
      return error.message;
    }
    if (error instanceof WorkerPoolError) {
      return `文件${POOL_FAILURES[error.failure].text}。`;
    }
    throw error;
  }
}

function storedFile(kind: keyof typeof REPORT_KINDS, name: string, bytes: Uint8Array): NewItemReport['file'] {
  if (kind === 'text') {
    const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
    return { name: `${stem === '' ? '年度报告' : stem}.txt`, mediaType: 'text/plain', bytes, hidden: [] };
  }
  const cleaned =
    kind === 'docx' ? cleanOfficeMetadata(bytes) : { cleaned: bytes, found: pdfMetadata(bytes) };
  return {
    name: sanitizeFileName(name, kind, 0),
    mediaType: FILE_KIND_INFO[kind].mediaType,
    bytes: cleaned.cleaned,
    hidden: cleaned.found,
  };
}

async function fromUpload(
  deps: AppDeps,
  year: number,
  file: { name: string; bytes: Uint8Array },
): Promise<Read> {
  if (file.bytes.length > MAX_ITEM_FILE_BYTES) {
    return fail('reportFile', `文件不能超过${megabytesText(MAX_ITEM_FILE_BYTES)}`);
  }
  let name: string;
  try {
    name = checkFileName(file.name);
  } catch (error) {
    if (error instanceof UnsafeFileNameError || error instanceof ReportInputError) {
      return fail('reportFile', error.message);
    }
    throw error;
  }
  const checked = await checkedUpload(deps, name, file.bytes);
  if (typeof checked === 'string') {
    return fail('reportFile', checked);
  }
  if (!(checked.kind in REPORT_KINDS)) {
    return fail('reportFile', '须是 Word（.docx）、PDF 或纯文本（.txt）文件');
  }
  if (checked.report.year !== null && checked.report.year !== year) {
    return fail(
      'reportYear',
      `表单填写的报告年度是${year}年，上传的文件是${checked.report.year}年度的报告，请核对年度或重新选择文件`,
    );
  }
  const kind = checked.kind as keyof typeof REPORT_KINDS;
  return {
    ok: true,
    value: {
      year,
      report: checked.report,
      findings: checked.findings,
      source: 'upload',
      file: storedFile(kind, name, file.bytes),
    },
  };
}

async function fromData(tx: Queryable, organId: number, year: number): Promise<Read> {
  const report = await findReportData(tx, organId, year);
  if (report === null) {
    return fail('reportSource', `本机关没有${year}年度的年报数据，请上传年度报告文件`);
  }
  const title = reportTitle({ organ: report.organ ?? '', year });
  return {
    ok: true,
    value: {
      year,
      report,
      findings: checkReport(report),
      source: 'data',
      file: {
        name: `${title}.docx`,
        mediaType: FILE_KIND_INFO.docx.mediaType,
        bytes: new Uint8Array(await renderReport(report, 'docx')),
        hidden: [],
      },
    },
  };
}

/** The report drafted from the organ's records (tables, prose, checker findings), as a DOCX. */
async function fromRecords(
  deps: AppDeps,
  tx: Queryable,
  organId: number,
  itemId: number | null,
  year: number,
  replaceEdited: boolean,
): Promise<Read> {
  // read inside the saving transaction (on PGlite another connection would wait for it)
  const draft = await assembleDraft({ db: tx, clock: deps.clock }, organId, year);
  if (!draft.ok) {
    return fail(
      'reportSource',
      draft.kind === 'invalid' ? Object.values(draft.errors).join('；') : '机关不存在',
    );
  }
  const finished = await draftedReport(tx, draft.organ, itemId, draft, replaceEdited);
  return { ok: true, value: { year, source: 'records', ...finished } };
}

/**
 * Reads the report part of the editor's submission.
 * @param itemId the item being edited or revised (null when created)
 */
export async function readReportInput(
  deps: AppDeps,
  tx: Queryable,
  organId: number,
  itemId: number | null,
  submission: ReportSubmission | undefined,
): Promise<Read> {
  const year = reportYearOf(submission?.year ?? '');
  if (year === null) {
    return fail('reportYear', '请填写报告年度（4位年份，如2025）');
  }
  if (submission?.source === 'data') {
    return fromData(tx, organId, year);
  }
  if (submission?.source === 'records') {
    return fromRecords(deps, tx, organId, itemId, year, submission.replaceEdited === true);
  }
  if (submission?.source === 'rollup') {
    return fromRollup(
      deps,
      tx,
      organId,
      itemId,
      year,
      submission.organs ?? [],
      submission.replaceEdited === true,
    );
  }
  if (submission?.file) {
    return submission.file.bytes.length === 0
      ? fail('reportFile', '所选文件是空文件（0 字节），请重新选择')
      : fromUpload(deps, year, submission.file);
  }
  const stored = itemId === null ? null : await findItemReport(tx, itemId);
  if (stored !== null && stored.year !== year) {
    return fail('reportYear', `已上传的是${stored.year}年度的报告；改变年度须同时上传该年度的报告`);
  }
  return { ok: true, value: stored === null ? null : { keep: year } };
}

/**
 * Stores what was read: a new report becomes an attachment (the previous report file is removed
 * from the list but kept, for earlier published versions) and the item's report.
 * @returns the stored file's id, or null when nothing changed
 */
export async function storeItemReport(
  tx: Queryable,
  itemId: number,
  input: ReportInput,
  at: Date,
): Promise<number | null> {
  if (input === null || 'keep' in input) {
    return null;
  }
  const previous = await findItemReport(tx, itemId);
  if (previous !== null) {
    await updateItemFile(tx, previous.fileId, 'remove');
  }
  // the report's text is checked by the report checker, not again as an attachment's
  const fileId = await insertItemFile(
    tx,
    itemId,
    {
      name: input.file.name,
      mediaType: input.file.mediaType,
      bytes: input.file.bytes,
      text: '',
      hiddenMetadata: input.file.hidden,
    },
    at,
  );
  await upsertItemReport(
    tx,
    {
      itemId,
      year: input.year,
      report: input.report,
      findings: input.findings,
      fileId,
      source: input.source,
      rollup: input.rollup ?? null,
      prose: input.prose ?? null,
    },
    at,
  );
  return fileId;
}
