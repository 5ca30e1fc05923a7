import { describe, expect, it } from 'vitest';
import { organTree } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { accountAccess, canChangeAccountItself, canSeeAccount } from './accounts/account-access.ts';
import { organsInTreeOrder, primaryOrgan } from './organ-scope.ts';

// 市(1) → 甲区(2) → 教育局(3), 财政局(4); 市(1) → 乙区(5)
const organs = [
  { id: 4, parentId: 2, name: '财政局' },
  { id: 1, parentId: null, name: '市' },
  { id: 5, parentId: 1, name: '乙区' },
  { id: 2, parentId: 1, name: '甲区' },
  { id: 3, parentId: 2, name: '教育局' },
];
const tree = organTree(organs);
const actor = (organId: number, role: Actor['roles'][number]['role']): Actor => ({
  accountId: 1,
  username: 'a',
  displayName: 'A',
  roles: [{ organId, role }],
  mustChangePassword: false,
});

describe('organ scope', () => {
  it('files an account under its organ nearest the root', () => {
    expect(
      primaryOrgan(
        [
          { organId: 3, role: 'handler' },
          { organId: 5, role: 'reviewer' },
        ],
        tree,
      ),
    ).toBe(5);
    expect(
      primaryOrgan(
        [
          { organId: 4, role: 'handler' },
          { organId: 3, role: 'handler' },
        ],
        tree,
      ),
    ).toBe(3);
    expect(primaryOrgan([], tree)).toBeNull();
  });

  it('orders organs parents first, with depth', () => {
    expect(organsInTreeOrder(organs).map((o) => `${o.depth}${o.name}`)).toEqual([
      '0市',
      '1乙区',
      '1甲区',
      '2财政局',
      '2教育局',
    ]);
  });
});

describe('who may see and change an account', () => {
  const district = accountAccess(actor(2, 'admin'), tree);
  it('sees accounts with a role in the managed subtree', () => {
    expect(canSeeAccount(district, [{ organId: 3, role: 'handler' }])).toBe(true);
    expect(canSeeAccount(district, [{ organId: 5, role: 'handler' }])).toBe(false);
  });
  it('changes the account itself only when managing all its organs', () => {
    expect(canChangeAccountItself(district, [{ organId: 3, role: 'handler' }])).toBe(true);
    expect(
      canChangeAccountItself(district, [
        { organId: 3, role: 'handler' },
        { organId: 5, role: 'handler' },
      ]),
    ).toBe(false);
  });
  it('leaves accounts without roles to those who manage every organ', () => {
    expect(canSeeAccount(district, [])).toBe(false);
    expect(canSeeAccount(accountAccess(actor(1, 'admin'), tree), [])).toBe(true);
  });
  it('gives supervisors and handlers no account management', () => {
    expect(accountAccess(actor(1, 'supervisor'), tree).managed.size).toBe(0);
    expect(accountAccess(actor(3, 'handler'), tree).managed.size).toBe(0);
  });
});
