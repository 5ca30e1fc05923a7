/** How organ field values read in Chinese (previews, audit pages, exports). Pure. */
import {
  ORGAN_LEVEL_LABELS,
  ORGAN_TYPE_LABELS,
  type OrganFields,
  type OrganLevel,
  type OrganType,
} from './organ.ts';

/**
 * One field's value as text: types and levels by their Chinese label, empty for null.
 * @example displayFieldValue('type', 'township') // '乡镇（街道）'
 */
export function displayFieldValue(key: keyof OrganFields, value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (key === 'type') {
    return ORGAN_TYPE_LABELS[value as OrganType] ?? String(value);
  }
  if (key === 'level') {
    return ORGAN_LEVEL_LABELS[value as OrganLevel] ?? String(value);
  }
  return String(value);
}
