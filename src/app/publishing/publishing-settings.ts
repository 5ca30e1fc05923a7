/**
 * An organ's publishing settings with their defaults (docs/decisions/020): 索引号 pattern
 * 「{机构代码}/{年}-{序号:5}」 with the organ's 统一社会信用代码 (or its id padded, when it has none),
 * nobody signs what they drafted, 三同步 required for 规范性文件.
 */
import type { Queryable } from '../../db/db.ts';
import { findPublishingSettings } from '../../db/queries/publishing/settings.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { DEFAULT_INDEX_PATTERN } from '../../domain/publishing/index-number.ts';

export type PublishingSettings = {
  indexPattern: string;
  /** The 前段码 as configured, or null to use the organ's 统一社会信用代码. */
  indexCode: string | null;
  drafterMaySign: boolean;
  interpretationRequired: boolean;
  /** Who last changed them and when (null: never changed, defaults). */
  changed: { by: string; at: Date } | null;
};

export const DEFAULT_PUBLISHING_SETTINGS: PublishingSettings = {
  indexPattern: DEFAULT_INDEX_PATTERN,
  indexCode: null,
  drafterMaySign: false,
  interpretationRequired: true,
  changed: null,
};

/** The organ's settings, defaults filled in. */
export async function loadPublishingSettings(db: Queryable, organId: number): Promise<PublishingSettings> {
  const row = await findPublishingSettings(db, organId);
  return row === null
    ? DEFAULT_PUBLISHING_SETTINGS
    : {
        indexPattern: row.indexPattern,
        indexCode: row.indexCode,
        drafterMaySign: row.drafterMaySign,
        interpretationRequired: row.interpretationRequired,
        changed: { by: row.updatedBy, at: row.updatedAt },
      };
}

/** The 前段码 of the organ's 索引号. */
export function indexCodeOf(settings: PublishingSettings, organ: Pick<Organ, 'id' | 'creditCode'>): string {
  return settings.indexCode ?? organ.creditCode ?? `ORG${String(organ.id).padStart(6, '0')}`;
}
