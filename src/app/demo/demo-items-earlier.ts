/**
 * 博山区人民政府's 行政规范性文件 made before the demo year, so that table 二's 现行有效 continues
 * from the real 2024 report (boshan-2024.json: 现行有效 12 at the end of 2024, the district's whole
 * stock — a district's 规范性文件 are made in the name of the 区政府): twelve documents written
 * 2021–2024, five of them in 2024 (the report's 本年制发 5). In 2025 their 有效性 changes as a
 * careful organ records it: one 已失效 when its 有效期 ends, one 已废止 by a new document that
 * replaces it. Titles and 文号 are fictional (演示数据).
 */
import { demoItem, type DemoItemSpec, type DemoOrganItems } from './demo-item-spec.ts';

type Earlier = { key: string; title: string; no: string; written: string; topic: string; rule: string };

const EARLIER: readonly Earlier[] = [
  {
    key: 'roads',
    title: '博山区城市道路挖掘管理办法',
    no: '博政发〔2021〕3号',
    written: '2021-03-10',
    topic: '城乡建设、环境保护\\城市规划',
    rule: '城市道路挖掘应当经区住房和城乡建设局批准，并按期恢复原状。',
  },
  {
    key: 'investment',
    title: '博山区政府投资项目管理办法',
    no: '博政发〔2022〕6号',
    written: '2022-04-12',
    topic: '国民经济管理、国有资产监管\\发展规划',
    rule: '政府投资项目应当编制项目建议书、可行性研究报告和初步设计。',
  },
  {
    key: 'dibao-2022',
    title: '博山区城乡居民最低生活保障实施细则',
    no: '博政发〔2022〕9号',
    written: '2022-05-20',
    topic: '民政、扶贫、救灾\\社会福利',
    rule: '最低生活保障标准由区人民政府按年度公布。',
  },
  {
    key: 'emergency-plans',
    title: '博山区突发事件应急预案管理办法',
    no: '博政发〔2022〕21号',
    written: '2022-11-08',
    topic: '综合政务\\应急管理',
    rule: '应急预案每三年至少修订一次。',
  },
  {
    key: 'ceramics',
    title: '博山区促进陶瓷琉璃产业发展若干措施',
    no: '博政发〔2023〕4号',
    written: '2023-03-02',
    topic: '工业、交通\\工业',
    rule: '本措施有效期至2025年6月30日。',
  },
  {
    key: 'public-rental',
    title: '博山区公共租赁住房管理办法',
    no: '博政发〔2023〕11号',
    written: '2023-06-19',
    topic: '城乡建设、环境保护\\城乡建设（含住房）',
    rule: '公共租赁住房租金标准按同地段市场租金的70%确定。',
  },
  {
    key: 'enforcement-notice',
    title: '博山区行政执法公示办法',
    no: '博政发〔2023〕18号',
    written: '2023-10-25',
    topic: '公安、安全、司法\\司法',
    rule: '行政执法决定应当自作出之日起20个工作日内公示。',
  },
  {
    key: 'major-decisions',
    title: '博山区重大行政决策程序规定',
    no: '博政发〔2024〕2号',
    written: '2024-01-22',
    topic: '综合政务\\其他',
    rule: '重大行政决策应当经公众参与、专家论证、风险评估、合法性审查和集体讨论决定。',
  },
  {
    key: 'contracts',
    title: '博山区政府合同管理办法',
    no: '博政发〔2024〕5号',
    written: '2024-03-14',
    topic: '综合政务\\其他',
    rule: '政府合同签订前应当经合法性审查。',
  },
  {
    key: 'parking',
    title: '博山区停车场建设管理办法',
    no: '博政发〔2024〕8号',
    written: '2024-05-28',
    topic: '城乡建设、环境保护\\城市规划',
    rule: '新建住宅小区按每户不少于1个车位配建停车场。',
  },
  {
    key: 'elderly-care',
    title: '博山区养老服务补贴发放办法',
    no: '博政发〔2024〕13号',
    written: '2024-08-06',
    topic: '民政、扶贫、救灾\\社会福利',
    rule: '经济困难的失能老年人每月享受养老服务补贴。',
  },
  {
    key: 'funerals',
    title: '博山区殡葬管理实施办法',
    no: '博政发〔2024〕20号',
    written: '2024-11-18',
    topic: '民政、扶贫、救灾\\其他',
    rule: '全区推行节地生态安葬。',
  },
];

/** A day `n` days after `date` (YYYY-MM-DD). */
const plus = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function normative(e: Earlier): DemoItemSpec {
  return demoItem(e.topic, {
    key: e.key,
    kind: 'normative',
    genre: '通知',
    title: e.title,
    docNumber: e.no,
    writtenOn: e.written,
    publishOn: plus(e.written, 4),
    effectiveOn: plus(e.written, 30),
    body: [
      `第一条 为规范相关工作，根据有关法律法规，结合本区实际，制定《${e.title.replace(/^博山区/, '')}》。`,
      `第二条 ${e.rule}`,
      '第三条 本文件由区人民政府办公室负责解释（演示数据，文号与内容均为虚构）。',
    ],
  });
}

/** Its 解读, signed together with it (the organ requires 三同步). */
function interpretation(e: Pick<Earlier, 'key' | 'title' | 'written' | 'topic'>): DemoItemSpec {
  return demoItem(e.topic, {
    key: `${e.key}-text`,
    kind: 'interpretation',
    genre: '解读',
    title: `《${e.title}》解读`,
    writtenOn: e.written,
    publishOn: plus(e.written, 4),
    interprets: e.key,
    form: e.written >= '2024' ? 'graphic' : 'text',
    body: [`一、起草背景和主要内容。${e.title}明确了工作要求和办理程序（演示数据）。`],
  });
}

/** The replacing document of 2025 (repeals 2022's 实施细则). */
const DIBAO_2025: DemoItemSpec = demoItem('民政、扶贫、救灾\\社会福利', {
  key: 'dibao-2025',
  kind: 'normative',
  genre: '通知',
  title: '博山区最低生活保障和特困人员救助供养实施办法',
  docNumber: '博政发〔2025〕4号',
  writtenOn: '2025-04-07',
  publishOn: '2025-04-11',
  effectiveOn: '2025-05-01',
  repeals: 'dibao-2022',
  body: [
    '第一条 为保障困难群众基本生活，根据《社会救助暂行办法》，制定本办法。',
    '第二条 本办法自2025年5月1日起施行，《博山区城乡居民最低生活保障实施细则》（博政发〔2022〕9号）同时废止。',
    '第三条 本文件由区民政局负责解释（演示数据，文号与内容均为虚构）。',
  ],
});

/** Loaded after BOSHAN_ITEMS under its own mark (an existing demo database gets them too). */
export const BOSHAN_EARLIER_ITEMS: DemoOrganItems = {
  organSlug: 'boshan',
  mark: 'demo.items.boshan.earlier',
  items: [
    ...EARLIER.flatMap((e) => [
      e.key === 'ceramics' ? { ...normative(e), lapsesOn: '2025-07-01' } : normative(e),
      interpretation(e),
    ]),
    DIBAO_2025,
    interpretation({ ...DIBAO_2025, written: DIBAO_2025.writtenOn }),
  ],
};
