/**
 * Demo applications for disclosure for 博山区教育局 (where the demo accounts work), in different states (new, 补正 pending, in
 * consultation, to review, closed with a 部分公开 reply and a 行政复议), dated relative to today so
 * that the queues, the deadlines and the statistics have something to show. Idempotent: marked in
 * `settings` once loaded.
 */
import { findOrganBySlug } from '../../db/queries/organs.ts';
import { findSetting, insertSetting } from '../../db/queries/settings.ts';
import { addWorkingDays } from '../../domain/calendar/working-days.ts';
import { addDays, type LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { loadApplicantSecret } from '../cases/applicant-secret.ts';
import { loadCaseAsSystem } from '../cases/load-case.ts';
import { recordCaseEvent } from '../cases/record-case-event.ts';
import { registerCase } from '../cases/register-case.ts';
import { SYSTEM_ACTOR } from '../organs/organ-writes.ts';
import { registerDemoLoader, type DemoLoaderDeps } from './registry.ts';

const MARK = 'demo.cases';

const PERSON = {
  kind: 'naturalPerson',
  idType: 'residentIdCard',
  phone: '13800138000',
  address: '山东省淄博市博山区新华路1号',
  postcode: '255200',
  provisionForm: 'paper',
  obtainWay: 'post',
};
const COMPANY = {
  kind: 'business',
  creditCode: '91370304MA3C5JXK40',
  legalRepresentative: '王五',
  contactPerson: '李四',
  phone: '0533-4180000',
  address: '山东省淄博市博山区工业路8号',
  postcode: '255200',
  provisionForm: 'electronic',
  obtainWay: 'email',
  email: 'info@example.com',
};

type Story = {
  fields: Record<string, string>;
  channel: 'online' | 'counter' | 'mail';
  daysAgo: number;
  /** @param reviewOrgan the organ's 行政复议机关 as its letters name it (the parent organ) */
  steps: (received: LocalDate, cal: WorkingDayCalendar, reviewOrgan: string) => CaseEventData[];
};

const wd = (cal: WorkingDayCalendar, from: LocalDate, n: number) => addWorkingDays(cal, from, n).date;

const STORIES: Story[] = [
  {
    fields: {
      ...PERSON,
      name: '张三',
      idNumber: '11010519491231002X',
      items: '博山区今年秋季义务教育阶段公办学校招生划片范围',
    },
    channel: 'online',
    daysAgo: 1,
    steps: () => [],
  },
  {
    fields: {
      ...PERSON,
      name: '李梅',
      idNumber: '370304198803150021',
      items: '我孩子所在学校的校车安全管理制度',
    },
    channel: 'counter',
    daysAgo: 4,
    steps: (r, cal) => [
      {
        kind: 'correctionRequested',
        on: wd(cal, r, 2),
        missing: ['请写明孩子所在学校的名称'],
        correctBy: wd(cal, r, 12),
      },
    ],
  },
  {
    fields: { ...COMPANY, name: '淄博某建设工程有限公司', items: '博山区某中学教学楼改扩建工程的中标通知书' },
    channel: 'mail',
    daysAgo: 12,
    steps: (r, cal) => [
      {
        kind: 'consultationSent',
        on: wd(cal, r, 3),
        consultation: 1,
        party: 'thirdParty',
        partyName: '山东某建筑有限公司',
        matter: '贵公司的投标报价',
        answerBy: wd(cal, wd(cal, r, 3), 15),
      },
    ],
  },
  {
    fields: {
      ...PERSON,
      name: '赵强',
      idNumber: '370304199001010013',
      items: '博山区教育局上一年度部门决算',
    },
    channel: 'online',
    daysAgo: 18,
    steps: (r, cal) => [
      {
        kind: 'replyDrafted',
        on: wd(cal, r, 10),
        items: [
          {
            description: '博山区教育局上一年度部门决算',
            decision: 'granted',
            reason: '',
            howToObtain: '该信息已在本机关门户网站「财政预决算」栏目公开',
          },
        ],
      },
      { kind: 'submittedForReview', on: wd(cal, r, 10) },
    ],
  },
  {
    fields: {
      ...PERSON,
      name: '孙丽',
      idNumber: '370304198512120041',
      items: '博山区某小学食堂改造工程的招标文件\n该工程的中标通知书',
    },
    channel: 'counter',
    daysAgo: 40,
    steps: (r, cal, reviewOrgan) => [
      {
        kind: 'replyDrafted',
        on: wd(cal, r, 15),
        items: [
          {
            description: '博山区某小学食堂改造工程的招标文件',
            decision: 'granted',
            reason: '',
            howToObtain: '随本答复书提供',
          },
          {
            description: '该工程的中标通知书',
            decision: 'withheld.thirdPartyRights',
            reason: '涉及第三方商业秘密，第三方不同意公开',
            howToObtain: '',
          },
        ],
      },
      { kind: 'submittedForReview', on: wd(cal, r, 15) },
      { kind: 'reviewApproved', on: wd(cal, r, 16), comment: '同意' },
      { kind: 'signed', on: wd(cal, r, 17), comment: '' },
      { kind: 'delivered', on: wd(cal, r, 17), method: 'post', trackingNumber: 'XA100200300CN' },
      {
        kind: 'reviewRecorded',
        on: wd(cal, r, 25),
        reviewKind: 'review',
        body: reviewOrgan,
        result: 'pending',
        concludedOn: null,
      },
    ],
  },
];

async function loadDemoCases(deps: DemoLoaderDeps): Promise<void> {
  if ((await findSetting(deps.db, MARK)) !== null) {
    deps.print('依申请公开演示案件：已存在，跳过');
    return;
  }
  const organ = await findOrganBySlug(deps.db, 'jyj');
  if (!organ) {
    return;
  }
  const at = deps.clock.now();
  const today = deps.clock.today() as LocalDate;
  await deps.db.transaction(async (tx) => {
    const calendar = await loadWorkingDayCalendar(tx);
    const secret = await loadApplicantSecret(tx);
    for (const story of STORIES) {
      const received = addDays(today, -Math.ceil(story.daysAgo * 1.5));
      const result = await registerCase(
        tx,
        {
          organ,
          channel: story.channel,
          receivedOn: received,
          fields: story.fields,
          attachments: [],
          source: 'staff',
          actor: SYSTEM_ACTOR,
        },
        today,
        at,
        secret,
      );
      if (!result.ok) {
        throw new Error(`demo case invalid: ${JSON.stringify(result.errors)}`);
      }
      let loaded = await loadCaseAsSystem(tx, result.case.caseId, true);
      // the 复议机关 the letters name (issue-letter.ts): the parent organ
      const parent = organ.parentId === null ? undefined : loaded?.registry.byId.get(organ.parentId);
      for (const step of story.steps(received, calendar, parent?.name ?? '本级人民政府')) {
        const written =
          loaded && (await recordCaseEvent(tx, loaded, step, SYSTEM_ACTOR, at, calendar, 'demo'));
        loaded = written ? written.loaded : null;
      }
    }
    await insertSetting(tx, MARK, today);
  });
  deps.print(`依申请公开演示案件：已载入 ${STORIES.length} 件（博山区教育局）`);
}

registerDemoLoader('依申请公开演示案件', loadDemoCases);
