import { describe, expect, it } from 'vitest';
import { positionedRows } from './positions.ts';
import { rowReadings } from './readings.ts';
import { fewestCells } from './split-runs.ts';
import type { RowSlot } from './table-rows.ts';
import { findBlankCells, tokenizeValues, type ValueToken } from './tokens.ts';

const tokens = (text: string): ValueToken[] =>
  tokenizeValues(text, 0, text.length, findBlankCells(text, 0, text.length));

describe('tokens of text whose separators were lost', () => {
  it('reads a dash glued between digits as the sign of the next cell (12 | -3 | 5 run together)', () => {
    expect(tokens('行政许可12-35行政处罚').map((t) => (t.kind === 'number' ? t.text : t.kind))).toEqual([
      '12',
      '-35',
    ]);
  });

  it('reads 「/」 glued to cells as blank cells, but not the slash of 「本年增/减」', () => {
    expect(tokens('规章5//12行政规范性文件').map((t) => (t.kind === 'number' ? t.text : t.kind))).toEqual([
      '5',
      'null',
      'null',
      '12',
    ]);
    expect(tokens('本年增/减').length).toBe(0);
  });

  it('counts the fewest cells a run can hold (no leading zeros)', () => {
    expect(fewestCells(tokens('规章000行政'))).toBe(3);
    expect(fewestCells(tokens('规章512行政'))).toBe(1);
    expect(fewestCells(tokens('规章0100行政'))).toBe(2);
  });
});

describe('rowReadings', () => {
  it('does not cut a run that could also hide a vanished blank cell when nothing can verify the cut', () => {
    expect(rowReadings(tokens('规章512行政'), 3, { isUnverifiable: true }).readings).toEqual([
      [null, null, null],
    ]);
    expect(rowReadings(tokens('规章000行政'), 3, { isUnverifiable: true }).readings).toEqual([[0, 0, 0]]);
  });

  it('offers both readings when extra blank cells sit at both edges of a row', () => {
    const read = rowReadings(tokens('| （二）部分公开 |  | 1 | 2 | 3 | 4 | 5 | 6 |  |'), 7);
    expect(read.how).toBe('padded');
    expect(read.readings).toHaveLength(2);
  });

  it('counts a value repeated over the columns it spans once', () => {
    const row = tokens('| 行政事业性收费 | 5 | -3 | -3 |');
    expect(rowReadings(row, 2, { ownLine: row, isUnverifiable: true })).toMatchObject({
      how: 'repeated',
      readings: [[5, -3]],
    });
  });
});

describe('positionedRows (space-aligned text)', () => {
  const slot = (text: string, line: string, id: string): RowSlot => {
    const start = text.indexOf(line);
    const end = start + line.length;
    const labelEnd = start + (/^\S+/.exec(line)?.[0].length ?? 0);
    return {
      id,
      tokens: tokenizeValues(text, labelEnd, end, []),
      anchor: { id, start, end: labelEnd },
      isCutAtRight: false,
      isUnplaced: false,
      ownLine: null,
    };
  };
  const rows = [
    'aaaa    61    0    0    61',
    'bbbb     3    0    0     3',
    'cccc    40    0    0    40',
    'dddd     8         0     8',
    'eeee               0     1',
  ];
  const text = rows.join('\n');
  const slots = rows.map((line, i) => slot(text, line, `r${i}`));

  it('places the values of a short row under their columns; blank columns are null', () => {
    const placed = positionedRows(text, slots, 4);
    expect(placed.get(3)).toEqual([8, null, 0, 8]);
    expect(placed.get(4)).toEqual([null, null, 0, 1]);
  });

  it('places nothing when a value sits between columns', () => {
    const shifted = [...rows.slice(0, 3), 'dddd       8       0   8'].join('\n');
    const shiftedSlots = [...rows.slice(0, 3), 'dddd       8       0   8'].map((line, i) =>
      slot(shifted, line, `r${i}`),
    );
    expect(positionedRows(shifted, shiftedSlots, 4).size).toBe(0);
  });
});
