-- Ledger (台账) imports: an uploaded .xlsx/.csv of past cases is parsed, stored here for its
-- uploader only and shown as a preview; the person confirms with the token and every case is
-- written in one transaction (or none). The parsed rows hold personal data: they are cleared at
-- commit (only the counts stay) and the row is removed an hour after upload, when the next upload
-- is stored.

CREATE TABLE case_imports (
  token text PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  organ_id integer NOT NULL REFERENCES organs (id),
  file_name text NOT NULL,
  file_sha256 text NOT NULL,
  format text NOT NULL CHECK (format IN ('xlsx', 'csv')),
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  committed_at timestamptz,
  outcome jsonb
);
CREATE INDEX case_imports_expiry ON case_imports (expires_at);

-- The ledger export pages through cases in order of receipt (keyset on received_on, id).
CREATE INDEX cases_received_id ON cases (received_on, id);
