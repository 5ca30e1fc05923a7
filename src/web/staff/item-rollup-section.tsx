/**
 * A roll-up item's included organs on the item page (decision 038): grouped as the editor groups
 * them, each with its report status now (未开始 / 起草中 / 已发布 / 逾期), where its figures came from
 * when the roll-up was drafted (imported reports marked), links to its report, and the reasons
 * recorded at 签发 for the organs whose reports were not yet published.
 */
import type { RollupView } from '../../app/annual-report/rollup-view.ts';
import {
  MEMBER_STANDING_LABELS,
  ROLLUP_FIGURES_LABELS,
  ROLLUP_GROUP_LABELS,
} from '../../domain/annual-report/rollup-members.ts';

const STANDING_BADGES = {
  notStarted: 'badge badge-muted',
  drafting: 'badge',
  published: 'badge badge-ok',
  overdue: 'badge badge-warning',
} as const;

/** The section (nothing for other items). */
export function RollupSection(props: {
  rollup: RollupView | null;
  year: number;
  accepted: readonly { message: string; reason: string }[];
}) {
  const { rollup } = props;
  if (rollup === null) {
    return null;
  }
  const imported = rollup.lines.filter((l) => l.figures === 'imported');
  const reasons = props.accepted.filter((a) => a.message.startsWith('纳入汇总的'));
  return (
    <section aria-labelledby="rollup" class="item-section">
      <h2 id="rollup">纳入汇总的单位（{rollup.lines.length}个）</h2>
      <p>
        {rollup.draftedOn} 汇总。
        {imported.length === 0
          ? '没有单位的数据来自导入的年度报告。'
          : `${imported.length}个单位的数据来自导入的年度报告（${imported.map((l) => l.name).join('、')}），汇总照录其数字。`}
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="纳入汇总的单位">
        <table class="data-table rollup-table">
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">分组</th>
              <th scope="col">汇总时的数据来源</th>
              <th scope="col">{props.year}年度报告状态</th>
              <th scope="col">报告</th>
            </tr>
          </thead>
          <tbody>
            {rollup.lines.map((l) => (
              <tr>
                <th scope="row">{l.name}</th>
                <td>{ROLLUP_GROUP_LABELS[l.group]}</td>
                <td>
                  {ROLLUP_FIGURES_LABELS[l.figures]}
                  {l.publishedOn === null ? '' : `（${l.publishedOn}发布）`}
                  {l.figures === 'imported' ? <span class="badge badge-warning">导入</span> : null}
                </td>
                <td>
                  {l.group === 'own' ? (
                    '本报告'
                  ) : (
                    <>
                      <span class={STANDING_BADGES[l.standingNow]}>
                        {MEMBER_STANDING_LABELS[l.standingNow]}
                      </span>
                      {l.publishedOnNow === null ? '' : ` ${l.publishedOnNow}`}
                    </>
                  )}
                </td>
                <td>
                  {l.group === 'own' || (l.reportHref === null && l.itemHref === null) ? '—' : null}
                  {l.group === 'own' || l.reportHref === null ? null : <a href={l.reportHref}>公开页面</a>}
                  {l.group !== 'own' && l.reportHref !== null && l.itemHref !== null ? ' · ' : null}
                  {l.group === 'own' || l.itemHref === null ? null : <a href={l.itemHref}>报告事项</a>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reasons.length === 0 ? null : (
        <>
          <h3>签发时记录的理由</h3>
          <ul>
            {reasons.map((a) => (
              <li>
                {a.message}。理由：{a.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
