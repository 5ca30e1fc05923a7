/** The 修改密码 page (also the first-login page). */
import type { Actor } from '../../domain/access/roles.ts';
import { PASSWORD_MIN_LENGTH } from '../../app/identity/password-rules.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { StaffLayout } from './staff-layout.tsx';
import type { FieldErrors } from '../../app/failures.ts';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';

/** Field labels (also for the error summary). */
export const PASSWORD_LABELS = {
  currentPassword: '当前密码',
  newPassword: '新密码',
  repeatPassword: '再次输入新密码',
} as const;

/** What the password page shows. */
export type PasswordViewProps = {
  actor: Actor;
  csrfToken: string;
  errors?: FieldErrors;
  formError?: string | null;
  isChanged?: boolean;
};

/** The change-password form. */
export function PasswordView(props: PasswordViewProps) {
  const errors = props.errors ?? {};
  const isFirst = props.actor.mustChangePassword;
  return (
    <StaffLayout title="修改密码" actor={props.actor} csrfToken={props.csrfToken}>
      <PageHeader
        title="修改密码"
        lead={isFirst ? undefined : '定期更换密码，不要与其他系统使用相同的密码。'}
      />
      <div class="panel panel-narrow">
        {isFirst ? (
          <Notice kind="warning" title="首次登录，请先修改密码">
            <p>
              您正在使用管理员设置的初始密码（或一次性密码）。为保障账号安全，请设置只有您本人知道的新密码，修改后才能使用其他功能。
            </p>
          </Notice>
        ) : null}
        {props.isChanged ? <Notice kind="success">密码已修改。其他设备上的登录已全部退出。</Notice> : null}
        {props.formError ? <Notice kind="error">{props.formError}</Notice> : null}
        <ErrorSummary errors={errors} labels={PASSWORD_LABELS} />
        <form method="post" action="/staff/password" novalidate>
          <CsrfField token={props.csrfToken} />
          <TextField
            name="currentPassword"
            label={PASSWORD_LABELS.currentPassword}
            type="password"
            autocomplete="current-password"
            error={errors.currentPassword}
            isRequired
          />
          <TextField
            name="newPassword"
            label={PASSWORD_LABELS.newPassword}
            type="password"
            autocomplete="new-password"
            hint={`至少 ${PASSWORD_MIN_LENGTH} 个字符，须混合使用字母、数字或符号中的至少两类，不能与用户名相同。`}
            error={errors.newPassword}
            isRequired
          />
          <TextField
            name="repeatPassword"
            label={PASSWORD_LABELS.repeatPassword}
            type="password"
            autocomplete="new-password"
            error={errors.repeatPassword}
            isRequired
          />
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              保存新密码
            </button>
            {isFirst ? null : (
              <a class="button button-secondary" href="/staff">
                取消
              </a>
            )}
          </div>
        </form>
      </div>
    </StaffLayout>
  );
}
