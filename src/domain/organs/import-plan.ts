/**
 * Plans an organ import: every row of the file becomes 新增 (create), 更新 (update, matched by
 * 网址标识), 无变化 (unchanged) or 有错误 (invalid, with Chinese reasons). The plan is all or
 * nothing: it is committable only when no row has an error. Pure: the caller supplies the
 * current organs and the authorization check.
 */
import type { OrganTree } from '../access/policy.ts';
import { organTree } from '../access/policy.ts';
import type { ImportColumnKey } from './import-columns.ts';
import { resolveParents, type ParentRef } from './import-parents.ts';
import {
  diffOrganFields,
  ORGAN_FIELD_LABELS,
  ORGAN_FIELD_NAMES,
  parseOrganFields,
  type Organ,
  type OrganFields,
  type OrganFieldsInput,
} from './organ.ts';
import { displayFieldValue } from './display.ts';

export type { ParentRef } from './import-parents.ts';

/** At most this many data rows per file (a county's whole tree is a few hundred). */
export const MAX_IMPORT_ROWS = 1000;

/** One data row as read from the file. */
export type ImportRow = {
  /** Row number in the sheet (the header is row 1). */
  line: number;
  /** Cell text per column; undefined when the file has no such column. */
  cells: Partial<Record<ImportColumnKey, string>>;
  /** Problems found while reading the cells (a formula without a value…). */
  problems: string[];
};

/** What an import does with one row. */
export type ImportAction = 'create' | 'update' | 'unchanged' | 'invalid';

/** The Chinese label of each action (preview page). */
export const IMPORT_ACTION_LABELS = {
  create: '新增',
  update: '更新',
  unchanged: '无变化',
  invalid: '有错误',
} as const satisfies Record<ImportAction, string>;

/** One changed field of an update, as text for the preview. */
export type FieldChange = { label: string; before: string; after: string };

/** One row of the file as planned: its action, the clean fields, the parent and the errors. */
export type PlannedRow = {
  line: number;
  action: ImportAction;
  name: string;
  slug: string;
  /** The existing organ an update changes. */
  organId: number | null;
  version: number | null;
  parent: ParentRef;
  parentName: string;
  fields: OrganFields | null;
  changes: FieldChange[];
  errors: string[];
};

/** The whole plan; committable only when no row is invalid and something changes. */
export type ImportPlan = { rows: PlannedRow[]; counts: Record<ImportAction, number>; isCommittable: boolean };

/** The file rows, the registry as it is now, and the authorization check. */
export type PlanInput = {
  rows: readonly ImportRow[];
  existing: readonly Organ[];
  /** May the person manage (create under / change) this organ, in this tree? */
  mayManage: (organId: number, tree: OrganTree) => boolean;
};

const fieldText = (v: OrganFields[keyof OrganFields] | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

/**
 * Cell input for one row. For an existing organ, an empty cell or a column missing from the file
 * keeps the stored value: an import never silently wipes a credit code (clearing is done on the
 * organ's page).
 */
function fieldInput(row: ImportRow, base: Organ | undefined): OrganFieldsInput {
  const input: OrganFieldsInput = {};
  for (const key of ORGAN_FIELD_NAMES) {
    const cell = row.cells[key] ?? '';
    input[key] = cell === '' && base ? fieldText(base[key]) : cell;
  }
  return input;
}

type Draft = {
  row: ImportRow;
  base: Organ | undefined;
  slug: string;
  name: string;
  fields: OrganFields | null;
  errors: string[];
};

function parseRows(rows: readonly ImportRow[], existing: readonly Organ[]): Draft[] {
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const drafts = rows.map((row): Draft => {
    const slug = (row.cells.slug ?? '').normalize('NFKC').trim().toLowerCase();
    const base = bySlug.get(slug);
    const result = parseOrganFields(fieldInput(row, base));
    const errors = [...row.problems, ...(result.isValid ? [] : Object.values(result.errors))];
    return {
      row,
      base,
      slug,
      name: (row.cells.name ?? '').trim(),
      fields: result.isValid ? result.value : null,
      errors,
    };
  });
  markDuplicates(drafts, (d) => d.slug, '网址标识');
  markDuplicates(drafts, (d) => d.name, '名称');
  markDuplicates(drafts, (d) => d.fields?.creditCode ?? '', '统一社会信用代码');
  const inFile = new Set(drafts.map((d) => d.base?.id));
  for (const d of drafts) {
    const code = d.fields?.creditCode;
    const holder = code ? existing.find((o) => o.creditCode === code && !inFile.has(o.id)) : undefined;
    if (holder) {
      d.errors.push(`统一社会信用代码 ${code!} 已被「${holder.name}」使用`);
    }
  }
  return drafts;
}

function markDuplicates(drafts: Draft[], keyOf: (d: Draft) => string, label: string): void {
  const firstLine = new Map<string, number>();
  for (const d of drafts) {
    const key = keyOf(d);
    if (key === '') {
      continue;
    }
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, d.row.line);
    } else {
      d.errors.push(`${label}「${key}」与第${first}行重复`);
    }
  }
}

/**
 * Plans the import of `rows` against the current organs.
 * @example planOrganImport({ rows, existing, mayManage: (id, tree) => can(actor, 'organ.manage', id, tree) })
 */
export function planOrganImport(input: PlanInput): ImportPlan {
  const { existing, mayManage } = input;
  const drafts = parseRows(input.rows, existing);
  const parents = resolveParents(drafts, existing);
  const idOf = (index: number) => drafts[index]!.base?.id ?? -(index + 1);
  const finalParent = new Map<number, number | null>(existing.map((o) => [o.id, o.parentId]));
  drafts.forEach((d, index) => {
    const ref = parents[index]!.ref;
    finalParent.set(idOf(index), ref.kind === 'organ' ? ref.id : ref.kind === 'row' ? idOf(ref.index) : null);
  });
  const currentTree = organTree(existing);
  const finalTree: OrganTree = { parentOf: finalParent };
  const nameOf = (id: number | null) => (id === null ? '' : (existing.find((o) => o.id === id)?.name ?? ''));

  const rows = drafts.map((d, index): PlannedRow => {
    const { ref, name: parentName, error } = parents[index]!;
    const errors = [...d.errors, ...(error ? [error] : [])];
    const id = idOf(index);
    const parentId = finalParent.get(id) ?? null;
    if (!error && ref.kind !== 'none' && formsCycle(finalTree, id)) {
      errors.push('上级机构设置形成了循环（机构不能位于自己的下级机构之下）');
    }
    const changes: FieldChange[] = [];
    if (d.base) {
      if (!mayManage(d.base.id, currentTree)) {
        errors.push(`您无权修改机构「${d.base.name}」`);
      } else if (parentId !== d.base.parentId && parentId !== null && !mayManage(parentId, finalTree)) {
        errors.push(`您无权把机构移到「${parentName}」之下`);
      }
      if (d.fields) {
        const diff = diffOrganFields(d.base, d.fields);
        for (const key of Object.keys(diff.after) as (keyof OrganFields)[]) {
          changes.push({
            label: ORGAN_FIELD_LABELS[key],
            before: displayFieldValue(key, d.base[key]),
            after: displayFieldValue(key, d.fields[key]),
          });
        }
      }
      if (parentId !== d.base.parentId) {
        changes.push({ label: '上级机构', before: nameOf(d.base.parentId), after: parentName });
      }
    } else if (
      ref.kind !== 'none' &&
      parentId !== null &&
      !errors.length &&
      !mayManage(parentId, finalTree)
    ) {
      errors.push(`您无权在「${parentName}」下新增机构`);
    }
    const action: ImportAction =
      errors.length > 0 ? 'invalid' : !d.base ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
    return {
      line: d.row.line,
      action,
      name: d.name,
      slug: d.slug,
      organId: d.base?.id ?? null,
      version: d.base?.version ?? null,
      parent: ref,
      parentName,
      fields: d.fields,
      changes,
      errors,
    };
  });
  const counts: Record<ImportAction, number> = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  rows.forEach((r) => (counts[r.action] += 1));
  return {
    rows,
    counts,
    isCommittable: rows.length > 0 && counts.invalid === 0 && counts.create + counts.update > 0,
  };
}

function formsCycle(tree: OrganTree, id: number): boolean {
  const seen = new Set<number>();
  for (
    let current = tree.parentOf.get(id);
    current !== null && current !== undefined;
    current = tree.parentOf.get(current)
  ) {
    if (current === id) {
      return true;
    }
    if (seen.has(current)) {
      return false;
    }
    seen.add(current);
  }
  return false;
}

/**
 * The order in which to write the rows: every new organ after the new organ it sits under.
 * @returns row indices (committable plans only)
 */
export function writeOrder(plan: ImportPlan): number[] {
  const done = new Set<number>();
  const order: number[] = [];
  const visit = (index: number) => {
    if (done.has(index)) {
      return;
    }
    done.add(index);
    const parent = plan.rows[index]!.parent;
    if (parent.kind === 'row') {
      visit(parent.index);
    }
    order.push(index);
  };
  plan.rows.forEach((_, index) => visit(index));
  return order;
}
