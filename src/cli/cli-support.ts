/**
 * What every CLI command shares: exit codes, strict flag parsing with short English usage errors,
 * and output helpers (stdout carries data only; messages go to stderr).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReportInputError } from '../domain/report/errors.ts';

/** Exit codes (sysexits.h for the internal error). */
export const EXIT = {
  /** Done; for `check`: no errors found. */
  ok: 0,
  /** `check`: the report has errors. */
  findings: 1,
  /** Bad usage, or an input that cannot be read as a report. */
  input: 2,
  /** A bug: something we did not expect went wrong. */
  internal: 70,
} as const;

/** A mistake in the command line; printed with the command's usage, exit 2. */
export class UsageError extends Error {
  readonly usage: string;

  /**
   * @param message what is wrong, in Chinese (flag names stay as typed)
   * @param usage the usage line of the command concerned
   */
  constructor(message: string, usage: string) {
    super(message);
    this.name = 'UsageError';
    this.usage = usage;
  }
}

/** An unreadable input, with the file it came from, for the one-line message. */
export class SourcedInputError extends Error {
  readonly source: string;
  readonly inputError: ReportInputError;

  constructor(source: string, inputError: ReportInputError) {
    super(inputError.message);
    this.name = 'SourcedInputError';
    this.source = source;
    this.inputError = inputError;
  }
}

/**
 * Runs `work` on one input file; a ReportInputError it throws is tagged with the file name.
 * @example const loaded = await forFile(path, () => loadReport(path))
 */
export async function forFile<T>(source: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof ReportInputError ? new SourcedInputError(source, error) : error;
  }
}

/** How a source is named in messages (`-` is standard input). */
export function displaySource(source: string): string {
  return source === '-' ? '标准输入' : source;
}

/** Runs a command with its arguments and returns the exit code. */
export type RunCommand = (args: readonly string[]) => Promise<number>;

/**
 * A command whose module is imported only when it runs: the command list (`--help`) costs
 * nothing, and each command loads only what it needs (start-up time, decision 013).
 */
export type LazyCommand = {
  /** One line for the command list in `--help`. */
  readonly summary: string;
  /** Imports the command's module and gives its entry point. */
  readonly load: () => Promise<RunCommand>;
};

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses flags strictly: unknown flags, missing values and stray positionals are usage errors.
 * @param args the command's arguments
 * @param options `node:util` parseArgs option spec
 * @param usage the command's usage text, shown with any error
 * @param positionalCount how many positionals the command takes (exactly)
 * @example parseCommandArgs(['a.txt', '--quiet'], { quiet: { type: 'boolean' } }, USAGE, 1)
 */
export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
  usage: string,
  positionalCount: number,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(flagErrorMessage(error), usage);
  }
  if (parsed.positionals.length !== positionalCount) {
    const what =
      parsed.positionals.length < positionalCount
        ? '缺少参数'
        : `多余的参数「${String(parsed.positionals[positionalCount])}」`;
    throw new UsageError(what, usage);
  }
  return parsed;
}

/** node:util's messages are long, English and mention `args`: say the same in one Chinese phrase. */
function flagErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const flag = /'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `没有选项「${flag}」`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('argument missing') ? `选项「${flag}」缺少值` : `选项「${flag}」不带值`;
  }
  return message.split('. ')[0]?.replace(/\.$/, '') ?? message;
}

/** True when the arguments ask for help. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** Writes data to stdout. */
export function writeOut(text: string | Uint8Array): void {
  process.stdout.write(text);
}

/** Writes one message line to stderr. */
export function writeErr(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Reads a string option that parseArgs typed loosely. */
export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
