"""Granska: reviewers confirm, correct or reject what the pipeline found.

`store` keeps reviews (append-only JSONL), `state` folds them over the pipeline's items,
`apply` writes the result into the published tables during `dialogkartan run`, `gold` exports
reviewed documents as gold and training data, `agreement` computes Cohen's kappa, and `app` is
the Streamlit review app (`dialogkartan review`).
"""
