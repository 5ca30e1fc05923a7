/**
 * GET/POST /staff/password: change one's own password. On success every session of the account
 * ends and a new one starts (new cookie), then the person goes on to the 工作台.
 */
import type { Context, Hono } from 'hono';
import { ChangePasswordSchema, parseForm } from '../../app/identity/accounts/account-forms.ts';
import { STALE_MESSAGE } from '../../app/failures.ts';
import { changeOwnPassword } from '../../app/identity/change-password.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { failureStatus } from '../failures.ts';
import { readForm } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { setSessionCookie } from '../middleware/session.ts';
import { PasswordView, type PasswordViewProps } from './password-view.tsx';

function render(
  c: Context<AppEnv>,
  props: Omit<PasswordViewProps, 'actor' | 'csrfToken'>,
  status: 200 | 409 | 422 = 200,
) {
  return c.html(
    renderPage(<PasswordView actor={requireActor(c)} csrfToken={c.get('csrfToken')} {...props} />),
    status,
  );
}

/** Registers the change-password routes. */
export function registerPasswordRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/password', (c) => render(c, { isChanged: queryParam(c, 'done') === '1' }));

  app.post('/staff/password', async (c) => {
    const actor = requireActor(c);
    const parsed = parseForm(ChangePasswordSchema, await readForm(c));
    if (!parsed.ok) {
      return render(c, { errors: parsed.errors }, 422);
    }
    const result = await changeOwnPassword(deps, actor, parsed.data);
    if (!result.ok) {
      return result.kind === 'invalid'
        ? render(c, { errors: result.errors }, failureStatus(result))
        : render(c, { formError: STALE_MESSAGE }, failureStatus(result));
    }
    setSessionCookie(c, result.session.cookieValue);
    return c.redirect(actor.mustChangePassword ? '/staff' : '/staff/password?done=1', 303);
  });
}
