/**
 * The 政府信息公开 column as data: the four first-level entries in the order of 国办公开办函〔2019〕61号
 * (portal-conventions §2.1–§2.2) plus 依申请公开, the default sub-column tree of 法定主动公开内容
 * following 条例第二十条 (§2.3 — a suggested tree, [U]; one sub-column per item keeps the annual
 * report's counts derivable), and the national texts listed under 公开制度.
 */

/** A first-level entry of the column. `path` is relative to /o/:slug. */
export type ColumnEntry = {
  key: 'guide' | 'rules' | 'statutory' | 'reports' | 'apply';
  name: string;
  path: string;
  description: string;
  columnType: string;
};

/** The four standard columns in their fixed order, then 依申请公开. */
export const GK_COLUMNS: readonly ColumnEntry[] = [
  {
    key: 'guide',
    name: '政府信息公开指南',
    path: '/gk/guide',
    description: '信息分类、编排体系、获取方式，工作机构名称、地址、时间和联系方式。',
    columnType: '信息公开指南',
  },
  {
    key: 'rules',
    name: '政府信息公开制度',
    path: '/gk/rules',
    description: '国家有关政府信息公开的法规文件，以及本机关的工作制度。',
    columnType: '信息公开目录',
  },
  {
    key: 'statutory',
    name: '法定主动公开内容',
    path: '/gk/statutory',
    description: '按《条例》第二十条分设的主动公开栏目。',
    columnType: '信息公开目录',
  },
  {
    key: 'reports',
    name: '政府信息公开年报',
    path: '/gk/reports',
    description: '历年政府信息公开工作年度报告，可在线阅读和下载。',
    columnType: '信息公开年报',
  },
  {
    key: 'apply',
    name: '依申请公开',
    path: '/apply',
    description: '申请渠道、所需材料、答复期限和收费规定。',
    columnType: '依法申请公开',
  },
];

export {
  STATUTORY_TREE as STATUTORY_COLUMNS,
  type StatutoryColumn,
} from '../../domain/publishing/statutory-tree.ts';

/** A national text under 公开制度. */
export type NationalText = { title: string; number: string; note: string };

/** The national texts every organ applies (domain-zh.md §1.1, §2.1, §3.1; portal-conventions §1.1, §2.1, §4.1). */
export const NATIONAL_TEXTS: readonly NationalText[] = [
  {
    title: '中华人民共和国政府信息公开条例',
    number: '国务院令第711号',
    note: '2019年4月3日修订公布，2019年5月15日起施行',
  },
  {
    title: '政府信息公开信息处理费管理办法',
    number: '国办函〔2020〕109号',
    note: '依申请公开信息处理费的计收标准和方式',
  },
  {
    title: '中华人民共和国政府信息公开工作年度报告格式',
    number: '国办公开办函〔2021〕30号',
    note: '年度报告的统一格式',
  },
  {
    title: '国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知',
    number: '国办公开办函〔2019〕61号',
    note: '「政府信息公开」栏目的名称、位置和四个一级栏目',
  },
  {
    title: '国务院办公厅关于印发政府网站发展指引的通知',
    number: '国办发〔2017〕47号',
    note: '政府网站的页面、标识和功能要求',
  },
  {
    title: '国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见',
    number: '国办发〔2019〕54号',
    note: '基层政务公开事项标准目录',
  },
];

/** Kinds of organ rules the 公开制度 column holds (portal-conventions §2.2; the editor's hint). */
export const ORGAN_RULE_KINDS: readonly string[] = [
  '主动公开制度',
  '依申请公开制度',
  '保密审查制度',
  '信息发布协调制度',
  '政务公开考核制度',
];
