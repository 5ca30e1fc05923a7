/**
 * The statutory reply periods, versioned by effective date, each quoting its articles. A case
 * records the id of the version used (`periodVersionFor(received).id`) when its deadline is
 * first computed, so a later change of rules never moves an old case's date silently.
 *
 * - `ordinance-2007`: 《中华人民共和国政府信息公开条例》(国务院令第492号), in force 2008-05-01.
 *   第二十四条: 15 工作日, extension at most 15; only 第三方 consultation time is excluded. No
 *   7-day 补正 notice rule, no 第三十五条 deferral.
 * - `ordinance-2019`: the revision (国务院令第711号), in force 2019-05-15. 第三十三条: 20 + up to
 *   20 工作日; 第三十条 补正 notice within 7 工作日; 第三十二/三十四条 15 工作日 for consulted parties;
 *   第三十三条第三款 excludes consultation time (third parties and other organs). The 信息处理费 that
 *   第四十二条 allows is paid within 20 工作日 of the notice (国办函〔2020〕109号, domain-zh §3.4 [S]).
 *
 * Every period the platform counts lives here, so a rule change is one edit: the reply period, the
 * extension, and the side periods (补正 notice, consulted party's answer, fee payment) that
 * side-deadlines.ts, the explanation texts and the case action forms read.
 *
 * The switch: an application received before 2019-05-15 stays under the 2007 rules (the 条例 has no
 * transitional provision; domain-zh §1.8, [U]; decision 008).
 */
import { compareDates, localDate, type LocalDate } from '../calendar/local-date.ts';
import type { PauseReason } from './clock-facts.ts';

/** Ids of the versions (stored with each case). */
export const PERIOD_VERSION_IDS = ['ordinance-2007', 'ordinance-2019'] as const;
/** A version id, as stored with a case. */
export type PeriodVersionId = (typeof PERIOD_VERSION_IDS)[number];

/** Article references used in the explanation steps. */
export type PeriodCitations = {
  /** The reply period (and the extension). */
  reply: string;
  /** What is excluded from the period. */
  exclusion: string;
  /** The receipt-date rule per channel (null: the 2007 条例 had none). */
  receipt: string | null;
  /** Restart after 补正. */
  correction: string;
  /** The deferred reply of 第三十五条 (null: not in the 2007 条例). */
  deferral: string | null;
};

/** One version of the statutory periods. */
export type StatutoryPeriods = {
  id: PeriodVersionId;
  /** The statute, as cited. */
  title: string;
  /** First receipt date the version applies to. */
  effectiveFrom: LocalDate;
  /** 工作日 to reply, counted from the day after receipt. */
  replyDays: number;
  /** The longest extension that may be approved (工作日). */
  extensionDays: number;
  /** Pauses the statute itself excludes (the fee pause is a platform setting: deadline-settings.ts). */
  excludedReasons: readonly PauseReason[];
  /** Whether the `feeTimeExcluded` setting applies (信息处理费 exists only under the 2019 条例). */
  hasFeeSetting: boolean;
  /** 工作日 to send the 补正 notice (null: no such rule). */
  correctionNoticeDays: number | null;
  /** 工作日 a consulted third party / other organ has to answer (null: no such rule). */
  consultationReplyDays: number | null;
  /**
   * 工作日 the applicant has to pay a 信息处理费, counted from the day after the fee notice is received
   * (null: no 信息处理费 under this version; the 2007 条例 knew only cost fees).
   */
  feePaymentDays: number | null;
  citations: PeriodCitations;
  /** The reply-period article, verbatim. */
  quote: string;
};

/**
 * 2007 条例第二十四条: 「行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复。行政机关不能当场答复的，
 * 应当自收到申请之日起15个工作日内予以答复；如需延长答复期限的，应当经政府信息公开工作机构负责人同意，并告知申请人，
 * 延长答复的期限最长不得超过15个工作日。申请公开的政府信息涉及第三方权益的，行政机关征求第三方意见所需时间不计算在
 * 本条第二款规定的期限内。」 (domain-zh §1.8 [C]).
 */
const ORDINANCE_2007: StatutoryPeriods = {
  id: 'ordinance-2007',
  title: '《中华人民共和国政府信息公开条例》（2007年公布，国务院令第492号）',
  effectiveFrom: localDate('2008-05-01'),
  replyDays: 15,
  extensionDays: 15,
  excludedReasons: ['thirdParty'],
  hasFeeSetting: false,
  correctionNoticeDays: null,
  consultationReplyDays: null,
  feePaymentDays: null,
  citations: {
    reply: '2007年条例第二十四条第二款',
    exclusion: '2007年条例第二十四条第三款',
    receipt: null,
    correction: '2007年条例第二十一条第（四）项',
    deferral: null,
  },
  quote:
    '行政机关不能当场答复的，应当自收到申请之日起15个工作日内予以答复；如需延长答复期限的，应当经政府信息公开工作机构负责人同意，并告知申请人，延长答复的期限最长不得超过15个工作日。',
};

/**
 * 2019 条例第三十三条: 「行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，
 * 应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。
 * 行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。」
 * 第三十条: 「…自收到申请之日起7个工作日内一次性告知申请人作出补正…答复期限自行政机关收到补正的申请之日起计算。」
 * 第三十二条/第三十四条: 第三方、其他机关 「自收到征求意见书之日起15个工作日内提出意见」.
 * 信息处理费 (国办函〔2020〕109号 as restated by 四川, domain-zh §3.4 [S]): 「在收到收费通知次日起20个工作日内缴纳费用」,
 * 「逾期未缴纳的视为放弃申请」.
 */
const ORDINANCE_2019: StatutoryPeriods = {
  id: 'ordinance-2019',
  title: '《中华人民共和国政府信息公开条例》（2019年修订，国务院令第711号）',
  effectiveFrom: localDate('2019-05-15'),
  replyDays: 20,
  extensionDays: 20,
  excludedReasons: ['thirdParty', 'coProducer'],
  hasFeeSetting: true,
  correctionNoticeDays: 7,
  consultationReplyDays: 15,
  feePaymentDays: 20,
  citations: {
    reply: '第三十三条第二款',
    exclusion: '第三十三条第三款',
    receipt: '条例第三十一条',
    correction: '第三十条',
    deferral: '第三十五条',
  },
  quote:
    '行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。',
};

/** Every version, oldest first. */
export const STATUTORY_PERIODS = [
  ORDINANCE_2007,
  ORDINANCE_2019,
] as const satisfies readonly StatutoryPeriods[];

/** The earliest date the engine accepts: the 2007 条例 took effect on 2008-05-01. */
export const EARLIEST_DATE = ORDINANCE_2007.effectiveFrom;

/**
 * The version that applies to an application received on `received`.
 * @example periodVersionFor(localDate('2019-05-14')).id // 'ordinance-2007'
 * @example periodVersionFor(localDate('2019-05-15')).id // 'ordinance-2019'
 */
export function periodVersionFor(received: LocalDate): StatutoryPeriods {
  return compareDates(received, ORDINANCE_2019.effectiveFrom) >= 0 ? ORDINANCE_2019 : ORDINANCE_2007;
}

/**
 * The version with this id (as stored with a case).
 * @throws Error for an unknown id (stored ids come from PERIOD_VERSION_IDS)
 */
export function periodVersionById(id: string): StatutoryPeriods {
  const version = STATUTORY_PERIODS.find((v) => v.id === id);
  if (version === undefined) {
    throw new Error(`unknown statutory period version: ${id}`);
  }
  return version;
}
