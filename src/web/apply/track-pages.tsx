/**
 * 办理进度查询: the form (案件编号 + 查询码, posted so the code never appears in a URL) and the
 * answer — organ, number, dates, public status, where the reply period stands and the letters
 * sent to the applicant and, after delivery 网上获取, the download links. No personal data is shown.
 */
import { fileSizeText } from '../../domain/byte-size.ts';
import type { TrackedCase } from '../../app/cases/track-case.ts';
import { formatChineseDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { DOWNLOAD_LINK_MINUTES } from '../../app/cases/download-links.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { downloadPath } from './track-downloads.tsx';

export type TrackFormProps = {
  action: string;
  csrfToken: string;
  caseNumber: string;
  /** The one message after a failed lookup (never says which field was wrong). */
  error?: string | undefined;
};

/** The lookup form. */
export function TrackForm(props: TrackFormProps) {
  const describedBy = props.error ? 'track-error' : undefined;
  return (
    <div class="ap-track">
      <h1>依申请公开办理进度查询</h1>
      <p class="pt-lead">
        请输入申请回执上的案件编号和查询码。查询结果只显示办理状态和日期，不显示申请人的个人信息。
      </p>
      {props.error ? (
        <div class="error-summary" role="alert" id="track-error" tabindex={-1}>
          <h2>未能查询</h2>
          <p>{props.error}</p>
        </div>
      ) : null}
      <form method="post" action={props.action} class="ap-track-form" novalidate>
        <CsrfField token={props.csrfToken} />
        <div class="field">
          <label for="field-caseNumber">案件编号</label>
          <p class="field-hint" id="field-caseNumber-hint">
            如：博政公开〔2026〕0001号
          </p>
          <input
            type="text"
            id="field-caseNumber"
            name="caseNumber"
            value={props.caseNumber}
            maxlength={60}
            autocomplete="off"
            aria-required="true"
            aria-describedby={['field-caseNumber-hint', describedBy].filter(Boolean).join(' ')}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </div>
        <div class="field">
          <label for="field-queryCode">查询码</label>
          <p class="field-hint" id="field-queryCode-hint">
            12 位字母和数字，如 ABCD-2345-EFGH；不区分大小写，短横线可省略。
          </p>
          <input
            type="text"
            id="field-queryCode"
            name="queryCode"
            value=""
            maxlength={30}
            autocomplete="off"
            spellcheck={false}
            class="input-code"
            aria-required="true"
            aria-describedby={['field-queryCode-hint', describedBy].filter(Boolean).join(' ')}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="pt-button">
            查询
          </button>
        </div>
      </form>
      <p class="pt-note">遗失查询码的，请凭身份证明联系受理机关的政府信息公开工作机构查询。</p>
    </div>
  );
}

function DeadlineText(props: { case: TrackedCase; dayText: (date: LocalDate) => string }) {
  const { deadline } = props.case;
  switch (deadline.kind) {
    case 'running':
      return (
        <>
          {props.dayText(deadline.dueOn)}前
          {deadline.isProvisional ? (
            <span class="pt-basis">（暂定：该年度放假安排尚未公布，调休和补假尚未确定）</span>
          ) : null}
        </>
      );
    case 'awaitingCorrection':
      return (
        <>
          补正中：答复期限自收到补正后的申请之日起重新计算<span class="pt-basis">（条例第三十条）</span>
        </>
      );
    case 'paused':
      return (
        <>
          {deadline.reason}
          <span class="pt-basis">（所需时间不计算在答复期限内，条例第三十三条第三款）</span>
        </>
      );
    case 'closed':
      return <>已办结</>;
    default: {
      const unexpected: never = deadline;
      return unexpected;
    }
  }
}

/** After delivery 网上获取: the 答复书 and the released files, behind links that expire. */
function Downloads(props: { case: TrackedCase }) {
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">网上获取：答复书和公开的政府信息</h2>
      <ul class="pt-doc-list ap-downloads">
        {props.case.downloads.map((d) => (
          <li>
            <a href={downloadPath(d.token)} class="pt-doc-title">
              {d.title}
            </a>
            {d.size === null ? null : <span class="pt-report-meta">{fileSizeText(d.size)}</span>}
          </li>
        ))}
      </ul>
      <p class="pt-note">
        下载链接在本次查询后 {DOWNLOAD_LINK_MINUTES} 分钟内有效，过期后请重新查询。每次下载均记录在案。
      </p>
    </section>
  );
}

/** The answer for one case. */
export function TrackResult(props: {
  case: TrackedCase;
  againHref: string;
  /** A date with its weekday and working-day context (调休上班) on the platform's calendar. */
  dayText: (date: LocalDate) => string;
}) {
  const c = props.case;
  return (
    <div class="ap-track">
      <h1>办理进度</h1>
      <dl class="ap-receipt-facts">
        <div>
          <dt>受理机关</dt>
          <dd>{c.organName}</dd>
        </div>
        <div>
          <dt>案件编号</dt>
          <dd class="ap-case-number">{c.caseNumber}</dd>
        </div>
        <div>
          <dt>收到申请日期</dt>
          <dd>{formatChineseDate(c.receivedOn)}</dd>
        </div>
        <div>
          <dt>办理状态</dt>
          <dd>
            <strong class="ap-status" id="case-status">
              {c.statusLabel}
            </strong>
          </dd>
        </div>
        {c.closedOn === null ? (
          <div>
            <dt>答复期限</dt>
            <dd id="case-deadline">
              <DeadlineText case={c} dayText={props.dayText} />
            </dd>
          </div>
        ) : (
          <div>
            <dt>办结日期</dt>
            <dd>{formatChineseDate(c.closedOn)}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">已向您发出的文书</h2>
        {c.letters.length === 0 ? (
          <p class="pt-empty">暂无。</p>
        ) : (
          <ul class="pt-doc-list ap-letters">
            {c.letters.map((letter) => (
              <li>
                <span class="pt-doc-title">{letter.title}</span>
                <span class="pt-report-meta">{formatChineseDate(letter.issuedOn, false)}</span>
              </li>
            ))}
          </ul>
        )}
        <p class="pt-note">文书正文按您选择的获取方式送达。</p>
      </section>
      {c.downloads.length > 0 ? <Downloads case={c} /> : null}
      <p class="pt-back">
        <a href={props.againHref}>查询其他申请</a>
      </p>
    </div>
  );
}
