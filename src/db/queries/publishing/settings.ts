/** Per-organ publishing settings (索引号 pattern and code, 签发 by the drafter, 三同步). */
import { queryOne, type Queryable } from '../../db.ts';

export type PublishingSettingsRow = {
  indexPattern: string;
  indexCode: string | null;
  drafterMaySign: boolean;
  interpretationRequired: boolean;
  updatedAt: Date;
  updatedBy: string;
};

/** The organ's settings, or null when it never saved any (the defaults apply). */
export function findPublishingSettings(
  db: Queryable,
  organId: number,
): Promise<PublishingSettingsRow | null> {
  return queryOne<PublishingSettingsRow>(
    db,
    `SELECT index_pattern AS "indexPattern", index_code AS "indexCode", drafter_may_sign AS "drafterMaySign",
       interpretation_required AS "interpretationRequired", updated_at AS "updatedAt", updated_by AS "updatedBy"
     FROM publishing_settings WHERE organ_id = $1`,
    [organId],
  );
}

/** Saves the organ's settings. */
export async function savePublishingSettings(
  tx: Queryable,
  organId: number,
  s: Omit<PublishingSettingsRow, 'updatedAt' | 'updatedBy'>,
  by: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO publishing_settings (organ_id, index_pattern, index_code, drafter_may_sign, interpretation_required, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (organ_id) DO UPDATE SET index_pattern = EXCLUDED.index_pattern, index_code = EXCLUDED.index_code,
       drafter_may_sign = EXCLUDED.drafter_may_sign, interpretation_required = EXCLUDED.interpretation_required,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [organId, s.indexPattern, s.indexCode, s.drafterMaySign, s.interpretationRequired, at, by],
  );
}
