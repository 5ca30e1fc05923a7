/**
 * `gongkai report parse FILE` — reads a report (text, HTML, Word, PDF or JSON) and prints it as
 * `gongkai.annual-report.v1` JSON on stdout. The parser's findings go to stderr, one per line.
 */
import { loadReport } from '../io/read-input.ts';
import { EXIT, forFile, parseCommandArgs, writeErr, writeOut } from './cli-support.ts';
import { findingLine } from './format-findings.ts';

/** Usage of the command. */
export const PARSE_USAGE = `用法：gongkai report parse FILE [--quiet]

  把年度报告（文本、网页、Word、PDF 或 JSON）读成 gongkai.annual-report.v1 JSON，输出到标准输出。
  FILE 为 - 时读取标准输入。解析提示逐行输出到标准错误。

  --quiet   不输出解析提示`;

/**
 * Runs `report parse`.
 * @param args arguments after `report parse`
 * @returns the exit code
 */
export async function runReportParse(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { quiet: { type: 'boolean', short: 'q' } },
    PARSE_USAGE,
    1,
  );
  const source = positionals[0] ?? '-';
  const { report, findings } = await forFile(source, () => loadReport(source));
  writeOut(`${JSON.stringify(report, null, 2)}\n`);
  if (values.quiet !== true) {
    for (const finding of findings) {
      writeErr(findingLine(finding));
    }
  }
  return EXIT.ok;
}
