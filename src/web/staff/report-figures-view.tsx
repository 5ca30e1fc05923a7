/**
 * 表二数据填报: the form of one organ and year for table 二's entered figures (行政许可 / 行政处罚 /
 * 行政强制 本年处理决定数量, 行政事业性收费 万元) and their source system, with who entered the
 * stored ones and when. A GET form picks the organ and year.
 */
import type { StoredEnteredFigures } from '../../app/annual-report/enter-figures.ts';
import type { FieldErrors } from '../../app/failures.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  ENTERED_FIGURE_LABELS,
  FEE_DECIMALS,
  type EnteredFigureField,
} from '../../domain/annual-report/entered-figures.ts';
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** The form's texts by field. */
export type FiguresFormValues = Partial<Record<EnteredFigureField, string>>;

/** What the page shows. */
export type ReportFiguresProps = {
  actor: Actor;
  csrfToken: string;
  organs: readonly Organ[];
  organ: Organ | null;
  year: number;
  stored: StoredEnteredFigures | null;
  values: FiguresFormValues;
  errors: FieldErrors;
  notice: { kind: 'success' | 'warning'; text: string } | null;
};

const HINTS = {
  licensing:
    '第二十条第（五）项：本年处理决定数量，不小于 0 的整数；未统计的留空（报告中该格为空，不写成 0）',
  penalties: '第二十条第（六）项：本年处理决定数量，不小于 0 的整数',
  coercion: '第二十条第（六）项：本年处理决定数量，不小于 0 的整数',
  feesWanYuan: `第二十条第（八）项：本年收费金额，单位万元，最多 ${FEE_DECIMALS} 位小数（精确到元）`,
  sourceSystem: '这些数据取自哪个系统，如「省一体化政务服务平台」「行政执法监督平台」；填写了任一数字时必填',
  note: '可留空',
} as const satisfies Record<EnteredFigureField, string>;

/** The stored figures as the form's texts. */
export function valuesOf(stored: StoredEnteredFigures | null): FiguresFormValues {
  const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    licensing: text(stored?.licensing),
    penalties: text(stored?.penalties),
    coercion: text(stored?.coercion),
    feesWanYuan: text(stored?.feesWanYuan),
    sourceSystem: stored?.sourceSystem ?? '',
    note: stored?.note ?? '',
  };
}

/** The messages without the field's name they start with (the summary puts the name in front). */
function summaryErrors(errors: FieldErrors): FieldErrors {
  const labels: Record<string, string> = ENTERED_FIGURE_LABELS;
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const label = labels[field];
      return [
        field,
        label !== undefined && message.startsWith(label) ? message.slice(label.length) : message,
      ];
    }),
  );
}

function Picker(props: ReportFiguresProps) {
  return (
    <form method="get" action="/staff/statistics/figures" class="filter-form">
      <div class="field">
        <label for="rf-organ">机关</label>
        <select id="rf-organ" name="organ">
          {props.organs.map((o) => (
            <option value={String(o.id)} selected={o.id === props.organ?.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="rf-year">报告年度</label>
        <input id="rf-year" name="year" inputmode="numeric" maxlength={4} value={String(props.year)} />
      </div>
      <button type="submit" class="button">
        打开
      </button>
    </form>
  );
}

function Provenance(props: { stored: StoredEnteredFigures | null }) {
  const s = props.stored;
  return (
    <p class="field-hint">
      {s === null
        ? '尚未填报：起草的年度报告中这几格为空。'
        : `最近一次由 ${s.enteredByName} 于 ${beijingMinute(s.enteredAt)} 填报（第 ${s.version} 版）。修改记入审计日志。`}
    </p>
  );
}

/** The page. */
export function ReportFiguresView(props: ReportFiguresProps) {
  const { organ, values, errors } = props;
  const fields = Object.keys(HINTS) as EnteredFigureField[];
  return (
    <StaffLayout
      title="表二数据填报"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="statistics"
      breadcrumbs={[{ href: '/staff/statistics/reports', label: '年度报告报送情况' }]}
    >
      <PageHeader
        title="表二数据填报"
        lead="年度报告表二中的行政许可、行政处罚、行政强制决定数和行政事业性收费金额不在本平台产生，由各机关从相应业务系统取数填报；起草年度报告时使用这些数据。"
      />
      <p>
        <a href="/staff/statistics/figures/import">批量导入（Excel 或 CSV）</a>：一次填报多个机关、多个年度。
      </p>
      <Picker {...props} />
      {props.notice ? <Notice kind={props.notice.kind}>{props.notice.text}</Notice> : null}
      {organ === null ? (
        <p class="empty-state">您没有可填报的机关。</p>
      ) : (
        <form method="post" action="/staff/statistics/figures" class="panel">
          <h2>{`${organ.name} ${props.year}年度`}</h2>
          <Provenance stored={props.stored} />
          <ErrorSummary
            errors={summaryErrors(errors)}
            labels={{ ...ENTERED_FIGURE_LABELS, year: '报告年度' }}
          />
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="organ" value={String(organ.id)} />
          <input type="hidden" name="year" value={String(props.year)} />
          <input type="hidden" name="version" value={String(props.stored?.version ?? 0)} />
          {fields.map((field) => (
            <TextField
              name={field}
              label={ENTERED_FIGURE_LABELS[field]}
              value={values[field] ?? ''}
              error={errors[field]}
              hint={HINTS[field]}
              maxLength={field === 'note' ? 500 : field === 'sourceSystem' ? 100 : 30}
            />
          ))}
          <button type="submit" class="button button-primary">
            保存
          </button>
        </form>
      )}
    </StaffLayout>
  );
}
