/**
 * The editor's 年度报告 fieldset (decision 029): the report's year, and the report — an uploaded
 * DOCX / PDF / text file, read and checked on save by the 年报体检's checker, or rendered from the
 * organ's stored report data of that year, drafted from its records, or summed over the organs
 * below it (「由下级机关汇总」, decision 038, offered only to an organ with organs below it). Only used
 * for items of kind 政府信息公开工作年度报告.
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { RollupOrganChoice } from '../../app/publishing/editor-context.ts';
import { RollupOrganFields } from './item-rollup-fields.tsx';
import { TextField } from './staff-form.tsx';

const SOURCES = ['upload', 'data', 'records', 'rollup'] as const;

/** Labels of the fieldset's fields (for the error summary). */
export const REPORT_FIELD_LABELS = {
  reportYear: '报告年度',
  reportFile: '年度报告文件',
  reportSource: '年度报告来源',
  rollupOrgans: '纳入汇总的单位',
} as const;

/** The fieldset. */
export function ReportFields(props: {
  values: Record<string, string>;
  errors: FieldErrors;
  dataYears: readonly number[];
  currentFile: string | null;
  rollupOrgans: readonly RollupOrganChoice[];
  selectedRollup: readonly string[] | null;
}) {
  const { values: v, errors: e } = props;
  const source = SOURCES.find((s) => s === v.reportSource) ?? 'upload';
  const canRollUp = props.rollupOrgans.length > 1;
  return (
    <fieldset>
      <legend>年度报告（仅“政府信息公开工作年度报告”类别）</legend>
      <TextField
        name="reportYear"
        label={REPORT_FIELD_LABELS.reportYear}
        value={v.reportYear ?? ''}
        error={e.reportYear}
        maxLength={4}
        hint="报告所统计的年度，如 2025；每个年度只能发布一份报告，更正请修订已发布的报告。"
      />
      {props.currentFile === null ? null : (
        <p class="field-hint">已有报告文件：{props.currentFile}。不选新文件则保留它。</p>
      )}
      <div class={e.reportSource ? 'field field-inline has-error' : 'field field-inline'}>
        {e.reportSource ? (
          <p class="field-error" id="field-reportSource-error">
            {e.reportSource}
          </p>
        ) : null}
        <input
          type="radio"
          id="report-upload"
          name="reportSource"
          value="upload"
          checked={source === 'upload'}
        />
        <label for="report-upload">上传报告文件</label>
        <input type="radio" id="report-data" name="reportSource" value="data" checked={source === 'data'} />
        <label for="report-data">由已有的年报数据生成（Word）</label>
        <input
          type="radio"
          id="report-records"
          name="reportSource"
          value="records"
          checked={source === 'records'}
        />
        <label for="report-records">由平台记录起草（表格来自已发布信息和办件，正文按数据起草）</label>
        {canRollUp ? (
          <>
            <input
              type="radio"
              id="report-rollup"
              name="reportSource"
              value="rollup"
              checked={source === 'rollup'}
            />
            <label for="report-rollup">由下级机关汇总（全区/全市报告：表格为所选单位之和）</label>
          </>
        ) : null}
      </div>
      <RollupOrganFields organs={props.rollupOrgans} selected={props.selectedRollup} error={e.rollupOrgans} />
      <p class="field-hint">
        {props.dataYears.length === 0
          ? '本机关还没有已录入的年报数据。'
          : `本机关已有年报数据的年度：${props.dataYears.join('、')}。`}
      </p>
      <div class={e.reportFile ? 'field has-error' : 'field'}>
        <label for="field-reportFile">
          {REPORT_FIELD_LABELS.reportFile}（Word .docx、PDF 或 .txt，20 MB 以内）
        </label>
        {e.reportFile ? (
          <p class="field-error" id="field-reportFile-error">
            {e.reportFile}
          </p>
        ) : null}
        <input
          id="field-reportFile"
          name="reportFile"
          type="file"
          accept=".docx,.pdf,.txt"
          aria-invalid={e.reportFile ? 'true' : undefined}
          aria-describedby={e.reportFile ? 'field-reportFile-error' : undefined}
        />
      </div>
      <p class="field-hint">
        保存时按年报体检的规则检查报告：错误须改正后才能提交审核和签发，提示须在签发时写明理由。
      </p>
    </fieldset>
  );
}
