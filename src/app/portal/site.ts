/**
 * The site as the page furniture shows it (portal-conventions §1.4–§1.5): its name, the 主办/承办
 * units, and the registration numbers. Numbers that are not configured yet are shown as clearly
 * marked placeholders (「示例」), never as if they were real; the page tags then carry nothing.
 */
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { SiteSettingKey } from '../../db/queries/settings.ts';

/** A registration number as shown: the value, and whether it is only a placeholder. */
export type SiteNumber = { value: string; isExample: boolean };

export type SiteInfo = {
  /** 「XX政府信息公开平台」 of the root organ. */
  name: string;
  /** English domain for the SiteDomain tag: the `site.domain` setting, or '' until it is set. */
  domain: string;
  /** 政府网站标识码 (SiteIDCode). */
  idCode: SiteNumber;
  /** ICP备案号. */
  icp: SiteNumber;
  /** 公安机关备案号. */
  policeRecord: SiteNumber;
  /** 主办单位: the root organ. */
  sponsor: string;
  /** 承办单位: the root organ's office that runs the platform. */
  operator: string;
};

/** Placeholders in the shape of real numbers (portal-conventions §1.4), marked 示例 wherever shown. */
const EXAMPLES = {
  idCode: '0000000000',
  icp: '××ICP备00000000号',
  policeRecord: '××公网安备00000000000000号',
} as const;

/**
 * The platform name of an organ: 「淄博市博山区人民政府」 → 「淄博市博山区政府信息公开平台」,
 * 「博山区财政局」 → 「博山区财政局政府信息公开平台」.
 * @example platformName({ name: '淄博市博山区人民政府' }) // '淄博市博山区政府信息公开平台'
 */
export function platformName(organ: Pick<PortalOrgan, 'name'>): string {
  const base = organ.name.endsWith('人民政府') ? organ.name.slice(0, -'人民政府'.length) : organ.name;
  return `${base}政府信息公开平台`;
}

/**
 * The organ's 政府信息公开工作机构 (条例第四条). Default reading: the organ's office — 办公室, or
 * 党政办公室 for a township. [U] until the organ registry stores it; shown as a default, not a fact.
 * @example workOfficeName({ name: '博山区财政局', type: 'department' }) // '博山区财政局办公室'
 */
export function workOfficeName(organ: Pick<PortalOrgan, 'name' | 'type'>): string {
  return organ.type === 'township' ? `${organ.name}党政办公室` : `${organ.name}办公室`;
}

/**
 * Builds the site's furniture from the root organ and the `site.*` settings. Nothing comes from
 * the request: a `Host` header is the client's to choose, so it never reaches a page (or the
 * page cache's keys).
 * @param root the root organ, or null before any organ exists
 */
export function siteInfo(
  root: PortalOrgan | null,
  settings: Partial<Record<SiteSettingKey, string>>,
): SiteInfo {
  const number = (value: string | undefined, example: string): SiteNumber =>
    value === undefined || value.trim() === ''
      ? { value: example, isExample: true }
      : { value: value.trim(), isExample: false };
  return {
    name: root === null ? '政府信息公开平台' : platformName(root),
    domain: settings['site.domain']?.trim() ?? '',
    idCode: number(settings['site.id_code'], EXAMPLES.idCode),
    icp: number(settings['site.icp'], EXAMPLES.icp),
    policeRecord: number(settings['site.police_record'], EXAMPLES.policeRecord),
    sponsor: root?.name ?? '（尚未设置）',
    operator: root === null ? '（尚未设置）' : workOfficeName(root),
  };
}
