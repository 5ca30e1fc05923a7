import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run.ts';

/** Runs `gongkai report figures …` in process; what it wrote on stderr and stdout. */
async function figures(...args: string[]) {
  let stderr = '';
  let stdout = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await runCli(['report', 'figures', ...args], { GONGKAI_DEBUG: '' });
    return { code, stderr, stdout };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

describe('gongkai report figures: bad arguments are refused before the database is opened', () => {
  // an unreachable database: any attempt to open it would fail with another message
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
  });
  afterEach(() => {
    if (saved === undefined) {
      delete process.env.DATABASE_URL;
    } else {
      process.env.DATABASE_URL = saved;
    }
  });

  it('prints its usage with --help', async () => {
    const r = await figures('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--import FILE');
    expect(r.stdout).toContain('licensing');
  });

  it.each([
    [[], /缺少 --organ/],
    [['--organ', '', '--year', '2025'], /缺少 --organ/],
    [['--organ', 'boshan'], /缺少 --year/],
    [['--organ', 'boshan', '--year', '25'], /四位年份/],
    [['--organ', 'boshan', '--year', '2025; DROP TABLE organs'], /四位年份/],
    [['--organ', 'boshan', '--year', '2025', '--set', 'licensing'], /字段=值/],
    [['--organ', 'boshan', '--year', '2025', '--set', 'salary=5'], /字段=值/],
    [['--organ', 'boshan', '--year', '2025', '--set', '__proto__=1'], /字段=值/],
    [['--organ', 'boshan', '--year', '2025', '--set', 'licensing=1', '--set', 'licensing=2'], /重复/],
    [['--organ', 'boshan', '--year', '2025', '--source', 'a', '--set', 'sourceSystem=b'], /只能用一个/],
    [['--organ', 'boshan', '--year', '2025', '--set', `note=${'长'.repeat(5000)}`], /参数过长/],
    [['--import', 'a.xlsx', '--organ', 'boshan'], /不能与/],
    [['--import', ''], /缺少文件名/],
    [['--import', '/nonexistent/表二.xlsx'], /无法读取文件/],
    [['--import', '/'], /不是文件/],
    [['--organ', 'boshan', '--year', '2025', '--bogus'], /没有选项「--bogus」/],
    [['--organ', 'boshan', '--year', '2025', 'stray'], /多余的参数/],
  ])('%j → a clear message, exit 2, no stack trace', async (args, message) => {
    const r = await figures(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:|内部错误/);
    expect(r.stdout).toBe('');
  });

  it('keeps a huge hostile value out of the message', async () => {
    const r = await figures('--organ', 'boshan', '--year', `9${'9'.repeat(100_000)}`);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(2000);
  });
});
