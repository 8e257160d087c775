-- Merged events keep their provenance; merge decisions can be undone; statistics carry a unit.
ALTER TABLE events ADD COLUMN sources VARCHAR;      -- JSON [{outlet, url, published, doc_id, story_id, report_id}]
ALTER TABLE events ADD COLUMN evidence VARCHAR;     -- JSON [{doc_id, start, end, text}]
ALTER TABLE merges ADD COLUMN score DOUBLE;         -- how well the report fitted the event (0-1)
ALTER TABLE merges ADD COLUMN undone_at TIMESTAMP;  -- set when an analyst undid the merge
ALTER TABLE claims ADD COLUMN unit VARCHAR;         -- statistic: count, percent
