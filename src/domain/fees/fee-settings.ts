/**
 * The tariff of 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号), as data.
 *
 * 第三条: two methods, 按件计收 (per application) and 按量计收 (per volume), both 超额累进
 * (progressive, each band only on the part that falls into it); one method per application.
 * 第四条 (按件, same applicant, one 自然月, cumulative): ≤ 10 free, 11–30 100元/件, above 30
 * 「以10件为一档，每增加一档，收费标准提高100元/件」.
 * 第五条 (按量, pages per application): ≤ 30 free, 31–100 10元/页, 101–200 20元/页, ≥ 201 40元/页.
 * Sources and confidence: domain-zh.md §3.3 ([C] for the tiers); the readings marked [U] below are
 * settings, explained in docs/decisions/009-statistics-from-cases.md.
 */

/** One band of a progressive tariff: items `from`…`to` (inclusive; `to` null = no upper bound). */
export type FeeBand = { readonly from: number; readonly to: number | null; readonly feeYuan: number };

/** The readings of the 办法 that the available text does not settle ([U]). */
export type FeeSettings = {
  /**
   * 第四条, above 30 applications a month: bands of `bandSize`; the first band (31–40) costs
   * `firstBandFeeYuan` per application and every further band `stepYuan` more.
   */
  readonly perApplicationBandAbove30: {
    readonly bandSize: number;
    readonly firstBandFeeYuan: number;
    readonly stepYuan: number;
  };
  /**
   * 第五条 continues 「相关政府信息已经主动对外公开，…」 and is cut off in every copy read: read as
   * "no 按量 fee for information already proactively published". True = exempt.
   */
  readonly isProactivelyPublishedExemptFromVolumeFee: boolean;
};

/**
 * The default readings: 31–40 → 200元/件, 41–50 → 300元/件, … ("each band of 10 above 30 is one
 * step up from the 100元 of 11–30"); proactively published information is exempt from 按量.
 */
export const FEE_SETTINGS = {
  perApplicationBandAbove30: { bandSize: 10, firstBandFeeYuan: 200, stepYuan: 100 },
  isProactivelyPublishedExemptFromVolumeFee: true,
} as const satisfies FeeSettings;

/** 第四条 up to 30 applications a month (the bands above 30 come from the settings). */
export const PER_APPLICATION_BANDS: readonly FeeBand[] = [
  { from: 1, to: 10, feeYuan: 0 },
  { from: 11, to: 30, feeYuan: 100 },
];

/** 第五条, per page, progressive on the excess only. */
export const PER_PAGE_BANDS: readonly FeeBand[] = [
  { from: 1, to: 30, feeYuan: 0 },
  { from: 31, to: 100, feeYuan: 10 },
  { from: 101, to: 200, feeYuan: 20 },
  { from: 201, to: null, feeYuan: 40 },
];

/** More pages than this in one application is a typing error, not a request (input guard). */
export const MAX_PAGES = 1_000_000;
/** More applications than this by one applicant in one month is a typing error (input guard). */
export const MAX_MONTHLY_ORDINAL = 100_000;

/**
 * The 第四条 band that the `ordinal`-th application of the month falls into.
 * @param ordinal 1-based count of the applicant's applications in the 自然月, this one included
 * @example perApplicationBand(35) // { from: 31, to: 40, feeYuan: 200 }
 * @example perApplicationBand(41) // { from: 41, to: 50, feeYuan: 300 }
 */
export function perApplicationBand(ordinal: number, settings: FeeSettings = FEE_SETTINGS): FeeBand {
  const fixed = PER_APPLICATION_BANDS.find(
    (band) => band.to !== null && ordinal >= band.from && ordinal <= band.to,
  );
  if (fixed) {
    return fixed;
  }
  const { bandSize, firstBandFeeYuan, stepYuan } = settings.perApplicationBandAbove30;
  const step = Math.floor((ordinal - 31) / bandSize);
  const from = 31 + step * bandSize;
  return { from, to: from + bandSize - 1, feeYuan: firstBandFeeYuan + step * stepYuan };
}
