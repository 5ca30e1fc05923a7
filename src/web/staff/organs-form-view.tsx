/**
 * 新增机构 / 编辑机构 (with 调整上级机构 and the list of 下级机构), and the read-only page for
 * people who may see an organ but not change it. Forms work without JavaScript.
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  ORGAN_FIELD_LABELS,
  ORGAN_FIELD_NAMES,
  ORGAN_LEVEL_LABELS,
  ORGAN_TYPE_LABELS,
  type Organ,
} from '../../domain/organs/organ.ts';
import { displayFieldValue } from '../../domain/organs/display.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import {
  OrganFieldsets,
  ORGAN_FORM_LABELS,
  SelectField,
  type OrganFormValues,
  type SelectOption,
} from './organs-fields.tsx';
import type { FieldErrors } from '../../app/failures.ts';
import { ErrorSummary, Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const CRUMBS = [{ href: '/staff/organs', label: '机构管理' }];

/** Parent choices, indented by depth (the tree reads in the list). */
export type ParentChoice = { id: number; name: string; depth: number };

const parentOptions = (choices: readonly ParentChoice[]): SelectOption[] =>
  choices.map((c) => ({
    value: String(c.id),
    label: `${'　'.repeat(c.depth)}${c.depth > 0 ? '└ ' : ''}${c.name}`,
  }));

type Frame = { actor: Actor; csrfToken: string };

/** The 新增机构 page: the values as typed, errors, the parents the person may choose. */
export type NewOrganViewProps = Frame & {
  values: OrganFormValues;
  errors: FieldErrors;
  parents: readonly ParentChoice[];
};

/** 新增机构. */
export function NewOrganView(props: NewOrganViewProps) {
  const picker = (
    <SelectField
      name="parentId"
      label="上级机构"
      value={props.values.parentId}
      options={parentOptions(props.parents)}
      error={props.errors.parentId}
      isRequired
      placeholder="请选择"
      hint="只列出您有权管理的机构"
    />
  );
  return (
    <StaffLayout
      title="新增机构"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="organs"
      breadcrumbs={CRUMBS}
    >
      <PageHeader
        title="新增机构"
        lead="在您管理的机构之下新增政府部门、乡镇（街道）或其他机构。带 * 的为必填项。"
      />
      <ErrorSummary errors={props.errors} labels={ORGAN_FORM_LABELS} />
      <form method="post" action="/staff/organs/new" class="panel" novalidate>
        <CsrfField token={props.csrfToken} />
        <OrganFieldsets values={props.values} errors={props.errors} parentPicker={picker} />
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            保存
          </button>
          <a class="button" href="/staff/organs">
            取消
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}

/** The 编辑机构 page. */
export type EditOrganViewProps = Frame & {
  organ: Organ;
  path: readonly Organ[];
  subOrgans: readonly Organ[];
  values: OrganFormValues;
  errors: FieldErrors;
  moveErrors: FieldErrors;
  /** Organs it may move under (empty for the root or when there is nowhere to go). */
  moveTargets: readonly ParentChoice[];
  formError: string | null;
  notice: string | null;
};

/** 编辑机构. */
export function EditOrganView(props: EditOrganViewProps) {
  const { organ } = props;
  const title = `编辑机构：${organ.name}`;
  return (
    <StaffLayout
      title={title}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="organs"
      breadcrumbs={CRUMBS}
    >
      <PageHeader title={title} lead={pathText(props.path)}>
        <a class="button" href={`/staff/organs/new?parent=${organ.id}`}>
          新增下级机构
        </a>
      </PageHeader>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.formError ? (
        <Notice kind="error" title="未保存">
          {props.formError}
        </Notice>
      ) : null}
      <ErrorSummary errors={props.errors} labels={ORGAN_FORM_LABELS} />
      <form method="post" action={`/staff/organs/${organ.id}`} class="panel" novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={String(organ.version)} />
        <OrganFieldsets values={props.values} errors={props.errors} />
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            保存修改
          </button>
          <a class="button" href="/staff/organs">
            返回列表
          </a>
          <span class="muted form-meta">最后修改：{beijingMinute(organ.updatedAt)}</span>
        </div>
      </form>
      <MovePanel {...props} />
      <ChildrenPanel organ={organ} subOrgans={props.subOrgans} />
    </StaffLayout>
  );
}

function MovePanel(props: EditOrganViewProps) {
  const { organ } = props;
  const parent = props.path.length > 1 ? props.path[props.path.length - 2]! : null;
  if (!parent) {
    return (
      <section class="panel" aria-labelledby="move-title">
        <h2 id="move-title">上级机构</h2>
        <p class="muted">这是根机构（本平台所属的人民政府），没有上级机构。</p>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="move-title">
      <h2 id="move-title">调整上级机构</h2>
      <p>
        现在的上级机构：<strong>{parent.name}</strong>。移动时，其下级机构随之移动。
      </p>
      <ErrorSummary errors={props.moveErrors} labels={ORGAN_FORM_LABELS} />
      {props.moveTargets.length === 0 ? (
        <p class="muted">在您管理的范围内，没有可以移入的其他机构。</p>
      ) : (
        <form method="post" action={`/staff/organs/${organ.id}/move`} class="inline-fields" novalidate>
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="version" value={String(organ.version)} />
          <SelectField
            name="parentId"
            label="新的上级机构"
            value=""
            options={parentOptions(props.moveTargets)}
            error={props.moveErrors.parentId}
            placeholder="请选择"
            isRequired
          />
          <button type="submit" class="button">
            移动
          </button>
        </form>
      )}
    </section>
  );
}

function ChildrenPanel(props: { organ: Organ; subOrgans: readonly Organ[] }) {
  return (
    <section class="panel" aria-labelledby="children-title">
      <h2 id="children-title">下级机构</h2>
      {props.subOrgans.length === 0 ? (
        <p class="muted">暂无下级机构。</p>
      ) : (
        <ul class="organ-children">
          {props.subOrgans.map((c) => (
            <li>
              <a href={`/staff/organs/${c.id}`}>{c.name}</a>{' '}
              <span class="muted">{ORGAN_TYPE_LABELS[c.type]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function pathText(path: readonly Organ[]): string {
  return path.length > 1 ? `位置：${path.map((o) => o.name).join(' › ')}` : '根机构';
}

/** The read-only organ page. */
export type OrganDetailsViewProps = Frame & {
  organ: Organ;
  path: readonly Organ[];
  subOrgans: readonly Organ[];
};

/** The read-only page (公开专员, 审核人, 领导, 上级监督 see their organs but do not change them). */
export function OrganDetailsView(props: OrganDetailsViewProps) {
  const { organ } = props;
  return (
    <StaffLayout
      title={organ.name}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="organs"
      breadcrumbs={CRUMBS}
    >
      <PageHeader title={organ.name} lead={pathText(props.path)} />
      <Notice kind="info">您可以查看本机构信息；如需修改，请联系本机构或上级机构的管理员。</Notice>
      <section class="panel" aria-labelledby="details-title">
        <h2 id="details-title">机构信息</h2>
        <dl class="organ-facts">
          {ORGAN_FIELD_NAMES.filter((k) => k !== 'sortOrder').map((key) => (
            <div>
              <dt>{ORGAN_FIELD_LABELS[key]}</dt>
              <dd>{displayFieldValue(key, organ[key]) || <span class="muted">未填写</span>}</dd>
            </div>
          ))}
          <div>
            <dt>上级机构</dt>
            <dd>
              {props.path.length > 1 ? (
                props.path[props.path.length - 2]!.name
              ) : (
                <span class="muted">无（根机构）</span>
              )}
            </dd>
          </div>
          <div>
            <dt>最后修改</dt>
            <dd>{beijingMinute(organ.updatedAt)}</dd>
          </div>
        </dl>
      </section>
      <ChildrenPanel organ={organ} subOrgans={props.subOrgans} />
    </StaffLayout>
  );
}

/** The type and level of an organ as one short text. */
export function typeAndLevel(organ: Pick<Organ, 'type' | 'level'>): string {
  return `${ORGAN_TYPE_LABELS[organ.type]} · ${ORGAN_LEVEL_LABELS[organ.level]}`;
}
