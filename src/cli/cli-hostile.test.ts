import { access, mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHugeXmlDocx, buildPdfBomb, buildZipBombDocx } from '../io/testing/hostile-files.ts';
import { buildMinimalPdf } from '../io/testing/minimal-pdf.ts';
import { runGongkai, STACK_TRACE } from './testing/run-cli.ts';

const SEED_002 = 'test-fixtures/seeds/002_2620abe2f7b9fa96.txt';

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongkai-hostile-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Each hostile input: how to make it, and what the one Chinese message must say. */
const HOSTILE: readonly {
  name: string;
  file: string;
  make: (path: string) => Promise<void>;
  message: RegExp;
}[] = [
  { name: 'an empty file', file: 'empty.txt', make: (path) => writeFile(path, ''), message: /文件是空的/ },
  {
    name: 'binary junk',
    file: 'junk.txt',
    make: (path) =>
      writeFile(path, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256))),
    message: /不是文字/,
  },
  {
    name: 'a PDF without text',
    file: 'scan.pdf',
    make: (path) => writeFile(path, buildMinimalPdf([{ drawing: '0.5 g 72 400 450 300 re f' }])),
    message: /PDF 没有文字层/,
  },
  {
    name: 'a DOCX that is not a zip',
    file: 'report.docx',
    make: (path) => writeFile(path, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10])),
    message: /不是 Word 文档/,
  },
  {
    name: 'a 200 MB file',
    file: 'huge.txt',
    make: async (path) => {
      await (await open(path, 'w')).close();
      await truncate(path, 200 * 1024 * 1024);
    },
    message: /文件太大（200 MB）/,
  },
  {
    name: 'a report cut off in the middle of table 三',
    file: 'truncated.txt',
    make: async (path) => {
      const text = await readFile(SEED_002, 'utf8');
      const start = text.indexOf('三、收到和处理政府信息公开申请情况');
      const end = text.indexOf('四、政府信息公开行政复议', start);
      await writeFile(path, text.slice(0, Math.floor((start + end) / 2)));
    },
    message: /报告不完整/,
  },
  {
    name: 'JSON breaking the schema',
    file: 'bad.json',
    make: async (path) => {
      const good = JSON.parse((await runGongkai(['report', 'parse', SEED_002, '--quiet'])).stdout) as {
        applications: { total: unknown[] };
      };
      good.applications.total[6] = -5;
      await writeFile(path, JSON.stringify(good));
    },
    message: /applications\.total\[6\]：应为非负整数或 null/,
  },
  // Issue 8: the CLI reads in-process, with the same decompression caps as the web.
  {
    name: 'a PDF whose content stream inflates to 200 MB',
    file: 'bomb.pdf',
    make: (path) => writeFile(path, buildPdfBomb(200 * 1024 * 1024)),
    message: /PDF 中的压缩内容解压后超过 32 MB，超出检查上限/,
  },
  {
    name: 'a DOCX with 60 MB of XML',
    file: 'huge.docx',
    make: (path) => writeFile(path, buildHugeXmlDocx(60 * 1024 * 1024)),
    message: /解压后超过 16 MB/,
  },
  {
    name: 'a ZIP bomb named .docx',
    file: 'bomb.docx',
    make: (path) => writeFile(path, buildZipBombDocx(1024 * 1024 * 1024)),
    message: /解压后超过 64 MB/,
  },
  { name: 'a missing file', file: 'missing.txt', make: () => Promise.resolve(), message: /找不到文件/ },
  {
    name: 'text that is not a report',
    file: 'poem.html',
    make: (path) => writeFile(path, '<p>床前明月光，疑是地上霜。</p>'),
    message: /./,
  },
];

describe('hostile inputs: one clear Chinese message, no stack trace, exit 2, nothing written', () => {
  for (const hostile of HOSTILE) {
    it(`rejects ${hostile.name}`, async () => {
      const path = join(work, hostile.file);
      await hostile.make(path);
      const out = join(work, `${hostile.file}.out.html`);
      const started = performance.now();
      const [parse, check, render] = await Promise.all([
        runGongkai(['report', 'parse', path]),
        runGongkai(['report', 'check', path]),
        runGongkai(['report', 'render', path, '--to', 'html', '--out', out]),
      ]);
      for (const result of [parse, check, render]) {
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).not.toMatch(STACK_TRACE);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(new RegExp(`^错误：${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：`));
        expect(result.stderr).toMatch(hostile.message);
        expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(await exists(out)).toBe(false);
      expect(performance.now() - started).toBeLessThan(30_000);
    });
  }

  it('shows no stack trace for an input error even with GONGKAI_DEBUG=1', async () => {
    const path = join(work, 'empty-debug.txt');
    await writeFile(path, '');
    const result = await runGongkai(['report', 'parse', path], { env: { GONGKAI_DEBUG: '1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
