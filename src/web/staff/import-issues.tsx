/**
 * The issue table of an import preview (the case ledger, 主动公开 items): every error or remark with
 * its row, column and reason, the first SHOWN_ISSUES on the page and all of them as CSV; the counts
 * above it.
 */
import { toCsv } from '../../app/organs/csv.ts';

/** An issue as the table shows it. */
export type ImportIssue = { line: number; column: string | null; message: string };

/** Errors listed on the page; the rest are in the CSV download. */
export const SHOWN_ISSUES = 1000;

/** The counts of a preview: rows without errors, rows with errors, remarks. */
export function ImportCounts(props: { valid: number; invalid: number; remarks: number }) {
  return (
    <ul class="import-counts" aria-label="预览结果">
      <li class={`import-count count-create${props.valid > 0 ? ' is-nonzero' : ''}`}>
        <span class="count-number">{props.valid}</span> 行无误
      </li>
      <li class={`import-count count-invalid${props.invalid > 0 ? ' is-nonzero' : ''}`}>
        <span class="count-number">{props.invalid}</span> 行有错误
      </li>
      <li class="import-count count-unchanged">
        <span class="count-number">{props.remarks}</span> 处提示
      </li>
    </ul>
  );
}

/**
 * The CSV behind the tables' link: every error and remark (类型, 行号, 列, 说明), UTF-8.
 * @example importIssuesCsv([{ line: 3, column: '标题', message: '不能为空' }], [])
 */
export function importIssuesCsv(
  errors: readonly ImportIssue[],
  remarks: readonly ImportIssue[],
): Uint8Array<ArrayBuffer> {
  const rows = [
    ['类型', '行号', '列', '说明'],
    ...errors.map((e) => ['错误', String(e.line), e.column ?? '', e.message]),
    ...remarks.map((n) => ['提示', String(n.line), n.column ?? '', n.message]),
  ];
  return new TextEncoder().encode(toCsv(rows));
}

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
