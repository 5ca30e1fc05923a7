/**
 * The drafted prose of a 年度报告 item on the item page (decision 039): which parts the staff edited,
 * the sentences whose figures no longer match the records (the figure in words, drafted → now), the
 * link to the text editor, and 「按最新记录重新起草」 — which says, and asks to confirm, that it
 * replaces the edited text.
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { ItemView } from '../../app/publishing/view-item.ts';
import { editedParts, partNumbers } from '../../domain/annual-report/report-prose.ts';
import { PARTS } from '../../domain/report/layout.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';

const headingOf = (key: string) => PARTS.find((p) => p.key === key)?.heading ?? key;

/** The stale sentences, or what the page says instead. */
function StaleList(props: { staleness: NonNullable<NonNullable<ItemView['prose']>['staleness']> | null }) {
  const s = props.staleness;
  if (s === null) {
    return <p>报告已发出，不再与记录核对；更正请发布修订版本。</p>;
  }
  if (!s.ok) {
    return <p class="finding-warning">{s.message}</p>;
  }
  if (s.stale.length === 0) {
    return <p class="findings-none">起草文字中的数字与平台最新记录一致。</p>;
  }
  return (
    <>
      <p class="finding-warning">
        平台记录已有变化：以下{s.stale.length}
        句起草文字中的数字与最新记录不一致，请核对正文或按最新记录重新起草。
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="与最新记录不一致的句子">
        <table class="data-table stale-sentences">
          <thead>
            <tr>
              <th scope="col">部分</th>
              <th scope="col">起草的句子</th>
              <th scope="col">变化的数字（起草时 → 现在）</th>
            </tr>
          </thead>
          <tbody>
            {s.stale.map((line) => (
              <tr>
                <td>
                  {headingOf(line.part)}
                  {line.edited ? '（本部分已人工修改，请核对修改后的文字）' : ''}
                </td>
                <td>{line.text}</td>
                <td>
                  <ul class="plain-list">
                    {line.changed.map((c) => (
                      <li>
                        {c.label}：{c.drafted} → {c.now === null ? '现已无此数' : c.now}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The section (nothing for a report not drafted from records or summed over organs). */
export function ProseSection(props: { view: ItemView; csrfToken: string; errors: FieldErrors }) {
  const { view, errors } = props;
  const report = view.report;
  if (report === null || (report.source !== 'records' && report.source !== 'rollup')) {
    return null;
  }
  const mayEdit = view.actions.some((a) => a.action === 'edit' && a.blockedBy === null);
  const edited = view.prose === null ? [] : editedParts(view.prose.stored);
  const id = view.row.id;
  return (
    <section aria-labelledby="prose" class="item-section">
      <h2 id="prose">年度报告正文</h2>
      {view.prose === null ? (
        <p>
          本报告起草于平台保存起草文字之前，无法列出与最新记录不一致的句子，也不能在此修改正文；按最新记录重新起草后即可。
        </p>
      ) : (
        <>
          <p>
            {edited.length === 0
              ? '各部分均为平台按记录起草的文字。'
              : `第${partNumbers(edited)}部分的文字已人工修改；其余部分为平台按记录起草的文字。`}
            表格中的数字来自平台记录，不能手工修改。
          </p>
          <StaleList staleness={view.prose.staleness} />
          {mayEdit ? (
            <p>
              <a class="button" href={`/staff/items/${id}/prose`}>
                修改正文文字
              </a>
            </p>
          ) : null}
        </>
      )}
      {mayEdit ? (
        <form method="post" action={`/staff/items/${id}/redraft`} class="redraft-form">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="version" value={String(view.row.version)} />
          <p class="field-hint">
            按最新记录重新起草表格和一至六部分的文字
            {report.source === 'rollup' ? '（汇总原先所选的单位）' : ''}
            {edited.length === 0
              ? '。'
              : `，第${partNumbers(edited)}部分人工修改的文字将被新起草的文字替换。`}
          </p>
          {edited.length === 0 ? null : (
            <div class={errors.replaceEdited ? 'field field-inline has-error' : 'field field-inline'}>
              {errors.replaceEdited ? (
                <p class="field-error" id="field-replaceEdited-error">
                  {errors.replaceEdited}
                </p>
              ) : null}
              <input
                type="checkbox"
                id="field-replaceEdited"
                name="replaceEdited"
                value="yes"
                aria-describedby={errors.replaceEdited ? 'field-replaceEdited-error' : undefined}
              />
              <label for="field-replaceEdited">以新起草的文字替换已修改的文字</label>
            </div>
          )}
          <button type="submit" class="button">
            按最新记录重新起草
          </button>
        </form>
      ) : null}
    </section>
  );
}
