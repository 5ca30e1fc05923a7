import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

describe('lockDataDir', () => {
  it('refuses a second holder while a live process has the folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-lock-'));
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    fs.writeFileSync(
      path.join(dir, 'gongkai.lock'),
      JSON.stringify({ pid: child.pid, host: os.hostname(), since: 'x' }),
    );
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/正由另一个 gongkai 进程/);
    } finally {
      child.kill();
    }
    await new Promise((r) => child.on('exit', r));
    const release = lockDataDir(dir); // the holder is gone: a stale lock is taken over
    release();
    expect(fs.existsSync(path.join(dir, 'gongkai.lock'))).toBe(false);
  });

  it('can be taken again after release', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-lock-'));
    lockDataDir(dir)();
    lockDataDir(dir)();
  });
});
