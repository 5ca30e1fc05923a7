/**
 * An exclusive lock on the embedded database's folder. PGlite does not lock its files: two
 * processes on one folder both start, each sees only its own writes, and the last to close wins
 * (stack-notes.md). So the first process writes `gongkai.lock` with O_EXCL and its pid; a second
 * start is refused with a clear message. A lock left by a dead process is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dir} 正由另一个 gongkai 进程（PID ${pid}）使用。嵌入式数据库不能被两个进程同时打开：请先停止那个进程，或用 DATA_DIR 指定另一个目录，或改用 PostgreSQL（DATABASE_URL）以运行多个进程。`,
    );
    this.name = 'DataDirLockedError';
  }
}

type LockInfo = { pid: number; host: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * Takes the lock; returns a function that releases it.
 * @throws DataDirLockedError when a live process holds it
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'gongkai.lock');
  const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      return () => {
        if (!released && readLock(file)?.pid === process.pid) {
          fs.rmSync(file, { force: true });
        }
        released = true;
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      const holder = readLock(file);
      if (holder && holder.host === os.hostname() && isAlive(holder.pid) && holder.pid !== process.pid) {
        throw new DataDirLockedError(dir, holder.pid);
      }
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dir}`);
}
