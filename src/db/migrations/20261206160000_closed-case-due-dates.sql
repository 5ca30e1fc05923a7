-- Closed cases keep their statutory reply deadline (docs/decisions/018-provisional-years-and-closed-deadlines.md).
-- Until now cases.due_on became NULL when a case closed; from now on it keeps the deadline in force on the
-- day the case closed (NULL only when no deadline ran then: closed while awaiting the 补正, or while a
-- consultation or fee pause stopped the clock). 按时答复 is then countable in SQL: closed_on <= due_on.
-- Queues and counts of open work keep filtering on status <> 'closed', as before.
--
-- Existing closed cases cannot be backfilled here: the deadline is computed by the working-day engine
-- (the 放假安排 and the case's events), not by SQL. `gongkai db backfill-due-dates` recomputes them from
-- their events (app/cases/backfill-closed-due-dates.ts); until it runs, they count as "no deadline".

COMMENT ON COLUMN cases.due_on IS
  'Statutory reply deadline (答复期限) computed from the case events; kept when the case closes; NULL while the clock is stopped or awaiting a 补正, and for closed cases without a running deadline at closing';

-- One row per closed case with a deadline: answered on time or late (the reply date is closed_on).
CREATE VIEW case_reply_timeliness AS
SELECT id AS case_id, organ_id, received_on, due_on, closed_on, decision, applicant_kind,
  closed_on <= due_on AS is_on_time
FROM cases
WHERE status = 'closed' AND due_on IS NOT NULL;
