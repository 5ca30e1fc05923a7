/**
 * The draft 答复书 on the case page at 审核 and 签发: the letter as it will be issued, inline (the
 * letter stylesheet on an A4 sheet) with links to its print page and its DOCX, so that 审核人 and
 * 领导 approve and sign what the applicant will read.
 */
import { raw } from 'hono/html';
import type { CaseView } from '../../app/cases/view-case.ts';
import { renderLetterHtml } from '../../render/letters/letter-html.ts';

/** Where the draft of a case is served (print page; add `.docx` for Word). */
export const draftReplyPath = (caseId: number) => `/staff/cases/${caseId}/draft-reply`;

/** The draft letter section, or nothing when the case is not at 审核 or 签发. */
export function DraftLetter(props: { view: CaseView }) {
  const draft = props.view.draftLetter;
  if (!draft) {
    return null;
  }
  const path = draftReplyPath(props.view.row.id);
  return (
    <section aria-labelledby="draft-letter-title" class="case-section">
      <h2 id="draft-letter-title">答复书（草稿）</h2>
      {draft.ok ? (
        <>
          <p class="field-hint">
            以下是按拟办答复生成的答复书，签发后以签发日期正式出具。请核对后再审核或签发。
          </p>
          <p class="draft-letter-links">
            <a href={path}>打开打印页</a> · <a href={`${path}.docx`}>下载答复书草稿（DOCX）</a>
          </p>
          <link rel="stylesheet" href="/static/letter.css" />
          <div class="draft-letter" role="region" aria-label="答复书草稿预览">
            {raw(renderLetterHtml(draft.letter))}
          </div>
        </>
      ) : (
        <p class="field-error" role="alert">
          {draft.message}
        </p>
      )}
    </section>
  );
}
