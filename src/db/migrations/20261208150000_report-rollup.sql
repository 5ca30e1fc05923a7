-- A 年度报告 item's report may be the district's roll-up of the organs below it (issue 12,
-- docs/decisions/038-district-rollup.md): source 'rollup', and the recorded choice — which organs
-- were included, where each one's figures came from (its published report, an imported report or
-- its records) and where its report stood when the roll-up was drafted.
ALTER TABLE item_reports DROP CONSTRAINT item_reports_source_check;
ALTER TABLE item_reports ADD CONSTRAINT item_reports_source_check
  CHECK (source IN ('upload', 'data', 'records', 'rollup'));
ALTER TABLE item_reports ADD COLUMN rollup jsonb;
ALTER TABLE item_reports ADD CONSTRAINT item_reports_rollup_check
  CHECK ((source = 'rollup') = (rollup IS NOT NULL));
