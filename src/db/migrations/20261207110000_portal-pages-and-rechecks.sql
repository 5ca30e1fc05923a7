-- 政府信息公开指南 and 政府信息公开制度 written by the organ: every save is a new version (who, when);
-- the portal shows the newest, or the default built from the organ's data while there is none.
CREATE TABLE portal_page_versions (
  organ_id integer NOT NULL REFERENCES organs (id),
  page text NOT NULL CHECK (page IN ('guide', 'rules')),
  number integer NOT NULL CHECK (number >= 1),
  body_html text NOT NULL,
  saved_by integer,
  saved_by_name text NOT NULL,
  saved_at timestamptz NOT NULL,
  -- two editors saving on the same version: the second insert fails on this key (「已被他人修改」)
  PRIMARY KEY (organ_id, page, number)
);

-- The last re-check of a published item against today's pre-publication checks (one row per item,
-- replaced by each re-check). Personal-data findings keep positions only, never the text found.
CREATE TABLE item_rechecks (
  item_id bigint PRIMARY KEY REFERENCES items (id),
  organ_id integer NOT NULL REFERENCES organs (id),
  checked_at timestamptz NOT NULL,
  rules_version text NOT NULL,
  errors integer NOT NULL,
  warnings integer NOT NULL,
  findings jsonb NOT NULL
);
CREATE INDEX item_rechecks_organ_flagged ON item_rechecks (organ_id, errors DESC, warnings DESC)
  WHERE errors + warnings > 0;
