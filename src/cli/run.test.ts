import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportInputError } from '../domain/report/errors.ts';
import { parseEnv } from '../config/env.ts';
import { SourcedInputError, UsageError } from './cli-support.ts';
import { reportFailure } from './run.ts';

function captureStderr(): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reportFailure', () => {
  it('prints an internal error as one Chinese line, exit 70, with the stack only under GONGKAI_DEBUG=1', () => {
    const quiet = captureStderr();
    expect(reportFailure(new TypeError('x is undefined\nmore'), {})).toBe(70);
    expect(quiet.text()).toMatch(/^内部错误：x is undefined\n（这是程序缺陷/);
    expect(quiet.text()).not.toMatch(/at .*\.ts:/);
    vi.restoreAllMocks();
    const debug = captureStderr();
    expect(reportFailure(new Error('boom'), { GONGKAI_DEBUG: '1' })).toBe(70);
    expect(debug.text()).toMatch(/^内部错误：boom\nError: boom\n\s+at /);
  });

  it('prints an unusable environment as a Chinese message naming the variable, exit 2, no stack', () => {
    const stderr = captureStderr();
    let thrown: unknown = null;
    try {
      parseEnv({ DATABASE_URL: 'mysql://x' });
    } catch (error) {
      thrown = error;
    }
    expect(reportFailure(thrown, {})).toBe(2);
    expect(stderr.text()).toMatch(/^错误：环境变量有误。\n {2}DATABASE_URL: /);
    expect(stderr.text()).not.toContain('内部错误');
  });

  it('prints input errors with their file, stdin by name, exit 2', () => {
    const stderr = captureStderr();
    expect(reportFailure(new SourcedInputError('-', new ReportInputError('EMPTY', '文件是空的')))).toBe(2);
    expect(reportFailure(new ReportInputError('NOT_A_REPORT', '不是年度报告'))).toBe(2);
    expect(stderr.text()).toBe('错误：标准输入：文件是空的\n错误：不是年度报告\n');
  });

  it('prints a usage error with the usage line only', () => {
    const stderr = captureStderr();
    expect(
      reportFailure(new UsageError('没有选项「--x」', '用法：gongkai report parse FILE\n\n  more')),
    ).toBe(2);
    expect(stderr.text()).toBe(
      'gongkai: 没有选项「--x」\n用法：gongkai report parse FILE\n加 --help 查看详细说明。\n',
    );
  });
});
