/**
 * How to apply to an organ (依申请公开) — the channels with their receipt-date rules and the
 * statutory time limits — built from the organ's own contact data, so that the 指南 and the
 * 依申请公开 page can never disagree (portal-conventions §2.4). Wording follows the 条例
 * (国务院令第711号; domain-zh.md §1.4–§1.10); article numbers are cited next to each rule.
 */
import type { PortalOrgan } from '../../db/queries/portal.ts';
import { workOfficeName } from './site.ts';

/** Shown where the organ has not published a value yet. */
export const NOT_PUBLISHED = '暂未公布';

/** A way to hand in an application, with the day that counts as received (条例第三十一条). */
export type ApplicationChannel = {
  key: 'counter' | 'mail' | 'fax' | 'internet';
  name: string;
  /** What to do, with this organ's address or number. */
  how: string;
  /** Which day counts as the receipt date. */
  receiptRule: string;
};

/** The organ's 政府信息公开工作机构 and its contact data (条例第十二条). */
export type WorkOffice = {
  name: string;
  address: string;
  postcode: string;
  officeHours: string;
  phone: string;
  fax: string;
  email: string;
};

const orNot = (value: string | null): string =>
  value === null || value.trim() === '' ? NOT_PUBLISHED : value;

/** The office that receives applications, with every contact field (「暂未公布」 when missing). */
export function workOffice(organ: PortalOrgan): WorkOffice {
  return {
    name: workOfficeName(organ),
    address: orNot(organ.address),
    postcode: orNot(organ.postcode),
    officeHours: orNot(organ.officeHours),
    phone: orNot(organ.phone),
    fax: orNot(organ.fax),
    email: orNot(organ.email),
  };
}

/**
 * The channels this organ offers: in person and by mail always (given an address), fax and
 * internet (e-mail) when it has published a number or an address for them.
 * @example applicationChannels(organ).map((c) => c.name) // ['当面提交', '邮寄', '传真', '互联网（电子邮件）']
 */
export function applicationChannels(organ: PortalOrgan): ApplicationChannel[] {
  const office = workOffice(organ);
  const channels: ApplicationChannel[] = [
    {
      key: 'counter',
      name: '当面提交',
      how: `在办公时间（${office.officeHours}）到${office.address}，向${office.name}提交书面申请（可现场填写《政府信息公开申请表》）。采用书面形式确有困难的，可以口头提出，由工作人员代为填写。`,
      receiptRule: '以提交之日为收到申请之日。',
    },
    {
      key: 'mail',
      name: '邮寄',
      how: `寄至${office.address}（邮编 ${office.postcode}），收件人为${office.name}，请在信封上注明「政府信息公开申请」字样。`,
      receiptRule:
        '以本机关签收之日为收到申请之日；以平常信函等无需签收的方式寄送的，本机关于收到申请的当日与申请人确认，确认之日为收到申请之日。',
    },
  ];
  if (organ.fax !== null && organ.fax.trim() !== '') {
    channels.push({
      key: 'fax',
      name: '传真',
      how: `传真至 ${office.fax}，并请在传真中写明联系电话，以便确认。`,
      receiptRule: '以双方确认之日为收到申请之日。',
    });
  }
  if (organ.email !== null && organ.email.trim() !== '') {
    channels.push({
      key: 'internet',
      name: '互联网（电子邮件）',
      how: `发送至本机关公布的电子邮箱 ${office.email}，邮件标题请注明「政府信息公开申请」。`,
      receiptRule: '以双方确认之日为收到申请之日。',
    });
  }
  return channels;
}

/** 条例第二十九条第二款: what an application must contain (verbatim items). */
export const APPLICATION_CONTENTS: readonly string[] = [
  '申请人的姓名或者名称、身份证明、联系方式；',
  '申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；',
  '申请公开的政府信息的形式要求，包括获取信息的方式、途径。',
];

/** A procedural rule with its basis. */
export type ProcedureRule = { title: string; text: string; basis: string };

/** 补正, 答复期限, 信息处理费 — the rules an applicant meets after applying. */
export const PROCEDURE_RULES: readonly ProcedureRule[] = [
  {
    title: '补正',
    text: '申请内容不明确的，本机关将给予指导和释明，并自收到申请之日起 7 个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自本机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。',
    basis: '《条例》第三十条',
  },
  {
    title: '答复期限',
    text: '能够当场答复的，当场予以答复。不能当场答复的，自收到申请之日起 20 个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过 20 个工作日。征求第三方和其他机关意见所需时间不计算在上述期限内。',
    basis: '《条例》第三十三条',
  },
  {
    title: '信息处理费',
    text: '本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关可以依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）按件或者按量收取信息处理费，并事先书面告知收费依据、标准和金额。',
    basis: '《条例》第四十二条',
  },
];

/**
 * 监督和救济 (条例第五十一条), naming the organ's parent where it is known.
 * @param parentName the organ above, or null for the root
 */
export function remediesText(parentName: string | null): string {
  const above = parentName === null ? '上一级行政机关' : `上一级行政机关（${parentName}）`;
  return `公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向${above}或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。`;
}
