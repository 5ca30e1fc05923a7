/**
 * How an import's header row is matched to its columns — the same rule for every sheet the
 * platform imports (the case ledger, 主动公开 items): by the Chinese name or one of the names in
 * common use, in any order, ignoring spaces, a trailing * and explanations in brackets.
 */
import { normalizeHeader } from '../organs/import-columns.ts';

/** A column of an import: its header as the template writes it, other accepted names, the page's hint. */
export type SheetColumn<K extends string> = {
  key: K;
  header: string;
  aliases: readonly string[];
  isRequired: boolean;
  hint: string;
};

/** A data row: its line in the file, its cells by column key, problems found reading its cells. */
export type KeyedRow<K extends string> = {
  line: number;
  cells: Partial<Record<K, string>>;
  problems: { column: K; message: string }[];
};

/** Where each recognized column is, and what is wrong with the header row (Chinese). */
export type SheetHeaderMatch<K extends string> = { indexOf: Partial<Record<K, number>>; problems: string[] };

/**
 * Matches a header row. An exact header wins over an alias of the same column; two aliases of one
 * column are a problem to resolve.
 * @example matchSheetHeader([{ key: 'title', header: '标题', aliases: ['名称'], isRequired: true, hint: '' }], ['名称']).problems // []
 */
export function matchSheetHeader<K extends string>(
  columns: readonly SheetColumn<K>[],
  cells: readonly string[],
): SheetHeaderMatch<K> {
  const byHeader = new Map(columns.map((c) => [normalizeHeader(c.header), c.key]));
  const byAliasName = new Map(
    columns.flatMap((c) => c.aliases.map((a) => [normalizeHeader(a), c.key] as const)),
  );
  const headerOf = (key: K) => columns.find((c) => c.key === key)!.header;
  const indexOf: Partial<Record<K, number>> = {};
  const problems: string[] = [];
  const names = cells.map((cell) => normalizeHeader(cell));
  names.forEach((name, index) => {
    const key = byHeader.get(name);
    if (key !== undefined && indexOf[key] === undefined) {
      indexOf[key] = index;
    } else if (key !== undefined) {
      problems.push(`表头中「${headerOf(key)}」列出现了不止一次`);
    }
  });
  const byAlias = new Map<K, number>();
  names.forEach((name, index) => {
    const key = byHeader.has(name) ? undefined : byAliasName.get(name);
    if (key === undefined) {
      return;
    }
    const earlier = byAlias.get(key);
    if (earlier !== undefined) {
      problems.push(
        `表头中「${cells[earlier]!.trim()}」和「${cells[index]!.trim()}」都表示「${headerOf(key)}」，请只保留一列`,
      );
    } else if (indexOf[key] === undefined) {
      byAlias.set(key, index);
      indexOf[key] = index;
    }
  });
  const missing = columns
    .filter((c) => c.isRequired && indexOf[c.key] === undefined)
    .map((c) => `「${c.header}」`);
  if (missing.length > 0) {
    problems.push(`第一行应为表头，缺少必需的列：${missing.join('、')}（可下载模板对照）`);
  }
  return { indexOf, problems };
}
