/** The 登录 page (its own frame: nobody is signed in yet). */
import { Document } from '../layout/document.tsx';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { STAFF_SITE_NAME, StaffBrand } from './staff-layout.tsx';
import type { FieldErrors } from '../../app/failures.ts';
import { Notice, TextField } from './staff-form.tsx';

/** What the login page shows. */
export type LoginViewProps = {
  csrfToken: string;
  username?: string;
  next?: string | null;
  errors?: FieldErrors;
  /** A message about the whole form (locked, disabled). */
  formError?: string | null;
  isLoggedOut?: boolean;
};

/** The sign-in form. */
export function LoginView(props: LoginViewProps) {
  const errors = props.errors ?? {};
  return (
    <Document meta={{ title: '登录', siteName: STAFF_SITE_NAME }} bodyClass="staff login-body">
      <a class="skip-link" href="#main">
        跳到主要内容
      </a>
      <header class="staff-header">
        <div class="staff-header-inner">
          <StaffBrand />
        </div>
      </header>
      <main id="main" class="login-main" tabindex={-1}>
        <div class="login-card">
          <h1>登录管理后台</h1>
          <p class="muted">请使用管理员为您开通的账号登录。</p>
          {props.isLoggedOut ? <Notice kind="success">您已安全退出。</Notice> : null}
          {props.formError ? <Notice kind="error">{props.formError}</Notice> : null}
          <form method="post" action="/staff/login" novalidate>
            <CsrfField token={props.csrfToken} />
            {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
            <TextField
              name="username"
              label="用户名"
              value={props.username ?? ''}
              error={errors.username}
              autocomplete="username"
              isRequired
              maxLength={64}
            />
            <TextField
              name="password"
              label="密码"
              type="password"
              error={errors.password}
              autocomplete="current-password"
              isRequired
              maxLength={256}
            />
            <button type="submit" class="button button-primary button-block">
              登录
            </button>
          </form>
          <p class="login-help">忘记密码或账号被锁定，请联系本单位管理员。</p>
        </div>
      </main>
      <footer class="staff-footer">
        <p>{STAFF_SITE_NAME} · 仅限授权人员使用 · 登录及操作均记入审计日志</p>
      </footer>
    </Document>
  );
}
