/**
 * A whole past year of applications for disclosure across the demo district (issue 12: "cases with
 * every kind of outcome, review/litigation, fees"), written as the facts staff would record: each
 * story names its organ, applicant, day received (in the year, or late in the year before: carried
 * over) and the steps of its history. Together they give table 三 every group of outcomes and table
 * 四 every kind of record. Two cases received in December of the year before are still open on 31
 * December (the real 2024 report's 「结转下年度继续办理2件」) and close in January; two received in
 * December of the year stay open into the next. Names, ID numbers and matters are fictional
 * (演示数据). Pure data; demo-year-cases.ts writes them through the case use cases.
 */
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import {
  answered,
  answeredThenContested,
  company,
  contested,
  FEE,
  item,
  person,
  wd,
} from './demo-year-steps.ts';

/** One application of the year. */
export type YearStory = {
  organ: string;
  fields: Record<string, string>;
  channel: 'online' | 'counter' | 'mail';
  /** 'MM-DD' of the year, or of the year before with `carriedIn`. */
  received: string;
  carriedIn?: true;
  steps: (received: LocalDate, cal: WorkingDayCalendar, reviewOrgan: string) => CaseEventData[];
};
export const YEAR_STORIES: readonly YearStory[] = [
  // 区政府: the two cases carried over from the year before, then four of the year
  {
    organ: 'boshan',
    fields: person('王建国', '19670312', '001', '博山区城市更新项目年度计划及资金安排'),
    channel: 'mail',
    received: '12-18',
    carriedIn: true,
    steps: (r, cal) => [
      { kind: 'extensionRequested', on: wd(cal, r, 14), days: 20, reason: '需调取多个部门的资料' },
      { kind: 'extensionApproved', on: wd(cal, r, 15), days: 20 },
      ...answered(r, cal, 24, [item('博山区城市更新项目年度计划及资金安排', 'granted')]),
    ],
  },
  {
    organ: 'boshan',
    fields: person('刘芳', '19800506', '022', '某道路拓宽工程涉及我家房屋的征收补偿方案'),
    channel: 'counter',
    received: '12-24',
    carriedIn: true,
    steps: (r, cal) =>
      answered(r, cal, 15, [
        item(
          '某道路拓宽工程涉及我家房屋的征收补偿方案',
          'unavailable.notHeld',
          '本机关未制作或获取该信息',
          '建议向区住房和城乡建设局咨询',
        ),
      ]),
  },
  {
    organ: 'boshan',
    fields: company('淄博某工程咨询有限公司', '博山区本年度政府投资项目计划'),
    channel: 'online',
    received: '03-11',
    steps: (r, cal) => answered(r, cal, 8, [item('博山区本年度政府投资项目计划', 'granted')], 'email'),
  },
  {
    organ: 'boshan',
    fields: person('陈立', '19751120', '031', '区政府某次常务会议讨论城市更新方案的会议记录'),
    channel: 'online',
    received: '05-20',
    steps: (r, cal) =>
      answeredThenContested(
        r,
        cal,
        [
          item(
            '区政府某次常务会议讨论城市更新方案的会议记录',
            'withheld.processInformation',
            '属于讨论记录等过程性信息（条例第十六条第二款）',
          ),
        ],
        (d) => contested(d, 20, 'review', '淄博市人民政府', 'upheld'),
      ),
  },
  {
    organ: 'boshan',
    fields: person('周敏', '19880217', '044', '我家所在片区的旧城改造规划\n该片区的拆迁补偿标准'),
    channel: 'counter',
    received: '08-04',
    steps: (r, cal) =>
      answered(r, cal, 12, [
        item('我家所在片区的旧城改造规划', 'granted'),
        item('该片区的拆迁补偿标准', 'unavailable.notHeld', '该片区尚未启动征收，未制定补偿标准'),
      ]),
  },
  {
    organ: 'boshan',
    fields: person('吴刚', '19590909', '052', '反映小区物业收费问题并要求查处'),
    channel: 'mail',
    received: '10-14',
    steps: (r, cal) =>
      answered(r, cal, 6, [
        item(
          '反映小区物业收费问题并要求查处',
          'notProcessed.complaint',
          '属于投诉举报，已告知通过12345热线反映',
        ),
      ]),
  },
  // 区政府办公室
  {
    organ: 'zfb',
    fields: person('郑洁', '19900101', '061', '上一年度全区政务公开工作考核结果'),
    channel: 'online',
    received: '04-08',
    steps: (r, cal) => answered(r, cal, 7, [item('上一年度全区政务公开工作考核结果', 'granted')]),
  },
  {
    organ: 'zfb',
    fields: person('冯涛', '19850615', '073', '全区近十年各类会议的次数统计表'),
    channel: 'online',
    received: '06-16',
    steps: (r, cal) =>
      answered(r, cal, 10, [
        item(
          '全区近十年各类会议的次数统计表',
          'unavailable.needsCreation',
          '需对现有信息加工、分析后另行制作（条例第三十八条）',
        ),
      ]),
  },
  {
    organ: 'zfb',
    fields: person('褚红', '19920808', '086', '有关文件'),
    channel: 'mail',
    received: '09-01',
    steps: (r, cal) => [
      {
        kind: 'correctionRequested',
        on: wd(cal, r, 3),
        missing: ['请写明所需文件的名称、文号或其他特征描述'],
        correctBy: wd(cal, r, 13),
      },
      { kind: 'correctionLapsed', on: wd(cal, r, 14) },
    ],
  },
  // 区教育局
  {
    organ: 'jyj',
    fields: person('卫东', '19830423', '095', '本年度义务教育阶段公办学校招生划片范围'),
    channel: 'online',
    received: '02-24',
    steps: (r, cal) => answered(r, cal, 5, [item('本年度义务教育阶段公办学校招生划片范围', 'granted')]),
  },
  {
    organ: 'jyj',
    fields: person('蒋琳', '19870730', '103', '某中学食堂承包经营合同'),
    channel: 'counter',
    received: '03-17',
    steps: (r, cal, reviewOrgan) => [
      {
        kind: 'consultationSent',
        on: wd(cal, r, 2),
        consultation: 1,
        party: 'thirdParty',
        partyName: '淄博某餐饮管理有限公司',
        matter: '食堂承包经营合同的公开',
        answerBy: wd(cal, r, 17),
      },
      {
        kind: 'consultationAnswered',
        on: wd(cal, r, 9),
        consultation: 1,
        opinion: 'object',
        note: '合同含商业秘密，不同意公开',
      },
      ...answeredThenContested(
        r,
        cal,
        [item('某中学食堂承包经营合同', 'withheld.thirdPartyRights', '涉及第三方商业秘密，第三方不同意公开')],
        (d) => contested(d, 30, 'review', reviewOrgan, 'corrected'),
      ),
    ],
  },
  {
    organ: 'jyj',
    fields: person('沈悦', '19940312', '118', '本年度教师公开招聘笔试、面试成绩及评分细则'),
    channel: 'online',
    received: '05-12',
    steps: (r, cal) => [
      {
        kind: 'feeNotified',
        on: wd(cal, r, 3),
        method: 'perVolume',
        quantity: 60,
        amountYuan: FEE.amountYuan,
        breakdown: [...FEE.breakdown],
        payBy: wd(cal, r, 23),
      },
      { kind: 'feePaid', on: wd(cal, r, 6) },
      ...answered(r, cal, 12, [item('本年度教师公开招聘笔试、面试成绩及评分细则', 'granted')]),
    ],
  },
  {
    organ: 'jyj',
    fields: person('韩雪', '19910219', '127', '某幼儿园保育教育费收费标准'),
    channel: 'mail',
    received: '06-30',
    steps: (r, cal) => [{ kind: 'withdrawn', on: wd(cal, r, 4), note: '申请人已从幼儿园获取，来电撤回' }],
  },
  {
    organ: 'jyj',
    fields: company('淄博某建设工程有限公司', '某小学校舍维修工程预算及结算'),
    channel: 'online',
    received: '09-22',
    steps: (r, cal) => answered(r, cal, 9, [item('某小学校舍维修工程预算及结算', 'granted')], 'email'),
  },
  {
    organ: 'jyj',
    fields: person('杨帆', '19860914', '135', '我本人中学时期的学籍档案'),
    channel: 'counter',
    received: '11-10',
    steps: (r, cal, reviewOrgan) =>
      answeredThenContested(
        r,
        cal,
        [
          item(
            '我本人中学时期的学籍档案',
            'unavailable.notHeld',
            '学籍档案由就读学校保管，本机关不掌握',
            '建议向原就读学校查询',
          ),
        ],
        (d) => contested(d, 7, 'review', reviewOrgan, 'pending'),
      ),
  },
  // 区财政局
  {
    organ: 'czj',
    fields: company('淄博某会计师事务所', '本年度区级一般公共预算'),
    channel: 'online',
    received: '03-03',
    steps: (r, cal) =>
      answered(
        r,
        cal,
        4,
        [item('本年度区级一般公共预算', 'granted', '', '该信息已在「财政预决算」栏目公开，网址随答复书提供')],
        'email',
      ),
  },
  {
    organ: 'czj',
    fields: person('朱伟', '19780725', '146', '区级养老服务专项资金分配明细'),
    channel: 'online',
    received: '07-07',
    steps: (r, cal) => answered(r, cal, 14, [item('区级养老服务专项资金分配明细', 'granted')]),
  },
  {
    organ: 'czj',
    fields: person('秦安', '19650118', '158', '财政局机关工作人员考勤记录'),
    channel: 'mail',
    received: '08-18',
    steps: (r, cal) =>
      answered(r, cal, 10, [
        item(
          '财政局机关工作人员考勤记录',
          'withheld.internalAffairs',
          '属于内部事务信息（条例第十六条第一款）',
        ),
      ]),
  },
  {
    organ: 'czj',
    fields: person('秦安', '19650118', '158', '财政局机关工作人员考勤记录（再次申请）'),
    channel: 'mail',
    received: '09-25',
    steps: (r, cal) =>
      answered(r, cal, 5, [
        item('财政局机关工作人员考勤记录', 'notProcessed.duplicate', '已就同一内容作出答复，申请人重复申请'),
      ]),
  },
  // 区住房和城乡建设局
  {
    organ: 'zjj',
    fields: person('尤静', '19820402', '167', '某住宅小区的建设工程规划许可证'),
    channel: 'online',
    received: '04-21',
    steps: (r, cal) => answered(r, cal, 8, [item('某住宅小区的建设工程规划许可证', 'granted')]),
  },
  {
    organ: 'zjj',
    fields: person('许诺', '19790827', '179', '某地块的房屋征收补偿方案\n该地块的房屋评估报告'),
    channel: 'counter',
    received: '06-02',
    steps: (r, cal, reviewOrgan) =>
      answeredThenContested(
        r,
        cal,
        [
          item('某地块的房屋征收补偿方案', 'granted'),
          item('该地块的房屋评估报告', 'withheld.thirdPartyRights', '含其他被征收人的个人信息'),
        ],
        (d) => contested(d, 25, 'review', reviewOrgan, 'other'),
      ),
  },
  {
    organ: 'zjj',
    fields: person('何平', '19600303', '182', '近五年全部物业服务企业的备案材料复印件'),
    channel: 'mail',
    received: '09-15',
    steps: (r, cal) => [
      {
        kind: 'feeNotified',
        on: wd(cal, r, 4),
        method: 'perVolume',
        quantity: 60,
        amountYuan: FEE.amountYuan,
        breakdown: [...FEE.breakdown],
        payBy: wd(cal, r, 24),
      },
      { kind: 'feeLapsed', on: wd(cal, r, 25) },
    ],
  },
  {
    organ: 'zjj',
    fields: company('淄博某房地产开发有限公司', '对本公司作出的行政处罚案卷'),
    channel: 'online',
    received: '07-14',
    steps: (r, cal) =>
      answeredThenContested(
        r,
        cal,
        [
          item(
            '对本公司作出的行政处罚案卷',
            'withheld.enforcementFiles',
            '属于行政执法案卷信息（条例第十六条第二款）',
          ),
        ],
        (d) => contested(d, 40, 'litigationDirect', '淄博市博山区人民法院', 'pending'),
      ),
  },
  {
    organ: 'zjj',
    fields: person('吕洋', '19950611', '194', '我所在单元加装电梯的审批材料'),
    channel: 'online',
    received: '12-19',
    steps: (r, cal) => answered(r, cal, 12, [item('我所在单元加装电梯的审批材料', 'granted')]),
  },
  // 街道
  {
    organ: 'chengdong',
    fields: person('施琴', '19730130', '203', '本街道本年度最低生活保障对象名单'),
    channel: 'counter',
    received: '05-26',
    steps: (r, cal) =>
      answered(r, cal, 9, [
        item('本街道本年度最低生活保障对象名单', 'granted', '', '该信息已在街道公示栏公开'),
      ]),
  },
  {
    organ: 'chengdong',
    fields: person('张悦', '19890920', '215', '本社区老旧小区改造的施工计划'),
    channel: 'counter',
    received: '12-23',
    steps: (r, cal) => answered(r, cal, 10, [item('本社区老旧小区改造的施工计划', 'granted')]),
  },
  {
    organ: 'shantou',
    fields: person('孔亮', '19700505', '226', '某村上一年度村级财务收支明细'),
    channel: 'counter',
    received: '10-20',
    steps: (r, cal) => answered(r, cal, 11, [item('某村上一年度村级财务收支明细', 'granted')]),
  },
];
