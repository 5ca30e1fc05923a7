-- 政府公报: gazette issues of an organ made of its published items (docs/decisions/025-gazette-issues.md).
-- A draft issue lists items by reference; publication copies each item as printed (snapshot) and
-- stores the issue's PDF, made once. A published issue is never changed.

CREATE TABLE gazette_issues (
  id bigserial PRIMARY KEY,
  organ_id integer NOT NULL REFERENCES organs (id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  number integer NOT NULL CHECK (number BETWEEN 1 AND 366),
  -- 总第N期, when the organ counts it
  total_number integer CHECK (total_number BETWEEN 1 AND 99999),
  -- 出版日期 (Beijing date); the publication date when left empty
  published_on date,
  title text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'published')),
  -- optimistic lock: every write checks and bumps it
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  created_by_name text NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  published_by_name text NOT NULL DEFAULT '',
  UNIQUE (organ_id, year, number),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX gazette_issues_published ON gazette_issues (organ_id, year DESC, number DESC)
  WHERE status = 'published';

-- the 目录: items in order; `snapshot` (title, 文号, body as printed) is written at publication
CREATE TABLE gazette_issue_items (
  issue_id bigint NOT NULL REFERENCES gazette_issues (id),
  position integer NOT NULL,
  item_id bigint NOT NULL REFERENCES items (id),
  snapshot jsonb,
  PRIMARY KEY (issue_id, position),
  UNIQUE (issue_id, item_id)
);
CREATE INDEX gazette_issue_items_item ON gazette_issue_items (item_id);

-- the issue's PDF (目录 + full text), made once at publication
CREATE TABLE gazette_pdfs (
  issue_id bigint PRIMARY KEY REFERENCES gazette_issues (id),
  bytes bytea NOT NULL,
  size integer NOT NULL,
  pages integer NOT NULL,
  created_at timestamptz NOT NULL
);
