/**
 * One audit record on the audit-log page: its sentence, then the changed fields with labels
 * (before struck through → after). Longer change lists fold into a <details> (no JavaScript).
 */
import { describeAudit, type AuditEntry, type FieldChange } from '../../domain/audit/describe-audit.ts';

/** Longer change lists fold into a <details>. */
const FOLD_AFTER = 4;

function ChangeList(props: { changes: readonly FieldChange[] }) {
  return (
    <dl class="audit-diff">
      {props.changes.map((ch) => (
        <div>
          <dt>{ch.label}</dt>
          <dd>
            {ch.before !== null ? (
              <del>
                <span class="visually-hidden">原值：</span>
                {ch.before}
              </del>
            ) : null}
            {ch.before !== null && ch.after !== null ? (
              <span class="diff-arrow" aria-hidden="true">
                →
              </span>
            ) : null}
            {ch.after !== null ? (
              <ins>
                <span class="visually-hidden">新值：</span>
                {ch.after}
              </ins>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The sentence and the labelled changes of one record. */
export function AuditEntryText(props: { entry: AuditEntry }) {
  const { sentence, changes } = describeAudit(props.entry);
  return (
    <>
      <p class="audit-sentence">{sentence}</p>
      {changes.length === 0 ? null : changes.length <= FOLD_AFTER ? (
        <ChangeList changes={changes} />
      ) : (
        <details class="audit-details">
          <summary>
            {changes
              .map((ch) => ch.label)
              .slice(0, 3)
              .join('、')}{' '}
            等 {changes.length} 项
          </summary>
          <ChangeList changes={changes} />
        </details>
      )}
    </>
  );
}
