/**
 * `gongkai report batch DIR --out dataset.csv [--findings findings.csv]` — parses and checks every
 * report under a folder: one dataset row per report, one findings row per finding. A file that
 * cannot be read is a finding (INPUT_UNREADABLE), never the end of the batch.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ReportInputError } from '../domain/report/errors.ts';
import type { Finding } from '../domain/report/findings.ts';
import { reportCsvColumns, reportCsvRow, toCsvLine } from '../render/csv.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import {
  EXIT,
  SourcedInputError,
  UsageError,
  forFile,
  parseCommandArgs,
  stringOption,
  writeErr,
} from './cli-support.ts';
import { createProgress } from './progress.ts';
import { checkReportFile } from './report-check.ts';
import { listFiles, relativeName } from './walk.ts';

/** Usage of the command. */
export const BATCH_USAGE = `用法：gongkai report batch DIR --out dataset.csv [--findings findings.csv]

  批量读取文件夹（含子文件夹）中的年度报告，逐份解析并检查：
  每份报告在 dataset.csv 中占一行；--findings 时每个问题在 findings.csv 中占一行。
  无法读取的文件记为 INPUT_UNREADABLE，不会中断批处理。CSV 为带 BOM 的 UTF-8。

  --out PATH        数据集 CSV
  --findings PATH   问题清单 CSV`;

/** Columns of the findings CSV. */
export const FINDINGS_COLUMNS = ['file', 'code', 'severity', 'part', 'row', 'column', 'message'] as const;

const UTF8_BOM = '\ufeff';
const CRLF = '\r\n';
const TOP_CODES = 10;

type BatchState = {
  datasetRows: string[][];
  findingRows: string[][];
  unreadable: number;
  internalErrors: number;
  errorsByCode: Map<string, number>;
  severities: { error: number; warning: number; info: number };
};

/**
 * Runs `report batch`.
 * @param args arguments after `report batch`
 * @returns 0 when the batch ran (whatever it found); 2 when the folder cannot be read
 */
export async function runReportBatch(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' }, findings: { type: 'string', short: 'f' } },
    BATCH_USAGE,
    1,
  );
  const root = positionals[0] ?? '.';
  const out = stringOption(values.out);
  const findingsOut = stringOption(values.findings);
  if (out === undefined || out === '') {
    throw new UsageError('缺少 --out', BATCH_USAGE);
  }
  await forFile(root, () => assertFolder(root));
  const exclude = new Set([resolve(out), ...(findingsOut === undefined ? [] : [resolve(findingsOut)])]);
  const files = await listFiles(root, exclude);
  const state: BatchState = {
    datasetRows: [],
    findingRows: [],
    unreadable: 0,
    internalErrors: 0,
    errorsByCode: new Map(),
    severities: { error: 0, warning: 0, info: 0 },
  };
  writeErr(`共找到 ${files.length} 个文件，开始处理…`);
  const progress = createProgress(files.length);
  for (const path of files) {
    const name = relativeName(root, path);
    await processFile(path, name, state);
    progress.tick(name);
  }
  progress.done();
  await writeFileAtomic(out, csvDocument(reportCsvColumns(), state.datasetRows));
  if (findingsOut !== undefined) {
    await writeFileAtomic(findingsOut, csvDocument([...FINDINGS_COLUMNS], state.findingRows));
  }
  printSummary(files.length, state, out, findingsOut);
  return EXIT.ok;
}

async function processFile(path: string, name: string, state: BatchState): Promise<void> {
  try {
    const { report, findings } = await checkReportFile(path);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    state.datasetRows.push(reportCsvRow(report, { file: name, errors, warnings }));
    for (const finding of findings) {
      recordFinding(state, name, finding);
    }
  } catch (error) {
    const inputError = error instanceof SourcedInputError ? error.inputError : error;
    if (inputError instanceof ReportInputError) {
      state.unreadable += 1;
      recordFinding(state, name, {
        code: 'INPUT_UNREADABLE',
        severity: 'error',
        message: inputError.message,
        where: { part: 'document' },
      });
      return;
    }
    // A bug in a reader or the parser must not cost the user the rest of the batch.
    state.internalErrors += 1;
    const message = error instanceof Error ? error.message : String(error);
    recordFinding(state, name, {
      code: 'INTERNAL_ERROR',
      severity: 'error',
      message: `内部错误：${message}`,
      where: { part: 'document' },
    });
  }
}

function recordFinding(state: BatchState, file: string, finding: Finding): void {
  state.severities[finding.severity] += 1;
  if (finding.severity === 'error') {
    state.errorsByCode.set(finding.code, (state.errorsByCode.get(finding.code) ?? 0) + 1);
  }
  const { part, row, column } = finding.where;
  state.findingRows.push([
    file,
    finding.code,
    finding.severity,
    part ?? '',
    row ?? '',
    column ?? '',
    finding.message,
  ]);
}

function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${UTF8_BOM}${[header, ...rows].map((cells) => toCsvLine([...cells])).join(CRLF)}${CRLF}`;
}

async function assertFolder(root: string): Promise<void> {
  let isDirectory = false;
  try {
    isDirectory = (await stat(root)).isDirectory();
  } catch {
    throw new ReportInputError('NOT_FOUND', '找不到文件夹');
  }
  if (!isDirectory) {
    throw new ReportInputError('NOT_FOUND', '不是文件夹；批处理需要一个文件夹');
  }
}

function printSummary(total: number, state: BatchState, out: string, findingsOut: string | undefined): void {
  const read = state.datasetRows.length;
  const internal = state.internalErrors > 0 ? `，内部错误 ${state.internalErrors} 个` : '';
  writeErr(`处理完成：共 ${total} 个文件，读取报告 ${read} 份，无法读取 ${state.unreadable} 个${internal}。`);
  const { error, warning, info } = state.severities;
  writeErr(`发现错误 ${error} 项，警告 ${warning} 项，提示 ${info} 项。`);
  const top = [...state.errorsByCode.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_CODES);
  if (top.length > 0) {
    writeErr('错误按代码统计：');
    for (const [code, count] of top) {
      writeErr(`  ${code}  ${count}`);
    }
  }
  const findingsNote =
    findingsOut === undefined ? '' : `；问题清单 ${findingsOut}（${state.findingRows.length} 行）`;
  writeErr(`已写入 ${out}（${read} 行）${findingsNote}`);
}
