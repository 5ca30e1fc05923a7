-- Import previews are one mechanism (docs/decisions/028-item-import.md): the case ledger's table
-- becomes the store of every staged import. `kind` says which import a row belongs to; `archive`
-- holds an upload's second file (the item import's ZIP of bodies and attachments) until commit.
-- Rows still expire an hour after upload; a commit clears payload and archive (the counts stay).

ALTER TABLE case_imports RENAME TO staged_imports;
ALTER INDEX case_imports_expiry RENAME TO staged_imports_expiry;
ALTER TABLE staged_imports ADD COLUMN kind text NOT NULL DEFAULT 'caseLedger'
  CHECK (kind IN ('caseLedger', 'items'));
ALTER TABLE staged_imports ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE staged_imports ADD COLUMN archive bytea;
