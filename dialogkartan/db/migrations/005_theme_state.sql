-- Schema v5: what the theme stage last fitted on, so a re-run can skip or place only new proposals.
-- theme_state: key → JSON (input_key: hash of every input of the last run; fit: proposals at the last
-- BERTopic fit, the centring mean and the topic centroids, in the centred space of that fit).
CREATE TABLE theme_state (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL,
    run_id VARCHAR
);
-- A digest per proposal of what the theme stage reads (text, sentence, target groups, document,
-- municipality, county, date): added and changed proposals are found by comparing digests.
CREATE TABLE theme_inputs (
    proposal_id VARCHAR PRIMARY KEY,
    digest      VARCHAR NOT NULL
);
