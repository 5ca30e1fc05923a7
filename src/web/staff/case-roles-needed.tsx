/**
 * On the case page, under 办理: the steps open now that the person's roles (on the case's organ)
 * do not allow, and which role takes each — from the transition table (domain/case/roles-needed.ts);
 * 「您当前没有可进行的操作」 when there is nothing to do and nobody else to name.
 */
import { rolesOnOrgan } from '../../app/cases/case-access.ts';
import type { CaseView } from '../../app/cases/view-case.ts';
import { canSomewhere } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { neededRolesMessage } from '../../domain/access/staff-menu.ts';
import { rolesNeeded } from '../../domain/case/roles-needed.ts';

/**
 * The steps open now that the person's roles do not allow, and which role takes each (item 14):
 * an administrator without a case role learns what to assign instead of seeing nothing.
 */
export function RolesNeededHint(props: { actor: Actor; view: CaseView }) {
  const { view } = props;
  const groups = rolesNeeded(rolesOnOrgan(props.actor, view.row.organId), view.file, view.today);
  if (groups.length === 0) {
    return view.actions.length === 0 ? <p class="empty-state">您当前没有可进行的操作。</p> : null;
  }
  return (
    <div class="roles-needed">
      <p>
        {view.actions.length === 0
          ? `您在${view.organName}没有办理本案当前步骤的角色：`
          : '以下步骤由其他角色办理：'}
      </p>
      <ul>
        {groups.map((g) => (
          <li>{neededRolesMessage(g.roles, g.actions.map((a) => `「${a.label}」`).join(''))}</li>
        ))}
      </ul>
      {canSomewhere(props.actor, 'account.manage') ? (
        <p class="field-hint">
          管理员可在<a href="/staff/accounts">账号管理</a>中为本机关人员开通账号、分配角色。
        </p>
      ) : null}
    </div>
  );
}
