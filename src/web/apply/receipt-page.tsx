/**
 * 回执: shown in the response to the form's POST (never behind a URL: the query code must not end
 * up in history, logs or a Referer). Case number, the query code once, the receipt date with the
 * 第三十一条 rule used, the 20-working-day reply period with its date, and what happens next.
 * Printable (the print stylesheet drops the site furniture).
 */
import type { ApplicationReceipt } from '../../app/cases/submit-application.ts';
import { formatChineseDate, type LocalDate } from '../../domain/calendar/local-date.ts';

/** The receipt's body (inside the portal frame). */
export function ApplicationReceiptView(props: {
  receipt: ApplicationReceipt;
  /** A date with its weekday and working-day context (调休上班) on the platform's calendar. */
  dayText: (date: LocalDate) => string;
  trackHref: string;
  formHref: string;
}) {
  const { receipt: r } = props;
  return (
    <div class="ap-receipt">
      <h1>政府信息公开申请回执</h1>
      <div class="notice notice-success" role="status">
        <p class="notice-title">
          {r.isRepeat ? '该申请表此前已提交成功，以下是同一份回执（没有重复登记）。' : '您的申请已提交成功。'}
        </p>
        <p>{r.organName}已收到您的政府信息公开申请。请打印或保存本页。</p>
      </div>
      <dl class="ap-receipt-facts">
        <div>
          <dt>受理机关</dt>
          <dd>{r.organName}</dd>
        </div>
        <div>
          <dt>案件编号</dt>
          <dd class="ap-case-number" id="case-number">
            {r.caseNumber}
          </dd>
        </div>
        <div>
          <dt>查询码</dt>
          <dd>
            {r.queryCode === null ? (
              <span>已在首次提交后的回执中显示</span>
            ) : (
              <code class="ap-query-code" id="query-code">
                {r.queryCode}
              </code>
            )}
          </dd>
        </div>
        <div>
          <dt>申请方式</dt>
          <dd>{r.channelLabel}</dd>
        </div>
        <div>
          <dt>收到申请日期</dt>
          <dd>
            {formatChineseDate(r.receivedOn)}
            <span class="pt-basis">
              （{r.receiptBasis}：{r.receiptRule}；本平台即时出具的回执即为双方确认）
            </span>
          </dd>
        </div>
        <div>
          <dt>答复期限</dt>
          <dd>
            {r.dueOn === null ? (
              `自收到申请之日起 ${r.replyDays} 个工作日内`
            ) : (
              <>
                自收到申请之日起 {r.replyDays} 个工作日内，即<strong>{props.dayText(r.dueOn)}</strong>
                前答复
              </>
            )}
            <span class="pt-basis">（{r.replyBasis}）</span>
            {r.dueProvisional ? (
              <p class="ap-provisional">
                该日期所在年度的放假安排尚未公布，已计入法定节假日，调休和补假尚未确定，为暂定日期；放假安排公布后以实际工作日为准。
              </p>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>所需信息</dt>
          <dd>{r.itemCount} 项</dd>
        </div>
        <div>
          <dt>附件</dt>
          <dd>{r.attachmentCount === 0 ? '无' : `${r.attachmentCount} 个`}</dd>
        </div>
      </dl>
      {r.queryCode === null ? null : (
        <div class="notice notice-warning ap-code-advice" role="note">
          <p class="notice-title">请记下查询码</p>
          <p>
            查询码只在本页显示这一次，平台不保存查询码原文，遗失后无法找回。请抄写、打印或截图保存，不要告诉他人。凭案件编号和查询码可以随时查询办理进度。
          </p>
        </div>
      )}
      <section class="ap-next" aria-labelledby="next-heading">
        <h2 id="next-heading">接下来</h2>
        <ol class="ap-steps">
          <li>
            申请内容不明确的，本机关自收到申请之日起 7
            个工作日内一次性告知您补正；答复期限自收到补正后的申请之日起重新计算（条例第三十条）。
          </li>
          <li>
            需要征求第三方或者其他机关意见的，所需时间不计算在答复期限内（条例第三十二条、第三十三条第三款、第三十四条）。
          </li>
          <li>
            需要延长答复期限的，经政府信息公开工作机构负责人同意并告知您，延长的期限最长不超过 20
            个工作日（条例第三十三条第二款）。
          </li>
          <li>答复书按您选择的获取方式送达；办理中发出的告知书和答复书的名称、日期可以在进度查询中看到。</li>
        </ol>
      </section>
      <p class="ap-actions ap-noprint">
        <a class="pt-button" href={props.trackHref}>
          查询办理进度
        </a>
        <a class="button" href={props.formHref}>
          再提交一份申请
        </a>
      </p>
      <p class="ap-print-hint ap-noprint">打印本回执：请使用浏览器的“打印”功能（电脑上按 Ctrl+P）。</p>
    </div>
  );
}
