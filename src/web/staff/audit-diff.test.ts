import { describe, expect, it } from 'vitest';
import { fieldChanges, valueText } from './audit-diff.tsx';

describe('audit before → after', () => {
  it('lists only changed fields, with Chinese labels and readable values', () => {
    expect(
      fieldChanges(
        { displayName: '李明', isDisabled: false, phone: '1' },
        { displayName: '李明', isDisabled: true, phone: '1' },
      ),
    ).toEqual([{ field: 'isDisabled', label: '已停用', before: '否', after: '是' }]);
  });

  it('shows every field on creation and on deletion', () => {
    expect(
      fieldChanges(null, { name: '某局', roles: [{ organId: 3, organ: '教育局', role: 'handler' }] }),
    ).toEqual([
      { field: 'name', label: '名称', before: null, after: '某局' },
      { field: 'roles', label: '角色', before: null, after: '教育局：公开专员' },
    ]);
    expect(fieldChanges({ name: '某局' }, null)).toEqual([
      { field: 'name', label: '名称', before: '某局', after: null },
    ]);
    expect(fieldChanges(null, null)).toEqual([]);
  });

  it('renders unknown shapes without failing', () => {
    expect(valueText(null)).toBe('（空）');
    expect(valueText([])).toBe('（无）');
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(fieldChanges({ customKey: 1 }, { customKey: 2 })).toEqual([
      { field: 'customKey', label: 'customKey', before: '1', after: '2' },
    ]);
  });
});
