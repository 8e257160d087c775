-- Which documents the event coder has read, and with which version: a document
-- with no events is coded too, so that re-runs skip it.
CREATE TABLE coded_documents (
    doc_id             VARCHAR PRIMARY KEY,
    extractor_version  VARCHAR NOT NULL,
    coded_at           TIMESTAMP NOT NULL
);
