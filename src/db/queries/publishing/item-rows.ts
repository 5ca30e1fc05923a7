/**
 * The item row as SQL returns it (camelCase aliases) and the column list every item query selects.
 */
export type ItemRow = {
  id: number;
  organId: number;
  kind: string;
  status: string;
  version: number;
  indexNumber: string | null;
  title: string;
  coOrgans: string;
  docNumber: string;
  writtenOn: string | null;
  effectiveOn: string | null;
  formedOn: string;
  topic: string;
  genre: string;
  keywords: string;
  summary: string;
  bodyHtml: string;
  bodyText: string;
  interpretationForm: string | null;
  validity: string | null;
  validityOn: string | null;
  validityNote: string;
  replacedBy: number | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  publishedVersion: number;
  revisedAt: Date | null;
  revisionNote: string;
  withdrawnAt: Date | null;
  withdrawnReason: string;
  acceptedWarnings: { code: string; message: string; reason: string }[];
  draftedBy: number | null;
  draftedByName: string;
  signedByDrafter: boolean;
  createdAt: Date;
  updatedAt: Date;
};

const d = (column: string, alias: string) => `to_char(i.${column}, 'YYYY-MM-DD') AS "${alias}"`;

/** The select list for `items i`. */
export const ITEM_COLUMNS = `i.id::int AS id, i.organ_id AS "organId", i.kind, i.status, i.version,
  i.index_number AS "indexNumber", i.title, i.co_organs AS "coOrgans", i.doc_number AS "docNumber",
  ${d('written_on', 'writtenOn')}, ${d('effective_on', 'effectiveOn')}, ${d('formed_on', 'formedOn')},
  i.topic, i.genre, i.keywords, i.summary, i.body_html AS "bodyHtml", i.body_text AS "bodyText",
  i.interpretation_form AS "interpretationForm", i.validity, ${d('validity_on', 'validityOn')},
  i.validity_note AS "validityNote", i.replaced_by::int AS "replacedBy", i.scheduled_at AS "scheduledAt",
  i.published_at AS "publishedAt", i.published_version AS "publishedVersion", i.revised_at AS "revisedAt",
  i.revision_note AS "revisionNote", i.withdrawn_at AS "withdrawnAt", i.withdrawn_reason AS "withdrawnReason",
  i.accepted_warnings AS "acceptedWarnings", i.drafted_by AS "draftedBy", i.drafted_by_name AS "draftedByName",
  i.signed_by_drafter AS "signedByDrafter", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;
