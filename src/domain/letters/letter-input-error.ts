/**
 * Input from which no lawful letter can be written. The message is Chinese, for the staff user
 * who filled the case; the code is stable for the shell's error table.
 */
export type LetterInputErrorCode =
  | 'BLANK_FIELD' // a name, number or text the letter must print is empty
  | 'NO_TEMPLATE' // no template in force on the letter date
  | 'DATE_ORDER' // a date before the receipt date, or a deadline not after the letter date
  | 'NO_MISSING' // 补正 without the list of what is missing (第三十条 一次性告知)
  | 'EXTENSION_DAYS' // extension not 1–20 working days (第三十三条第二款)
  | 'FEE_AMOUNT' // fee amount not a positive sum in yuan and fen
  | 'NO_BREAKDOWN' // fee notice without its calculation
  | 'NO_ITEMS' // reply that answers nothing
  | 'REASON_REQUIRED' // partlyGranted / withheld / other.other without reasons (第三十六条第（三）项、第三十七条)
  | 'FIELD_MISMATCH'; // a decision-specific field on an item with another decision

export class LetterInputError extends Error {
  readonly code: LetterInputErrorCode;

  /**
   * @param code stable machine-readable reason
   * @param message what is wrong, in Chinese, for the user
   */
  constructor(code: LetterInputErrorCode, message: string) {
    super(message);
    this.name = 'LetterInputError';
    this.code = code;
  }
}
