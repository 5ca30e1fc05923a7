-- The open data API and the site-wide feeds list published items newest first across all organs,
-- a page at a time by keyset (published_at, id): this index answers them without a scan of the
-- items table (the per-organ lists use items_organ_published).
CREATE INDEX items_published ON items (published_at DESC, id DESC) WHERE status = 'published';
