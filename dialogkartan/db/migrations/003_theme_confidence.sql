-- Schema v3: how each proposal got its theme, and how sure the placement is.
-- assigned_by: klassificerare (taxonomy classifier) | kluster (a theme discovered by BERTopic) | övrigt
-- confidence: the classifier's probability for the proposal's taxonomy theme (0-1); for
-- discovered themes the probability of the best taxonomy theme, which was too low to place it.
ALTER TABLE proposal_themes ADD COLUMN confidence DOUBLE;
ALTER TABLE proposal_themes ADD COLUMN assigned_by VARCHAR;

CREATE OR REPLACE VIEW theme_proposals AS
SELECT pt.theme_id, t.label AS theme_label, pt.score, pt.confidence, pt.assigned_by, p.proposal_id,
       p.document_id, p.text, p.action, p.object, p.kind, p.target_groups, d.municipality_code,
       m.name AS municipality_name, d.county_code, d.published, d.published_date, d.url, d.title
FROM proposal_themes pt
JOIN themes t USING (theme_id)
JOIN proposals p USING (proposal_id)
JOIN documents d ON d.document_id = p.document_id
LEFT JOIN municipalities m ON m.municipality_code = d.municipality_code;
