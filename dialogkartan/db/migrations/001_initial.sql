-- Schema v1. Every derived row carries document_id plus a character span into documents.text.

CREATE TABLE counties (
    county_code   VARCHAR PRIMARY KEY,   -- SCB, 2 digits
    name          VARCHAR NOT NULL,
    short_name    VARCHAR
);

CREATE TABLE municipalities (
    municipality_code VARCHAR PRIMARY KEY, -- SCB, 4 digits
    name          VARCHAR NOT NULL,
    short_name    VARCHAR NOT NULL,
    county_code   VARCHAR NOT NULL,
    lat           DOUBLE,
    lon           DOUBLE
);

CREATE TABLE sources (
    source_id         VARCHAR PRIMARY KEY,
    name              VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,  -- kommun | region | organisation
    municipality_code VARCHAR,
    county_code       VARCHAR,
    domains           VARCHAR[],
    cms               VARCHAR,
    verified          BOOLEAN
);

CREATE TABLE crawls (
    crawl_id     VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    job_dir      VARCHAR,
    report       VARCHAR               -- JSON: per source fetched/new/changed/unchanged/failed/irrelevant
);

-- The fetch log: every fetch, relevant or not, failed or not.
CREATE TABLE pages (
    crawl_id     VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    source_id    VARCHAR,
    fetched_at   TIMESTAMP,
    status       INTEGER,
    outcome      VARCHAR,              -- new | changed | unchanged | failed | irrelevant | skipped
    error        VARCHAR,
    content_type VARCHAR,
    bytes        BIGINT,
    duration_ms  DOUBLE,
    content_hash VARCHAR,
    PRIMARY KEY (crawl_id, url)
);

CREATE TABLE documents (
    document_id       VARCHAR PRIMARY KEY, -- hash of the canonical URL
    source_id         VARCHAR,
    municipality_code VARCHAR,           -- publisher, from the registry or the text
    county_code       VARCHAR,
    url               VARCHAR NOT NULL,
    canonical_url     VARCHAR NOT NULL,
    kind              VARCHAR,           -- html | pdf
    title             VARCHAR,
    published         VARCHAR,           -- ISO, as precise as the text allows: 2024-06-03, 2024-06, 2019
    published_date    DATE,              -- first day of that period, for time series
    updated           VARCHAR,
    language          VARCHAR,
    is_swedish        BOOLEAN,
    text              VARCHAR NOT NULL,
    section_hints     VARCHAR,           -- JSON [[start, end, heading], ...] from the crawler's markup
    content_hash      VARCHAR NOT NULL,
    fetched_at        TIMESTAMP,
    relevance_score   DOUBLE,
    relevant          BOOLEAN,
    relevance_terms   VARCHAR[],
    near_duplicate_of VARCHAR,
    archive_path      VARCHAR,
    archive_record_id VARCHAR,
    dialogue_type     VARCHAR,           -- set by the pipeline
    target_groups     VARCHAR[],         -- document-level groups, set by the pipeline
    processed_key     VARCHAR,           -- content_hash + pipeline config hash of the last run that analysed it
    processed_run     VARCHAR
);

CREATE TABLE sections (
    document_id VARCHAR NOT NULL,
    section_no  INTEGER NOT NULL,
    heading     VARCHAR,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    target_groups VARCHAR[],
    PRIMARY KEY (document_id, section_no)
);

CREATE TABLE sentences (
    document_id VARCHAR NOT NULL,
    sentence_no INTEGER NOT NULL,
    section_no  INTEGER,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, sentence_no)
);

CREATE TABLE target_group_mentions (
    document_id  VARCHAR NOT NULL,
    sentence_no  INTEGER,
    target_group VARCHAR NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    matched_text VARCHAR,
    via          VARCHAR               -- lexicon | compound | heading
);

CREATE TABLE proposals (
    proposal_id   VARCHAR PRIMARY KEY,  -- hash of document_id + span
    document_id   VARCHAR NOT NULL,
    sentence_no   INTEGER NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    action        VARCHAR,
    object        VARCHAR,
    target_groups VARCHAR[],
    kind          VARCHAR,              -- förslag | behov | fråga | beslut
    voice         VARCHAR,
    status        VARCHAR,
    confidence    DOUBLE
);

CREATE TABLE events (
    document_id  VARCHAR NOT NULL,
    event_no     INTEGER NOT NULL,
    sentence_no  INTEGER,
    start_char   INTEGER,
    end_char     INTEGER,
    date         VARCHAR,               -- ISO, partial allowed
    place        VARCHAR,
    participants_count INTEGER,
    participants_qualifier VARCHAR,
    participant_kinds VARCHAR[],
    PRIMARY KEY (document_id, event_no)
);

CREATE TABLE entities (
    document_id VARCHAR NOT NULL,
    sentence_no INTEGER,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    label       VARCHAR NOT NULL,       -- PER ORG LOC EMAIL PHONE PNR MUNICIPALITY
    text        VARCHAR NOT NULL,
    is_pii      BOOLEAN NOT NULL
);

CREATE TABLE document_municipalities (
    document_id       VARCHAR NOT NULL,
    municipality_code VARCHAR NOT NULL,
    role              VARCHAR NOT NULL, -- publisher | mentioned
    PRIMARY KEY (document_id, municipality_code, role)
);

CREATE TABLE themes (
    theme_id    VARCHAR PRIMARY KEY,
    label       VARCHAR NOT NULL,
    origin      VARCHAR,                -- taxonomy | discovered
    keywords    VARCHAR[],
    description VARCHAR,
    run_id      VARCHAR
);

CREATE TABLE proposal_themes (
    proposal_id VARCHAR NOT NULL,
    theme_id    VARCHAR NOT NULL,
    score       DOUBLE,
    run_id      VARCHAR,
    PRIMARY KEY (proposal_id, theme_id)
);

CREATE TABLE document_themes (
    document_id VARCHAR NOT NULL,
    theme_id    VARCHAR NOT NULL,
    share       DOUBLE,
    proposals   INTEGER,
    run_id      VARCHAR,
    PRIMARY KEY (document_id, theme_id)
);

CREATE TABLE embeddings (
    content_hash VARCHAR NOT NULL,
    model        VARCHAR NOT NULL,
    vector       FLOAT[],
    PRIMARY KEY (content_hash, model)
);

CREATE TABLE runs (
    run_id           VARCHAR PRIMARY KEY,
    kind             VARCHAR NOT NULL,  -- ingest | pipeline | themes
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    status           VARCHAR NOT NULL,  -- running | ok | failed
    pipeline_version VARCHAR,
    config_hash      VARCHAR,
    counts           VARCHAR,           -- JSON
    timings          VARCHAR,           -- JSON, seconds per stage
    quality          VARCHAR,           -- JSON
    notes            VARCHAR
);
