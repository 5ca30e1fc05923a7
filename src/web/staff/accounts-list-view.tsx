/** 账号管理: the accounts the actor may manage, with their roles per organ. */
import type { AccountSummary } from '../../db/queries/accounts.ts';
import { ROLE_NAMES, type Actor } from '../../domain/access/roles.ts';
import { StaffLayout } from './staff-layout.tsx';
import { Notice, PageHeader } from './staff-form.tsx';

/** What the accounts page shows. */
export type AccountsListViewProps = {
  actor: Actor;
  csrfToken: string;
  accounts: readonly AccountSummary[];
  nameOf: (organId: number) => string;
  canCreate: boolean;
};

/** The status badge of an account. */
export function AccountStatus(props: { account: Pick<AccountSummary, 'isDisabled' | 'mustChangePassword'> }) {
  if (props.account.isDisabled) {
    return <span class="badge badge-muted">已停用</span>;
  }
  return props.account.mustChangePassword ? (
    <span class="badge badge-warning">待修改初始密码</span>
  ) : (
    <span class="badge badge-ok">正常</span>
  );
}

/** The list page. */
export function AccountsListView(props: AccountsListViewProps) {
  return (
    <StaffLayout title="账号管理" actor={props.actor} csrfToken={props.csrfToken} section="accounts">
      <PageHeader
        title="账号管理"
        lead="您所管理机构中的工作人员账号及其角色。角色只在所列机构内生效；管理员与上级监督的权限及于下级机构。"
      >
        {props.canCreate ? (
          <a class="button button-primary" href="/staff/accounts/new">
            新建账号
          </a>
        ) : null}
      </PageHeader>
      {props.accounts.length === 0 ? (
        <Notice kind="info">
          {props.canCreate ? '还没有账号。点击“新建账号”为工作人员开通账号。' : '您没有管理账号的权限。'}
        </Notice>
      ) : (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">账号列表，共 {props.accounts.length} 个</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">用户名</th>
                <th scope="col">机构与角色</th>
                <th scope="col">状态</th>
                <th scope="col">
                  <span class="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.accounts.map((a) => (
                <tr>
                  <td>{a.displayName}</td>
                  <td>
                    <code>{a.username}</code>
                  </td>
                  <td>
                    {a.roles.length === 0 ? (
                      <span class="muted">未分配</span>
                    ) : (
                      <ul class="role-list">
                        {a.roles.map((r) => (
                          <li>
                            {props.nameOf(r.organId)}：{ROLE_NAMES[r.role]}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <AccountStatus account={a} />
                  </td>
                  <td class="cell-actions">
                    <a href={`/staff/accounts/${a.id}`}>
                      编辑<span class="visually-hidden">账号 {a.displayName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}
