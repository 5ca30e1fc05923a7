import { describe, expect, it } from 'vitest';
import { localDate } from '../../calendar/local-date.ts';
import { parseLedgerFilters } from './ledger-filters.ts';

const today = localDate('2026-11-22');

describe('the export’s filters', () => {
  it('defaults to the 公开版 as .xlsx of everything', () => {
    expect(parseLedgerFilters({}, today)).toEqual({
      isValid: true,
      filters: { organId: null, year: null, status: null, decision: null, kind: 'public', format: 'xlsx' },
    });
  });

  it('reads every filter', () => {
    expect(
      parseLedgerFilters(
        { organ: '12', year: '2024', status: 'open', decision: 'withheld', kind: 'internal', format: 'csv' },
        today,
      ),
    ).toEqual({
      isValid: true,
      filters: {
        organId: 12,
        year: 2024,
        status: 'open',
        decision: 'withheld',
        kind: 'internal',
        format: 'csv',
      },
    });
    expect(parseLedgerFilters({ status: 'closed', decision: 'withheld.stateSecret' }, today)).toMatchObject({
      filters: { status: 'closed', decision: 'withheld.stateSecret' },
    });
  });

  it('refuses values it does not know instead of ignoring them', () => {
    expect(
      parseLedgerFilters(
        { organ: '0', year: '2007', status: 'x', decision: 'granted.x', kind: 'full', format: 'xls' },
        today,
      ),
    ).toEqual({
      isValid: false,
      errors: {
        organ: '受理机关无效',
        year: '年份应为 2008 至 2026 之间',
        status: '办理状态无效',
        decision: '办理结果无效',
        kind: '导出类型只能是公开版或内部台账',
        format: '文件格式只能是 xlsx 或 csv',
      },
    });
    expect(parseLedgerFilters({ year: '2027' }, today).isValid).toBe(false);
  });
});
