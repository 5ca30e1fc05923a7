/**
 * 账号管理: GET /staff/accounts, GET/POST /staff/accounts/new, GET/POST /staff/accounts/:id
 * (intent=save: name, roles, disable; intent=reset-password). Route = read form → zod → one use
 * case (which authorizes every organ id against the organ tree) → render. Accounts the actor may
 * not see answer 404 like unknown ids; forged organ ids answer 403.
 */
import type { Context, Hono } from 'hono';
import {
  CreateAccountSchema,
  parseForm,
  ResetPasswordSchema,
  UpdateAccountSchema,
} from '../../app/identity/accounts/account-forms.ts';
import { createAccount } from '../../app/identity/accounts/create-account.ts';
import {
  grantableOrgans,
  listVisibleAccounts,
  viewAccount,
  type AccountView,
} from '../../app/identity/accounts/list-accounts.ts';
import { resetAccountPassword } from '../../app/identity/accounts/reset-password.ts';
import { type Failure, type FieldErrors, STALE_MESSAGE } from '../../app/failures.ts';
import { updateAccountDetails } from '../../app/identity/accounts/update-account.ts';
import { loadOrganScope } from '../../app/identity/organ-scope.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { forbidden, HttpError, notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { failureError, failureStatus } from '../failures.ts';
import { invalid } from '../../app/failures.ts';
import { queryParam } from '../middleware/query.ts';
import { formText, readForm, type FormValues } from '../middleware/form.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { AccountCreatedView, AccountFormView, type AccountFormValues } from './accounts-form-view.tsx';
import { AccountsListView } from './accounts-list-view.tsx';

const grantSet = (grants: ReadonlyArray<{ organId: number; role: string }>) =>
  new Set(grants.map((g) => `${g.organId}:${g.role}`));

/** The id in the URL, or a 404 (never a 500 for `/staff/accounts/abc` or a huge number). */
function accountIdParam(c: Context<AppEnv>): number {
  const raw = c.req.param('id') ?? '';
  const id = /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id)) {
    throw notFound('账号');
  }
  return id;
}

/** Maps a use-case refusal that is not a form problem to its HTTP error. */
function refusal(failure: Failure): never {
  throw failureError(failure, { what: '账号' });
}

type EditExtras = {
  values?: AccountFormValues;
  errors?: FieldErrors;
  formError?: string | null;
  isSaved?: boolean;
  oneTimePassword?: string | null;
};

function renderEdit(
  c: Context<AppEnv>,
  view: AccountView,
  extras: EditExtras,
  status: 200 | 409 | 422 = 200,
) {
  const account = view.account;
  const managed = new Set(view.grantable.map((o) => o.id));
  const values = extras.values ?? {
    username: account.username,
    displayName: account.displayName,
    isDisabled: account.isDisabled,
    grants: grantSet(account.roles.filter((g) => managed.has(g.organId))),
  };
  const page = (
    <AccountFormView
      actor={requireActor(c)}
      csrfToken={c.get('csrfToken')}
      organs={view.grantable}
      values={values}
      errors={extras.errors ?? {}}
      formError={extras.formError ?? null}
      edit={{
        account,
        otherGrants: view.otherGrants,
        nameOf: view.scope.nameOf,
        canChangeItself: view.canChangeItself,
        isSelf: view.isSelf,
        isSaved: extras.isSaved ?? false,
        oneTimePassword: extras.oneTimePassword ?? null,
      }}
    />
  );
  return c.html(renderPage(page), status);
}

const submittedValues = (form: FormValues): AccountFormValues => ({
  username: formText(form, 'username').trim(),
  displayName: formText(form, 'displayName'),
  isDisabled: formText(form, 'isDisabled') === 'on',
  grants: new Set(Array.isArray(form.grants) ? form.grants : []),
});

/** Registers the account administration routes. */
export function registerAccountRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/accounts', async (c) => {
    const actor = requireActor(c);
    const list = await listVisibleAccounts(deps.db, actor);
    if (!list.canCreate && list.accounts.length === 0) {
      // Someone who manages and oversees no organ has no account administration at all.
      throw new HttpError(403, '您没有管理账号的权限。');
    }
    return c.html(
      renderPage(
        <AccountsListView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          accounts={list.accounts}
          nameOf={list.scope.nameOf}
          canCreate={list.canCreate}
        />,
      ),
    );
  });

  const renderNew = async (
    c: Context<AppEnv>,
    values: AccountFormValues,
    errors: FieldErrors = {},
    status: 200 | 422 = 200,
  ) => {
    const actor = requireActor(c);
    const organs = grantableOrgans(actor, await loadOrganScope(deps.db));
    if (organs.length === 0) {
      throw forbidden();
    }
    return c.html(
      renderPage(
        <AccountFormView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          organs={organs}
          values={values}
          errors={errors}
        />,
      ),
      status,
    );
  };

  app.get('/staff/accounts/new', (c) =>
    renderNew(c, { username: '', displayName: '', isDisabled: false, grants: new Set() }),
  );

  app.post('/staff/accounts/new', async (c) => {
    const actor = requireActor(c);
    const form = await readForm(c, ['grants']);
    const parsed = parseForm(CreateAccountSchema, form);
    if (!parsed.ok) {
      return renderNew(c, submittedValues(form), parsed.errors, 422);
    }
    const result = await createAccount(deps, actor, parsed.data);
    if (!result.ok) {
      return result.kind === 'invalid'
        ? renderNew(c, submittedValues(form), result.errors, failureStatus(result))
        : refusal(result);
    }
    const page = (
      <AccountCreatedView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        accountId={result.accountId}
        username={parsed.data.username}
        displayName={parsed.data.displayName}
        generatedPassword={result.generatedPassword}
      />
    );
    return c.html(renderPage(page), 201);
  });

  app.get('/staff/accounts/:id', async (c) => {
    const view = await viewAccount(deps.db, requireActor(c), accountIdParam(c));
    if (!view) {
      throw notFound('账号');
    }
    return renderEdit(c, view, { isSaved: queryParam(c, 'saved') === '1' });
  });

  app.post('/staff/accounts/:id', async (c) => {
    const actor = requireActor(c);
    const id = accountIdParam(c);
    const form = await readForm(c, ['grants']);
    const view = await viewAccount(deps.db, actor, id);
    if (!view) {
      throw notFound('账号');
    }
    if (formText(form, 'intent') === 'reset-password') {
      const parsed = parseForm(ResetPasswordSchema, form);
      const result = parsed.ok
        ? await resetAccountPassword(deps, actor, id, parsed.data)
        : invalid(parsed.errors);
      if (result.ok) {
        return renderEdit(c, (await viewAccount(deps.db, actor, id)) ?? view, {
          oneTimePassword: result.oneTimePassword,
        });
      }
      return result.kind === 'stale'
        ? renderEdit(c, view, { formError: STALE_MESSAGE }, failureStatus(result))
        : result.kind === 'invalid'
          ? renderEdit(c, view, { errors: result.errors }, failureStatus(result))
          : refusal(result);
    }
    const parsed = parseForm(UpdateAccountSchema, form);
    if (!parsed.ok) {
      return renderEdit(c, view, { values: submittedValues(form), errors: parsed.errors }, 422);
    }
    const result = await updateAccountDetails(deps, actor, id, parsed.data);
    if (result.ok) {
      return c.redirect(`/staff/accounts/${id}?saved=1`, 303);
    }
    switch (result.kind) {
      case 'invalid':
        return renderEdit(
          c,
          view,
          { values: submittedValues(form), errors: result.errors },
          failureStatus(result),
        );
      case 'stale':
        // Show the current state (what the other person saved) and say why nothing was saved.
        return renderEdit(c, view, { formError: STALE_MESSAGE }, failureStatus(result));
      case 'forbidden':
      case 'not_found':
        return refusal(result);
    }
  });
}
