/**
 * Roles a person holds per organ (issue 3): 管理员, 公开专员, 审核人, 领导 (签发), 上级监督.
 */
export const ROLES = ['admin', 'handler', 'reviewer', 'approver', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES = {
  admin: '管理员',
  handler: '公开专员',
  reviewer: '审核人',
  approver: '领导（签发）',
  supervisor: '上级监督',
} as const satisfies Record<Role, string>;

export type RoleGrant = { organId: number; role: Role };

/** The signed-in person, as every request sees them. */
export type Actor = {
  accountId: number;
  username: string;
  displayName: string;
  roles: readonly RoleGrant[];
  mustChangePassword: boolean;
};
