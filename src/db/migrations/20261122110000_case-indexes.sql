-- Indexes measured with `npm run bench -- cases` (1,000,000 cases in 500 organs, plus 100,000 open
-- cases in one organ; docs/benchmarks.md, "Cases (issue 4)").
-- Plain CREATE INDEX: migrations run in a transaction, where CONCURRENTLY is not allowed.

-- Tables 三 and 四 (db/queries/case-statistics.ts): both counting queries become index-only scans
-- instead of reading the wide case rows (applicant, items, summary). One district's subtree:
-- 1.1 s → 25 ms on PostgreSQL, 2.7 s → 0.1 s on PGlite; the whole tree 1.4 s → 0.33 s and 14 s → 0.62 s.
-- 本年新收 / 上年结转 / 结转下年度: received by 31 December, not closed before 1 January
CREATE INDEX cases_organ_received_stats ON cases (organ_id, received_on) INCLUDE (closed_on, applicant_kind, decision);
-- 办理结果: closed within the year
CREATE INDEX cases_organ_closed_stats ON cases (organ_id, closed_on) INCLUDE (applicant_kind, decision);

-- The open work queues (db/queries/case-queue.ts, ORDER BY due_on, id): only the open cases of the
-- organs, instead of a scan of the whole table. The open queue's page query: 490 ms → 80 ms; with
-- `organ_id = $1` instead of `= ANY($1)` for a single organ it becomes an ordered scan that stops
-- after one page (0.1 ms).
CREATE INDEX cases_open_due ON cases (organ_id, due_on, id) WHERE status <> 'closed';

-- cases_organ_received (organ_id, received_on) is a prefix of cases_organ_received_stats: only write cost.
DROP INDEX cases_organ_received;
