/**
 * The organs a district (or city) roll-up includes (issue 12, decision 038): how the editor groups
 * them (本级政府办公室 / 部门 / 街道、乡镇), what the item records for each one — where its figures came
 * from and where its report stood — and the words the report uses for the whole area (「全区」). Pure.
 */
import type { OrganLevel, OrganType } from '../organs/organ.ts';
import type { Timeliness } from './report-deadline.ts';

/** The editor's groups of the subtree. */
export const ROLLUP_GROUPS = ['own', 'departments', 'townships', 'governments'] as const;
export type RollupGroup = (typeof ROLLUP_GROUPS)[number];

/** Chinese labels of the groups. */
export const ROLLUP_GROUP_LABELS = {
  own: '本级政府办公室',
  departments: '部门',
  townships: '街道、乡镇',
  governments: '下级人民政府',
} as const satisfies Record<RollupGroup, string>;

/** Where an included organ's figures came from. */
export type RollupFigures = 'published' | 'imported' | 'records';

/** Chinese labels of the figure sources. */
export const ROLLUP_FIGURES_LABELS = {
  published: '已发布的年度报告',
  imported: '导入的年度报告',
  records: '平台记录',
} as const satisfies Record<RollupFigures, string>;

/** Where an organ's report of the year stands (the item page's 报告状态). */
export type MemberStanding = 'notStarted' | 'drafting' | 'published' | 'overdue';

/** Chinese labels of the standings. */
export const MEMBER_STANDING_LABELS = {
  notStarted: '未开始',
  drafting: '起草中',
  published: '已发布',
  overdue: '逾期',
} as const satisfies Record<MemberStanding, string>;

/** One included organ as the item records it. */
export type RollupMember = {
  organId: number;
  name: string;
  group: RollupGroup;
  figures: RollupFigures;
  /** 发布日期 of the report whose figures were used (null: figures from records). */
  publishedOn: string | null;
  /** Where its report stood when the roll-up was drafted. */
  standing: MemberStanding;
};

/** The recorded choice of a roll-up item (item_reports.rollup, and the published version's snapshot). */
export type RollupRecord = { draftedOn: string; members: RollupMember[] };

/**
 * The editor's group of an organ of the subtree rooted at `rootId`.
 * @example rollupGroup({ id: 9, type: 'township', level: 'township' }, 1) // 'townships'
 */
export function rollupGroup(
  organ: { id: number; type: OrganType; level: OrganLevel },
  rootId: number,
): RollupGroup {
  if (organ.id === rootId) {
    return 'own';
  }
  if (organ.type === 'township' || organ.level === 'township') {
    return 'townships';
  }
  return organ.type === 'government' ? 'governments' : 'departments';
}

/**
 * An organ's standing from its report's facts (published, an item in the workflow) and timeliness.
 * @example memberStanding(null, true, { state: 'overdue', daysLate: 3 }) // 'overdue'
 */
export function memberStanding(
  publishedOn: string | null,
  inWorkflow: boolean,
  timeliness: Timeliness,
): MemberStanding {
  if (publishedOn !== null) {
    return 'published';
  }
  if (timeliness.state === 'overdue') {
    return 'overdue';
  }
  return inWorkflow ? 'drafting' : 'notStarted';
}

/**
 * The report's word for the whole area of the organ (「全区共收到…」, seed 002): by level, and for a
 * 县级 government by the end of its name (县, 旗, 县级市).
 * @example areaWord({ name: '淄博市博山区人民政府', type: 'government', level: 'county' }) // '全区'
 */
export function areaWord(organ: { name: string; type: OrganType; level: OrganLevel }): string {
  if (organ.type !== 'government' && organ.type !== 'township') {
    return '全系统';
  }
  const stem = organ.name.replace(/(人民政府|办事处)$/, '');
  switch (organ.level) {
    case 'provincial':
      return /自治区$/.test(stem) ? '全区' : /市$/.test(stem) ? '全市' : '全省';
    case 'municipal':
      return /州$/.test(stem) ? '全州' : /盟$/.test(stem) ? '全盟' : '全市';
    case 'county':
      return /县$/.test(stem) ? '全县' : /旗$/.test(stem) ? '全旗' : /市$/.test(stem) ? '全市' : '全区';
    case 'township':
      return /街道$/.test(stem) ? '全街道' : /乡$/.test(stem) ? '全乡' : '全镇';
    default: {
      const never: never = organ.level;
      return never;
    }
  }
}

/** The included organs that published their report since the roll-up took their figures from records. */
export type RollupNews = { unpublished: string[]; publishedSince: string[] };

/**
 * What the item checks say about a roll-up now: the included organs (other than the drafting organ
 * itself, whose report is this roll-up) whose report of the year is not published, and those whose
 * report was published after their figures were taken from records.
 * @param publishedNow organ id → 发布日期 of its report of the year, for those published now
 */
export function rollupNews(
  record: RollupRecord,
  ownOrganId: number,
  publishedNow: ReadonlyMap<number, string>,
): RollupNews {
  const others = record.members.filter((m) => m.organId !== ownOrganId);
  return {
    unpublished: others.filter((m) => !publishedNow.has(m.organId)).map((m) => m.name),
    publishedSince: others
      .filter((m) => m.figures === 'records' && publishedNow.has(m.organId))
      .map((m) => m.name),
  };
}
