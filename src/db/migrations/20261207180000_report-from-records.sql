-- A 年度报告 item's report may also be drafted from the platform's records (issue 12,
-- docs/decisions/032-report-deadlines.md): source 'records' beside 'upload' and 'data'.
ALTER TABLE item_reports DROP CONSTRAINT item_reports_source_check;
ALTER TABLE item_reports ADD CONSTRAINT item_reports_source_check CHECK (source IN ('upload', 'data', 'records'));
