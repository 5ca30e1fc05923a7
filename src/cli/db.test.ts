import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from './cli-support.ts';
import { runDb } from './db.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('gongkai db backfill-staff-search', () => {
  it('refuses extra arguments, options and unknown subcommands before opening the database', async () => {
    for (const [args, message] of [
      [['backfill-staff-search', 'extra'], '多余的参数「extra」'],
      [['backfill-staff-search', '--all'], '没有选项「--all」'],
      [['backfill-staff'], '没有子命令「backfill-staff」'],
      [['x'.repeat(10_000)], '没有子命令'],
    ] as const) {
      await expect(runDb(args)).rejects.toSatisfy(
        (error: unknown) => error instanceof UsageError && error.message.startsWith(message),
      );
    }
  });

  it('indexes an empty database and says how many it indexed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-db-backfill-'));
    try {
      vi.stubEnv('DATABASE_URL', undefined);
      vi.stubEnv('DATA_DIR', dir);
      const err: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        err.push(String(chunk));
        return true;
      });
      expect(await runDb(['backfill-staff-search'])).toBe(0);
      expect(err.join('')).toContain('工作人员检索索引已补建：办件 0 件，主动公开信息 0 条。');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
