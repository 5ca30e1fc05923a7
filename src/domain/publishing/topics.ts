/**
 * 主题分类: the gov.cn / 国务院 two-level scheme, 22 top classes (portal-conventions §3.4), shipped as
 * seed data. Shown as 「一级\二级」. Provinces may extend it; an organ's own additions are not modelled yet.
 */
export type TopicClass = { readonly name: string; readonly children: readonly string[] };

export const TOPIC_CLASSES: readonly TopicClass[] = [
  {
    name: '国务院组织机构',
    children: ['国务院办公厅', '国务院组成部门', '直属机构', '办事机构', '直属事业单位', '其他'],
  },
  {
    name: '综合政务',
    children: [
      '政务公开',
      '政务督查',
      '应急管理',
      '电子政务',
      '文秘工作',
      '保密工作',
      '信访',
      '参事、文史',
      '其他',
    ],
  },
  {
    name: '国民经济管理、国有资产监管',
    children: [
      '宏观经济',
      '经济体制改革',
      '发展规划',
      '节能与资源综合利用',
      '物价',
      '国有资产监管',
      '统计',
      '其他',
    ],
  },
  {
    name: '财政、金融、审计',
    children: ['财政', '税务', '银行', '货币（含外汇）', '证券', '保险', '社会信用体系建设', '审计', '其他'],
  },
  {
    name: '国土资源、能源',
    children: [
      '土地',
      '矿产',
      '海洋',
      '测绘',
      '气象、地震',
      '电力',
      '煤炭',
      '石油与天然气',
      '新能源',
      '其他',
    ],
  },
  { name: '农业、林业、水利', children: ['农业、畜牧业、渔业', '林业', '水利', '扶贫', '其他'] },
  {
    name: '工业、交通',
    children: ['工业', '信息产业（含电信）', '公路', '铁路', '水运', '民航', '邮政', '其他'],
  },
  {
    name: '商贸、海关、旅游',
    children: ['国内贸易（含供销）', '对外经贸合作', '海关', '口岸', '旅游', '服务业', '其他'],
  },
  {
    name: '市场监管、安全生产监管',
    children: ['市场监管', '药品监管', '食品安全', '安全生产', '质量监督', '知识产权', '其他'],
  },
  {
    name: '城乡建设、环境保护',
    children: ['城市规划', '城乡建设（含住房）', '节能与环境保护', '防灾减灾', '气候变化', '其他'],
  },
  { name: '科技、教育', children: ['科技', '教育', '其他'] },
  { name: '文化、广电、新闻出版', children: ['文化', '广播影视', '新闻出版', '文物', '其他'] },
  { name: '卫生、体育', children: ['卫生', '医药管理', '体育', '其他'] },
  { name: '人口与计划生育、妇女儿童工作', children: ['人口与计划生育', '妇女儿童', '其他'] },
  {
    name: '劳动、人事、监察',
    children: ['劳动就业', '社会保障', '人事工作', '公务员管理', '机构编制', '监察', '其他'],
  },
  { name: '公安、安全、司法', children: ['公安', '国家安全', '司法', '其他'] },
  {
    name: '民政、扶贫、救灾',
    children: ['减灾救灾', '社会福利', '社区建设', '社团管理', '优抚安置', '其他'],
  },
  { name: '民族、宗教', children: ['民族事务', '宗教事务', '其他'] },
  { name: '对外事务', children: ['外交、外事', '其他'] },
  { name: '港澳台侨工作', children: ['港澳工作', '台湾工作', '侨务工作', '其他'] },
  { name: '国防', children: ['国防动员', '其他'] },
  { name: '其他', children: [] },
];

/** A topic as stored: 「一级」 or 「一级\二级」. */
export function isTopic(value: string): boolean {
  const [top, sub, ...rest] = value.split('\\');
  const cls = TOPIC_CLASSES.find((c) => c.name === top);
  return cls !== undefined && rest.length === 0 && (sub === undefined || cls.children.includes(sub));
}

/** Every selectable topic, in order (for a picker). */
export function topicOptions(): string[] {
  return TOPIC_CLASSES.flatMap((c) => [c.name, ...c.children.map((s) => `${c.name}\\${s}`)]);
}
