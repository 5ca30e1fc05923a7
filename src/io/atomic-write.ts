/**
 * Writes a file so that readers never see it half-written: the data goes to a temporary file in
 * the same directory (same file system, so the rename is atomic), is flushed to disk, and only
 * then takes the target name.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` atomically.
 * @param path the target file; replaced if it exists
 * @param data bytes or UTF-8 text
 * @param options.mode file permissions (default 0644; backups use 0600)
 * @throws the underlying file-system error (the temporary file is removed first)
 * @example await writeFileAtomic('out/report.html', html)
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options: { mode?: number } = {},
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx', options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
