/**
 * Latin-letter tokens that honest Chinese government reports use inside Chinese text: technical
 * abbreviations, document formats, common product names, statistical terms. A token glued into
 * Chinese text that is not here, and looks like a brand, is a sign of injected spam (integrity.ts).
 */

/** Upper-case forms. Extend when a real report uses another abbreviation (add a test). */
// prettier-ignore
const ALLOWED = new Set([
  // Apps, web and IT
  'APP', 'H5', 'PC', 'IT', 'ID', 'IP', 'IPV4', 'IPV6', 'URL', 'WWW', 'HTTP', 'HTTPS', 'ICP', 'DNS', 'CDN', 'API',
  'SDK', 'CPU', 'AI', 'VR', 'AR', 'GPS', 'QR', 'LED', 'OCR', 'NFC', 'USB', 'WIFI', 'WI-FI', 'WLAN', 'LAN', 'VPN',
  'OA', 'CA', 'UKEY', 'SSL', 'TLS', 'SM2', 'SM3', 'SM4', 'RSS', 'SEO', 'IOS', 'ANDROID', 'WINDOWS', 'LINUX',
  'EMAIL', 'E-MAIL', 'QQ', 'WECHAT', 'MINI', 'GIS', 'BIM', 'CIM', 'ERP', 'CRM', 'OTA', 'IDC', 'IOT', 'AIGC',
  '4G', '5G', 'G', 'TV', 'IPTV', 'CCTV', 'BBS', 'FAQ', 'PPT', 'EXCEL', 'WORD', 'OFFICE',
  // Document formats
  'PDF', 'OFD', 'CEB', 'DOC', 'DOCX', 'XLS', 'XLSX', 'WPS', 'TXT', 'JPG', 'JPEG', 'PNG', 'GIF', 'MP3', 'MP4',
  'HTML', 'XML', 'JSON', 'CSV', 'ZIP', 'RAR',
  // Economy, statistics, administration
  'GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'PPP', 'EPC', 'BOT', 'TOT', 'ISO', 'GB', 'GB/T', 'DB', 'ETC', 'EMS', 'SOS',
  'CBD', 'BRT', 'APEC', 'WTO', 'RCEP', 'FTA', 'VIP', 'NGO', 'MBA', 'EMBA', 'PM2.5', 'PM10', 'AQI', 'COD', 'SO2',
  'NOX', 'CO2', 'PH', 'KM', 'KG', 'KW', 'KWH', 'MW', 'M2', 'M3', 'T', 'CM', 'MM',
  // Health and public safety
  'SARS', 'COVID-19', 'COVID', 'HIV', 'AIDS', 'CT', 'DNA', 'ICU', 'PCR', 'HPV', 'DRG', 'DIP', 'AED', 'CPR',
  // Sport organisations that appear in 文体 reports
  'NBA', 'CBA', 'CUBA', 'FIFA', 'IOC',
]);

/**
 * Converts full-width Latin letters and digits to ASCII, keeping the length.
 * @example toAscii('ＵｅｄＢｅｔ') // 'UedBet'
 */
export function toAscii(token: string): string {
  return token.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Whether a Latin token is a legitimate abbreviation in a Chinese report.
 * Also allows single letters (「A级」「B超」「X光」), grades (「AAAA级景区」), Roman numerals (「II级」)
 * and letter+digit codes (「G20」「S205线」「C919」).
 * @example isAllowedLatinToken('H5') // true
 * @example isAllowedLatinToken('ISO9001') // true
 * @example isAllowedLatinToken('UedBet') // false
 */
export function isAllowedLatinToken(token: string): boolean {
  const upper = toAscii(token).toUpperCase();
  if (ALLOWED.has(upper) || ALLOWED.has(upper.replace(/\d+$/, ''))) {
    return true;
  }
  return /^[A-Z]$|^A{2,5}$|^[IVX]{1,4}$|^[A-Z]{1,2}\d+$/.test(upper);
}
