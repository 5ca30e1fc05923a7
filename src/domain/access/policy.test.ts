import { describe, expect, it } from 'vitest';
import { can, isWithin, organTree, organsWhere } from './policy.ts';
import type { Actor, RoleGrant } from './roles.ts';

// 区政府(1) → 区政府办(2), 教育局(3) → 某学校中心(5); 镇政府(4)
const tree = organTree([
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 1 },
  { id: 5, parentId: 3 },
]);
const actor = (...roles: RoleGrant[]): Actor => ({
  accountId: 9,
  username: 'u',
  displayName: 'U',
  roles,
  mustChangePassword: false,
});

describe('isWithin', () => {
  it('knows the subtree and survives a cycle', () => {
    expect(isWithin(tree, 5, 1)).toBe(true);
    expect(isWithin(tree, 4, 3)).toBe(false);
    const cyclic = organTree([
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
    ]);
    expect(isWithin(cyclic, 1, 3)).toBe(false);
  });
});

describe('can', () => {
  const cases: Array<[string, Actor | null, Parameters<typeof can>[1], number, boolean]> = [
    [
      'an admin of the district manages a school below it',
      actor({ organId: 1, role: 'admin' }),
      'organ.manage',
      5,
      true,
    ],
    [
      'an admin of 教育局 cannot manage the 镇',
      actor({ organId: 3, role: 'admin' }),
      'organ.manage',
      4,
      false,
    ],
    ['a supervisor reads the subtree', actor({ organId: 1, role: 'supervisor' }), 'organ.view', 4, true],
    ['a supervisor changes nothing', actor({ organId: 1, role: 'supervisor' }), 'organ.manage', 4, false],
    ['a supervisor handles no work', actor({ organId: 1, role: 'supervisor' }), 'work.handle', 1, false],
    ['a handler works in their organ', actor({ organId: 3, role: 'handler' }), 'work.handle', 3, true],
    [
      'a handler does not work in the organ below',
      actor({ organId: 3, role: 'handler' }),
      'work.handle',
      5,
      false,
    ],
    ['a handler cannot manage accounts', actor({ organId: 3, role: 'handler' }), 'account.manage', 3, false],
    ['nobody signed in can do nothing', null, 'organ.view', 1, false],
  ];
  it.each(cases)('%s', (_name, who, action, organ, expected) => {
    expect(can(who, action, organ, tree)).toBe(expected);
  });

  it('refuses everything until the first password is changed', () => {
    expect(
      can({ ...actor({ organId: 1, role: 'admin' }), mustChangePassword: true }, 'organ.view', 1, tree),
    ).toBe(false);
  });

  it('lists the organs in scope', () => {
    expect(organsWhere(actor({ organId: 3, role: 'admin' }), 'organ.manage', tree)).toEqual([3, 5]);
  });
});
