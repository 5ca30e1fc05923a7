/**
 * 主动公开事项目录 (政务公开事项标准目录, 国办发〔2019〕54号: 「目录至少应包括公开事项的名称、内容、依据、
 * 时限、主体、方式、渠道、公开对象等要素」): one row per 事项 with the columns local 标准目录 print
 * (portal-conventions §4.2), each row linked to the catalogue columns that carry its items.
 */
import type { FieldErrors } from '../field-errors.ts';

/** 公开渠道和载体 (the checkbox list of published 标准目录). */
export const DIRECTORY_CHANNELS = {
  website: '政府网站',
  gazette: '政府公报',
  newMedia: '两微一端',
  pressConference: '发布会/听证会',
  broadcast: '广播电视',
  print: '纸质媒体',
  readingRoom: '公开查阅点',
  serviceCentre: '政务服务中心',
  serviceStation: '便民服务站',
  onSite: '入户/现场',
  noticeBoard: '社区/企事业单位/村公示栏（电子屏）',
  push: '精准推送',
  hotline: '12345政务服务热线',
  other: '其他',
} as const;
export type DirectoryChannel = keyof typeof DIRECTORY_CHANNELS;

/** 公开对象. */
export const DIRECTORY_AUDIENCES = { all: '全社会', specific: '特定群体' } as const;
export type DirectoryAudience = keyof typeof DIRECTORY_AUDIENCES;

/** 公开方式. */
export const DIRECTORY_MODES = { proactive: '主动公开', onRequest: '依申请公开' } as const;
export type DirectoryMode = keyof typeof DIRECTORY_MODES;

/** 公开层级. */
export const DIRECTORY_LEVELS = {
  municipal: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
} as const;
export type DirectoryLevel = keyof typeof DIRECTORY_LEVELS;

/** One row of the 目录 as entered. */
export type DirectoryEntryInput = {
  matter: string;
  subMatter: string;
  content: string;
  basis: string;
  timeLimit: string;
  publisher: string;
  channels: DirectoryChannel[];
  audience: DirectoryAudience;
  mode: DirectoryMode;
  levels: DirectoryLevel[];
  /** Slugs of the catalogue columns that carry the row's items. */
  columns: string[];
};

/** The default 公开时限 (条例第二十六条). */
export const DEFAULT_TIME_LIMIT = '信息形成或者变更之日起20个工作日内';

const LIMITS = {
  matter: 100,
  subMatter: 100,
  content: 2000,
  basis: 1000,
  timeLimit: 200,
  publisher: 200,
} as const;

const REQUIRED: Partial<Record<keyof typeof LIMITS, string>> = {
  matter: '请填写一级事项',
  content: '请填写公开内容（要素）',
  timeLimit: '请填写公开时限',
  publisher: '请填写公开主体',
};

const isKeyOf = <T extends object>(table: T, value: string): value is Extract<keyof T, string> =>
  Object.hasOwn(table, value);

/** What the form posts: text fields, and the checked values of the lists. */
export type DirectoryForm = {
  fields: Record<string, string>;
  channels: readonly string[];
  levels: readonly string[];
  columns: readonly string[];
};

/**
 * Reads a 目录 row from its form: required texts, lengths, known channels/levels (at least one),
 * one 公开对象 and one 公开方式, column slugs known to the organ.
 * @example parseDirectoryEntry(form, new Set(['budget-1'])) // { ok: true, entry } or { ok: false, errors }
 */
export function parseDirectoryEntry(
  form: DirectoryForm,
  knownColumns: ReadonlySet<string>,
): { ok: true; entry: DirectoryEntryInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const text = (key: keyof typeof LIMITS) => {
    const value = (form.fields[key] ?? '').trim();
    if (value === '' && REQUIRED[key] !== undefined) {
      errors[key] = REQUIRED[key];
    } else if ([...value].length > LIMITS[key]) {
      errors[key] = `最长${LIMITS[key]}个字`;
    }
    return value;
  };
  const entry = {
    matter: text('matter'),
    subMatter: text('subMatter'),
    content: text('content'),
    basis: text('basis'),
    timeLimit: text('timeLimit'),
    publisher: text('publisher'),
  };
  const channels = unique(form.channels);
  const levels = unique(form.levels);
  const columns = unique(form.columns).filter((c) => c !== '');
  if (channels.length === 0 || !channels.every((c) => isKeyOf(DIRECTORY_CHANNELS, c))) {
    errors.channels = '请至少选择一个公开渠道和载体';
  }
  if (levels.length === 0 || !levels.every((l) => isKeyOf(DIRECTORY_LEVELS, l))) {
    errors.levels = '请至少选择一个公开层级';
  }
  const audience = form.fields.audience ?? '';
  if (!isKeyOf(DIRECTORY_AUDIENCES, audience)) {
    errors.audience = '请选择公开对象';
  }
  const mode = form.fields.mode ?? '';
  if (!isKeyOf(DIRECTORY_MODES, mode)) {
    errors.mode = '请选择公开方式';
  }
  if (!columns.every((c) => knownColumns.has(c))) {
    errors.columns = '所选栏目不存在，请从列表中选择';
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    entry: {
      ...entry,
      channels: channels as DirectoryChannel[],
      audience: audience as DirectoryAudience,
      mode: mode as DirectoryMode,
      levels: levels as DirectoryLevel[],
      columns,
    },
  };
}

const unique = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()))];
