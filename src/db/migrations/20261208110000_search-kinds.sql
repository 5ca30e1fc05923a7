-- Search over every kind of published source (issue 11, docs/decisions/034-search-kinds.md):
-- 主动公开 items, annual reports (公开年报) and 依申请公开 replies the organ made public.
-- `source_id` is the search key, unique across kinds (src/domain/search/search-source.ts): an
-- item's id; −2·id for an annual report (annual_reports.id); −(2·id + 1) for a public reply.
ALTER TABLE search_documents DROP CONSTRAINT search_documents_source_kind_check;
ALTER TABLE search_documents ADD CONSTRAINT search_documents_source_kind_check
  CHECK (source_kind IN ('item', 'report', 'reply'));

-- A closed case's 答复书 made public by the organ (「公开此答复」): the text as published — personal
-- data masked and checked by a person — and the facts shown beside it. The case keeps its letter;
-- this row is what the portal shows. 「撤回公开」 sets withdrawn_at (the row stays for the record and
-- a later re-publication reuses it).
CREATE TABLE public_replies (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL UNIQUE REFERENCES cases (id),
  letter_id bigint NOT NULL REFERENCES case_letters (id),
  organ_id integer NOT NULL REFERENCES organs (id),
  case_number text NOT NULL,
  request_summary text NOT NULL,
  decision text NOT NULL,
  received_on date NOT NULL,
  replied_on date NOT NULL,
  reply_text text NOT NULL,
  published_at timestamptz NOT NULL,
  published_by integer NOT NULL,
  withdrawn_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX public_replies_organ ON public_replies (organ_id, published_at DESC) WHERE withdrawn_at IS NULL;
