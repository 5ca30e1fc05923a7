/** 新建账号 / 编辑账号, and the page that shows a one-time password once. */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { AccountSummary, OrganRef } from '../../db/queries/accounts.ts';
import { ROLE_NAMES, type Actor, type RoleGrant } from '../../domain/access/roles.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { AccountStatus } from './accounts-list-view.tsx';
import { RoleMatrix } from './accounts-roles-view.tsx';
import type { FieldErrors } from '../../app/failures.ts';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** Field labels (also for the error summary). */
export const ACCOUNT_LABELS = {
  username: '用户名',
  displayName: '姓名',
  password: '初始密码',
  grants: '机构与角色',
  isDisabled: '停用',
  version: '表单',
  form: '操作',
} as const;

const CRUMBS = [{ href: '/staff/accounts', label: '账号管理' }];

/** The values the form shows (stored or as submitted). */
export type AccountFormValues = {
  username: string;
  displayName: string;
  grants: ReadonlySet<string>;
  isDisabled: boolean;
};

/** What the account form shows. */
export type AccountFormViewProps = {
  actor: Actor;
  csrfToken: string;
  organs: ReadonlyArray<OrganRef & { depth: number }>;
  values: AccountFormValues;
  errors?: FieldErrors;
  formError?: string | null;
  /** Editing: the account as stored, and what the actor may do to it. */
  edit?: {
    account: AccountSummary;
    otherGrants: readonly RoleGrant[];
    nameOf: (id: number) => string;
    canChangeItself: boolean;
    isSelf: boolean;
    isSaved: boolean;
    oneTimePassword: string | null;
  };
};

/** The account form (new or edit). */
export function AccountFormView(props: AccountFormViewProps) {
  const errors = props.errors ?? {};
  const edit = props.edit;
  const title = edit ? `编辑账号：${edit.account.displayName}` : '新建账号';
  const canEditItself = !edit || edit.canChangeItself;
  return (
    <StaffLayout
      title={title}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="accounts"
      breadcrumbs={CRUMBS}
    >
      <PageHeader
        title={title}
        lead={edit ? undefined : '为工作人员开通账号。首次登录时系统会要求其修改密码。'}
      >
        {edit ? <AccountStatus account={edit.account} /> : null}
      </PageHeader>
      {edit?.isSaved ? <Notice kind="success">修改已保存。</Notice> : null}
      {edit?.oneTimePassword ? (
        <OneTimePassword password={edit.oneTimePassword} username={edit.account.username} />
      ) : null}
      {props.formError ? <Notice kind="error">{props.formError}</Notice> : null}
      <ErrorSummary errors={errors} labels={ACCOUNT_LABELS} />
      <form
        method="post"
        action={edit ? `/staff/accounts/${edit.account.id}` : '/staff/accounts/new'}
        class="panel"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        {edit ? <input type="hidden" name="version" value={String(edit.account.version)} /> : null}
        {edit ? <input type="hidden" name="intent" value="save" /> : null}
        <div class="form-grid">
          {edit ? (
            <div class="field">
              <p class="field-label">用户名</p>
              <p class="field-static">
                <code>{edit.account.username}</code>
              </p>
            </div>
          ) : (
            <TextField
              name="username"
              label={ACCOUNT_LABELS.username}
              value={props.values.username}
              error={errors.username}
              hint="3–32 位小写字母、数字或 . _ -，创建后不能修改。"
              autocomplete="off"
              isRequired
              maxLength={32}
            />
          )}
          <TextField
            name="displayName"
            label={ACCOUNT_LABELS.displayName}
            value={props.values.displayName}
            error={errors.displayName}
            autocomplete="off"
            isRequired
            isReadOnly={!canEditItself}
            maxLength={40}
          />
        </div>
        {edit ? null : (
          <TextField
            name="password"
            label={ACCOUNT_LABELS.password}
            type="password"
            error={errors.password}
            autocomplete="new-password"
            hint="留空则由系统生成一次性密码并只显示一次。自行设置时至少 10 个字符，混合字母、数字或符号；出错时请重新输入。"
          />
        )}
        <RoleMatrix
          organs={props.organs}
          checked={props.values.grants}
          error={errors.grants}
          isReadOnly={edit?.isSelf ?? false}
        />
        {edit && edit.otherGrants.length > 0 ? (
          <div class="field">
            <p class="field-label">其他机构的角色</p>
            <p class="field-hint">以下角色所在机构不在您的管理范围内，不能在此修改。</p>
            <ul class="role-list">
              {edit.otherGrants.map((g) => (
                <li>
                  {edit.nameOf(g.organId)}：{ROLE_NAMES[g.role]}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {edit ? (
          <DisableField
            isDisabled={props.values.isDisabled}
            isEditable={canEditItself && !edit.isSelf}
            error={errors.isDisabled}
          />
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            {edit ? '保存修改' : '创建账号'}
          </button>
          <a class="button button-secondary" href="/staff/accounts">
            返回列表
          </a>
        </div>
      </form>
      {edit ? <AccountSideForms {...edit} csrfToken={props.csrfToken} /> : null}
    </StaffLayout>
  );
}

function DisableField(props: { isDisabled: boolean; isEditable: boolean; error?: string | undefined }) {
  if (!props.isEditable) {
    return <input type="hidden" name="isDisabled" value={props.isDisabled ? 'on' : ''} />;
  }
  return (
    <div class={props.error ? 'field check-field has-error' : 'field check-field'} id="field-isDisabled">
      {props.error ? (
        <p class="field-error" id="field-isDisabled-error">
          {props.error}
        </p>
      ) : null}
      <label>
        <input
          type="checkbox"
          name="isDisabled"
          value="on"
          checked={props.isDisabled}
          aria-describedby="disable-hint"
        />
        停用此账号
      </label>
      <p class="field-hint" id="disable-hint">
        停用后该人员立即退出登录且不能再登录；记录和审计日志保留。
      </p>
    </div>
  );
}

function AccountSideForms(props: NonNullable<AccountFormViewProps['edit']> & { csrfToken: string }) {
  return (
    <div class="panel panel-secondary">
      <h2>重置密码</h2>
      {props.canChangeItself && !props.isSelf ? (
        <form method="post" action={`/staff/accounts/${props.account.id}`}>
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="intent" value="reset-password" />
          <input type="hidden" name="version" value={String(props.account.version)} />
          <p>系统将生成一次性密码并只显示一次；该人员当前的登录会被退出，下次登录时必须修改密码。</p>
          <button type="submit" class="button button-secondary">
            生成一次性密码
          </button>
        </form>
      ) : (
        <p class="muted">
          {props.isSelf
            ? '请在“修改密码”页面修改自己的密码。'
            : '该账号在您管理范围以外的机构也有角色，只有上级管理员可以重置其密码。'}
        </p>
      )}
      <p class="muted small">
        创建于 {beijingMinute(props.account.createdAt)} · 最后修改于 {beijingMinute(props.account.updatedAt)}
      </p>
    </div>
  );
}

/** The one-time password, shown once. */
export function OneTimePassword(props: { password: string; username: string }) {
  return (
    <Notice kind="warning" title="一次性密码（只显示这一次）">
      <p>
        请将用户名 <code>{props.username}</code>{' '}
        和下面的一次性密码当面或通过安全渠道交给本人。离开本页后将无法再次查看。
      </p>
      <p class="one-time-password">
        <code>{props.password}</code>
      </p>
    </Notice>
  );
}

/** After 创建账号. */
export function AccountCreatedView(props: {
  actor: Actor;
  csrfToken: string;
  accountId: number;
  username: string;
  displayName: string;
  generatedPassword: string | null;
}) {
  return (
    <StaffLayout
      title="账号已创建"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="accounts"
      breadcrumbs={CRUMBS}
    >
      <PageHeader title="账号已创建" />
      <Notice kind="success">
        已为 {props.displayName} 创建账号 <code>{props.username}</code>。首次登录时须修改密码。
      </Notice>
      {props.generatedPassword ? (
        <OneTimePassword password={props.generatedPassword} username={props.username} />
      ) : (
        <p>初始密码为您刚才设置的密码。</p>
      )}
      <div class="form-actions">
        <a class="button button-primary" href={`/staff/accounts/${props.accountId}`}>
          查看该账号
        </a>
        <a class="button button-secondary" href="/staff/accounts/new">
          继续新建
        </a>
        <a class="button button-secondary" href="/staff/accounts">
          返回列表
        </a>
      </div>
    </StaffLayout>
  );
}
