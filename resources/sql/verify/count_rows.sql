-- Exact row count of one table, named by bound parameters ($1 schema, $2 table): the identifiers
-- are quoted by format(%I) on the server, so no SQL text is assembled on the client.
SELECT (xpath('/row/c/text()',
              query_to_xml(format('SELECT count(*) AS c FROM %I.%I', $1::text, $2::text), false, true, '')))[1]::text::bigint
       AS row_count
