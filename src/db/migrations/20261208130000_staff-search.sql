-- Staff search (issue 11, docs/decisions/036-staff-search.md): the same character-bigram tsvector
-- literals as the public index (built in TypeScript, src/domain/search), kept apart from
-- search_documents so nothing here can reach a public search.
-- case_search: one row per case — 案件编号, 申请内容 summary and the applicant's name (personal data:
-- read only by the staff queue, which is organ-scoped; never logged). Written in the transaction that
-- inserts the case (registration, ledger import); the case's text never changes afterwards.
-- Cases from before this migration: `gongkai db backfill-staff-search`.
CREATE TABLE case_search (
  case_id bigint PRIMARY KEY REFERENCES cases (id),
  tokens tsvector NOT NULL
);
CREATE INDEX case_search_tokens ON case_search USING gin (tokens);

-- item_search: every item in any status (草稿 to 已撤回) for /staff/items — 名称, 文号, 索引号,
-- 内容概述, 主题词 as chunk 0, the body in chunks as in search_documents. `version` is the item's
-- version the rows were built from: every write to an item bumps it, and the staff search rebuilds
-- the rows of items whose version differs before it matches (so a search never misses a change).
CREATE TABLE item_search (
  item_id bigint NOT NULL REFERENCES items (id),
  chunk integer NOT NULL CHECK (chunk >= 0),
  version integer NOT NULL,
  tokens tsvector NOT NULL,
  PRIMARY KEY (item_id, chunk)
);
CREATE INDEX item_search_tokens ON item_search USING gin (tokens);
