import { mkdir, mkdtemp, open, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { loadReport, readReportInput, readStream } from './read-input.ts';
import { buildMinimalPdf } from './testing/minimal-pdf.ts';

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gongkai-read-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function file(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(work, name);
  await writeFile(path, data);
  return path;
}

describe('readReportInput', () => {
  it('reads every kind by content under a misleading name', async () => {
    const pdf = await file(
      'really-a-pdf.txt',
      buildMinimalPdf([
        {
          runs: [
            { text: 'Total', x: 72, y: 700 },
            { text: '61', x: 200, y: 700 },
          ],
        },
      ]),
    );
    const html = await file(
      'really-html.docx',
      '<html><body><table><tr><td>规章</td><td>0</td></tr></table></body></html>',
    );
    const docx = await file(
      'really-docx.html',
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('一、总体情况')] }] })),
    );
    const json = await file('really-json.txt', JSON.stringify({ schema: 'gongkai.annual-report.v1' }));
    const text = await file('really-text.pdf', '一、总体情况\n| 规章 | 0 |');
    expect(await readReportInput(pdf)).toEqual({
      kind: 'pdf',
      text: '| Total | 61 |',
      json: null,
      source: pdf,
    });
    expect(await readReportInput(html)).toMatchObject({ kind: 'html', text: '| 规章 | 0 |' });
    expect(await readReportInput(docx)).toMatchObject({ kind: 'docx', text: '一、总体情况' });
    expect(await readReportInput(json)).toMatchObject({
      kind: 'json',
      text: null,
      json: { schema: 'gongkai.annual-report.v1' },
    });
    expect(await readReportInput(text)).toMatchObject({ kind: 'text', text: '一、总体情况\n| 规章 | 0 |' });
  });

  it('turns CRLF and CR line ends into LF', async () => {
    expect(await readReportInput(await file('crlf.txt', '一、总体情况\r\n二、主动公开\r三'))).toMatchObject({
      text: '一、总体情况\n二、主动公开\n三',
    });
  });

  it('rejects a missing file, a folder, an empty file and a whitespace-only file', async () => {
    await expect(readReportInput(join(work, 'missing.txt'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到文件',
    });
    await mkdir(join(work, 'folder'));
    await expect(readReportInput(join(work, 'folder'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readReportInput(await file('empty.txt', ''))).rejects.toMatchObject({ code: 'EMPTY' });
    await expect(readReportInput(await file('blank.txt', ' \n\t\u3000\r\n'))).rejects.toMatchObject({
      code: 'EMPTY',
    });
    await expect(
      readReportInput(await file('blank.html', '<html><body><p> </p></body></html>')),
    ).rejects.toMatchObject({ code: 'EMPTY' });
  });

  it('refuses a 200 MB file from its size alone, fast', async () => {
    const path = join(work, 'huge.txt');
    await (await open(path, 'w')).close();
    await truncate(path, 200 * 1024 * 1024); // sparse: takes no disk space
    const started = performance.now();
    await expect(readReportInput(path)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/200 MB/) as unknown,
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('honours a smaller limit', async () => {
    await expect(
      readReportInput(await file('small.txt', 'x'.repeat(2000)), { maxBytes: 1000 }),
    ).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('reads `-` from the given stdin and stops past the limit', async () => {
    const stdin = Readable.from([Buffer.from('一、总体情况\n'), Buffer.from('| 规章 | 0 |')]);
    expect(await readReportInput('-', { stdin })).toMatchObject({
      kind: 'text',
      text: '一、总体情况\n| 规章 | 0 |',
      source: '-',
    });
    let produced = 0;
    function* endless(): Generator<Uint8Array> {
      for (;;) {
        produced += 1;
        yield new Uint8Array(64 * 1024);
      }
    }
    await expect(readStream(Readable.from(endless()), 1024 * 1024)).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
    expect(produced).toBeLessThan(64); // stopped long before the generator ran dry (it never does)
  });
});

describe('loadReport', () => {
  it('validates report JSON and lists the first problems with their paths in Chinese', async () => {
    const expected = JSON.parse(
      await readFile('test-fixtures/expected/002_2620abe2f7b9fa96.json', 'utf8'),
    ) as Record<string, unknown>;
    const sections = {
      overview: null,
      proactive: null,
      applications: null,
      reviewLitigation: null,
      problems: null,
      other: null,
    };
    const good = await file('good.json', JSON.stringify({ sections, ...expected }));
    expect((await loadReport(good)).report.organ).toBe('淄博市博山区人民政府');
    const broken = structuredClone({ sections, ...expected }) as unknown as {
      applications: { total: unknown[] };
    };
    broken.applications.total[6] = -1;
    broken.applications.total[2] = '0';
    const path = await file('broken.json', JSON.stringify(broken));
    const failure = loadReport(path);
    await expect(failure).rejects.toMatchObject({ code: 'SCHEMA' });
    await expect(failure).rejects.toThrow('applications.total[6]：应为非负整数或 null');
    await expect(failure).rejects.toThrow('applications.total[2]：应为非负整数或 null');
  });
});
