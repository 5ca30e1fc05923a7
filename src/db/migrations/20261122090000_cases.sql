-- 依申请公开: applications for disclosure (cases), their append-only events, letters,
-- attachments, review/litigation records and the per-organ case numbering.

CREATE TABLE case_numbering (
  organ_id integer PRIMARY KEY REFERENCES organs (id),
  pattern text NOT NULL,
  short_name text NOT NULL
);

CREATE TABLE case_sequences (
  organ_id integer NOT NULL REFERENCES organs (id),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (organ_id, year)
);

CREATE TABLE cases (
  id bigserial PRIMARY KEY,
  organ_id integer NOT NULL REFERENCES organs (id),
  case_number text NOT NULL UNIQUE,
  query_code_hash text NOT NULL UNIQUE,
  status text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  channel text NOT NULL,
  received_on date NOT NULL,
  period_version text NOT NULL,
  applicant_kind text NOT NULL,
  -- personal data (第二十九条): name, ID, contact; never logged, masked in lists
  applicant jsonb NOT NULL,
  -- a keyed hash of the ID number / credit code: the same applicant across cases (fees, duplicates)
  applicant_key text NOT NULL,
  applicant_name_masked text NOT NULL,
  items jsonb NOT NULL,
  summary text NOT NULL,
  source text NOT NULL CHECK (source IN ('portal', 'staff', 'import')),
  -- snapshots recomputed on every event (the queue sorts on them); the truth is the events
  due_on date,
  due_provisional boolean NOT NULL DEFAULT false,
  decision text,
  closed_on date,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (closed_on IS NULL OR closed_on >= received_on)
);
CREATE INDEX cases_organ_status_due ON cases (organ_id, status, due_on);
CREATE INDEX cases_organ_received ON cases (organ_id, received_on);
CREATE INDEX cases_applicant ON cases (applicant_key, received_on);

CREATE TABLE case_events (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES cases (id),
  seq integer NOT NULL,
  at timestamptz NOT NULL,
  actor_id integer,
  actor_name text NOT NULL,
  kind text NOT NULL,
  data jsonb NOT NULL,
  UNIQUE (case_id, seq)
);

CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END;
$$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

CREATE TABLE case_letters (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES cases (id),
  kind text NOT NULL,
  template_id text NOT NULL,
  template_version text NOT NULL,
  letter jsonb NOT NULL,
  issued_on date NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX case_letters_case ON case_letters (case_id);

CREATE TABLE case_attachments (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES cases (id),
  file_name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX case_attachments_case ON case_attachments (case_id);

CREATE TABLE case_reviews (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES cases (id),
  organ_id integer NOT NULL REFERENCES organs (id),
  kind text NOT NULL CHECK (kind IN ('review', 'litigationDirect', 'litigationAfterReview')),
  body text NOT NULL,
  filed_on date NOT NULL,
  result text NOT NULL CHECK (result IN ('upheld', 'corrected', 'other', 'pending')),
  concluded_on date,
  created_at timestamptz NOT NULL
);
CREATE INDEX case_reviews_organ ON case_reviews (organ_id, filed_on);

-- one row per accepted public form submission: the same form posted twice makes one case
CREATE TABLE case_submissions (
  token_hash text PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES cases (id),
  created_at timestamptz NOT NULL
);
