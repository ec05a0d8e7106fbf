-- Schema v6: every stage of a `dialogkartan run` / `demo` / crawl ingest (pipeline.stages), in order.
-- The sequence itself is a `runs` row of kind 'stages' (its timings: seconds per stage); a stage that
-- keeps a runs row of its own (extract: 'pipeline', themes: 'themes', reviews: 'reviews') names it.
CREATE TABLE stage_runs (
    run_id        VARCHAR NOT NULL,   -- the runs row (kind 'stages') of the sequence
    position      INTEGER NOT NULL,   -- order in the sequence, from 1
    stage         VARCHAR NOT NULL,   -- ingest | extract | reviews | dashboard_tables | themes | review_themes | search_index
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,   -- running | ok | skipped | failed
    counts        VARCHAR,            -- JSON: what the stage returned
    detail_run_id VARCHAR,            -- the stage's own runs row, if it keeps one
    error         VARCHAR,
    PRIMARY KEY (run_id, position)
);
