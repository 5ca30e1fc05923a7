/**
 * The page to edit the text of a drafted annual report's six parts (decision 039): one plain
 * textarea a part (paragraphs are lines; no formatting), each marked as drafted or edited. The
 * tables' figures are not edited here: they come from the records, and the entered figures of
 * table 二 from the 表二数据填报 form.
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { MAX_PART_CHARS, partField } from '../../domain/annual-report/prose-edits.ts';
import { PARTS, type PartKey } from '../../domain/report/layout.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** Labels of the page's fields for the error summary. */
export const PROSE_FIELD_LABELS: Record<string, string> = Object.fromEntries(
  PARTS.map((p) => [partField(p.key), p.heading]),
);

export type ProsePageProps = {
  actor: Actor;
  csrfToken: string;
  item: { id: number; title: string; organId: number; organName: string; version: number };
  year: number;
  /** Each part's text as shown (stored, or as posted after a refusal) and whether it was edited. */
  parts: { key: PartKey; heading: string; text: string; edited: boolean }[];
  /** Where the table 二 form of the organ's year is. */
  figuresHref: string;
  errors: FieldErrors;
};

/** The page. */
export function ItemProseView(props: ProsePageProps) {
  const { item, errors } = props;
  return (
    <StaffLayout
      title={`修改年度报告正文：${item.title}`}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={[
        { href: `/staff/items?organ=${item.organId}`, label: '主动公开' },
        { href: `/staff/items/${item.id}`, label: item.title },
      ]}
    >
      <PageHeader
        title="修改年度报告正文"
        lead={`${item.organName} · ${props.year}年度 · 每部分一个文本框，每段一行，不使用格式。`}
      />
      <ErrorSummary errors={errors} labels={PROSE_FIELD_LABELS} />
      <p class="field-hint">
        {
          '此处只修改一至六部分的文字。表格中的数字不能在此修改：数字来自平台记录（已发布信息、依申请公开办件、收费记录），更正请修改相应记录后在信息页“按最新记录重新起草”；表二中行政许可、行政处罚、行政强制和行政事业性收费的数字请在'
        }
        <a href={props.figuresHref}>表二数据填报</a>
        {'中更正。保存后重新检查报告（正文数字与表格是否一致等），并重新生成 Word 文件。'}
      </p>
      <form method="post" action={`/staff/items/${item.id}/prose`} class="item-editor prose-editor">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={String(item.version)} />
        {props.parts.map((p) => {
          const field = partField(p.key);
          const id = `field-${field}`;
          const error = errors[field];
          return (
            <div class={error ? 'field has-error' : 'field'}>
              <label for={id}>{p.heading}</label>
              <p class="field-hint" id={`${id}-hint`}>
                {p.edited
                  ? '已人工修改。'
                  : p.text === ''
                    ? '平台不起草本部分，请按实际情况填写。'
                    : '平台起草的文字。'}
                {`不超过 ${MAX_PART_CHARS} 字；不能包含网页标记。`}
              </p>
              {error ? (
                <p class="field-error" id={`${id}-error`}>
                  <span class="visually-hidden">错误：</span>
                  {error}
                </p>
              ) : null}
              <textarea
                id={id}
                name={field}
                rows={p.key === 'overview' || p.key === 'problems' ? 10 : 6}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              >
                {p.text}
              </textarea>
            </div>
          );
        })}
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            保存正文
          </button>
          <a class="button" href={`/staff/items/${item.id}`}>
            返回，不保存
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
