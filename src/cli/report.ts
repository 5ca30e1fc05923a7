/** `gongkai report …` — the annual report commands, dispatched by name. */
import { EXIT, UsageError, wantsHelp, writeOut, type RunCommand } from './cli-support.ts';

/** A subcommand's usage text and entry point, from its module (imported only when used). */
type Subcommand = { readonly usage: string; readonly run: RunCommand };

const SUBCOMMANDS = {
  parse: {
    summary: '读取报告，输出 JSON 数据',
    load: async (): Promise<Subcommand> => {
      const m = await import('./report-parse.ts');
      return { usage: m.PARSE_USAGE, run: m.runReportParse };
    },
  },
  check: {
    summary: '检查报告（勾稽关系等），列出问题',
    load: async (): Promise<Subcommand> => {
      const m = await import('./report-check.ts');
      return { usage: m.CHECK_USAGE, run: m.runReportCheck };
    },
  },
  render: {
    summary: '输出为 HTML、Word、Markdown、JSON 或 CSV',
    load: async (): Promise<Subcommand> => {
      const m = await import('./report-render.ts');
      return { usage: m.RENDER_USAGE, run: m.runReportRender };
    },
  },
  draft: {
    summary: '用平台记录起草年度报告（表格、正文、检查）',
    load: async (): Promise<Subcommand> => {
      const m = await import('./report-draft.ts');
      return { usage: m.DRAFT_USAGE, run: m.runReportDraft };
    },
  },
  figures: {
    summary: '填报表二数据（行政许可、处罚、强制决定数，收费金额），或从 XLSX 导入',
    load: async (): Promise<Subcommand> => {
      const m = await import('./report-figures.ts');
      return { usage: m.FIGURES_USAGE, run: m.runReportFigures };
    },
  },
  batch: {
    summary: '批量解析、检查文件夹中的报告，输出 CSV 数据集',
    load: async (): Promise<Subcommand> => {
      const m = await import('./report-batch.ts');
      return { usage: m.BATCH_USAGE, run: m.runReportBatch };
    },
  },
} as const satisfies Record<string, { summary: string; load: () => Promise<Subcommand> }>;

/** Usage of `gongkai report`. */
export const REPORT_USAGE = `用法：gongkai report <命令> [选项]

  政府信息公开工作年度报告：读取（文本、网页、Word、PDF、JSON）、检查、转换。

命令：
${Object.entries(SUBCOMMANDS)
  .map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`)
  .join('\n')}

运行 gongkai report <命令> --help 查看该命令的选项。`;

function isSubcommand(name: string): name is keyof typeof SUBCOMMANDS {
  return Object.hasOwn(SUBCOMMANDS, name);
}

/**
 * Runs `gongkai report …`.
 * @param args arguments after `report`
 * @returns the exit code
 */
export async function runReport(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    throw new UsageError('缺少命令', REPORT_USAGE);
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    writeOut(`${REPORT_USAGE}\n`);
    return EXIT.ok;
  }
  if (!isSubcommand(name)) {
    throw new UsageError(`没有命令「report ${name}」`, REPORT_USAGE);
  }
  const subcommand = await SUBCOMMANDS[name].load();
  if (wantsHelp(rest)) {
    writeOut(`${subcommand.usage}\n`);
    return EXIT.ok;
  }
  return subcommand.run(rest);
}
