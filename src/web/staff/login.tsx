/**
 * GET/POST /staff/login and POST /staff/logout. A successful sign-in always issues a new session
 * id (a cookie planted before sign-in is worthless); attempts are throttled before the password is
 * checked (decision 016), with one message for unknown users and wrong passwords.
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { logIn } from '../../app/identity/log-in.ts';
import { logOut } from '../../app/identity/log-out.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { clientAddress } from '../middleware/client-address.ts';
import { deviceCookieOf, setDeviceCookie } from '../middleware/device-cookie.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../middleware/session.ts';
import { safeNextPath } from '../middleware/staff-guard.ts';
import { LoginView, type LoginViewProps } from './login-view.tsx';
import { formText, readForm } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';

/** One message for unknown users and wrong passwords. */
export const INVALID_LOGIN = '用户名或密码不正确。';

function render(
  c: Context<AppEnv>,
  props: Omit<LoginViewProps, 'csrfToken'>,
  status: 200 | 401 | 403 | 422 | 429 = 200,
) {
  return c.html(renderPage(<LoginView csrfToken={c.get('csrfToken')} {...props} />), status);
}

/** Registers the sign-in routes. */
export function registerLoginRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/login', (c) => {
    const actor = c.get('actor');
    if (actor) {
      return c.redirect(actor.mustChangePassword ? '/staff/password' : '/staff', 303);
    }
    return render(c, {
      next: safeNextPath(queryParam(c, 'next')),
      isLoggedOut: queryParam(c, 'out') === '1',
    });
  });

  app.post('/staff/login', async (c) => {
    const form = await readForm(c);
    const username = formText(form, 'username').trim().slice(0, 64);
    const password = formText(form, 'password').slice(0, 256);
    const next = safeNextPath(formText(form, 'next'));
    const errors: Record<string, string> = {};
    if (!username) {
      errors.username = '请输入用户名。';
    }
    if (!password) {
      errors.password = '请输入密码。';
    }
    if (Object.keys(errors).length > 0) {
      return render(c, { username, next, errors }, 422);
    }
    const result = await logIn(deps, {
      username,
      password,
      clientAddress: clientAddress(c),
      deviceToken: deviceCookieOf(c),
    });
    if (!result.ok) {
      switch (result.reason) {
        case 'invalid':
          return render(c, { username, next, errors: { password: INVALID_LOGIN } }, 401);
        case 'disabled':
          return render(c, { username, next, formError: '该账号已停用，请联系本单位管理员。' }, 403);
        case 'throttled':
          c.header('retry-after', String(result.retryAfterSeconds));
          return render(c, { username, next, formError: throttledMessage(result) }, 429);
      }
    }
    setSessionCookie(c, result.session.cookieValue);
    setDeviceCookie(c, result.deviceToken);
    return c.redirect(result.mustChangePassword ? '/staff/password' : (next ?? '/staff'), 303);
  });

  app.post('/staff/logout', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      await logOut(deps, c.get('actor'), cookie);
    }
    clearSessionCookie(c);
    return c.redirect('/staff/login?out=1', 303);
  });
}

/**
 * The message while attempts are slowed down: how long to wait, and from when (北京时间) once the
 * wait is a minute or more.
 * @example throttledMessage({ retryAt, retryAfterSeconds: 30 }) // '…请在 30 秒后再试。'
 */
export function throttledMessage(wait: { retryAt: Date; retryAfterSeconds: number }): string {
  const lead = '登录尝试过于频繁，为保护账号安全，';
  if (wait.retryAfterSeconds < 60) {
    return `${lead}请在 ${wait.retryAfterSeconds} 秒后再试。`;
  }
  const rounded = new Date(Math.ceil(wait.retryAt.getTime() / 60_000) * 60_000);
  const minutes = Math.ceil(wait.retryAfterSeconds / 60);
  return `${lead}请在 ${minutes} 分钟后（北京时间 ${beijingMinute(rounded)} 之后）再试。`;
}
