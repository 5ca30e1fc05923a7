import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMinimalDocx } from '../../io/testing/minimal-zip.ts';
import { parseCsv, toCsv } from './csv.ts';
import { readOrganFile } from './read-organ-file.ts';
import { checkOfficePackage } from '../../io/zip/office-package.ts';

const MB = 1024 * 1024;
const HEADER = ['名称', '简称', '网址标识', '类型', '层级', '上级机构', '统一社会信用代码'];

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('机构');
  rows.forEach((r) => sheet.addRow(r));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A minimal ZIP writer (deflate), to build hostile archives by hand. */
function zip(entries: Array<{ name: string; data: Uint8Array; declaredSize?: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const refusal = async (bytes: Uint8Array, maxBytes = 5 * MB) => {
  try {
    await readOrganFile(bytes, maxBytes);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('reading an organ file', () => {
  it('reads an .xlsx by its header, in any column order, ignoring bracketed explanations', async () => {
    const file = await xlsx([
      ['网址标识(slug)', '名称', '类型', '层级', '上级机构（名称或网址标识）', '备注'],
      ['jyj', '博山区教育局', '政府部门', '县级', '博山区人民政府', '随便写'],
    ]);
    const read = await readOrganFile(file, 5 * MB);
    expect(read.format).toBe('xlsx');
    expect(read.rows).toEqual([
      {
        line: 2,
        cells: {
          slug: 'jyj',
          name: '博山区教育局',
          type: '政府部门',
          level: '县级',
          parent: '博山区人民政府',
        },
        problems: [],
      },
    ]);
  });

  it('takes the value of a formula, never the formula, and flags a formula without a value', async () => {
    const file = await xlsx([
      HEADER,
      [
        '博山区教育局',
        { formula: 'LEFT(A2,3)', result: '区教育' },
        'jyj',
        '政府部门',
        '县级',
        'boshan',
        { formula: 'A1' },
      ],
    ]);
    const [row] = (await readOrganFile(file, 5 * MB)).rows;
    expect(row!.cells.shortName).toBe('区教育');
    expect(row!.cells.creditCode).toBe('');
    expect(row!.problems).toEqual(['「统一社会信用代码」列是公式，且没有保存计算结果；请改为直接填写内容']);
  });

  it('flags a credit code that Excel stored as a rounded number', async () => {
    const file = await xlsx([HEADER, ['某局', '', 'mj', '政府部门', '县级', 'boshan', 113703040042180000]]);
    expect((await readOrganFile(file, 5 * MB)).rows[0]!.problems[0]).toContain('Excel 已把它四舍五入');
  });

  it('reads CSV in UTF-8 with BOM and in GB18030, with quotes and defused formulas', async () => {
    const csv = toCsv([
      HEADER,
      ['博山区教育局', '区教育局', 'jyj', '政府部门', '县级', '博山区人民政府', '=1+1'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(",'=1+1");
    const read = await readOrganFile(new TextEncoder().encode(csv), 5 * MB);
    expect(read.rows[0]!.cells).toMatchObject({ name: '博山区教育局', creditCode: '=1+1' });
    const gb = new Uint8Array(Buffer.from([0xc3, 0xfb, 0xb3, 0xc6])); // 「名称」 in GBK
    expect(new TextDecoder('gb18030').decode(gb)).toBe('名称');
    expect(parseCsv('a,"b ""q"", c"\r\n1,2\n')).toEqual([
      ['a', 'b "q", c'],
      ['1', '2'],
    ]);
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['an empty file', () => new Uint8Array(), '文件是空的'],
    [
      'a web page saved as .xlsx',
      () =>
        new TextEncoder().encode(
          '<!DOCTYPE html><html><body><table><tr><td>名称</td></tr></table></body></html>',
        ),
      '文件内容是网页（HTML），不是 Excel 表格',
    ],
    [
      'an old .xls',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      '旧版 Excel（.xls）',
    ],
    ['a Word document', () => buildMinimalDocx('机构名单'), '这是 Word 文档'],
    ['a damaged zip', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '文件已损坏或不完整'],
    [
      'a zip bomb (64 MB of zeros in a few KB)',
      () => zip([{ name: 'xl/workbook.xml', data: new Uint8Array(64 * MB) }]),
      '解压后过大',
    ],
    [
      'an entry that lies about its size',
      () => zip([{ name: 'xl/workbook.xml', data: new Uint8Array(8 * MB), declaredSize: 100 }]),
      '解压后过大',
    ],
    [
      'a header without the required columns',
      () => new TextEncoder().encode('机构,电话\n教育局,1\n'),
      '缺少必需的列：「名称」、「网址标识」、「类型」、「层级」、「上级机构」',
    ],
    ['only a header', () => new TextEncoder().encode(`${HEADER.join(',')}\n`), '只有表头'],
    [
      'too many rows',
      () =>
        new TextEncoder().encode(`${HEADER.join(',')}\n${'某局,,mj,政府部门,县级,boshan,\n'.repeat(1001)}`),
      '文件有 1001 行数据，超过一次最多导入 1000 行的限制',
    ],
    [
      'binary junk',
      () => new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0]),
      '不是 Excel（.xlsx）表格，也不是 CSV 文本',
    ],
    ['an unclosed quote', () => new TextEncoder().encode('名称,"网址标识\n'), '未闭合的双引号'],
  ])('refuses %s with a Chinese reason', async (_name, make, message) => {
    expect(await refusal(await make())).toContain(message);
  });

  it('refuses a file over the upload limit before reading it', async () => {
    expect(await refusal(new Uint8Array(2 * MB), MB)).toBe('文件大小 2 MB，超过上限 1 MB');
  });

  it('refuses a huge sheet by its inflated size, before the spreadsheet library unpacks it', async () => {
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>某局${i}</t></is></c></row>`;
    const sheet = `<worksheet><sheetData>${Array.from({ length: 300_000 }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`;
    const file = zip([
      { name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: new TextEncoder().encode(sheet) },
    ]);
    expect(file.length).toBeLessThan(5 * MB);
    expect(checkOfficePackage(file, { maxEntries: 1000, maxInflatedBytes: 16 * MB })).toMatchObject({
      ok: false,
      problem: 'too-large',
    });
    expect(await refusal(file, 50 * MB)).toContain('解压后过大');
  });

  it('refuses a sheet with too many rows', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `某局${i}`,
      '',
      `m${i}`,
      '政府部门',
      '县级',
      'boshan',
      '',
    ]);
    expect(await refusal(await xlsx([HEADER, ...rows]))).toContain(
      '文件有 3000 行数据，超过一次最多导入 1000 行的限制',
    );
  });
});
