-- Editable 法定主动公开内容 columns and the 主动公开事项目录 (docs/decisions/027-editable-catalogue.md).

-- one version per organ's column tree: every edit checks and bumps it (two editors: the second
-- gets 「该记录已被他人修改」), and the row is locked for the edit
CREATE TABLE catalogue_versions (
  organ_id integer PRIMARY KEY REFERENCES organs (id),
  version integer NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);

-- 主动公开事项目录 (标准目录 rows, portal-conventions §4.2)
CREATE TABLE directory_entries (
  id serial PRIMARY KEY,
  organ_id integer NOT NULL REFERENCES organs (id),
  version integer NOT NULL DEFAULT 1,
  position integer NOT NULL,
  matter text NOT NULL,
  sub_matter text NOT NULL DEFAULT '',
  content text NOT NULL,
  basis text NOT NULL DEFAULT '',
  time_limit text NOT NULL,
  publisher text NOT NULL,
  -- codes of domain/publishing/directory.ts (公开渠道和载体, 公开层级)
  channels jsonb NOT NULL,
  audience text NOT NULL,
  mode text NOT NULL,
  levels jsonb NOT NULL,
  -- a row of the shipped example (示例) until the organ edits it
  is_example boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);
CREATE INDEX directory_entries_organ ON directory_entries (organ_id, position, id);

-- the columns that carry a row's items (a column deleted: its links go with it)
CREATE TABLE directory_entry_columns (
  entry_id integer NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
  column_id integer NOT NULL REFERENCES catalogue_columns (id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, column_id)
);
CREATE INDEX directory_entry_columns_column ON directory_entry_columns (column_id);
