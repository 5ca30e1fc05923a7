-- Search index size (issue 11, docs/decisions/041-search-index-size-and-rare-queries.md): each row
-- stores its units once (`folded`: the fields' units joined, fields joined by a newline) instead of
-- a tsvector with positions, and the GIN index is built over an expression — the set of the text's
-- code-point bigrams, plus each field's last code point alone — so no lexeme list is stored in the
-- table. A query finds candidates by the AND of its bigrams (no recheck: no positions, no weights)
-- and checks the phrase with strpos(folded, text).
-- Existing rows get `folded` rebuilt from their tsvector (a position's lexeme starts with its unit;
-- a skipped position is a field border). That is exact for units of one code point, which is every
-- unit but the lower case of a few letters (İ); `gongkai search reindex` rebuilds from the sources.
CREATE FUNCTION search_bigrams(folded text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT array_to_tsvector(array_remove(string_to_array(replace(
      regexp_replace(folded, '(..)', '\1 ', 'g') || ' ' || regexp_replace(substr(folded, 2), '(..)', '\1 ', 'g'),
      E'\n', ''), ' '), ''))
  $$;

ALTER TABLE search_documents ADD COLUMN folded text;
UPDATE search_documents d SET folded = COALESCE((
  SELECT string_agg(CASE WHEN x.gap THEN E'\n' ELSE '' END || x.unit, '' ORDER BY x.pos)
  FROM (SELECT p.pos, left(u.lexeme, 1) AS unit, p.pos - lag(p.pos) OVER (ORDER BY p.pos) > 1 AS gap
        FROM unnest(d.tokens) u, unnest(u.positions) p(pos)) x), '');
ALTER TABLE search_documents ALTER COLUMN folded SET NOT NULL;
DROP INDEX search_documents_tokens;
ALTER TABLE search_documents DROP COLUMN tokens;
CREATE INDEX search_documents_grams ON search_documents USING gin (search_bigrams(folded));
