import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMinimalDocx } from '../../../io/testing/minimal-zip.ts';
import { localDate } from '../../../domain/calendar/local-date.ts';
import { LEDGER_EXPORT_HEADERS, ledgerExportCells } from '../../../domain/case/ledger/ledger-export-row.ts';
import { planLedgerImport } from '../../../domain/case/ledger/plan-ledger-import.ts';
import { toCsv } from '../../organs/csv.ts';
import { ledgerTemplate } from './ledger-template.ts';
import { MAX_LEDGER_BYTES, readLedgerFile } from './read-ledger-file.ts';

const MB = 1024 * 1024;
const HEADER = [
  '序号',
  '收到申请日期',
  '申请渠道',
  '申请人类型',
  '申请人姓名或名称',
  '申请内容',
  '办理结果',
  '答复日期',
];
const ROW = ['1', '2024-03-05', '网上申请', '自然人', '张三', '2023年财政决算', '予以公开', '2024-03-20'];

async function xlsx(rows: unknown[][], options: { hiddenFirst?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.hiddenFirst) {
    const hidden = workbook.addWorksheet('说明');
    hidden.state = 'hidden';
    hidden.addRow(['这张表是隐藏的说明']);
  }
  const sheet = workbook.addWorksheet('台账');
  rows.forEach((r) => sheet.addRow(r));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A minimal deflate ZIP writer, to build hostile archives by hand. */
function zip(entries: Array<{ name: string; data: Uint8Array; declaredSize?: number }>): Uint8Array {
  const parts: Buffer[] = [];
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
    parts.push(local, name, packed);
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
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

const refusal = async (bytes: Uint8Array, maxBytes = MAX_LEDGER_BYTES) => {
  try {
    await readLedgerFile(bytes, maxBytes);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('reading an uploaded ledger', () => {
  it('reads the first visible sheet of an .xlsx, finding the header under a title row, with dates, rich text and long numbers', async () => {
    const file = await xlsx(
      [
        ['博山区教育局2024年依申请公开台账'],
        [
          '序号',
          '受理日期',
          '申请方式',
          '申请人类型',
          '申请人',
          '身份证号',
          '申请内容',
          '办理结果',
          '答复日期',
          '备注',
        ],
        [
          1,
          new Date(Date.UTC(2024, 2, 5)),
          '网上',
          '自然人',
          { richText: [{ text: '张' }, { text: '三' }] },
          Number('110105194912310021'),
          '2023年决算',
          '予以公开',
          45371,
          '无',
        ],
        [],
        [2, '2024/3/6', '当面', '公民', '李四', '11010519491231002X', '2023年预算', '', ''],
      ],
      { hiddenFirst: true },
    );
    const read = await readLedgerFile(file);
    expect(read.format).toBe('xlsx');
    expect(read.rows).toEqual([
      {
        line: 3,
        cells: {
          serial: '1',
          receivedOn: '2024-03-05',
          channel: '网上',
          applicantKind: '自然人',
          applicantName: '张三',
          idNumber: '',
          content: '2023年决算',
          result: '予以公开',
          closedOn: '45371',
        },
        problems: [
          {
            column: 'idNumber',
            message:
              '单元格是一个很长的数字，Excel 已把它四舍五入（如身份证号码）；请把该列设为“文本”格式后重新填写',
          },
        ],
      },
      {
        line: 5,
        cells: {
          serial: '2',
          receivedOn: '2024/3/6',
          channel: '当面',
          applicantKind: '公民',
          applicantName: '李四',
          idNumber: '11010519491231002X',
          content: '2023年预算',
          result: '',
          closedOn: '',
        },
        problems: [],
      },
    ]);
  });

  it('treats formulas as text: the cached value, or the formula’s own text — never a computation or a link', async () => {
    const file = await xlsx([
      HEADER,
      [
        '1',
        '2024-03-05',
        '网上申请',
        '自然人',
        { formula: 'HYPERLINK("http://evil.example","张三")', result: '张三' },
        { formula: 'HYPERLINK("http://evil.example","点我")' },
        "'=1+1",
        '',
      ],
    ]);
    const [row] = (await readLedgerFile(file)).rows;
    expect(row!.cells).toMatchObject({
      applicantName: '张三',
      content: '=HYPERLINK("http://evil.example","点我")',
      result: '=1+1',
    });
  });

  it('reads CSV in UTF-8 with a BOM, in GB18030 and as tab-separated UTF-16 text', async () => {
    const utf8 = new TextEncoder().encode(
      toCsv([HEADER, ROW, [...ROW.slice(0, 5), '=HYPERLINK("http://x","y")', '', '']]),
    );
    const read = await readLedgerFile(utf8);
    expect(read.format).toBe('csv');
    expect(read.rows.map((r) => r.cells.content)).toEqual(['2023年财政决算', '=HYPERLINK("http://x","y")']);
    const gb = gb18030(`${HEADER.join(',')}\r\n${ROW.join(',')}\r\n`);
    expect((await readLedgerFile(gb)).rows[0]!.cells).toMatchObject({
      applicantName: '张三',
      channel: '网上申请',
      result: '予以公开',
    });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${HEADER.join('\t')}\r\n${ROW.join('\t')}\r\n`, 'utf16le'),
    ]);
    expect((await readLedgerFile(new Uint8Array(utf16))).rows[0]!.cells).toMatchObject({
      applicantName: '张三',
      content: '2023年财政决算',
    });
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array, string]>([
    ['an empty file', () => new Uint8Array(), '文件是空的'],
    [
      'a web page renamed .xlsx',
      () =>
        new TextEncoder().encode(
          '<!DOCTYPE html><html><body><table><tr><td>收到申请日期</td></tr></table></body></html>',
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
      'an .xlsx that is really a zip bomb (100 MB of zeros in a few KB)',
      () => zip([{ name: 'xl/workbook.xml', data: new Uint8Array(100 * MB) }]),
      '解压后过大',
    ],
    [
      'an entry that lies about its size',
      () => zip([{ name: 'xl/workbook.xml', data: new Uint8Array(8 * MB), declaredSize: 100 }]),
      '解压后过大',
    ],
    [
      'a header without the required columns',
      () => new TextEncoder().encode('姓名,电话\n张三,1\n'),
      '缺少必需的列：「收到申请日期」、「申请渠道」、「申请人类型」、「申请内容」',
    ],
    ['only a header', () => new TextEncoder().encode(`${HEADER.join(',')}\n`), '只有表头'],
    [
      '20,001 CSV rows',
      () => new TextEncoder().encode(`${HEADER.join(',')}\n${`${ROW.join(',')}\n`.repeat(20_001)}`),
      '文件有 20001 行数据，超过一次最多导入 20000 行的限制',
    ],
    [
      'binary junk',
      () => new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0]),
      '不是 Excel（.xlsx）表格，也不是 CSV 文本',
    ],
    ['an unclosed quote', () => new TextEncoder().encode('收到申请日期,"申请渠道\n'), '未闭合的双引号'],
  ])('refuses %s with a Chinese reason', async (_name, make, message) => {
    expect(await refusal(await make())).toContain(message);
  });

  it('refuses a file of 10 MiB + 1 byte before reading it, and accepts the platform’s lower limit', async () => {
    expect(await refusal(new Uint8Array(10 * MB + 1))).toBe(
      '文件超过 10 MB 的上限（本文件 10485761 字节），请分成几个文件导入',
    );
    expect(await refusal(new Uint8Array(2 * MB), MB)).toContain('文件超过 1 MB 的上限');
  });

  it('recognizes the template’s header, and reads an exported 内部台账 back into the same case', async () => {
    expect(await refusal(await ledgerTemplate())).toBe('文件只有表头，没有台账数据');
    const cells = ledgerExportCells(
      {
        caseNumber: 'JY-7',
        organName: '博山区教育局',
        receivedOn: localDate('2024-03-05'),
        channel: 'mail',
        applicantKind: 'naturalPerson',
        applicant: {
          name: '张三',
          idNumber: '11010519491231002X',
          phone: '13812345678',
          address: '博山区新建路1号',
        },
        items: [{ description: '=2023年决算' }],
        status: 'closed',
        dueOn: null,
        decision: 'withheld.thirdPartyRights',
        closedOn: localDate('2024-04-20'),
        extensionDays: 15,
        reviews: [
          { kind: 'review', result: 'corrected' },
          { kind: 'litigationAfterReview', result: 'pending' },
        ],
      },
      1,
      'internal',
    );
    const read = await readLedgerFile(new TextEncoder().encode(toCsv([[...LEDGER_EXPORT_HEADERS], cells])));
    const plan = planLedgerImport(read.rows, {
      today: localDate('2026-11-22'),
      existingCaseNumbers: new Set(),
    });
    expect(plan.errors).toEqual([]);
    expect(plan.cases[0]).toMatchObject({
      caseNumber: 'JY-7',
      receivedOn: '2024-03-05',
      channel: 'mail',
      content: '=2023年决算',
      extension: { days: 15 },
      applicant: {
        name: '张三',
        idNumber: '11010519491231002X',
        phone: '13812345678',
        address: '博山区新建路1号',
      },
      closing: { decision: 'withheld.thirdPartyRights', closedOn: '2024-04-20' },
      reviews: [
        { kind: 'review', result: 'corrected' },
        { kind: 'litigationAfterReview', result: 'pending' },
      ],
    });
  });

  it('refuses an .xlsx of 20,001 data rows and reads one of 20,000', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => [String(i + 1), ...ROW.slice(1)]);
    expect(await refusal(await xlsx([HEADER, ...rows]))).toBe(
      '文件有 20001 行数据，超过一次最多导入 20000 行的限制，请分成几个文件导入',
    );
    expect((await readLedgerFile(await xlsx([HEADER, ...rows.slice(1)]))).rows).toHaveLength(20_000);
  });
});

/** GB18030 bytes of a text (Node has no GB encoder: map each character through a decode table). */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi += 1) {
    for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      if (lo !== 0x7f) {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && !table.has(ch)) {
          table.set(ch, [hi, lo]);
        }
      }
    }
  }
  return new Uint8Array(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))),
  );
}
