-- Schema v2: the theme model's bookkeeping and its aggregate tables (pipeline.themes).

-- Theme facts for the dashboard and exports.
ALTER TABLE themes ADD COLUMN proposals INTEGER;
ALTER TABLE themes ADD COLUMN documents INTEGER;
ALTER TABLE themes ADD COLUMN municipalities INTEGER;
ALTER TABLE themes ADD COLUMN label_source VARCHAR;   -- taxonomi | nyckelord | manuell
-- The model's theme before a coordinator's merge: keeps merges stable across re-runs.
ALTER TABLE proposal_themes ADD COLUMN model_theme_id VARCHAR;

-- Every theme id ever issued, with its centroid: keeps ids stable across runs and never reused.
CREATE TABLE theme_registry (
    theme_id    VARCHAR PRIMARY KEY,
    origin      VARCHAR NOT NULL,       -- taxonomy | discovered | outlier
    label       VARCHAR,
    model       VARCHAR,                -- embedder that produced the centroid
    centroid    FLOAT[],
    size        INTEGER,
    first_run   VARCHAR,
    last_run    VARCHAR
);

-- Representative proposals per theme (raw text; exports pass it through redaction).
CREATE TABLE theme_quotes (
    theme_id    VARCHAR NOT NULL,
    rank        INTEGER NOT NULL,
    proposal_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    similarity  DOUBLE,
    run_id      VARCHAR,
    PRIMARY KEY (theme_id, rank)
);

-- theme × municipality × county × target group × period. target_group 'alla' counts each
-- proposal once; the named groups may overlap. share = proposals / all proposals in the same
-- municipality, target group and period.
CREATE TABLE theme_table (
    theme_id          VARCHAR NOT NULL,
    theme_label       VARCHAR NOT NULL,
    municipality_code VARCHAR,
    municipality_name VARCHAR,
    county_code       VARCHAR,
    county_name       VARCHAR,
    target_group      VARCHAR NOT NULL,
    period_kind       VARCHAR NOT NULL,   -- år | kvartal
    period            VARCHAR NOT NULL,   -- 2024 | 2024-K2 | okänd
    proposals         INTEGER NOT NULL,
    documents         INTEGER NOT NULL,
    cell_proposals    INTEGER NOT NULL,
    share             DOUBLE NOT NULL,
    run_id            VARCHAR
);

-- Topics over time, all municipalities together.
CREATE TABLE theme_trend (
    theme_id       VARCHAR NOT NULL,
    theme_label    VARCHAR NOT NULL,
    period_kind    VARCHAR NOT NULL,
    period         VARCHAR NOT NULL,
    proposals      INTEGER NOT NULL,
    documents      INTEGER NOT NULL,
    municipalities INTEGER NOT NULL,
    share          DOUBLE NOT NULL,     -- of all proposals in the period
    run_id         VARCHAR
);

-- Proposals per theme with where and when they come from.
CREATE VIEW theme_proposals AS
SELECT pt.theme_id, t.label AS theme_label, pt.score, p.proposal_id, p.document_id, p.text,
       p.action, p.object, p.kind, p.target_groups, d.municipality_code, m.name AS municipality_name,
       d.county_code, d.published, d.published_date, d.url, d.title
FROM proposal_themes pt
JOIN themes t USING (theme_id)
JOIN proposals p USING (proposal_id)
JOIN documents d ON d.document_id = p.document_id
LEFT JOIN municipalities m ON m.municipality_code = d.municipality_code;
