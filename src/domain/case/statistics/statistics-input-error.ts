/**
 * Case data the statistics cannot count: a closed case without a decision, dates in the wrong
 * order, unknown codes. These are data errors in the case store, not report findings: the report is
 * not built until they are fixed. `message` is Chinese and names the record (1-based, in input order).
 */

export type StatisticsInputErrorCode =
  | 'INVALID_YEAR'
  | 'NO_ITEMS' // statisticalDecision of an empty reply
  | 'UNKNOWN_DECISION'
  | 'UNKNOWN_APPLICANT_KIND'
  | 'CLOSED_WITHOUT_DECISION'
  | 'CLOSED_BEFORE_RECEIVED'
  | 'UNKNOWN_REVIEW_KIND'
  | 'UNKNOWN_REVIEW_RESULT'
  | 'RESULT_WITHOUT_CONCLUSION' // a result other than 尚未审结 without its date
  | 'CONCLUSION_WITHOUT_RESULT' // a conclusion date with the result 尚未审结
  | 'CONCLUDED_BEFORE_FILED';

export class StatisticsInputError extends Error {
  readonly code: StatisticsInputErrorCode;
  /** 0-based position of the offending record in the input, null when not about one record. */
  readonly index: number | null;

  /**
   * @param code stable machine-readable reason
   * @param index the record's position in the input, or null
   * @param message what is wrong, in Chinese
   */
  constructor(code: StatisticsInputErrorCode, index: number | null, message: string) {
    super(message);
    this.name = 'StatisticsInputError';
    this.code = code;
    this.index = index;
  }
}
