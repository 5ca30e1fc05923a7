-- Working-day calendar: 放假安排 entered by an administrator (a year not yet built into the
-- program, or a correction of one). One row per year; a row replaces the built-in arrangement of
-- its year. Dates are stored as a JSON array of YYYY-MM-DD strings (every rest day, weekend days
-- inside the ranges included; the 调休上班 weekend days). Every write has its audit record.

CREATE TABLE calendar_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 2008 AND 2100),
  notice text NOT NULL CHECK (notice <> ''),
  source text NOT NULL CHECK (source <> ''),
  rest_days jsonb NOT NULL CHECK (jsonb_typeof(rest_days) = 'array'),
  work_days jsonb NOT NULL CHECK (jsonb_typeof(work_days) = 'array'),
  entered_by integer REFERENCES accounts (id) ON DELETE SET NULL,
  entered_by_name text NOT NULL,
  entered_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
