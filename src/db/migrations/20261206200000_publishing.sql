-- 主动公开: published government information (items), their versions, files, columns, 解读 links and
-- the append-only workflow events; per-organ publishing settings and 索引号 serials
-- (docs/decisions/020-publishing-model.md).

CREATE TABLE publishing_settings (
  organ_id integer PRIMARY KEY REFERENCES organs (id),
  -- 索引号 pattern (domain/publishing/index-number.ts); NULL code = the organ's 统一社会信用代码
  index_pattern text NOT NULL,
  index_code text,
  -- by default nobody signs an item they drafted; the organ's administrator may relax it
  drafter_may_sign boolean NOT NULL DEFAULT false,
  -- 三同步: a 行政规范性文件 needs its 解读 before or with it
  interpretation_required boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);

-- 索引号 serials per organ and year; a number once given is never given again
CREATE TABLE index_sequences (
  organ_id integer NOT NULL REFERENCES organs (id),
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (organ_id, year)
);

-- the 法定主动公开内容 column tree per organ (default: domain/publishing/default-catalogue.ts)
CREATE TABLE catalogue_columns (
  id serial PRIMARY KEY,
  organ_id integer NOT NULL REFERENCES organs (id),
  parent_id integer REFERENCES catalogue_columns (id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  basis text NOT NULL DEFAULT '',
  position integer NOT NULL,
  UNIQUE (organ_id, slug)
);

CREATE TABLE items (
  id bigserial PRIMARY KEY,
  organ_id integer NOT NULL REFERENCES organs (id),
  kind text NOT NULL,
  status text NOT NULL,
  -- optimistic lock: every write checks and bumps it
  version integer NOT NULL DEFAULT 1,
  -- given at first publication, never changed, never reused
  index_number text UNIQUE,
  title text NOT NULL,
  -- 联合发文: other organs listed (the issuing organ is organ_id, whose 文号 is used)
  co_organs text NOT NULL DEFAULT '',
  doc_number text NOT NULL DEFAULT '',
  doc_number_key text NOT NULL DEFAULT '',
  written_on date,
  effective_on date,
  -- 形成或者变更日期 (条例第二十六条: published within 20 working days of it)
  formed_on date NOT NULL,
  topic text NOT NULL DEFAULT '',
  genre text NOT NULL,
  keywords text NOT NULL DEFAULT '',
  summary text NOT NULL DEFAULT '',
  body_html text NOT NULL DEFAULT '',
  body_text text NOT NULL DEFAULT '',
  interpretation_form text,
  validity text,
  validity_on date,
  validity_note text NOT NULL DEFAULT '',
  replaced_by bigint REFERENCES items (id),
  scheduled_at timestamptz,
  published_at timestamptz,
  published_version integer NOT NULL DEFAULT 0,
  revised_at timestamptz,
  revision_note text NOT NULL DEFAULT '',
  withdrawn_at timestamptz,
  withdrawn_reason text NOT NULL DEFAULT '',
  -- warnings accepted at 签发, with the reason given
  accepted_warnings jsonb NOT NULL DEFAULT '[]',
  drafted_by integer,
  drafted_by_name text NOT NULL,
  signed_by_drafter boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (written_on IS NULL OR published_at IS NULL OR written_on <= (published_at AT TIME ZONE 'Asia/Shanghai')::date)
);
CREATE INDEX items_organ_status ON items (organ_id, status, updated_at DESC);
CREATE INDEX items_organ_published ON items (organ_id, published_at DESC) WHERE status = 'published';
CREATE INDEX items_due_schedule ON items (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX items_doc_number_key ON items (doc_number_key) WHERE doc_number_key <> '';

CREATE TABLE item_columns (
  item_id bigint NOT NULL REFERENCES items (id),
  column_id integer NOT NULL REFERENCES catalogue_columns (id),
  PRIMARY KEY (item_id, column_id)
);
CREATE INDEX item_columns_column ON item_columns (column_id, item_id);

-- 政策解读 ↔ the document it interprets (both ways on the pages)
CREATE TABLE item_relations (
  document_id bigint NOT NULL REFERENCES items (id),
  interpretation_id bigint NOT NULL REFERENCES items (id),
  PRIMARY KEY (document_id, interpretation_id),
  CHECK (document_id <> interpretation_id)
);
CREATE INDEX item_relations_interpretation ON item_relations (interpretation_id);

-- every published version (the public page shows 「修订于…」 and the note)
CREATE TABLE item_versions (
  item_id bigint NOT NULL REFERENCES items (id),
  number integer NOT NULL,
  published_at timestamptz NOT NULL,
  note text NOT NULL DEFAULT '',
  snapshot jsonb NOT NULL,
  PRIMARY KEY (item_id, number)
);

CREATE TABLE item_files (
  id bigserial PRIMARY KEY,
  item_id bigint NOT NULL REFERENCES items (id),
  position integer NOT NULL,
  name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  bytes bytea NOT NULL,
  -- extracted text for the checks and for search
  text text NOT NULL DEFAULT '',
  -- hidden metadata found in the file (author, comments, revisions) and whether it was removed
  hidden_metadata jsonb NOT NULL DEFAULT '[]',
  removed boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);
CREATE INDEX item_files_item ON item_files (item_id, position);

-- append-only: who did what when (审核 checklist answers, 签发, withdrawals …)
CREATE TABLE item_events (
  id bigserial PRIMARY KEY,
  item_id bigint NOT NULL REFERENCES items (id),
  seq integer NOT NULL,
  at timestamptz NOT NULL,
  actor_id integer,
  actor_name text NOT NULL,
  kind text NOT NULL,
  data jsonb NOT NULL,
  UNIQUE (item_id, seq)
);
