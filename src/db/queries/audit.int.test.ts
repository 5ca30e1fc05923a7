import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { verifyChain } from '../../domain/audit/chain.ts';
import { appendAudit, readAudit, sha256 } from './audit.ts';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) {
    out.push(x);
  }
  return out;
}

for (const backend of await backends()) {
  describe(`audit chain on ${backend.name}`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await backend.open();
    });
    afterAll(() => t.dispose());

    it('chains records so that verification passes, across concurrent appends', async () => {
      const at = new Date('2026-11-22T08:00:00.123Z');
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.db.transaction((tx) =>
            appendAudit(tx, {
              at,
              actorId: 1,
              actorName: 'admin',
              organId: 1,
              action: 'organ.update',
              entity: 'organ',
              entityId: String(i),
              before: { name: '甲', n: 1.5 },
              after: { name: '乙', when: at },
            }),
          ),
        ),
      );
      const records = await collect(readAudit(t.db, 3));
      expect(records).toHaveLength(8);
      expect(verifyChain(sha256, records)).toBeNull();
    });

    it("detects a record changed behind the trigger's back", async () => {
      const records = await collect(readAudit(t.db));
      const tampered = records.map((r, i) =>
        i === 3 ? { ...r, content: { ...r.content, action: 'organ.delete' } } : r,
      );
      expect(verifyChain(sha256, tampered)).toEqual({ id: records[3]!.id, reason: 'hash' });
      const removed = records.filter((_, i) => i !== 2);
      expect(verifyChain(sha256, removed)).toEqual({ id: records[3]!.id, reason: 'prev_hash' });
    });
  });
}
