import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.ts';

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongkai-atomic-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text and bytes, replacing an existing file, and leaves no temporary file', async () => {
    const path = join(work, 'out.csv');
    await writeFile(path, 'old');
    await writeFileAtomic(path, '\ufeff新,内容\r\n');
    expect(await readFile(path, 'utf8')).toBe('\ufeff新,内容\r\n');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    expect(await readdir(work)).toEqual(['out.csv']);
  });

  it('creates nothing when the write fails, and cleans up its temporary file', async () => {
    const target = join(work, 'is-a-folder');
    await mkdir(target);
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await expect(writeFileAtomic(join(work, 'no-such-dir', 'x.txt'), 'data')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
