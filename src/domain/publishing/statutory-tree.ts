/**
 * The default sub-column tree of 法定主动公开内容 following 条例第二十条 (portal-conventions §2.3 — a
 * suggested tree, [U]; one sub-column per item keeps the annual report's counts derivable).
 */

/** A sub-column of 法定主动公开内容 with the item of 条例第二十条 it carries. */
export type StatutoryColumn = { key: string; name: string; basis: string; children: readonly string[] };

/** The default tree (portal-conventions §2.3). */
export const STATUTORY_TREE: readonly StatutoryColumn[] = [
  {
    key: 'organ',
    name: '机构职能',
    basis: '第二十条（二）',
    children: ['机构设置', '主要职责', '负责人信息'],
  },
  {
    key: 'documents',
    name: '法规文件',
    basis: '第二十条（一）',
    children: ['规章', '行政规范性文件', '其他文件', '废止和失效规章', '废止和失效行政规范性文件'],
  },
  {
    key: 'plans',
    name: '规划信息',
    basis: '第二十条（三）',
    children: ['总体规划', '专项规划', '区域规划', '相关政策'],
  },
  { key: 'statistics', name: '统计信息', basis: '第二十条（四）', children: [] },
  {
    key: 'licensing',
    name: '行政许可和其他对外管理服务',
    basis: '第二十条（五）',
    children: ['依据、条件、程序', '办理结果'],
  },
  {
    key: 'enforcement',
    name: '行政处罚和行政强制',
    basis: '第二十条（六）',
    children: ['依据、条件、程序', '行政处罚决定'],
  },
  { key: 'budget', name: '财政预决算', basis: '第二十条（七）', children: ['预算', '决算'] },
  { key: 'fees', name: '行政事业性收费', basis: '第二十条（八）', children: [] },
  { key: 'procurement', name: '政府集中采购', basis: '第二十条（九）', children: [] },
  { key: 'projects', name: '重大建设项目', basis: '第二十条（十）', children: ['批准情况', '实施情况'] },
  {
    key: 'livelihood',
    name: '民生政策',
    basis: '第二十条（十一）',
    children: ['乡村振兴', '教育', '医疗', '社会保障', '促进就业'],
  },
  {
    key: 'emergency',
    name: '应急管理',
    basis: '第二十条（十二）',
    children: ['应急预案', '预警信息', '应对情况'],
  },
  {
    key: 'supervision',
    name: '监督检查',
    basis: '第二十条（十三）',
    children: ['环境保护', '公共卫生', '安全生产', '食品药品', '产品质量'],
  },
  { key: 'recruitment', name: '公务员招考', basis: '第二十条（十四）', children: [] },
  { key: 'other', name: '其他法定公开内容', basis: '第二十条（十五）、第二十一条', children: ['政策解读'] },
];
