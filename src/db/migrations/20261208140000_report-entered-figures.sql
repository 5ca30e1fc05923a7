-- Table 二's figures that are not platform data (issue 12; docs/decisions/037-entered-figures.md):
-- 行政许可 / 行政处罚 / 行政强制 本年处理决定数量 and 行政事业性收费 本年收费金额（万元）, entered per organ
-- and year through a form or an import, with the system they were taken from and who entered them.
-- NULL is "not entered" (the report cell stays blank), never 0. 万元 to four decimals (1 元).
-- Every change is in the audit log with the old and new values; `version` guards a stale form.

CREATE TABLE report_entered_figures (
  organ_id integer NOT NULL REFERENCES organs (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  licensing_decisions integer CHECK (licensing_decisions >= 0),
  penalty_decisions integer CHECK (penalty_decisions >= 0),
  coercion_decisions integer CHECK (coercion_decisions >= 0),
  fees_wan_yuan numeric(14, 4) CHECK (fees_wan_yuan >= 0),
  source_system text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  entered_by integer REFERENCES accounts (id),
  entered_by_name text NOT NULL,
  entered_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (organ_id, year)
);

-- the import of entered figures previews through the staged imports like the others (decision 028)
ALTER TABLE staged_imports DROP CONSTRAINT staged_imports_kind_check;
ALTER TABLE staged_imports ADD CONSTRAINT staged_imports_kind_check
  CHECK (kind IN ('caseLedger', 'items', 'reportFigures'));
