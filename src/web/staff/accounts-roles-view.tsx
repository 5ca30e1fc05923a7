/**
 * The role matrix of the account form: one row per organ the actor manages (indented by tree
 * depth), one checkbox per role. Works without JavaScript; each box has its own accessible name.
 */
import type { OrganRef } from '../../db/queries/accounts.ts';
import { ROLE_NAMES, ROLES, type RoleGrant } from '../../domain/access/roles.ts';

/** One line per role: what it may do. */
export const ROLE_HINTS = {
  admin: '管理本机构及下级机构的机构信息、账号和审计日志',
  handler: '办理本机构的依申请公开、主动公开和年报工作',
  reviewer: '审核本机构的答复和公开内容',
  approver: '签发本机构的答复和年报',
  supervisor: '只读查看本机构及下级机构的全部工作',
} as const satisfies Record<RoleGrant['role'], string>;

/** What the role matrix shows. */
export type RoleMatrixProps = {
  organs: ReadonlyArray<OrganRef & { depth: number }>;
  /** Checked boxes as `organId:role`. */
  checked: ReadonlySet<string>;
  error?: string | undefined;
  /** Shown but not editable (one's own account): the current grants travel as hidden fields. */
  isReadOnly?: boolean;
};

/** The matrix inside a fieldset with legend, hint and error. */
export function RoleMatrix(props: RoleMatrixProps) {
  const depthClass = (depth: number) => `organ-depth-${Math.min(depth, 6)}`;
  return (
    <fieldset
      class={props.error ? 'field role-fieldset has-error' : 'field role-fieldset'}
      id="field-grants"
      aria-describedby={props.error ? 'field-grants-error roles-hint' : 'roles-hint'}
    >
      <legend>机构与角色</legend>
      <p class="field-hint" id="roles-hint">
        {props.isReadOnly
          ? '不能修改自己的角色，请由其他管理员操作。'
          : '勾选该人员在各机构担任的角色，可多选。只列出您有权管理的机构。'}
      </p>
      {props.error ? (
        <p class="field-error" id="field-grants-error">
          <span class="visually-hidden">错误：</span>
          {props.error}
        </p>
      ) : null}
      {props.isReadOnly
        ? [...props.checked].map((v) => <input type="hidden" name="grants" value={v} />)
        : null}
      <div class="table-wrap">
        <table class="data-table role-matrix">
          <thead>
            <tr>
              <th scope="col">机构</th>
              {ROLES.map((role) => (
                <th scope="col" title={ROLE_HINTS[role]}>
                  {ROLE_NAMES[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.organs.map((organ) => (
              <tr>
                <th scope="row" class={depthClass(organ.depth)}>
                  {organ.name}
                </th>
                {ROLES.map((role) => {
                  const value = `${organ.id}:${role}`;
                  return (
                    <td class="cell-check">
                      <input
                        type="checkbox"
                        name={props.isReadOnly ? undefined : 'grants'}
                        value={value}
                        checked={props.checked.has(value)}
                        disabled={props.isReadOnly}
                        aria-label={`${organ.name}：${ROLE_NAMES[role]}`}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl class="role-legend">
        {ROLES.map((role) => (
          <div>
            <dt>{ROLE_NAMES[role]}</dt>
            <dd>{ROLE_HINTS[role]}</dd>
          </div>
        ))}
      </dl>
    </fieldset>
  );
}
