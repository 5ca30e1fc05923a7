/**
 * Demo 主动公开 content of three more demo organs, each about its own work: 博山区人民政府 (its
 * 规划纲要, a 规范性文件 with its 解读, 工作动态), 博山区财政局 (the district's 预算 and 决算, 政府采购
 * 意向) and 博山区住房和城乡建设局 (重大建设项目, a 规范性文件 with its 解读). The government makes no
 * 规章: a county-level government may not (立法法第九十三条).
 */
import { BOSHAN_COLUMN_ITEMS } from './demo-items-boshan-columns.ts';
import { BOSHAN_REPORT_ITEMS } from './demo-items-reports.ts';
import { demoItem, type DemoOrganItems } from './demo-item-spec.ts';

const FIN = '财政、金融、审计\\财政';
const BUILD = '城乡建设、环境保护\\城乡建设（含住房）';

/** 博山区人民政府. */
export const BOSHAN_ITEMS: DemoOrganItems = {
  organSlug: 'boshan',
  items: [
    demoItem('国民经济管理、国有资产监管\\发展规划', {
      key: 'outline',
      kind: 'document',
      genre: '通知',
      title: '博山区国民经济和社会发展第十五个五年规划纲要',
      docNumber: '博政发〔2026〕2号',
      publishOn: '2026-02-06',
      columns: ['plans-1'],
      body: [
        '本纲要根据《中共博山区委关于制定博山区国民经济和社会发展第十五个五年规划的建议》编制，是2026—2030年全区经济社会发展的宏伟蓝图。',
        '主要目标：地区生产总值年均增长5.5%左右，城乡居民人均可支配收入增长与经济增长同步。',
        '重点任务：建设先进制造业强区，做强陶瓷琉璃等特色产业；推进城市更新，完成老旧小区改造120个。',
      ],
    }),
    demoItem('综合政务\\政务公开', {
      key: 'openness',
      kind: 'normative',
      genre: '通知',
      title: '博山区政务公开工作规定',
      docNumber: '博政发〔2025〕7号',
      writtenOn: '2025-06-03',
      publishOn: '2025-06-09',
      effectiveOn: '2025-07-01',
      body: [
        '第一条 为深化政务公开，提高政府工作透明度，根据《中华人民共和国政府信息公开条例》，制定本规定。',
        '第二条 区政府各部门、各街道办事处和镇人民政府应当按照法定主动公开内容栏目及时公开政府信息。',
        '第三条 行政规范性文件应当与政策解读同步起草、同步审签、同步发布。',
        '第四条 本规定自2025年7月1日起施行。',
      ],
    }),
    demoItem('综合政务\\政务公开', {
      key: 'openness-text',
      kind: 'interpretation',
      genre: '解读',
      title: '《博山区政务公开工作规定》解读',
      writtenOn: '2025-06-03',
      publishOn: '2025-06-09',
      interprets: 'openness',
      form: 'text',
      body: [
        '一、出台背景。为落实《中华人民共和国政府信息公开条例》，统一全区主动公开栏目和发布流程。',
        '二、主要内容。规定明确了主动公开的范围、栏目和时限，要求规范性文件与解读“三同步”。',
      ],
    }),
    demoItem('综合政务\\其他', {
      key: 'executive',
      genre: '其他',
      title: '区政府召开第48次常务会议',
      publishOn: '2026-11-20',
      body: [
        '11月19日，区政府召开第48次常务会议，研究冬季清洁取暖、安全生产等工作。',
        '会议强调，要确保群众温暖过冬，压实安全生产责任，坚决防范重特大事故发生。',
      ],
    }),
    ...BOSHAN_COLUMN_ITEMS,
    ...BOSHAN_REPORT_ITEMS,
  ],
};

/** 博山区财政局. */
export const CZJ_ITEMS: DemoOrganItems = {
  organSlug: 'czj',
  items: [
    demoItem(FIN, {
      key: 'district-budget',
      kind: 'other',
      genre: '报告',
      title: '关于博山区2025年预算执行情况和2026年预算草案的报告',
      publishOn: '2026-01-23',
      columns: ['budget-1'],
      body: [
        '2025年全区一般公共预算收入完成27.6亿元，增长4.1%；一般公共预算支出完成41.3亿元。',
        '2026年全区一般公共预算收入预期增长4%左右，支出安排42.5亿元，优先保障教育、社会保障等民生支出。',
      ],
      attachment: {
        name: '2026年博山区一般公共预算表.docx',
        lines: [
          '2026年博山区一般公共预算收入表',
          '2026年博山区一般公共预算支出表',
          '2026年博山区政府性基金预算表',
        ],
      },
    }),
    demoItem(FIN, {
      key: 'district-accounts',
      kind: 'other',
      genre: '报告',
      title: '关于博山区2024年财政决算的报告',
      publishOn: '2025-08-22',
      columns: ['budget-2'],
      body: [
        '2024年全区一般公共预算收入26.5亿元，完成预算的101.2%；一般公共预算支出40.1亿元。',
        '全区政府债务余额控制在限额以内，债务风险总体可控。',
      ],
    }),
    demoItem(FIN, {
      key: 'procurement-intent',
      title: '博山区2026年第四季度政府采购意向公开',
      publishOn: '2026-09-30',
      columns: ['procurement'],
      body: [
        '为便于供应商及时了解政府采购信息，现将博山区2026年第四季度政府采购意向公开如下。',
        '本次公开的采购意向共27项，预算金额合计4860万元，涉及教育、卫生、城市管理等领域，详见附件。',
      ],
    }),
  ],
};

/** 博山区住房和城乡建设局. */
export const ZJJ_ITEMS: DemoOrganItems = {
  organSlug: 'zjj',
  items: [
    demoItem(BUILD, {
      key: 'renewal-approval',
      title: '博山区2026年城镇老旧小区改造项目批准情况',
      publishOn: '2026-03-18',
      columns: ['projects-1'],
      body: [
        '经区发展和改革局批复（博发改投资〔2026〕9号），2026年全区改造城镇老旧小区24个，涉及居民4360户。',
        '改造内容包括供水、排水、供暖管网更新和加装电梯，总投资2.6亿元。',
      ],
    }),
    demoItem(BUILD, {
      key: 'renewal-progress',
      title: '博山区2026年城镇老旧小区改造项目实施情况（10月）',
      publishOn: '2026-11-06',
      columns: ['projects-2'],
      body: [
        '截至10月底，24个小区已全部开工，完工17个，累计完成投资1.9亿元。',
        '城东街道和山头街道的7个小区预计12月底前完工。',
      ],
    }),
    demoItem(BUILD, {
      key: 'elevators',
      kind: 'normative',
      genre: '通知',
      title: '博山区既有住宅加装电梯实施办法',
      docNumber: '博建发〔2026〕4号',
      writtenOn: '2026-05-11',
      publishOn: '2026-05-15',
      effectiveOn: '2026-06-01',
      body: [
        '第一条 为方便群众出行，规范既有住宅加装电梯工作，制定本办法。',
        '第二条 加装电梯应当经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。',
        '第三条 区财政对每部加装电梯给予15万元补助。',
        '第四条 本办法自2026年6月1日起施行。',
      ],
    }),
    demoItem(BUILD, {
      key: 'elevators-qa',
      kind: 'interpretation',
      genre: '解读',
      title: '《博山区既有住宅加装电梯实施办法》政策问答',
      writtenOn: '2026-05-11',
      publishOn: '2026-05-15',
      interprets: 'elevators',
      form: 'qa',
      body: [
        '问：加装电梯需要多少业主同意？答：本单元面积和人数均达到三分之二以上的业主同意。',
        '问：有没有补助？答：区财政对每部电梯补助15万元，其余费用由业主协商分摊。',
      ],
    }),
  ],
};
