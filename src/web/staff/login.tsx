/**
 * GET/POST /staff/login and POST /staff/logout. A successful sign-in always issues a new session
 * id (a cookie planted before sign-in is worthless); failures are throttled per username and per
 * address, with one message for unknown users and wrong passwords.
 */
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { logIn } from '../../app/identity/log-in.ts';
import { logOut } from '../../app/identity/log-out.ts';
import { formatBeijingTime } from '../../app/identity/deps.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { clientAddress } from '../middleware/client-address.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../middleware/session.ts';
import { safeNextPath } from '../middleware/staff-guard.ts';
import { LoginView, type LoginViewProps } from './login-view.tsx';

/** One message for unknown users and wrong passwords. */
export const INVALID_LOGIN = '用户名或密码不正确。';

function render(
  c: Context<AppEnv>,
  props: Omit<LoginViewProps, 'csrfToken'>,
  status: 200 | 401 | 403 | 422 | 429 = 200,
) {
  return c.html(renderPage(<LoginView csrfToken={c.get('csrfToken')} {...props} />), status);
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Registers the sign-in routes. */
export function registerLoginRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/login', (c) => {
    const actor = c.get('actor');
    if (actor) {
      return c.redirect(actor.mustChangePassword ? '/staff/password' : '/staff', 303);
    }
    return render(c, { next: safeNextPath(c.req.query('next')), isLoggedOut: c.req.query('out') === '1' });
  });

  app.post('/staff/login', async (c) => {
    const body = await c.req.parseBody();
    const username = text(body.username).trim().slice(0, 64);
    const password = text(body.password).slice(0, 256);
    const next = safeNextPath(text(body.next));
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
    const result = await logIn(deps, { username, password, clientAddress: clientAddress(c) });
    if (!result.ok) {
      switch (result.reason) {
        case 'invalid':
          return render(c, { username, next, errors: { password: INVALID_LOGIN } }, 401);
        case 'disabled':
          return render(c, { username, next, formError: '该账号已停用，请联系本单位管理员。' }, 403);
        case 'locked':
          return render(c, { username, next, formError: lockedMessage(result.retryAt) }, 429);
      }
    }
    setSessionCookie(c, result.session.cookieValue);
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

/** The lockout message, with the time to try again (北京时间, rounded up to the minute). */
export function lockedMessage(retryAt: Date): string {
  const rounded = new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000);
  return `登录失败次数过多，为保护账号安全已暂时锁定。请于 ${formatBeijingTime(rounded)}（北京时间）之后再试。`;
}
