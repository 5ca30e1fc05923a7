/**
 * The site's registration data as the administrator enters it (portal-conventions §1.4–§1.5): the
 * English domain (SiteDomain tag, absolute URLs in robots.txt and sitemap.xml), the 10-digit
 * 政府网站标识码, the ICP备案号 and the 公安机关备案号. Empty means "not yet": the portal shows a
 * marked placeholder. Pure.
 */
export type SiteSettingsInput = { domain: string; idCode: string; icp: string; policeRecord: string };

const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ID_CODE = /^\d{10}$/;
const ICP = /^[\p{Script=Han}]ICP备\d{6,10}号(-\d{1,3})?$/u;
const POLICE = /^[\p{Script=Han}]公网安备\s?\d{14}号$/u;

/** The settings cleaned, or the fields in error (Chinese). */
export function parseSiteSettings(
  raw: Record<string, string | undefined>,
): { ok: true; values: SiteSettingsInput } | { ok: false; errors: Record<string, string> } {
  const values = {
    domain: (raw.domain ?? '')
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, ''),
    idCode: (raw.idCode ?? '').trim(),
    icp: (raw.icp ?? '').trim(),
    policeRecord: (raw.policeRecord ?? '').trim(),
  };
  const errors: Record<string, string> = {};
  if (values.domain !== '' && !DOMAIN.test(values.domain)) {
    errors.domain = '网站域名格式不正确，例如“www.boshan.gov.cn”（不含 http:// 和路径）';
  }
  if (values.idCode !== '' && !ID_CODE.test(values.idCode)) {
    errors.idCode = '政府网站标识码是10位数字';
  }
  if (values.icp !== '' && !ICP.test(values.icp)) {
    errors.icp = 'ICP备案号格式应为“鲁ICP备12345678号”或“鲁ICP备12345678号-1”';
  }
  if (values.policeRecord !== '' && !POLICE.test(values.policeRecord)) {
    errors.policeRecord = '公安机关备案号格式应为“鲁公网安备37030402000123号”（14位数字）';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}
