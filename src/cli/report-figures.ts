/**
 * `gongkai report figures --organ SLUG --year YYYY [--set key=value …] [--source TEXT]` and
 * `gongkai report figures --import FILE [--source TEXT]` — table 二's entered figures (行政许可 /
 * 行政处罚 / 行政强制 decisions, 行政事业性收费) through the web's own use cases (enter-figures.ts,
 * figures-import.ts): the same validations and Chinese messages, one audit record per change,
 * named after the command (no account), as `gongkai items recheck` is. Without --set: prints what
 * is stored. Exit 0 done; 2 bad usage or figures refused (nothing written).
 */
import { readFile, stat } from 'node:fs/promises';
import { systemClock } from '../app/clock.ts';
import { enterFigures, figuresForm, type StoredEnteredFigures } from '../app/annual-report/enter-figures.ts';
import { findOrganOfSlug, type CommandLineOperator } from '../app/annual-report/figures-access.ts';
import { importFiguresFile, MAX_FIGURES_SHEET_BYTES } from '../app/annual-report/figures-import.ts';
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import {
  ENTERED_FIGURE_FIELDS,
  ENTERED_FIGURE_LABELS,
  type EnteredFigureField,
} from '../domain/annual-report/entered-figures.ts';
import { isOneOf } from '../domain/publishing/vocabulary.ts';
import { EXIT, UsageError, parseCommandArgs, stringOption, writeErr, writeOut } from './cli-support.ts';

/** Who the audit log names. */
const OPERATOR: CommandLineOperator = { commandLine: 'gongkai report figures' };

/** Usage of the command. */
export const FIGURES_USAGE = `用法：gongkai report figures --organ SLUG --year YYYY [--set 字段=值 …] [--source 来源系统]
      gongkai report figures --import FILE.xlsx [--source 来源系统]

  填报年度报告表二中不是平台数据的四项：行政许可、行政处罚、行政强制本年处理决定数量和
  行政事业性收费本年收费金额（万元），记录数据来源系统；与网页“表二数据填报”相同的检查，
  每次修改写入审计日志（操作人记为 gongkai report figures）。不带 --set 时显示已填报的数据。

  --organ SLUG    机关的网址代码（如 boshan）
  --year YYYY     报告年度
  --set 字段=值   可重复；字段：${ENTERED_FIGURE_FIELDS.join('、')}；值为空表示未填报
                  （未指定的字段保持已填报的值）
  --source TEXT   数据来源系统（同 --set sourceSystem=…；导入时用于未填来源系统的行）
  --import FILE   导入 .xlsx 或 .csv（模板见网页“导入表二数据”），有任何错误则不写入`;

/** Longest accepted value of one --set or --source (the use case refuses long text itself). */
const MAX_VALUE_LENGTH = 2000;

type Parsed =
  | { mode: 'show' | 'set'; organ: string; year: number; set: Partial<Record<EnteredFigureField, string>> }
  | { mode: 'import'; file: string; source: string | null };

function parseSet(values: readonly string[]): Partial<Record<EnteredFigureField, string>> {
  const set: Partial<Record<EnteredFigureField, string>> = {};
  for (const item of values) {
    const at = item.indexOf('=');
    const key = at < 0 ? item : item.slice(0, at);
    if (at < 0 || !isOneOf(ENTERED_FIGURE_FIELDS, key)) {
      throw new UsageError(
        `--set 须写成 字段=值，字段为 ${ENTERED_FIGURE_FIELDS.join('、')}，而不是「${item.slice(0, 40)}」`,
        FIGURES_USAGE,
      );
    }
    if (Object.hasOwn(set, key)) {
      throw new UsageError(`--set ${key} 重复`, FIGURES_USAGE);
    }
    set[key] = item.slice(at + 1);
  }
  return set;
}

function parseFiguresArgs(args: readonly string[]): Parsed {
  const { values } = parseCommandArgs(
    args,
    {
      organ: { type: 'string' },
      year: { type: 'string' },
      set: { type: 'string', multiple: true },
      source: { type: 'string' },
      import: { type: 'string' },
    },
    FIGURES_USAGE,
    0,
  );
  const source = stringOption(values.source) ?? null;
  const sets = values.set ?? [];
  if ([source ?? '', ...sets].some((v) => v.length > MAX_VALUE_LENGTH)) {
    throw new UsageError(`参数过长（每项最多 ${MAX_VALUE_LENGTH} 个字符）`, FIGURES_USAGE);
  }
  const file = stringOption(values.import);
  if (file !== undefined) {
    if (values.organ !== undefined || values.year !== undefined || sets.length > 0) {
      throw new UsageError(
        '--import 不能与 --organ、--year、--set 同用（机关和年度写在文件中）',
        FIGURES_USAGE,
      );
    }
    if (file === '') {
      throw new UsageError('--import 缺少文件名', FIGURES_USAGE);
    }
    return { mode: 'import', file, source };
  }
  const organ = stringOption(values.organ);
  const yearText = stringOption(values.year);
  if (organ === undefined || organ === '') {
    throw new UsageError('缺少 --organ（或用 --import 导入文件）', FIGURES_USAGE);
  }
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) {
    throw new UsageError(
      yearText === undefined ? '缺少 --year' : `--year 须是四位年份，而不是「${yearText.slice(0, 40)}」`,
      FIGURES_USAGE,
    );
  }
  const set = parseSet(sets);
  if (source !== null) {
    if (Object.hasOwn(set, 'sourceSystem')) {
      throw new UsageError('--source 与 --set sourceSystem=… 只能用一个', FIGURES_USAGE);
    }
    set.sourceSystem = source;
  }
  const mode = Object.keys(set).length > 0 ? 'set' : 'show';
  return { mode, organ: organ.slice(0, 200), year: Number(yearText), set };
}

/** The stored figures as lines `字段名\t值` (blank: 未填报). */
function figuresText(stored: StoredEnteredFigures | null): string {
  if (stored === null) {
    return '（尚未填报）\n';
  }
  const value = (field: EnteredFigureField) => {
    const v = stored[field];
    return v === null || v === '' ? '未填报' : String(v);
  };
  return `${ENTERED_FIGURE_FIELDS.map((f) => `${ENTERED_FIGURE_LABELS[f]}\t${value(f)}`).join('\n')}\n填报人\t${stored.enteredByName}\n`;
}

/** The stored value as the form shows it (so that fields not --set keep it). */
function formValue(stored: StoredEnteredFigures | null, field: EnteredFigureField): string {
  const v = stored?.[field] ?? null;
  return v === null ? '' : String(v);
}

async function readImportFile(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new UsageError(`「${path.slice(0, 200)}」不是文件`, FIGURES_USAGE);
    }
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) {
      throw error;
    }
    throw new UsageError(`无法读取文件「${path.slice(0, 200)}」`, FIGURES_USAGE);
  }
  if (size > MAX_FIGURES_SHEET_BYTES) {
    throw new UsageError(`文件过大（最大 ${MAX_FIGURES_SHEET_BYTES / 1024 / 1024} MB）`, FIGURES_USAGE);
  }
  return new Uint8Array(await readFile(path));
}

/**
 * Runs `report figures`.
 * @param args arguments after `report figures`
 * @returns the exit code
 */
export async function runReportFigures(args: readonly string[]): Promise<number> {
  const options = parseFiguresArgs(args);
  const bytes = options.mode === 'import' ? await readImportFile(options.file) : null;
  const db = await openDatabase(parseEnv(process.env));
  try {
    const deps = { db, clock: systemClock };
    if (options.mode === 'import') {
      const name = options.file.split(/[\\/]/).at(-1) ?? options.file;
      const result = await importFiguresFile(deps, OPERATOR, { bytes: bytes!, name }, options.source);
      if (result.ok) {
        writeErr(`已导入 ${result.written} 行（写入审计日志）。`);
        return EXIT.ok;
      }
      if (result.kind === 'rows') {
        writeErr(`文件中有 ${result.plan.errors.length} 处错误，没有写入任何数据：`);
        for (const e of result.plan.errors.slice(0, 200)) {
          writeErr(`  第 ${e.line} 行${e.column === null ? '' : `「${e.column}」`}：${e.message}`);
        }
        return EXIT.input;
      }
      writeErr(`错误：${'message' in result ? result.message : '无法导入'}`);
      return EXIT.input;
    }
    const organ = await findOrganOfSlug(db, options.organ);
    if (organ === null) {
      throw new UsageError(`没有网址代码为「${options.organ.slice(0, 40)}」的机关`, FIGURES_USAGE);
    }
    const form = await figuresForm(deps, OPERATOR, organ.id, options.year);
    if (!form.ok) {
      throw new UsageError(
        form.kind === 'invalid' ? Object.values(form.errors).join('；') : '无法填报',
        FIGURES_USAGE,
      );
    }
    if (options.mode === 'show') {
      writeOut(figuresText(form.stored));
      return EXIT.ok;
    }
    const fields = Object.fromEntries(
      ENTERED_FIGURE_FIELDS.map((f) => [f, options.set[f] ?? formValue(form.stored, f)]),
    ) as Record<EnteredFigureField, string>;
    const saved = await enterFigures(deps, OPERATOR, {
      organId: organ.id,
      year: options.year,
      version: form.stored?.version ?? 0,
      form: fields,
    });
    if (!saved.ok) {
      writeErr(
        saved.kind === 'invalid'
          ? `错误：${Object.values(saved.errors).join('；')}（没有写入）`
          : saved.kind === 'stale'
            ? '错误：数据刚被他人修改，请重新运行。'
            : '错误：不能填报。',
      );
      return EXIT.input;
    }
    writeErr(`${organ.name} ${options.year}年度表二数据已保存（写入审计日志）。`);
    const now = await figuresForm(deps, OPERATOR, organ.id, options.year);
    writeOut(figuresText(now.ok ? now.stored : null));
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
