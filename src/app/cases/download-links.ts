/**
 * The applicant's download links (decision 021): after a reply was delivered 网上获取, the tracking
 * page lists the 答复书 and the released files, each behind a link that
 * - is signed (HMAC-SHA256 with a server secret kept in `settings`) over the case id, the item and
 *   the expiry, and bound to the case's query-code hash: an edited link, or one for a case whose
 *   query code has changed, is refused;
 * - expires DOWNLOAD_LINK_MINUTES after the lookup that issued it (the applicant looks the case up
 *   again for fresh links);
 * - carries no personal data (no name, ID number, phone or query code): it is safe in access logs.
 */
import crypto from 'node:crypto';

/** How long a link works after the lookup that issued it. */
export const DOWNLOAD_LINK_MINUTES = 30;

/** What a link opens: the reply letter (print page or DOCX) or a released file. */
export type DownloadItem =
  { kind: 'letter'; letterId: number; format: 'html' | 'docx' } | { kind: 'released'; attachmentId: number };

export type DownloadClaim = { caseId: number; item: DownloadItem; expiresAt: Date };

const TOKEN =
  /^([1-9]\d{0,14})\.(?:l([1-9]\d{0,14})([hd])|f([1-9]\d{0,14}))\.([1-9]\d{8,10})\.([A-Za-z0-9_-]{32})$/;

const itemText = (item: DownloadItem): string =>
  item.kind === 'letter' ? `l${item.letterId}${item.format === 'docx' ? 'd' : 'h'}` : `f${item.attachmentId}`;

function signatureOf(secret: string, payload: string, queryCodeHash: string): string {
  return crypto
    .createHmac('sha256', secret)
    .update(`gk-download\n${payload}\n${queryCodeHash}`)
    .digest('base64url')
    .slice(0, 32);
}

/**
 * Signs a link for one item of one case.
 * @example signDownloadToken(secret, hash, { caseId: 7, item: { kind: 'released', attachmentId: 3 }, expiresAt })
 *   // '7.f3.1729480200.Qm9…' (case id, item, expiry in Unix seconds, signature)
 */
export function signDownloadToken(secret: string, queryCodeHash: string, claim: DownloadClaim): string {
  const payload = `${claim.caseId}.${itemText(claim.item)}.${Math.floor(claim.expiresAt.getTime() / 1000)}`;
  return `${payload}.${signatureOf(secret, payload, queryCodeHash)}`;
}

/**
 * Reads a link's claim without trusting it (the case id is needed to find the query-code hash the
 * signature is checked against).
 * @returns the claim, or null for anything that is not a link this platform makes
 */
export function readDownloadToken(token: string): (DownloadClaim & { signature: string }) | null {
  const m = TOKEN.exec(token);
  if (!m) {
    return null;
  }
  const item: DownloadItem = m[2]
    ? { kind: 'letter', letterId: Number(m[2]), format: m[3] === 'd' ? 'docx' : 'html' }
    : { kind: 'released', attachmentId: Number(m[4]) };
  return { caseId: Number(m[1]), item, expiresAt: new Date(Number(m[5]) * 1000), signature: m[6]! };
}

/** True when the link was signed by this platform for this case's current query code. */
export function isGenuineDownloadToken(
  secret: string,
  queryCodeHash: string,
  claim: DownloadClaim & { signature: string },
): boolean {
  const expected = signDownloadToken(secret, queryCodeHash, claim).slice(-32);
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(claim.signature));
}
