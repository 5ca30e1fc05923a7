import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from './cli-support.ts';
import { runSearch, SEARCH_USAGE } from './search.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('gongkai search', () => {
  it('refuses a missing or unknown subcommand and extra arguments before opening the database', async () => {
    for (const [args, message] of [
      [[], '缺少子命令'],
      [['rebuild'], '没有子命令「rebuild」'],
      [['reindex', 'extra'], '多余的参数「extra」'],
      [['reindex', '--force'], '没有选项「--force」'],
      [['x'.repeat(10_000)], '没有子命令'],
    ] as const) {
      await expect(runSearch(args)).rejects.toSatisfy(
        (error: unknown) => error instanceof UsageError && error.message.startsWith(message),
      );
    }
  });

  it('prints its usage with --help', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    expect(await runSearch(['--help'])).toBe(0);
    expect(out.join('')).toBe(`${SEARCH_USAGE}\n`);
  });
});
