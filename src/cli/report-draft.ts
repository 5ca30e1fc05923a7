/**
 * `gongkai report draft --organ SLUG --year YYYY [--rollup] [--to json|docx|pdf|html|md] [--out PATH] [--by written|published]`
 * — the organ's annual report assembled from the platform's records (the same use case the web
 * will use): tables from items and cases, drafted prose, and the checker's findings on stderr.
 * Exit 0: no errors; 1: the checker found errors; 2: bad usage or an unknown organ/year.
 */
import { assembleDraftBySlug } from '../app/annual-report/assemble-draft.ts';
import { assembleRollupBySlug } from '../app/annual-report/assemble-rollup.ts';
import { ROLLUP_FIGURES_LABELS } from '../domain/annual-report/rollup-members.ts';
import { systemClock } from '../app/clock.ts';
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import type { YearBasis } from '../domain/annual-report/documents-table.ts';
import { isOneOf } from '../domain/publishing/vocabulary.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { renderForCli, type CliFormat } from './report-output.ts';
import { EXIT, UsageError, parseCommandArgs, stringOption, writeErr, writeOut } from './cli-support.ts';
import { countBySeverity, formatFindingsReport, summaryLine } from './format-findings.ts';

const FORMATS = ['json', 'docx', 'pdf', 'html', 'md'] as const satisfies readonly CliFormat[];
const BASES = ['written', 'published'] as const satisfies readonly YearBasis[];

/** Usage of the command. */
export const DRAFT_USAGE = `用法：gongkai report draft --organ SLUG --year YYYY [--rollup] [--to json|docx|pdf|html|md] [--out PATH]

  用平台记录起草某机关某年度的政府信息公开工作年度报告：表二来自已发布的规章、规范性文件，
  表三、表四来自申请办理记录，正文按数据起草；检查结果写到标准错误。
  行政许可、处罚、强制决定数和收费金额不是平台数据：取自“表二数据填报”（/staff/statistics/figures，
  可批量导入）填报的数据，未填报的在草稿中留空。

  --organ SLUG  机关的网址代码（如 boshan）
  --year YYYY   报告年度（须已结束）
  --rollup      汇总本机关及全部下属单位（如全区报告）：已发布年度报告的单位按其报告，其余按平台记录
  --to FORMAT   输出格式：${FORMATS.join('、')}（默认 json）
  --out PATH    输出文件（默认 -，即标准输出）
  --by BASIS    「本年制发」按哪个日期计：written（成文日期，默认）或 published（发布日期）`;

function parseDraftArgs(args: readonly string[]) {
  const { values } = parseCommandArgs(
    args,
    {
      organ: { type: 'string' },
      year: { type: 'string' },
      to: { type: 'string', short: 't' },
      out: { type: 'string', short: 'o' },
      by: { type: 'string' },
      rollup: { type: 'boolean' },
    },
    DRAFT_USAGE,
    0,
  );
  const organ = stringOption(values.organ);
  const yearText = stringOption(values.year);
  const format = stringOption(values.to) ?? 'json';
  const basis = stringOption(values.by) ?? 'written';
  if (organ === undefined || organ === '') {
    throw new UsageError('缺少 --organ', DRAFT_USAGE);
  }
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) {
    throw new UsageError(
      yearText === undefined ? '缺少 --year' : `--year 须是四位年份，而不是「${yearText}」`,
      DRAFT_USAGE,
    );
  }
  if (!isOneOf(FORMATS, format)) {
    throw new UsageError(`不支持的格式「${format}」`, DRAFT_USAGE);
  }
  if (!isOneOf(BASES, basis)) {
    throw new UsageError(`--by 只能是 written 或 published，而不是「${basis}」`, DRAFT_USAGE);
  }
  return {
    organ,
    year: Number(yearText),
    format,
    basis,
    rollup: values.rollup === true,
    out: stringOption(values.out) ?? '-',
  };
}

/**
 * Runs `report draft`.
 * @param args arguments after `report draft`
 * @returns the exit code
 */
export async function runReportDraft(args: readonly string[]): Promise<number> {
  const options = parseDraftArgs(args);
  const db = await openDatabase(parseEnv(process.env));
  try {
    const deps = { db, clock: systemClock };
    const draft = options.rollup
      ? await assembleRollupBySlug(deps, options.organ, options.year, options.basis)
      : await assembleDraftBySlug(deps, options.organ, options.year, options.basis);
    if (!draft.ok) {
      throw new UsageError(
        draft.kind === 'invalid'
          ? Object.values(draft.errors).join('；')
          : `没有网址代码为「${options.organ}」的机关`,
        DRAFT_USAGE,
      );
    }
    const { organ } = draft;
    const data = await renderForCli(draft.report, options.format, { file: `${organ.slug}-${options.year}` });
    if (options.out === '-') {
      writeOut(data);
    } else {
      await writeFileAtomic(options.out, data);
      writeErr(`已写入 ${options.out}`);
    }
    if ('members' in draft) {
      writeErr(
        `汇总 ${draft.members.length} 个单位：${draft.members
          .map(
            (m) =>
              `${m.name}（${m.figures === 'records' ? '按平台记录' : `${ROLLUP_FIGURES_LABELS[m.figures]} ${m.publishedOn ?? ''}`}）`,
          )
          .join('、')}`,
      );
    }
    const counts = countBySeverity(draft.findings);
    writeErr(`${organ.name} ${options.year}年度报告草稿：${summaryLine(counts)}`);
    if (draft.findings.length > 0) {
      writeErr(formatFindingsReport(draft.findings));
    }
    return counts.error > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await db.close();
  }
}
