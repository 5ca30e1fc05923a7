/**
 * 导出机构: the organs a person may view, as .xlsx or as CSV (UTF-8 with BOM), in the columns
 * the import reads, so an export edited in Excel imports back.
 */
import { organsWhere } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { exportRows } from '../../domain/organs/export-rows.ts';
import { ORGAN_COLUMNS } from '../../domain/organs/import-columns.ts';
import { toCsv } from './csv.ts';
import { loadOrganRegistry } from './load-organ-tree.ts';
import { FORBIDDEN, type Result } from '../failures.ts';
import type { OrganDeps } from './organ-deps.ts';

/** The two export formats. */
export type ExportFormat = 'xlsx' | 'csv';

/** The file to send: bytes, the Chinese file name, the content type. */
export type ExportFile = { body: Uint8Array; fileName: string; contentType: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * @returns the file, or forbidden when the person may view no organ
 */
export async function exportOrgans(
  deps: OrganDeps,
  actor: Actor | null,
  format: ExportFormat,
): Promise<Result<{ file: ExportFile }, 'forbidden'>> {
  const registry = await loadOrganRegistry(deps.db);
  const visible = new Set(organsWhere(actor, 'organ.view', registry.tree));
  if (visible.size === 0) {
    return FORBIDDEN;
  }
  const rows = exportRows(
    registry.organs.filter((o) => visible.has(o.id)),
    registry.organs,
  );
  const body = format === 'csv' ? new TextEncoder().encode(toCsv(rows)) : await toXlsx(rows);
  const date = deps.clock.today().replace(/-/g, '');
  return {
    ok: true,
    file: { body, fileName: `机构表-${date}.${format}`, contentType: CONTENT_TYPES[format] },
  };
}

/** One sheet 「机构」: bold frozen header, text-formatted cells (codes keep their digits), sensible widths. */
async function toXlsx(rows: readonly string[][]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use (decision 013)
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai';
  const sheet = workbook.addWorksheet('机构', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ORGAN_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(10, c.key === 'name' || c.key === 'address' ? 30 : c.key === 'creditCode' ? 22 : 14),
    style: { numFmt: '@' },
  }));
  for (const row of rows.slice(1)) {
    sheet.addRow(row);
  }
  sheet.getRow(1).font = { bold: true };
  ORGAN_COLUMNS.forEach((c, i) => {
    if (c.hint) {
      sheet.getCell(1, i + 1).note = c.hint;
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
