import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../test/db.ts';
import { listMigrations, migrate, splitStatements } from './migrate.ts';

describe('splitStatements', () => {
  it('keeps $$ function bodies whole and drops comments', () => {
    const sql =
      "-- c\nCREATE TABLE a (x int);\nCREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND\n$$;\nSELECT 1;";
    expect(splitStatements(sql)).toHaveLength(3);
  });
});

for (const backend of await backends()) {
  describe(`migrations on ${backend.name}`, () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await backend.open({ fromScratch: true }); // every migration applied here, not a template's copy
    });
    afterAll(() => t.dispose());

    it('applies every migration once; a second run is a no-op', async () => {
      const versions = (
        await t.db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')
      ).map((r) => r.version);
      expect(versions).toEqual(listMigrations().map((m) => m.version));
      expect(await migrate(t.db)).toEqual([]);
    });

    it('keeps the audit trail append-only', async () => {
      await t.db.query(
        "INSERT INTO audit_events (at, action, entity, prev_hash, hash) VALUES (now(), 'test', 'x', '0', 'h1')",
      );
      await expect(t.db.query("UPDATE audit_events SET action = 'changed'")).rejects.toThrow(/append-only/);
      await expect(t.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(t.db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    });

    it('rolls a failed transaction back completely', async () => {
      await expect(
        t.db.transaction(async (tx) => {
          await tx.query("INSERT INTO settings (key, value) VALUES ('a', '1')");
          await tx.query("INSERT INTO settings (key, value) VALUES ('a', '2')");
        }),
      ).rejects.toThrow();
      expect(await t.db.query("SELECT * FROM settings WHERE key = 'a'")).toEqual([]);
    });
  });
}
