-- sahelwatch schema, first version.
-- Portable SQL (DuckDB and PostgreSQL): JSON is kept as text, signatures as bytes.

CREATE TABLE runs (
    run_id        VARCHAR PRIMARY KEY,
    command       VARCHAR NOT NULL,
    inputs        VARCHAR,             -- JSON list of the targets given
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    seen          INTEGER DEFAULT 0,
    added         INTEGER DEFAULT 0,
    unchanged     INTEGER DEFAULT 0,
    rejected      INTEGER DEFAULT 0,
    status        VARCHAR NOT NULL     -- running, done, done_with_rejections, failed
);

CREATE TABLE stories (
    story_id          VARCHAR PRIMARY KEY,  -- the id of its first article
    first_article_id  VARCHAR NOT NULL,
    created_at        TIMESTAMP NOT NULL
);

CREATE TABLE articles (
    id              VARCHAR PRIMARY KEY,   -- given by the input, else a content hash
    content_hash    VARCHAR NOT NULL,      -- of outlet, url and clean text
    story_id        VARCHAR NOT NULL,      -- syndicated copies share one
    outlet          VARCHAR,
    url             VARCHAR,
    title           VARCHAR,
    published       DATE,                  -- from the input or page metadata; NULL when unknown
    lang            VARCHAR NOT NULL,      -- ISO 639-1 or 'und'
    lang_supported  BOOLEAN NOT NULL,      -- coded by later stages
    text            VARCHAR NOT NULL,      -- clean text: every span offset refers to it
    sentences       VARCHAR NOT NULL,      -- JSON [[start, end], ...]
    n_chars         INTEGER NOT NULL,
    input_kind      VARCHAR NOT NULL,      -- text, markdown, html, jsonl, csv, feed, ...
    input_ref       VARCHAR NOT NULL,      -- path, path:line, feed#guid or URL
    meta            VARCHAR,               -- JSON: other metadata (author, synthetic, ...)
    signature       BLOB,                  -- MinHash signature (uint64 x num_perm)
    run_id          VARCHAR,
    ingested_at     TIMESTAMP NOT NULL
);

CREATE TABLE rejected_inputs (
    rejection_id  VARCHAR PRIMARY KEY,     -- hash of input_ref and reason
    input_ref     VARCHAR NOT NULL,
    input_kind    VARCHAR NOT NULL,
    reason        VARCHAR NOT NULL,
    message       VARCHAR NOT NULL,
    first_seen    TIMESTAMP NOT NULL,
    last_seen     TIMESTAMP NOT NULL,
    times_seen    INTEGER NOT NULL DEFAULT 1,
    last_run_id   VARCHAR
);

-- One event as one article reports it (filled by extract; see issue 3).
CREATE TABLE event_reports (
    report_id          VARCHAR PRIMARY KEY,  -- hash of doc_id, evidence span and extractor version
    doc_id             VARCHAR NOT NULL,     -- articles.id
    story_id           VARCHAR,
    event_id_cnty      VARCHAR,              -- the merged event, once merged
    event_type         VARCHAR,
    sub_event_type     VARCHAR,
    actor1             VARCHAR,
    assoc_actor_1      VARCHAR,
    inter1             SMALLINT,
    actor2             VARCHAR,
    assoc_actor_2      VARCHAR,
    inter2             SMALLINT,
    interaction        SMALLINT,
    civilian_targeting VARCHAR,
    event_date         DATE,
    time_precision     SMALLINT,
    country            VARCHAR,
    iso                SMALLINT,
    admin1             VARCHAR,
    admin2             VARCHAR,
    admin3             VARCHAR,
    location           VARCHAR,
    latitude           DOUBLE,
    longitude          DOUBLE,
    geo_precision      SMALLINT,
    fatalities         INTEGER,
    factuality         VARCHAR,              -- asserted, negated, hypothetical, ...
    evidence           VARCHAR,              -- JSON [{start, end, text}]
    field_evidence     VARCHAR,              -- JSON {field: [{start, end, text}]}
    confidence         DOUBLE,
    extractor_version  VARCHAR NOT NULL,
    created_at         TIMESTAMP NOT NULL
);

-- Events in ACLED's 31 columns, plus provenance (filled by dedupe; see issue 5).
CREATE TABLE events (
    event_id_cnty      VARCHAR PRIMARY KEY,  -- e.g. MLI00042, stable as reports arrive
    data_id            BIGINT,
    iso                SMALLINT,
    event_id_no_cnty   BIGINT,
    event_date         DATE,
    year               SMALLINT,
    time_precision     SMALLINT,
    event_type         VARCHAR,
    sub_event_type     VARCHAR,
    actor1             VARCHAR,
    assoc_actor_1      VARCHAR,
    inter1             SMALLINT,
    actor2             VARCHAR,
    assoc_actor_2      VARCHAR,
    inter2             SMALLINT,
    interaction        SMALLINT,
    civilian_targeting VARCHAR,
    region             VARCHAR,
    country            VARCHAR,
    admin1             VARCHAR,
    admin2             VARCHAR,
    admin3             VARCHAR,
    location           VARCHAR,
    latitude           DOUBLE,
    longitude          DOUBLE,
    geo_precision      SMALLINT,
    source             VARCHAR,              -- outlets, '; '-separated as ACLED does
    source_scale       VARCHAR,
    notes              VARCHAR,
    fatalities         INTEGER,
    "timestamp"        BIGINT,
    iso3               VARCHAR,
    n_reports          INTEGER,
    n_sources          INTEGER,              -- syndicated copies count once
    fatalities_note    VARCHAR,              -- disagreement between sources
    confidence         DOUBLE,
    reviewed           BOOLEAN DEFAULT FALSE,
    created_at         TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP NOT NULL
);

-- Merge decisions, so that a wrong merge can be undone.
CREATE TABLE merges (
    merge_id       VARCHAR PRIMARY KEY,
    event_id_cnty  VARCHAR NOT NULL,
    report_id      VARCHAR NOT NULL,
    action         VARCHAR NOT NULL,   -- merge, split
    reason         VARCHAR,
    created_at     TIMESTAMP NOT NULL
);

CREATE TABLE actors (
    name        VARCHAR PRIMARY KEY,   -- canonical ACLED-style name
    inter       SMALLINT,
    country     VARCHAR,
    aliases     VARCHAR,               -- JSON list
    source      VARCHAR NOT NULL,      -- builtin, review, ...
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE places (
    place_id       VARCHAR PRIMARY KEY,  -- geonames:<id> or builtin:<slug>
    name           VARCHAR NOT NULL,
    ascii_name     VARCHAR,
    alt_names      VARCHAR,
    latitude       DOUBLE NOT NULL,
    longitude      DOUBLE NOT NULL,
    feature_class  VARCHAR,
    feature_code   VARCHAR,
    country_iso    VARCHAR,
    admin1         VARCHAR,
    admin2         VARCHAR,
    population     BIGINT,
    source         VARCHAR NOT NULL
);

-- Statistics, quotes and warnings that articles carry (filled by extract; see issue 5).
CREATE TABLE claims (
    claim_id           VARCHAR PRIMARY KEY,
    doc_id             VARCHAR NOT NULL,
    kind               VARCHAR NOT NULL,   -- statistic, quote, warning
    text               VARCHAR NOT NULL,
    value              DOUBLE,
    counted            VARCHAR,            -- what a statistic counts
    actor              VARCHAR,
    place              VARCHAR,
    period             VARCHAR,
    speaker            VARCHAR,
    speaker_role       VARCHAR,
    evidence           VARCHAR,            -- JSON [{start, end, text}]
    confidence         DOUBLE,
    extractor_version  VARCHAR NOT NULL,
    created_at         TIMESTAMP NOT NULL
);

CREATE VIEW quotes AS SELECT * FROM claims WHERE kind = 'quote';
CREATE VIEW warnings AS SELECT * FROM claims WHERE kind = 'warning';
