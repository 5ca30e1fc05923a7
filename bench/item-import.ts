/**
 * `npm run bench -- item-import`: importing an existing site — 1,000 rows (XLSX) with 1,000 small
 * HTML bodies and 100 PDF attachments in a ZIP — through the real use cases on PGlite (or
 * PostgreSQL with DATABASE_URL): the upload (sheet + ZIP read, bodies sanitized, attachments typed
 * and their text extracted in the parse pool, stored), the preview (planned again) and the commit
 * (one transaction). Figures are printed, never asserted.
 */
import { createLogger } from '../src/app/logger.ts';
import type { AppDeps } from '../src/app/deps.ts';
import { commitItemImport } from '../src/app/publishing/import/commit-item-import.ts';
import { previewItemImport, uploadItemImport } from '../src/app/publishing/import/preview-item-import.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { buildMinimalPdf } from '../src/io/testing/minimal-pdf.ts';
import { buildZip } from '../src/io/testing/minimal-zip.ts';
import { actorOn } from '../test/publishing.ts';
import { testEnv } from '../test/portal.ts';
import { insertTestAccount, insertTestTree, movableClock } from '../test/staff.ts';

const ROWS = 1000;
const ATTACHMENTS = 100;
const HEADER = [
  '索引号',
  '标题',
  '发布机构',
  '文号',
  '成文日期',
  '发布日期',
  '类别',
  '体裁',
  '主题分类',
  '正文文件',
  '附件',
];

async function sheetBytes(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('目录');
  sheet.addRow(HEADER);
  for (let n = 1; n <= ROWS; n += 1) {
    sheet.addRow([
      `OLD/2023-${String(n).padStart(5, '0')}`,
      `甲区教育局关于做好第${n}项工作的通知`,
      '甲区教育局',
      `甲教发〔2023〕${n}号`,
      '2023-03-01',
      '2023-03-05',
      '其他文件',
      '通知',
      '科技、教育\\教育',
      `正文/${n}.html`,
      n <= ATTACHMENTS ? `附件/${n}.pdf` : '',
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function archiveBytes(): Uint8Array {
  const body = (n: number) =>
    `<h2>第${n}项工作</h2>${'<p>各学校：为进一步做好相关工作，现将有关事项通知如下。请认真贯彻执行。</p>'.repeat(8)}`;
  return buildZip([
    ...Array.from({ length: ROWS }, (_, i) => ({
      name: `正文/${i + 1}.html`,
      content: body(i + 1),
      deflate: true,
    })),
    ...Array.from({ length: ATTACHMENTS }, (_, i) => ({
      name: `附件/${i + 1}.pdf`,
      content: buildMinimalPdf([{ runs: [{ text: `Attachment ${i + 1}`, x: 72, y: 720 }] }]),
    })),
  ]);
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`;

/** Runs the benchmark and prints the figures. */
export async function benchItemImport(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const db = url ? await openPostgres(url) : await openPglite(null);
  await migrate(db);
  const tree = await insertTestTree(db);
  const id = await insertTestAccount(db, 'bench.importer', [{ organId: tree.education, role: 'approver' }]);
  const actor = actorOn(tree.education, id, '导入', ['approver']);
  const deps: AppDeps = {
    db,
    clock: movableClock('2026-12-07T02:00:00Z'),
    env: testEnv(),
    logger: createLogger('silent'),
  };
  const sheet = await sheetBytes();
  const archive = archiveBytes();
  let at = performance.now();
  const uploaded = await uploadItemImport(deps, actor, {
    sheet: { bytes: sheet, name: '目录.xlsx' },
    archive: { bytes: archive, name: '文件.zip' },
    organId: tree.education,
    maxBytes: 512 * 1024 * 1024,
  });
  if (!uploaded.ok) {
    throw new Error(JSON.stringify(uploaded));
  }
  const uploadTime = seconds(at);
  at = performance.now();
  const preview = await previewItemImport(deps, actor, uploaded.token);
  const previewTime = seconds(at);
  at = performance.now();
  const committed = await commitItemImport(deps, actor, uploaded.token);
  const commitTime = seconds(at);
  process.stdout.write(
    `item import on ${url ? 'PostgreSQL' : 'PGlite'}: ${ROWS} rows (${(sheet.length / 1024).toFixed(0)} KB xlsx), ` +
      `${ROWS} bodies + ${ATTACHMENTS} PDFs (${(archive.length / 1024).toFixed(0)} KB zip)\n` +
      `  upload (read, sanitize, inspect, extract, store): ${uploadTime}\n` +
      `  preview (plan again): ${previewTime}, errors: ${preview.ok ? JSON.stringify(preview.plan?.errors.slice(0, 3)) : '?'}\n` +
      `  commit (one transaction): ${commitTime} → ${JSON.stringify(committed.ok ? committed.outcome : committed)}\n`,
  );
  await deps.parsePool?.close();
  await db.close();
}
