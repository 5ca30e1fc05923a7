/**
 * The issue table of an import preview (the case ledger, 主动公开 items): every error or remark with
 * its row, column and reason, the first SHOWN_ISSUES on the page and all of them as CSV.
 */

/** An issue as the table shows it. */
export type ImportIssue = { line: number; column: string | null; message: string };

/** Errors listed on the page; the rest are in the CSV download. */
export const SHOWN_ISSUES = 1000;

/** The errors or remarks of an import preview: row, column, reason; the full list as CSV at `csvHref`. */
export function ImportIssues(props: {
  title: string;
  issues: readonly ImportIssue[];
  csvHref: string;
  isError: boolean;
}) {
  const shown = props.issues.slice(0, SHOWN_ISSUES);
  return (
    <section class="panel" aria-labelledby={`${props.isError ? 'errors' : 'notes'}-title`}>
      <h2 id={`${props.isError ? 'errors' : 'notes'}-title`}>
        {props.title}（{props.issues.length} 处）
      </h2>
      {props.issues.length > shown.length ? (
        <p>
          下表列出前 {SHOWN_ISSUES} 处，
          <a href={props.csvHref}>下载全部清单（CSV）</a>。
        </p>
      ) : props.isError ? (
        <p>
          <a href={props.csvHref}>下载错误清单（CSV）</a>
          ，按清单修改文件后重新上传。
        </p>
      ) : null}
      <div class="table-wrap">
        <table class="data-table import-table">
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">行号</th>
              <th scope="col">列</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue) => (
              <tr class={props.isError ? 'row-invalid' : undefined}>
                <td class="cell-number">{issue.line}</td>
                <td>{issue.column ?? '—'}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
