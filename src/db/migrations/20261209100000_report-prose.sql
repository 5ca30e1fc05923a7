-- The drafted prose of a 年度报告 item's report drafted from records or summed over organs (issue 12,
-- docs/decisions/039-drafted-prose-editing.md): per part (一…六) the drafted sentences with the
-- figures each was written from, and the staff's own text of the parts they edited. NULL for uploaded
-- reports, reports rendered from data, and reports drafted before this column existed.
ALTER TABLE item_reports ADD COLUMN prose jsonb;
ALTER TABLE item_reports ADD CONSTRAINT item_reports_prose_check
  CHECK (prose IS NULL OR source IN ('records', 'rollup'));
