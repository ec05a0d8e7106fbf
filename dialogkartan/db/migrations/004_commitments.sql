-- Schema v4: what the municipality (or another organiser) promises or decides itself, kept apart
-- from residents' proposals. voice: kommun | annan. Spans point into documents.text.
CREATE TABLE commitments (
    commitment_id VARCHAR PRIMARY KEY,  -- hash of document_id + span
    document_id   VARCHAR NOT NULL,
    sentence_no   INTEGER NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    voice         VARCHAR,
    confidence    DOUBLE
);
