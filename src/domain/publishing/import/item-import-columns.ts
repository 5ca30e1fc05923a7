/**
 * The columns of an existing site's catalogue (目录) imported as 主动公开 items: one row per
 * published item, its metadata in the columns of the national 政府信息公开 catalogue
 * (portal-conventions §3), its body and attachments named by file inside the accompanying ZIP.
 * The template (下载模板) writes these headers; other spellings found in exported catalogues are
 * accepted as aliases.
 */
import type { SheetColumn } from '../../imports/header-match.ts';

/** An item import column. */
export type ItemImportColumnKey =
  | 'indexNumber'
  | 'title'
  | 'organ'
  | 'docNumber'
  | 'writtenOn'
  | 'publishedOn'
  | 'effectiveOn'
  | 'topic'
  | 'genre'
  | 'kind'
  | 'columns'
  | 'keywords'
  | 'summary'
  | 'validity'
  | 'validityOn'
  | 'body'
  | 'attachments';

/** One import covers at most this many rows (a larger site imports in several files). */
export const MAX_ITEM_IMPORT_ROWS = 5000;

/** Several values in one cell (栏目, 附件) are separated by a semicolon (full- or half-width). */
export const LIST_SEPARATOR = /[；;]/;

/** In template order. */
export const ITEM_IMPORT_COLUMNS: readonly SheetColumn<ItemImportColumnKey>[] = [
  {
    key: 'indexNumber',
    header: '索引号',
    aliases: ['信息索引号', '索引编号'],
    isRequired: true,
    hint: '原网站的索引号，导入后保持不变；不得与已有信息或本文件中其他行重复',
  },
  {
    key: 'title',
    header: '标题',
    aliases: ['名称', '信息名称', '文件名称'],
    isRequired: true,
    hint: '不超过200字',
  },
  {
    key: 'organ',
    header: '发布机构',
    aliases: ['发文机关', '发布机关', '发文单位'],
    isRequired: false,
    hint: '须含导入机关的名称或简称；联合发文的其他机关用顿号分隔；不填为导入机关',
  },
  {
    key: 'docNumber',
    header: '文号',
    aliases: ['发文字号'],
    isRequired: false,
    hint: '如 博政发〔2024〕3号；没有文号的留空',
  },
  {
    key: 'writtenOn',
    header: '成文日期',
    aliases: ['印发日期'],
    isRequired: false,
    hint: '如 2024-03-05；不得晚于发布日期',
  },
  {
    key: 'publishedOn',
    header: '发布日期',
    aliases: ['公开日期', '发布时间'],
    isRequired: true,
    hint: '原网站的发布日期，导入后保持不变；不得晚于今天',
  },
  { key: 'effectiveOn', header: '实施日期', aliases: ['施行日期'], isRequired: false, hint: '可留空' },
  {
    key: 'topic',
    header: '主题分类',
    aliases: ['主题词', '主题'],
    isRequired: false,
    hint: '国务院主题分类，如 综合政务 或 综合政务\\政务公开；可留空',
  },
  {
    key: 'genre',
    header: '体裁',
    aliases: ['体裁分类', '文种'],
    isRequired: false,
    hint: '通知、意见、公告等公文文种，或 其他；不填为 其他',
  },
  {
    key: 'kind',
    header: '类别',
    aliases: ['信息类别', '信息类型'],
    isRequired: true,
    hint: '行政规范性文件、规章、其他文件、政策解读、工作动态和公告、政府信息公开工作年度报告、其他信息',
  },
  {
    key: 'columns',
    header: '栏目',
    aliases: ['所属栏目', '公开目录'],
    isRequired: false,
    hint: '栏目名称或网址标识，多个用分号（；）分隔；不填按类别放入默认栏目',
  },
  { key: 'keywords', header: '关键词', aliases: [], isRequired: false, hint: '可留空' },
  { key: 'summary', header: '内容概述', aliases: ['摘要', '内容摘要'], isRequired: false, hint: '可留空' },
  {
    key: 'validity',
    header: '有效性',
    aliases: ['效力状态', '时效性'],
    isRequired: false,
    hint: '规章和行政规范性文件填写：现行有效、已修改、已废止、已失效、尚未生效；不填为现行有效',
  },
  {
    key: 'validityOn',
    header: '有效性日期',
    aliases: ['废止日期', '失效日期'],
    isRequired: false,
    hint: '有效性变化的日期；可留空',
  },
  {
    key: 'body',
    header: '正文文件',
    aliases: ['正文'],
    isRequired: false,
    hint: 'ZIP 中正文文件的名称（.html、.htm、.txt 或 .docx），如 正文/0001.html；可留空',
  },
  {
    key: 'attachments',
    header: '附件',
    aliases: ['附件文件'],
    isRequired: false,
    hint: 'ZIP 中附件的名称（PDF、Word、Excel、JPEG、PNG），多个用分号（；）分隔',
  },
];

/** The Chinese header of a column. */
export function itemImportHeaderOf(key: ItemImportColumnKey): string {
  return ITEM_IMPORT_COLUMNS.find((c) => c.key === key)!.header;
}
