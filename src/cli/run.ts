/**
 * The `gongkai` command line: dispatch by command name, and the one place that turns errors into
 * messages and exit codes. User errors never show a stack trace; internal ones show it only with
 * GONGKAI_DEBUG=1.
 */
import { EnvError } from '../config/env.ts';
import { GazetteFontError } from '../io/publishing/gazette-font.ts';
import { readFileSync } from 'node:fs';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { ReportInputError } from '../domain/report/errors.ts';
import {
  EXIT,
  SourcedInputError,
  UsageError,
  displaySource,
  writeErr,
  writeOut,
  type LazyCommand,
} from './cli-support.ts';

/**
 * Top-level commands. Each module is imported only when its command runs, so that `--help` or
 * `deadline` do not load the database, the web app or the Word writer (decision 013).
 */
const COMMANDS = {
  report: {
    summary: '年度报告：解析、检查、转换、批量处理',
    load: async () => (await import('./report.ts')).runReport,
  },
  serve: {
    summary: '启动平台网站（默认 http://localhost:3000）',
    load: async () => (await import('./serve.ts')).runServe,
  },
  db: {
    summary: '数据库：db migrate 执行迁移；db backfill-due-dates 补算已办结申请的答复期限',
    load: async () => (await import('./db.ts')).runDb,
  },
  audit: {
    summary: '审计日志：audit verify 核对哈希链',
    load: async () => (await import('./audit.ts')).runAudit,
  },
  backup: {
    summary: '备份全部数据：backup --out FILE',
    load: async () => (await import('./backup.ts')).runBackup,
  },
  restore: {
    summary: '从备份恢复：restore FILE [--force]',
    load: async () => (await import('./restore.ts')).runRestore,
  },
  items: {
    summary: '主动公开：items recheck 按现行规则重新检查已发布信息',
    load: async () => (await import('./items.ts')).runItems,
  },
  search: {
    summary: '信息检索：search reindex 重建检索索引',
    load: async () => (await import('./search.ts')).runSearch,
  },
  demo: {
    summary: '载入演示数据：机构树、各角色演示账号及其他演示内容',
    load: async () => (await import('./demo.ts')).runDemo,
  },
  deadline: {
    summary: '计算依申请公开的答复期限并说明依据',
    load: async () => (await import('./deadline.ts')).runDeadline,
  },
} as const satisfies Record<string, LazyCommand>;

/** Usage of `gongkai`. */
export const MAIN_USAGE = `用法：gongkai <命令> [选项]

  gongkai（公开）— 政府信息公开工作平台。

命令：
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

选项：
  --help, -h     显示本帮助
  --version, -v  显示版本号

运行 gongkai <命令> --help 查看该命令的说明。`;

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

/** The version from package.json. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}

async function dispatch(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    writeOut(`${MAIN_USAGE}\n`);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    writeOut(`gongkai ${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (name === undefined) {
    throw new UsageError('缺少命令', MAIN_USAGE);
  }
  if (!isCommand(name)) {
    throw new UsageError(name.startsWith('-') ? `没有选项「${name}」` : `没有命令「${name}」`, MAIN_USAGE);
  }
  const run = await COMMANDS[name].load();
  return run(rest);
}

/**
 * Runs the CLI and maps every outcome to an exit code.
 * @param args `process.argv.slice(2)`
 * @param env the environment (GONGKAI_DEBUG)
 * @returns 0 ok, 1 findings with errors, 2 usage or unreadable input, 70 internal error
 */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    return await dispatch(args);
  } catch (error) {
    return reportFailure(error, env);
  }
}

/**
 * Prints a failure on stderr and gives its exit code: usage errors with the usage line, input
 * errors as one Chinese line, anything else as 「内部错误：…」 (stack only with GONGKAI_DEBUG=1).
 * @returns 2 for usage and input errors, 70 otherwise
 */
export function reportFailure(error: unknown, env: NodeJS.ProcessEnv = process.env): number {
  if (error instanceof UsageError) {
    // Short: the problem, the usage line, where to read more.
    writeErr(`gongkai: ${error.message}\n${error.usage.split('\n')[0] ?? ''}\n加 --help 查看详细说明。`);
    return EXIT.input;
  }
  if (error instanceof SourcedInputError) {
    writeErr(`错误：${displaySource(error.source)}：${error.message}`);
    return EXIT.input;
  }
  if (
    error instanceof ReportInputError ||
    error instanceof DataDirLockedError ||
    error instanceof GazetteFontError
  ) {
    writeErr(`错误：${error.message}`);
    return EXIT.input;
  }
  if (error instanceof EnvError) {
    writeErr(`错误：环境变量有误。\n${error.message.split('\n').slice(1).join('\n')}`);
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeErr(`内部错误：${message.split('\n')[0] ?? ''}`);
  if (env.GONGKAI_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
    writeErr(error.stack);
  } else {
    writeErr('（这是程序缺陷，请报告；设置环境变量 GONGKAI_DEBUG=1 可查看详细信息）');
  }
  return EXIT.internal;
}
