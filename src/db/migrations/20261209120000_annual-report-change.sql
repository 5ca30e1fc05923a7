-- The kept annual-report datasets (docs/decisions/042-reply-feeds-feed-ids-kept-report-datasets-staff-index-on-write.md):
-- every write of an annual_reports row takes a new value of one sequence, so the version key of
-- the stored reports — count · sum(change_seq) · max(change_seq) — changes when a report is
-- published, withdrawn (row deleted) or corrected (row rewritten), and a key read is one pass over
-- two integer columns, never the report data. Rows stored before this migration get a value each.
-- The sequence belongs to the column, so a backup's restore moves it past the restored values.
CREATE SEQUENCE annual_reports_change_seq;
ALTER TABLE annual_reports ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('annual_reports_change_seq');
ALTER SEQUENCE annual_reports_change_seq OWNED BY annual_reports.change_seq;
