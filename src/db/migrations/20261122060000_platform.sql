-- The platform: settings, organs, accounts and roles, sessions, login throttling, the audit
-- trail, stored annual reports and report-check results.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE organs (
  id serial PRIMARY KEY,
  parent_id integer REFERENCES organs (id),
  name text NOT NULL,
  short_name text NOT NULL,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  type text NOT NULL CHECK (type IN ('government', 'department', 'township', 'other')),
  level text NOT NULL CHECK (level IN ('provincial', 'municipal', 'county', 'township')),
  credit_code char(18) UNIQUE,
  address text,
  postcode text,
  phone text,
  fax text,
  email text,
  office_hours text,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organs_parent ON organs (parent_id);

CREATE TABLE accounts (
  id serial PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{3,32}$'),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  is_disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE account_roles (
  account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  organ_id integer NOT NULL REFERENCES organs (id),
  role text NOT NULL CHECK (role IN ('admin', 'handler', 'reviewer', 'approver', 'supervisor')),
  PRIMARY KEY (account_id, organ_id, role)
);
CREATE INDEX account_roles_organ ON account_roles (organ_id);

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_attempts (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  locked_until timestamptz
);

CREATE TABLE audit_events (
  id serial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id integer,
  actor_name text,
  organ_id integer,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_events_organ ON audit_events (organ_id, id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

CREATE TABLE annual_reports (
  id serial PRIMARY KEY,
  organ_id integer NOT NULL REFERENCES organs (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  data jsonb NOT NULL,
  published_on date,
  created_at timestamptz NOT NULL,
  UNIQUE (organ_id, year)
);

CREATE TABLE report_checks (
  token text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  file_name text,
  report jsonb NOT NULL,
  findings jsonb NOT NULL
);
CREATE INDEX report_checks_expiry ON report_checks (expires_at);
