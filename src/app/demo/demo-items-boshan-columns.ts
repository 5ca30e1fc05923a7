/**
 * 博山区人民政府's demo 主动公开 content beyond its 规划纲要 and 规范性文件 (demo-items-district.ts): the
 * district-wide pages a visitor of the government's portal opens first — 机构职能, 统计公报, 政务服务,
 * 预决算, 采购, 重大项目, 民生, 应急, 监督检查 and 公务员考录.
 */
import { demoItem, type DemoItemSpec } from './demo-item-spec.ts';

const GOV = '综合政务\\其他';
const FIN = '财政、金融、审计\\财政';
const item = (topic: string, s: Parameters<typeof demoItem>[1]) => demoItem(topic, s);

/** The items. */
export const BOSHAN_COLUMN_ITEMS: DemoItemSpec[] = [
  item('劳动、人事、监察\\机构编制', {
    key: 'gov-setup',
    kind: 'other',
    genre: '其他',
    title: '博山区人民政府工作部门设置',
    publishOn: '2025-01-10',
    columns: ['organ-1'],
    body: [
      '根据机构改革方案，区人民政府设置工作部门24个，包括区政府办公室、区发展和改革局、区教育局、区财政局、区住房和城乡建设局等。',
      '区人民政府派出机关：城东街道办事处、山头街道办事处等。各部门职责和联系方式见各部门信息公开平台。',
    ],
  }),
  item('劳动、人事、监察\\机构编制', {
    key: 'gov-duties',
    kind: 'other',
    genre: '其他',
    title: '博山区人民政府主要职责',
    publishOn: '2025-01-10',
    columns: ['organ-2'],
    body: [
      '执行区人民代表大会及其常务委员会的决议，以及上级国家行政机关的决定和命令，规定行政措施，发布决定和命令。',
      '领导所属各工作部门和下级人民政府的工作，执行国民经济和社会发展计划、预算，管理本行政区域内的经济、教育、科学、文化、卫生、体育事业等行政工作。',
    ],
  }),
  item('劳动、人事、监察\\机构编制', {
    key: 'gov-leaders',
    kind: 'other',
    genre: '其他',
    title: '博山区人民政府领导分工',
    publishOn: '2026-02-03',
    columns: ['organ-3'],
    body: [
      '区长：负责区政府全面工作，分管审计工作。',
      '常务副区长：负责发展改革、财政、税务、统计等方面工作。',
      '副区长：负责教育、卫生健康、民政、人力资源和社会保障等方面工作。',
    ],
  }),
  item('国民经济管理、国有资产监管\\统计', {
    key: 'gov-stats',
    kind: 'other',
    genre: '公报',
    title: '2025年博山区国民经济和社会发展统计公报',
    publishOn: '2026-03-31',
    columns: ['statistics'],
    body: [
      '初步核算，2025年全区地区生产总值385.2亿元，按不变价格计算，比上年增长5.6%。',
      '全年城镇新增就业6120人，城乡居民人均可支配收入分别增长4.9%和6.3%。',
    ],
  }),
  item('综合政务\\政务公开', {
    key: 'gov-services',
    kind: 'other',
    genre: '其他',
    title: '博山区政务服务事项目录（2026年版）',
    publishOn: '2026-01-16',
    columns: ['licensing-1'],
    body: [
      '经梳理，全区依申请类政务服务事项共1268项，其中行政许可312项、行政确认86项、行政给付41项。',
      '各事项的设定依据、申请条件、办理程序和承诺时限可在山东省政务服务网博山区分厅查询办理。',
    ],
  }),
  item(FIN, {
    key: 'gov-budget',
    kind: 'other',
    genre: '其他',
    title: '博山区2026年一般公共预算和政府性基金预算',
    publishOn: '2026-01-28',
    columns: ['budget-1'],
    body: [
      '经区第十九届人民代表大会第五次会议批准，现将2026年全区一般公共预算和政府性基金预算公开。',
      '一般公共预算支出42.5亿元，其中教育支出9.3亿元、社会保障和就业支出7.8亿元、卫生健康支出3.6亿元。',
    ],
  }),
  item(FIN, {
    key: 'gov-accounts',
    kind: 'other',
    genre: '其他',
    title: '博山区2024年一般公共预算和政府性基金决算',
    publishOn: '2025-09-05',
    columns: ['budget-2'],
    body: [
      '经区人大常委会批准，现将2024年全区一般公共预算和政府性基金决算公开。',
      '2024年一般公共预算收入26.5亿元，支出40.1亿元；政府性基金收入8.2亿元，支出9.6亿元。',
    ],
  }),
  item('国民经济管理、国有资产监管\\物价', {
    key: 'gov-fees',
    title: '博山区行政事业性收费目录清单（2026年）',
    publishOn: '2026-02-20',
    columns: ['fees'],
    body: [
      '根据省财政厅、省发展改革委公布的行政事业性收费目录，现将我区执行的行政事业性收费项目公开如下。',
      '清单内共有收费项目17项，清单之外一律不得收费。举报电话：0533-0000100。',
    ],
  }),
  item(FIN, {
    key: 'gov-procurement',
    title: '博山区2026年政府集中采购目录及标准',
    publishOn: '2026-01-09',
    columns: ['procurement'],
    body: [
      '集中采购机构采购项目：台式计算机、便携式计算机、复印机、公务用车等。',
      '分散采购限额标准：货物和服务项目100万元，工程项目120万元。公开招标数额标准：货物和服务项目200万元。',
    ],
  }),
  item('城乡建设、环境保护\\城乡建设（含住房）', {
    key: 'gov-projects',
    title: '博山区2026年重点建设项目名单',
    publishOn: '2026-03-06',
    columns: ['projects-1'],
    body: [
      '2026年全区安排重点建设项目58个，总投资316亿元，年度计划投资92亿元。',
      '其中产业项目36个、基础设施项目12个、社会民生项目10个，含第二实验小学新建工程、老旧小区改造等。',
    ],
  }),
  item('城乡建设、环境保护\\城乡建设（含住房）', {
    key: 'gov-projects-progress',
    title: '博山区2026年重点建设项目推进情况（前三季度）',
    publishOn: '2026-10-16',
    columns: ['projects-2'],
    body: ['截至9月底，58个重点项目已开工54个，开工率93.1%，累计完成投资74.5亿元，占年度计划的81%。'],
  }),
  item('劳动、人事、监察\\社会保障', {
    key: 'gov-livelihood',
    title: '博山区2026年民生实事项目',
    publishOn: '2026-02-27',
    columns: ['livelihood-2', 'livelihood-4'],
    body: [
      '2026年区政府确定十件民生实事：新建改扩建学校和幼儿园、老旧小区改造、城乡居民医保财政补助提标等。',
      '各项民生实事的责任单位和完成时限向社会公开，接受群众监督。',
    ],
  }),
  item('综合政务\\应急管理', {
    key: 'gov-emergency',
    kind: 'document',
    genre: '通知',
    docNumber: '博政办发〔2025〕11号',
    title: '博山区突发事件总体应急预案',
    publishOn: '2025-07-14',
    columns: ['emergency-1'],
    body: [
      '本预案是全区应对各类突发事件的总体制度安排，规定了组织体系、运行机制、应急保障等内容。',
      '突发事件发生后，事发地街道、镇和有关部门应立即报告，最迟不超过1小时。',
    ],
  }),
  item('市场监管、安全生产监管\\安全生产', {
    key: 'gov-safety',
    genre: '通报',
    title: '博山区2026年安全生产大排查大整治情况通报',
    publishOn: '2026-08-21',
    columns: ['supervision-3'],
    body: ['全区共检查企业1120家，发现一般隐患3260项，已整改3198项，重大隐患2项已挂牌督办。'],
  }),
  item('劳动、人事、监察\\公务员管理', {
    key: 'gov-civil-service',
    title: '山东省2026年度考试录用公务员博山区职位公告',
    publishOn: '2026-02-10',
    columns: ['recruitment'],
    body: [
      '根据山东省2026年度考试录用公务员公告，博山区共计划录用公务员46名，其中区直机关28名、街道和镇18名。',
      '报名采取网络方式进行，报考人员登录山东省人事考试信息网报名。',
    ],
  }),
  item(GOV, {
    key: 'gov-news',
    genre: '其他',
    title: '博山区召开2026年政务公开工作会议',
    publishOn: '2026-03-12',
    body: [
      '3月11日，博山区召开2026年政务公开工作会议，通报2025年政务公开工作情况，部署2026年重点任务。',
      '会议要求各部门落实法定主动公开内容栏目，规范性文件与解读同步发布。',
    ],
  }),
];
