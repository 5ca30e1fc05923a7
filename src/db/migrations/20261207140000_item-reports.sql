-- 公开年报 through the publishing workflow (docs/decisions/029-annual-reports-as-items.md): an item of
-- kind annualReport carries its report — the year, the parsed data, the checker's findings and the
-- file (uploaded, or rendered from data) — and on publication its data goes to annual_reports,
-- linked to the item, in the same transaction; withdrawal removes it from there.
CREATE TABLE item_reports (
  item_id bigint PRIMARY KEY REFERENCES items (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  data jsonb NOT NULL,
  -- the report checker's findings (gongkai.annual-report.v1 Finding[])
  findings jsonb NOT NULL,
  -- the report's file among the item's attachments (the original upload, or the rendered DOCX)
  file_id bigint NOT NULL REFERENCES item_files (id),
  source text NOT NULL CHECK (source IN ('upload', 'data')),
  updated_at timestamptz NOT NULL
);

-- the published item a report row came from (NULL: loaded before reports were items)
ALTER TABLE annual_reports ADD COLUMN item_id bigint REFERENCES items (id);
CREATE UNIQUE INDEX annual_reports_item ON annual_reports (item_id) WHERE item_id IS NOT NULL;
