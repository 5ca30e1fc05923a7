/**
 * `gongkai report check FILE [--previous FILE] [--json]` — the parser's and the checker's
 * findings for one report. Exit 0: no errors; 1: errors found; 2: the input is not a readable report.
 */
import { checkReport } from '../domain/report/check/check-report.ts';
import { mergeFindings, type Finding } from '../domain/report/findings.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { loadReport } from '../io/read-input.ts';
import { EXIT, forFile, parseCommandArgs, stringOption, writeOut } from './cli-support.ts';
import { formatFindingsReport, reportIdentity } from './format-findings.ts';

/** Usage of the command. */
export const CHECK_USAGE = `用法：gongkai report check FILE [--previous FILE] [--json]

  检查一份年度报告：表格勾稽关系、格式、正文与表格数字是否一致、异常文字等。
  退出码：0 没有错误，1 发现错误，2 文件无法读取或不是年度报告。

  --previous FILE   上一年度的报告，用于核对上年结转、现行有效件数
  --json            以 JSON 输出 { report, findings }`;

/** What `check --json` prints. */
export type CheckOutput = {
  report: Pick<AnnualReport, 'organ' | 'year' | 'format'>;
  findings: Finding[];
};

/**
 * Parses and checks one report: the parser's findings plus the checker's, errors first.
 * @param path the report file (or `-`)
 * @param previousPath last year's report, if any
 */
export async function checkReportFile(
  path: string,
  previousPath?: string,
): Promise<{ report: AnnualReport; findings: Finding[] }> {
  const loaded = await forFile(path, () => loadReport(path));
  const previous =
    previousPath === undefined
      ? undefined
      : (await forFile(previousPath, () => loadReport(previousPath))).report;
  const checked = checkReport(loaded.report, {
    ...(previous === undefined ? {} : { previous }),
    ...(loaded.sourceText === null ? {} : { sourceText: loaded.sourceText }),
  });
  return { report: loaded.report, findings: mergeFindings(loaded.findings, checked) };
}

/**
 * Runs `report check`.
 * @param args arguments after `report check`
 * @returns 0 without errors, 1 with errors
 */
export async function runReportCheck(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { previous: { type: 'string', short: 'p' }, json: { type: 'boolean' } },
    CHECK_USAGE,
    1,
  );
  const { report, findings } = await checkReportFile(positionals[0] ?? '-', stringOption(values.previous));
  if (values.json === true) {
    const output: CheckOutput = {
      report: { organ: report.organ, year: report.year, format: report.format },
      findings,
    };
    writeOut(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    writeOut(`${reportIdentity(report)}\n\n${formatFindingsReport(findings)}`);
  }
  return findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.ok;
}
