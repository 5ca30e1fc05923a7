/**
 * The annual report as data — contract `gongkai.annual-report.v1`
 * (see ../shared/docs/annual-report-json.md; key names are public and must not change).
 *
 * Numeric cells: a number when the report states one, `null` when blank, unreadable, "/" or "—",
 * or missing from the source. 0 and null are never conflated.
 */
import { z } from 'zod';
import { SCHEMA_ID } from './schema-id.ts';

export { SCHEMA_ID };

/** A count cell (table 三 and 四, and most of table 二): a non-negative integer or null. */
export const CountSchema = z.number().int().nonnegative().nullable();
/** A signed count (2019 format 本年增/减). */
export const SignedCountSchema = z.number().int().nullable();
/** An amount (万元 in the 2021 fee row; as written in 2019 procurement). */
export const AmountSchema = z.number().nonnegative().nullable();

/** One row of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
export const ApplicantRowSchema = z.tuple([
  CountSchema,
  CountSchema,
  CountSchema,
  CountSchema,
  CountSchema,
  CountSchema,
  CountSchema,
]);
export type ApplicantRow = z.infer<typeof ApplicantRowSchema>;

const DocumentCounts2021Schema = z.object({
  issued: CountSchema,
  repealed: CountSchema,
  inForce: CountSchema,
});
const Decisions2021Schema = z.object({ decisions: CountSchema });

export const Proactive2021Schema = z.object({
  rules: DocumentCounts2021Schema,
  normativeDocuments: DocumentCounts2021Schema,
  licensing: Decisions2021Schema,
  penalties: Decisions2021Schema,
  coercion: Decisions2021Schema,
  fees: z.object({ amountWanYuan: AmountSchema }),
});
export type Proactive2021 = z.infer<typeof Proactive2021Schema>;

const DocumentCounts2019Schema = z.object({
  made: CountSchema,
  published: CountSchema,
  totalPublic: CountSchema,
});
const Items2019Schema = z.object({
  previousYear: CountSchema,
  change: SignedCountSchema,
  decisions: CountSchema,
});

export const Proactive2019Schema = z.object({
  rules: DocumentCounts2019Schema,
  normativeDocuments: DocumentCounts2019Schema,
  licensing: Items2019Schema,
  otherServices: Items2019Schema,
  penalties: Items2019Schema,
  coercion: Items2019Schema,
  fees: z.object({ previousYear: CountSchema, change: SignedCountSchema }),
  procurement: z.object({ projects: CountSchema, amount: AmountSchema, amountText: z.string().nullable() }),
});
export type Proactive2019 = z.infer<typeof Proactive2019Schema>;

const WithheldSchema = z.object({
  stateSecret: ApplicantRowSchema,
  prohibitedByLaw: ApplicantRowSchema,
  securityStability: ApplicantRowSchema,
  thirdPartyRights: ApplicantRowSchema,
  internalAffairs: ApplicantRowSchema,
  processInformation: ApplicantRowSchema,
  enforcementFiles: ApplicantRowSchema,
  administrativeQuery: ApplicantRowSchema,
});
const UnavailableSchema = z.object({
  notHeld: ApplicantRowSchema,
  needsCreation: ApplicantRowSchema,
  unclearAfterCorrection: ApplicantRowSchema,
});
const NotProcessedSchema = z.object({
  complaint: ApplicantRowSchema,
  duplicate: ApplicantRowSchema,
  publication: ApplicantRowSchema,
  excessive: ApplicantRowSchema,
  confirmation: ApplicantRowSchema,
});
/** （六）其他处理 in the 2021 format: three sub-rows. */
export const OtherHandlingSplitSchema = z.object({
  noCorrection: ApplicantRowSchema,
  noFee: ApplicantRowSchema,
  other: ApplicantRowSchema,
});
export type OtherHandlingSplit = z.infer<typeof OtherHandlingSplitSchema>;

export const ApplicationsSchema = z.object({
  newlyReceived: ApplicantRowSchema,
  carriedOver: ApplicantRowSchema,
  granted: ApplicantRowSchema,
  partlyGranted: ApplicantRowSchema,
  withheld: WithheldSchema,
  unavailable: UnavailableSchema,
  notProcessed: NotProcessedSchema,
  /** 2021: three sub-rows; 2019 (or a 2021+ report printing the single row): one row. */
  other: z.union([OtherHandlingSplitSchema, ApplicantRowSchema]),
  total: ApplicantRowSchema,
  carriedForward: ApplicantRowSchema,
});
export type Applications = z.infer<typeof ApplicationsSchema>;

export const OutcomeSchema = z.object({
  upheld: CountSchema,
  corrected: CountSchema,
  other: CountSchema,
  pending: CountSchema,
  total: CountSchema,
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const ReviewLitigationSchema = z.object({
  review: OutcomeSchema,
  litigationDirect: OutcomeSchema,
  litigationAfterReview: OutcomeSchema,
});
export type ReviewLitigation = z.infer<typeof ReviewLitigationSchema>;

export const SectionsSchema = z.object({
  overview: z.string().nullable(),
  proactive: z.string().nullable(),
  applications: z.string().nullable(),
  reviewLitigation: z.string().nullable(),
  problems: z.string().nullable(),
  other: z.string().nullable(),
});
export type Sections = z.infer<typeof SectionsSchema>;

const common = {
  schema: z.literal(SCHEMA_ID),
  organ: z.string().min(1).nullable(),
  year: z.number().int().min(2000).max(2100).nullable(),
  sections: SectionsSchema,
};

export const Report2021Schema = z.object({
  ...common,
  format: z.literal('2021'),
  proactive: Proactive2021Schema.nullable(),
  applications: ApplicationsSchema.nullable(),
  reviewLitigation: ReviewLitigationSchema.nullable(),
});
export const Report2019Schema = z.object({
  ...common,
  format: z.literal('2019'),
  proactive: Proactive2019Schema.nullable(),
  applications: ApplicationsSchema.nullable(),
  reviewLitigation: ReviewLitigationSchema.nullable(),
});
export const ReportLegacySchema = z.object({
  ...common,
  format: z.literal('legacy'),
  proactive: z.null(),
  applications: z.null(),
  reviewLitigation: z.null(),
});

/** One annual report. `format` decides the shape of `proactive`. */
export const AnnualReportSchema = z.discriminatedUnion('format', [
  Report2021Schema,
  Report2019Schema,
  ReportLegacySchema,
]);
export type AnnualReport = z.infer<typeof AnnualReportSchema>;
export type Report2021 = z.infer<typeof Report2021Schema>;
export type Report2019 = z.infer<typeof Report2019Schema>;
export type ReportFormat = AnnualReport['format'];
