-- Search speed and size (issue 11, docs/decisions/033-search-engine.md). A search walks 发布日期 newest
-- first (within an organ: per organ of the subtree) and checks the phrase on each row when matches
-- are dense, so the walks need (organ, 发布日期, id) in index order.
DROP INDEX search_documents_organ;
CREATE INDEX search_documents_organ ON search_documents (organ_id, published_at DESC, source_id DESC);
