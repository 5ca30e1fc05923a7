-- Organ imports: an uploaded .xlsx/.csv is parsed, stored here and shown as a preview; the
-- person confirms with the token and the whole file is applied in one transaction (or nothing).
-- Rows expire after an hour and are removed when the next upload is stored.

CREATE TABLE organ_imports (
  token text PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  committed_at timestamptz
);
CREATE INDEX organ_imports_expiry ON organ_imports (expires_at);
