/**
 * The files of a case on its page: what the applicant or the counter supplied (身份证明, scanned
 * applications …) and the released files (公开的政府信息) delivered with the reply — the latter are
 * what an applicant who chose 网上获取 downloads on /track.
 */
import { fileSizeText } from '../../domain/byte-size.ts';
import type { CaseView } from '../../app/cases/view-case.ts';
import type { AttachmentMeta } from '../../db/queries/case-records.ts';

function FileList(props: { caseId: number; files: AttachmentMeta[] }) {
  return (
    <ul class="letter-list">
      {props.files.map((f) => (
        <li>
          <a href={`/staff/cases/${props.caseId}/attachments/${f.id}`}>{f.fileName}</a>（
          {fileSizeText(f.size)}）
        </li>
      ))}
    </ul>
  );
}

/** The case's files, in two groups; nothing when there are none. */
export function CaseFiles(props: { view: CaseView }) {
  const { attachments, row } = props.view;
  if (attachments.length === 0) {
    return null;
  }
  const supplied = attachments.filter((a) => !a.isReleased);
  const released = attachments.filter((a) => a.isReleased);
  return (
    <section aria-labelledby="files-title" class="case-section">
      <h2 id="files-title">附件</h2>
      {supplied.length > 0 ? (
        <>
          <h3>申请材料</h3>
          <FileList caseId={row.id} files={supplied} />
        </>
      ) : null}
      {released.length > 0 ? (
        <>
          <h3>公开的政府信息（随答复书送达）</h3>
          <FileList caseId={row.id} files={released} />
        </>
      ) : null}
    </section>
  );
}
