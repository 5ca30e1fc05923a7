/**
 * The 年报体检 form: upload a file (txt/html/docx/pdf) or paste text — two small forms, each with
 * its own button, so there is never a doubt which input is checked. Works without JavaScript;
 * a refusal is shown above the forms as one Chinese message (role="alert").
 */
import { megabytesText } from '../../domain/byte-size.ts';
import { CHECK_RETENTION_DAYS } from '../../app/report-checks/check-report.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';

export type CheckFormProps = {
  /** Where the forms post (public or staff). */
  action: string;
  csrfToken: string;
  maxBytes: number;
  /** The refusal to show, if the last submission was refused. */
  error?: string | undefined;
  /** The pasted text to put back after a refusal. */
  pasted?: string | undefined;
};

/** The body of the form page (inside the portal or the staff frame). */
export function CheckForm(props: CheckFormProps) {
  return (
    <div class="rc-form-page">
      <div class="rc-head">
        <h1>年报体检</h1>
        <p class="pt-lead">
          上传或粘贴一份政府信息公开工作年度报告，平台按国办公开办函〔2021〕30号等统一格式读取统计表，检查表格勾稽关系、报告格式与年度、正文与表格数字是否一致以及异常插入的文字，并在原表中逐项标出问题。
        </p>
      </div>
      {props.error === undefined ? null : (
        <div class="rc-error" role="alert" id="check-error">
          <p class="rc-error-title">无法检查这份材料</p>
          <p>{props.error}</p>
        </div>
      )}
      <div class="rc-forms">
        <form
          class="rc-card"
          method="post"
          action={props.action}
          enctype="multipart/form-data"
          aria-labelledby="upload-heading"
        >
          <CsrfField token={props.csrfToken} />
          <h2 id="upload-heading">方式一：上传文件</h2>
          <label for="report-file" class="rc-label">
            选择年度报告文件
          </label>
          <input
            id="report-file"
            name="file"
            type="file"
            required
            accept=".pdf,.docx,.html,.htm,.txt,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain"
            aria-describedby="file-hint"
          />
          <p id="file-hint" class="rc-hint">
            支持 PDF（含文字层）、Word（.docx）、网页（.html）和纯文本（.txt），不超过{' '}
            {megabytesText(props.maxBytes)}。文件类型按内容识别，与扩展名无关。
          </p>
          <button type="submit" class="pt-button">
            上传并检查
          </button>
        </form>
        <form
          class="rc-card"
          method="post"
          action={props.action}
          enctype="multipart/form-data"
          aria-labelledby="paste-heading"
        >
          <CsrfField token={props.csrfToken} />
          <h2 id="paste-heading">方式二：粘贴文字</h2>
          <label for="report-text" class="rc-label">
            粘贴年度报告全文
          </label>
          <textarea id="report-text" name="text" rows={9} required aria-describedby="paste-hint">
            {props.pasted ?? ''}
          </textarea>
          <p id="paste-hint" class="rc-hint">
            从网页或文档中复制报告全文（包括标题和统计表）后粘贴到这里。
          </p>
          <button type="submit" class="pt-button">
            检查粘贴的文字
          </button>
        </form>
      </div>
      <section class="rc-about" aria-labelledby="about-heading">
        <h2 id="about-heading">说明</h2>
        <ul>
          <li>
            检查结果保存 {CHECK_RETENTION_DAYS}{' '}
            天，凭结果页面的链接查看和下载，到期自动删除；平台不记录提交人的任何信息。
          </li>
          <li>请勿上传含有个人信息或涉密内容的材料。</li>
          <li>扫描件（图片 PDF）没有文字层，无法读取，请先进行文字识别或提供 Word、网页版本。</li>
        </ul>
      </section>
    </div>
  );
}
