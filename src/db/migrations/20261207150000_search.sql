-- Public search (issue 11, docs/decisions/030-search.md): one row per searchable part of a published
-- source — the record (名称, 文号, 索引号, 内容概述, 主题词) as chunk 0, then the body and each attachment
-- in chunks of at most 2,000 characters. `tokens` is a tsvector literal built in TypeScript (character
-- bigrams, src/domain/search), matched by phrase; no extension, the same on PGlite and PostgreSQL.
-- Filter columns are copied from the source so a search never joins before it has its page.
-- Rows are written in the transaction that publishes, revises, withdraws or changes the 有效性 of
-- the source; `gongkai search reindex` rebuilds them all.
CREATE TABLE search_documents (
  source_kind text NOT NULL CHECK (source_kind IN ('item')),
  source_id bigint NOT NULL,
  chunk integer NOT NULL CHECK (chunk >= 0),
  part text NOT NULL CHECK (part IN ('record', 'body', 'file')),
  file_id bigint,
  file_name text NOT NULL DEFAULT '',
  part_chunk integer NOT NULL,
  content text NOT NULL,
  tokens tsvector NOT NULL,
  organ_id integer NOT NULL REFERENCES organs (id),
  kind text NOT NULL,
  genre text NOT NULL,
  topic text NOT NULL,
  validity text,
  column_ids integer[] NOT NULL DEFAULT '{}',
  published_at timestamptz NOT NULL,
  published_on date NOT NULL,
  written_on date,
  PRIMARY KEY (source_kind, source_id, chunk)
);
CREATE INDEX search_documents_tokens ON search_documents USING gin (tokens);
CREATE INDEX search_documents_published ON search_documents (published_at DESC, source_id DESC);
CREATE INDEX search_documents_organ ON search_documents (organ_id, published_at DESC);
