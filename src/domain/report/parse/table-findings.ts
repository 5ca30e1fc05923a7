/**
 * Parser findings for table rows: what could not be read and why a cell is null.
 */
import { finding, type Finding } from '../findings.ts';
import { candidatesFinding } from './candidates-finding.ts';
import type { PartKey } from '../layout.ts';
import { lineOf } from './normalize.ts';
import type { RowReadings } from './readings.ts';
import type { Solved } from './solve.ts';
import type { RowSlot } from './table-rows.ts';

export type Region = { start: number; end: number };

const TABLE_NAMES = { proactive: '表二', applications: '表三', reviewLitigation: '表四' } as const;

export type RowFindingInput = {
  table: 'proactive' | 'applications' | 'reviewLitigation';
  slots: readonly RowSlot[];
  perRow: readonly RowReadings[];
  solved: Solved;
  labelOf: (row: number) => string;
  text: string;
  isTransposed: boolean;
};

function where(input: RowFindingInput, i: number) {
  const slot = input.slots[i]!;
  const part: PartKey = input.table;
  const at = slot.anchor ?? slot.tokens[0];
  return at
    ? { part, row: slot.id, line: lineOf(input.text, at.start), start: at.start }
    : { part, row: slot.id };
}

/** A row read with no finding to report (the cases of rowFinding that return null). */
function isCleanRow(input: RowFindingInput, slot: RowSlot, read: RowReadings, nulls: number): boolean {
  if (slot.isUnplaced || nulls > 0) {
    return false;
  }
  if (read.how === 'exact' || read.how === 'padded') {
    return slot.anchor !== null || input.isTransposed;
  }
  return read.how === 'transposed' && read.seen.length === 0;
}

function rowFinding(input: RowFindingInput, i: number): Finding | null {
  const slot = input.slots[i]!;
  const read = input.perRow[i]!;
  const final = input.solved.rows[i] ?? [];
  const nulls = final.filter((c) => c === null).length;
  if (isCleanRow(input, slot, read, nulls)) {
    return null; // the common case: no message, location or label to build
  }
  const label = `${TABLE_NAMES[input.table]}「${input.labelOf(i)}」行`;
  const seen = read.seen.join(' ');
  const at = where(input, i);
  if (slot.isUnplaced) {
    return finding(
      'PARSE_ROW_NOT_FOUND',
      'warning',
      `${label}：未找到该行标签，无法确定其数值，单元格记为空`,
      at,
    );
  }
  switch (read.how) {
    case 'empty':
      return slot.anchor
        ? finding('PARSE_ROW_EMPTY', 'warning', `${label}：没有读到任何数值，单元格记为空`, at)
        : finding('PARSE_ROW_NOT_FOUND', 'warning', `${label}：未找到该行，单元格记为空`, at);
    case 'exact':
    case 'padded': {
      if (!slot.anchor && !input.isTransposed) {
        return finding(
          'PARSE_ROW_LABEL_MISSING',
          'warning',
          `${label}：未找到行标签，按行的位置读取（${seen}）`,
          at,
        );
      }
      return nulls > 0
        ? finding(
            'PARSE_CELL_BLANK',
            'info',
            `${label}：${nulls} 个单元格为空或为「/」「—」，记为空（null）`,
            at,
            { numbers: { nullCells: nulls } },
          )
        : null;
    }
    case 'split': {
      const listed = input.solved.candidates?.[i];
      if (nulls > 0 && listed) {
        return candidatesFinding(label, seen, listed, nulls, at);
      }
      return nulls === 0
        ? finding(
            'PARSE_SEPARATORS_RECOVERED',
            'info',
            `${label}：数字之间缺少分隔（${seen}），已按表内勾稽关系唯一拆分为 ${final.join(', ')}`,
            at,
          )
        : finding(
            'PARSE_SEPARATORS_AMBIGUOUS',
            'warning',
            `${label}：数字之间缺少分隔（${seen}），有多种拆分方式符合表内关系，无法确定的 ${nulls} 个单元格记为空`,
            at,
            { numbers: { nullCells: nulls } },
          );
    }
    case 'extra':
      return nulls === 0
        ? finding(
            'PARSE_EXTRA_VALUES',
            'warning',
            `${label}：读到的数值多于列数（${seen}），已按表内勾稽关系剔除多余的数（可能是页码）`,
            at,
          )
        : finding(
            'PARSE_EXTRA_VALUES',
            'warning',
            `${label}：读到的数值多于列数（${seen}），无法确定哪些是多余的，${nulls} 个单元格记为空`,
            at,
            { numbers: { nullCells: nulls } },
          );
    case 'transposed':
      if (read.seen.length > 0) {
        return finding(
          'PARSE_EXTRA_VALUES',
          'warning',
          `${label}：表格逐列排列，该行标签旁有不属于任何单元格的数（${seen}），已忽略（可能是页码）`,
          at,
        );
      }
      return nulls > 0
        ? finding(
            'PARSE_COLUMN_ORDER_AMBIGUOUS',
            'warning',
            `${label}：数值集中排在各行标签之后（逐列或逐行排列），${nulls} 个单元格为空或无法确定所属的行列，记为空`,
            at,
            { numbers: { nullCells: nulls } },
          )
        : null;
    case 'positioned':
      return nulls === final.length
        ? finding(
            'PARSE_ROW_AMBIGUOUS',
            'warning',
            `${label}：只有 ${read.seen.length} 个数值（${seen}），按列位置放置后与表内勾稽关系不符，整行记为空`,
            at,
          )
        : finding(
            'PARSE_CELL_BLANK',
            'info',
            `${label}：只有 ${read.seen.length} 个数值，按各数所在的列位置读取，其余 ${nulls} 个单元格为空白，记为空（null）`,
            at,
            { numbers: { nullCells: nulls } },
          );
    case 'repeated':
      return finding(
        'PARSE_EXTRA_VALUES',
        'info',
        `${label}：读到的数值多于列数（${seen}），最后一个单元格的值按合并单元格重复了多次，只计一次`,
        at,
      );
    case 'ownLine':
      return finding(
        'PARSE_EXTRA_VALUES',
        'warning',
        `${label}：读到的数值多于列数（${seen}），该行本身恰有 ${final.length} 个单元格，其余不在该行上的数已忽略（可能是页码）`,
        at,
      );
    case 'missingRight':
      return finding(
        'PARSE_CELLS_MISSING',
        'warning',
        `${label}：该行在右侧被截断，只读到 ${read.seen.length} 个数值，缺失的 ${nulls} 个单元格记为空`,
        at,
        { numbers: { missingCells: nulls } },
      );
    case 'ambiguous':
      return finding(
        'PARSE_ROW_AMBIGUOUS',
        'warning',
        `${label}：读到的数值（${seen}）少于列数，无法确定各数对应的列，整行记为空`,
        at,
      );
  }
}

/** Findings for every row of a parsed table that was not read cleanly. */
export function rowFindings(input: RowFindingInput): Finding[] {
  const out: Finding[] = [];
  if (input.isTransposed) {
    out.push(
      finding(
        'PARSE_COLUMN_MAJOR',
        'info',
        `${TABLE_NAMES[input.table]}的数值按列排列（逐列展开），已按列读取`,
        { part: input.table },
      ),
    );
  }
  input.slots.forEach((_, i) => {
    const f = rowFinding(input, i);
    if (f) {
      out.push(f);
    }
  });
  return out;
}
