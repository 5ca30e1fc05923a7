/**
 * `gongkai items recheck`: in-process on an embedded database in a temporary DATA_DIR — counts per
 * organ (never the text found), exit 1 when an item fails; bad arguments exit 2 with a Chinese line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '../config/env.ts';
import { openDatabase } from '../db/open.ts';
import { residentIdCheckCharacter } from '../domain/applicant/id-number.ts';
import { insertTestTree } from '../../test/staff.ts';
import { runCli } from './run.ts';

const ID = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;

describe('gongkai items recheck', () => {
  let dataDir = '';
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

  /** Runs the CLI in-process and collects what it writes. */
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err.push(String(chunk));
      return true;
    });
    try {
      return { code: await runCli(args, {}), stdout: out.join(''), stderr: err.join('') };
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gongkai-items-'));
    process.env.DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    const db = await openDatabase(parseEnv(process.env));
    try {
      const { education } = await insertTestTree(db);
      await db.query(
        `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, body_text, drafted_by_name,
           published_at, published_version, created_at, updated_at)
         VALUES ($1, 'notice', 'published', '补助公示', '2026-11-20', '通知', $2, '李起草', now(), 1, now(), now())`,
        [education, `申请人张三，身份证号${ID}。`],
      );
    } finally {
      await db.close();
    }
  });
  afterAll(async () => {
    Object.assign(process.env, saved);
    if (saved.DATA_DIR === undefined) {
      delete process.env.DATA_DIR;
    }
    if (saved.DATABASE_URL === undefined) {
      delete process.env.DATABASE_URL;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('re-checks every organ, prints counts only and exits 1 when an item fails', async () => {
    const result = await run(['items', 'recheck']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('机关\t检查条数\t有错误\t只有提示');
    expect(lines).toContain('甲区教育局\t1\t1\t0');
    expect(lines).toContain('甲区财政局\t0\t0\t0');
    expect(lines).toHaveLength(6);
    expect(result.stdout + result.stderr).not.toContain(ID);
  });

  it.each([
    [['items'], '缺少子命令'],
    [['items', 'purge'], '没有子命令「purge」'],
    [['items', 'recheck', '--organ'], '选项「--organ」缺少值'],
    [['items', 'recheck', '--organ', 'abc'], '机构编号「abc」应为正整数'],
    [['items', 'recheck', '--organ', '0'], '应为正整数'],
    [['items', 'recheck', '--organ', `${'9'.repeat(5000)}`], '应为正整数'],
    [['items', 'recheck', '--organ', '999999'], '没有编号为 999999 的机关'],
    [['items', 'recheck', 'extra'], '多余的参数「extra」'],
    [['items', 'recheck', '--force'], '没有选项「--force」'],
  ])('refuses %j with exit 2 and a Chinese line', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/at .+\.ts:\d+/);
    expect(result.stderr.length).toBeLessThan(1000);
  });
});
