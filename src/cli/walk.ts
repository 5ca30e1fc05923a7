/** Lists the files under a folder for batch work: depth first, sorted, hidden entries skipped. */
import { readdir, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';

/**
 * @param root the folder to walk
 * @param exclude absolute paths never to list (e.g. the batch's own output files)
 * @returns absolute paths of regular files; names starting with `.` (files or folders) are skipped,
 *   and symbolic links to folders are not followed (no loops)
 */
export async function listFiles(root: string, exclude: ReadonlySet<string> = new Set()): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(root, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      continue;
    }
    const path = resolve(root, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await listFiles(path, exclude)));
    } else if ((entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) && !exclude.has(path)) {
      files.push(path);
    }
  }
  return files;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * A path relative to the batch folder, with `/` separators on every platform.
 * @example relativeName('/data', '/data/2024/a.pdf') // '2024/a.pdf'
 */
export function relativeName(root: string, path: string): string {
  return relative(resolve(root), path).split(sep).join('/');
}
