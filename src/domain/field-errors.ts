/** The one shape of form problems, from the domain's form readers up to the pages (decision 019). */

/**
 * Field name → Chinese message (`_form` for a message about the whole form).
 * @example const errors: FieldErrors = { name: '请填写机构名称' }
 */
export type FieldErrors = Record<string, string>;
