/**
 * The roll-up's organs in the editor (「由下级机关汇总」, decision 038): the organ and every organ
 * below it as checkboxes, grouped 本级政府办公室 / 部门 / 街道、乡镇 (下级人民政府 when there are any),
 * all checked unless a choice was made. The server checks every posted id against the subtree.
 */
import type { RollupOrganChoice } from '../../app/publishing/editor-context.ts';
import { ROLLUP_GROUP_LABELS, ROLLUP_GROUPS } from '../../domain/annual-report/rollup-members.ts';

/** The checkboxes; nothing when the organ has no organs below it. */
export function RollupOrganFields(props: {
  organs: readonly RollupOrganChoice[];
  /** The chosen ids as posted or stored; null: the default (all). */
  selected: readonly string[] | null;
  error: string | undefined;
}) {
  if (props.organs.length < 2) {
    return null;
  }
  const isChecked = (id: number) => props.selected === null || props.selected.includes(String(id));
  return (
    <fieldset
      class={props.error ? 'rollup-organs has-error' : 'rollup-organs'}
      id="field-rollupOrgans"
      aria-describedby={props.error ? 'field-rollupOrgans-error rollup-hint' : 'rollup-hint'}
    >
      <legend>纳入汇总的单位（仅“由下级机关汇总”）</legend>
      {props.error ? (
        <p class="field-error" id="field-rollupOrgans-error">
          {props.error}
        </p>
      ) : null}
      <p class="field-hint" id="rollup-hint">
        默认全部纳入。汇总时每个单位优先采用其已发布（或导入）的年度报告数据，没有的按平台记录统计；
        有单位的年度报告尚未发布时，签发须写明理由。
      </p>
      {ROLLUP_GROUPS.map((group) => {
        const members = props.organs.filter((o) => o.group === group);
        return members.length === 0 ? null : (
          <fieldset class="rollup-group">
            <legend>
              {ROLLUP_GROUP_LABELS[group]}（{members.length}个）
            </legend>
            <ul class="rollup-list">
              {members.map((o) => (
                <li>
                  <input
                    type="checkbox"
                    id={`rollup-${o.id}`}
                    name="rollupOrgans"
                    value={String(o.id)}
                    checked={isChecked(o.id)}
                  />
                  <label for={`rollup-${o.id}`}>{o.name}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
