/**
 * `gongkai report render FILE --to html|docx|pdf|md|json|csv --out PATH` — a report (any readable
 * kind, or JSON data) in another format. The output appears only when it is complete.
 */
import { writeFileAtomic } from '../io/atomic-write.ts';
import { checkReportFile } from './report-check.ts';
import { CLI_FORMATS, isCliFormat, renderForCli } from './report-output.ts';
import {
  EXIT,
  UsageError,
  forFile,
  parseCommandArgs,
  stringOption,
  writeErr,
  writeOut,
} from './cli-support.ts';

/** Usage of the command. */
export const RENDER_USAGE = `用法：gongkai report render FILE --to html|docx|pdf|md|json|csv --out PATH

  把年度报告（或 JSON 数据）输出为网页、Word、PDF、Markdown、JSON 或 CSV。
  --out 为 - 时写到标准输出。输入有问题时不会创建输出文件。

  --to FORMAT   输出格式：${CLI_FORMATS.join('、')}（PDF 的中文字体由 GAZETTE_FONT 指定）
  --out PATH    输出文件
  --findings    网页（html）中标出检查发现的问题；CSV 总是包含错误和警告的数量`;

/**
 * Runs `report render`.
 * @param args arguments after `report render`
 * @returns the exit code
 */
export async function runReportRender(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      to: { type: 'string', short: 't' },
      out: { type: 'string', short: 'o' },
      findings: { type: 'boolean' },
    },
    RENDER_USAGE,
    1,
  );
  const format = stringOption(values.to);
  const out = stringOption(values.out);
  if (format === undefined || !isCliFormat(format)) {
    throw new UsageError(format === undefined ? '缺少 --to' : `不支持的格式「${format}」`, RENDER_USAGE);
  }
  if (out === undefined || out === '') {
    throw new UsageError('缺少 --out', RENDER_USAGE);
  }
  const source = positionals[0] ?? '-';
  const { report, findings } = await forFile(source, () => checkReportFile(source));
  // A rendered document is clean unless asked to mark findings; CSV always counts them.
  const isMarked = format === 'csv' || (format === 'html' && values.findings === true);
  const data = await renderForCli(report, format, isMarked ? { findings, file: source } : { file: source });
  if (out === '-') {
    writeOut(data);
  } else {
    await writeFileAtomic(out, data);
    writeErr(`已写入 ${out}`);
  }
  return EXIT.ok;
}
