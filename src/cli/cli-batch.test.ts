import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsvColumns } from '../render/csv.ts';
import { runGongkai } from './testing/run-cli.ts';

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongkai-batch-'));
  await cp('test-fixtures/seeds', join(work, 'reports'), { recursive: true });
  await mkdir(join(work, 'reports', '.cache'));
  await writeFile(join(work, 'reports', '.cache', 'ignored.txt'), 'hidden');
  await writeFile(
    join(work, 'reports', 'junk.bin'),
    Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function csvRows(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

describe('gongkai report batch', () => {
  it('writes one dataset row per report, lists the unreadable file, and summarises on stderr', async () => {
    const dataset = join(work, 'reports', 'dataset.csv'); // inside the folder: must not be read back
    const findings = join(work, 'findings.csv');
    const result = await runGongkai([
      'report',
      'batch',
      join(work, 'reports'),
      '--out',
      dataset,
      '--findings',
      findings,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');

    const datasetText = await readFile(dataset, 'utf8');
    expect(datasetText.startsWith('\ufeff')).toBe(true);
    const rows = csvRows(datasetText);
    expect(rows[0]).toBe(reportCsvColumns().join(','));
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual([
      '000_5b011f5e8cebd16c.txt',
      '001_1f886fd727df4157.txt',
      '002_2620abe2f7b9fa96.txt',
      '003_e9f9ead20f70db79.txt',
      '004_bd8eac09615a20e9.txt',
    ]);

    const findingRows = csvRows(await readFile(findings, 'utf8'));
    expect(findingRows[0]).toBe('file,code,severity,part,row,column,message');
    expect(findingRows.filter((row) => row.startsWith('junk.bin,INPUT_UNREADABLE,error,'))).toHaveLength(1);
    expect(findingRows.some((row) => row.includes('ignored.txt') || row.includes('dataset.csv'))).toBe(false);

    expect(result.stderr).toMatch(/共 6 个文件，读取报告 5 份，无法读取 1 个/);
    expect(result.stderr).toMatch(/错误按代码统计：\n {2}\S+ {2}\d+/);
    expect(result.stderr).toMatch(/进度：6\/6（100%）/);
  });

  it('refuses a folder that does not exist, exit 2, nothing written', async () => {
    const out = join(work, 'never.csv');
    const result = await runGongkai(['report', 'batch', join(work, 'nope'), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^错误：.*nope：找不到文件夹\n$/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('requires --out', async () => {
    expect((await runGongkai(['report', 'batch', work])).code).toBe(2);
  });
});
