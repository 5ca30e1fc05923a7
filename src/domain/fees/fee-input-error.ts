/**
 * Input a fee cannot be computed from: a count that is not a whole number, negative, absurdly
 * large, or a form asking for both methods at once. `message` is Chinese, for the user; `code` is
 * stable for the shell's error table.
 */

/** Why the input was refused. */
export type FeeInputErrorCode =
  | 'MISSING' // the field is empty
  | 'NOT_A_NUMBER' // not written as a number
  | 'NEGATIVE'
  | 'NOT_INTEGER'
  | 'ZERO_ORDINAL' // 第0件 does not exist
  | 'TOO_LARGE' // beyond MAX_PAGES / MAX_MONTHLY_ORDINAL
  | 'BOTH_METHODS' // 第三条: one method per application
  | 'NO_METHOD'; // neither method chosen

/** The fee input fields, for form error placement. */
export type FeeField = 'method' | 'monthlyOrdinal' | 'pages';

export class FeeInputError extends Error {
  readonly code: FeeInputErrorCode;
  readonly field: FeeField;

  /**
   * @param code stable machine-readable reason
   * @param field the form field the error belongs to
   * @param message what is wrong, in Chinese
   */
  constructor(code: FeeInputErrorCode, field: FeeField, message: string) {
    super(message);
    this.name = 'FeeInputError';
    this.code = code;
    this.field = field;
  }
}
