/**
 * The account forms as zod schemas (Chinese messages, keyed by field name). Role grants arrive as
 * checkbox values `organId:role`; whether the actor may grant on that organ is decided later, on
 * the server, by the use case.
 */
import { z } from 'zod';
import { ROLES, type RoleGrant } from '../../../domain/access/roles.ts';
import { type FieldErrors } from '../../failures.ts';

const USERNAME_MESSAGE = '用户名须为 3–32 位小写字母、数字或 . _ - 。';

/** A username: 3–32 of a-z 0-9 . _ - (lower-cased). */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{3,32}$/, USERNAME_MESSAGE);
/** The person's name as shown (姓名). */
export const DisplayNameSchema = z.string().trim().min(1, '请填写姓名。').max(40, '姓名不能超过 40 个字。');

const GrantSchema = z
  .string()
  .regex(new RegExp(`^[1-9][0-9]{0,9}:(${ROLES.join('|')})$`), '角色选择无效，请刷新页面后重试。')
  .transform((v): RoleGrant => {
    const [organ, role] = v.split(':') as [string, RoleGrant['role']];
    return { organId: Number(organ), role };
  });

const GrantsSchema = z
  .array(GrantSchema)
  .max(500, '一次选择的角色过多。')
  .transform((grants) => [...new Map(grants.map((g) => [`${g.organId}:${g.role}`, g])).values()]);

const VersionSchema = z.coerce
  .number({ error: '表单已损坏，请刷新页面后重试。' })
  .int()
  .min(1, '表单已损坏，请刷新页面后重试。');

/** 新建账号 form. */
export const CreateAccountSchema = z.object({
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  /** Empty: a one-time password is generated and shown once. */
  password: z.string().max(128, '密码不能超过 128 个字符。').default(''),
  grants: GrantsSchema.refine((grants) => grants.length > 0, '请至少选择一个机构和角色。'),
});
/** Validated 新建账号 form. */
export type CreateAccountInput = z.infer<typeof CreateAccountSchema>;

/** 编辑账号 form (with the version it was built from). */
export const UpdateAccountSchema = z.object({
  version: VersionSchema,
  displayName: DisplayNameSchema,
  isDisabled: z
    .enum(['on', ''])
    .default('')
    .transform((v) => v === 'on'),
  grants: GrantsSchema,
});
/** Validated 编辑账号 form. */
export type UpdateAccountInput = z.infer<typeof UpdateAccountSchema>;

/** 重置密码 form. */
export const ResetPasswordSchema = z.object({ version: VersionSchema });
/** Validated 重置密码 form. */
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

/** 修改密码 form (one's own). */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, '请输入当前密码。').max(256, '请输入当前密码。'),
  newPassword: z.string().min(1, '请输入新密码。').max(256, '密码不能超过 128 个字符。'),
  repeatPassword: z.string().min(1, '请再次输入新密码。').max(256, '两次输入的新密码不一致。'),
});
/** Validated 修改密码 form. */
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

/** Validated values, or messages per field. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Validates form values against a schema; the first message per field.
 * @example parseForm(CreateAccountSchema, { username: 'Li', … }) // { ok: false, errors: { username: '用户名须为…' } }
 */
export function parseForm<S extends z.ZodType>(schema: S, values: unknown): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) {
    return { ok: true, data: parsed.data };
  }
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
