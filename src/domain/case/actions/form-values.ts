/**
 * Reading the values of a case action's form: trimmed text with length caps, dates that must lie
 * between the receipt and today, bounded integers. Each reader records a Chinese message under
 * the field's name and returns null when the value is unusable.
 */
import {
  compareDates,
  formatChineseDate,
  parseLocalDate,
  type LocalDate,
} from '../../calendar/local-date.ts';
import type { FieldErrors } from '../../field-errors.ts';

export type RawForm = Readonly<Record<string, string | undefined>>;

/** A reader over one submitted form that collects errors. */
export type FormReader = {
  text(field: string, label: string, options?: { max?: number; required?: boolean }): string;
  date(
    field: string,
    label: string,
    bounds: { notBefore?: LocalDate; notAfter?: LocalDate; required?: boolean },
  ): LocalDate | null;
  integer(field: string, label: string, min: number, max: number): number | null;
  choice<T extends string>(field: string, label: string, allowed: readonly T[]): T | null;
  lines(field: string, label: string, maxLines: number, maxLength: number): string[];
  errors: FieldErrors;
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

/** Starts reading `raw`. */
export function readForm(raw: RawForm): FormReader {
  const errors: FieldErrors = {};
  const fail = (field: string, message: string) => {
    errors[field] ??= message;
  };
  const clean = (field: string) => (raw[field] ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const reader: FormReader = {
    errors,
    text(field, label, options = {}) {
      const value = clean(field);
      const max = options.max ?? 500;
      if (CONTROL.test(value)) {
        fail(field, `${label}含有不可见的控制字符，请删除后重试`);
      } else if (value.length > max) {
        fail(field, `${label}不能超过 ${max} 个字（现为 ${value.length} 个字）`);
      } else if (options.required && value === '') {
        fail(field, `请填写${label}`);
      }
      return value;
    },
    date(field, label, bounds) {
      const text = clean(field);
      if (text === '') {
        if (bounds.required !== false) {
          fail(field, `请填写${label}`);
        }
        return null;
      }
      const date = parseLocalDate(text);
      if (date === null) {
        fail(field, `${label}不是有效日期，请按“年-月-日”填写，例如 2024-09-27`);
        return null;
      }
      if (bounds.notAfter && compareDates(date, bounds.notAfter) > 0) {
        fail(field, `${label}不能晚于${formatChineseDate(bounds.notAfter, false)}`);
        return null;
      }
      if (bounds.notBefore && compareDates(date, bounds.notBefore) < 0) {
        fail(field, `${label}不能早于${formatChineseDate(bounds.notBefore, false)}`);
        return null;
      }
      return date;
    },
    integer(field, label, min, max) {
      const text = clean(field).normalize('NFKC');
      if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
        fail(field, `${label}应为 ${min} 至 ${max} 之间的整数`);
        return null;
      }
      return Number(text);
    },
    choice(field, label, allowed) {
      const value = clean(field);
      if (!(allowed as readonly string[]).includes(value)) {
        fail(field, `请选择${label}`);
        return null;
      }
      return value as (typeof allowed)[number];
    },
    lines(field, label, maxLines, maxLength) {
      const all = reader.text(field, label, { max: maxLines * (maxLength + 1), required: true });
      const list = all
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
      if (list.length > maxLines) {
        fail(field, `${label}最多 ${maxLines} 项`);
      } else if (list.some((l) => l.length > maxLength)) {
        fail(field, `${label}每项不能超过 ${maxLength} 个字`);
      }
      return list;
    },
  };
  return reader;
}
