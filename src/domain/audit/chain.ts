/**
 * The audit trail's hash chain: each record's hash covers its content and the previous record's
 * hash, so changing, removing or reordering a record breaks every hash after it.
 * Pure: the shell supplies the sha256 function and the time.
 */

export type AuditContent = {
  at: string; // ISO time
  actorId: number | null;
  actorName: string | null;
  organId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hash of a record given the previous one's.
 * @example chainHash(sha256, GENESIS_HASH, content)
 */
export function chainHash(
  sha256: (text: string) => string,
  previousHash: string,
  content: AuditContent,
): string {
  return sha256(`${previousHash}\n${canonicalJson(content)}`);
}

export type ChainBreak = { id: number; reason: 'prev_hash' | 'hash' };

/**
 * Verifies records in id order.
 * @returns the first break, or null when the chain is intact
 */
export function verifyChain(
  sha256: (text: string) => string,
  records: Iterable<{ id: number; prevHash: string; hash: string; content: AuditContent }>,
  startHash = GENESIS_HASH,
): ChainBreak | null {
  let previous = startHash;
  for (const r of records) {
    if (r.prevHash !== previous) {
      return { id: r.id, reason: 'prev_hash' };
    }
    if (chainHash(sha256, previous, r.content) !== r.hash) {
      return { id: r.id, reason: 'hash' };
    }
    previous = r.hash;
  }
  return null;
}
