"""Training scripts and the shipped Swedish model (sv_dialogkartan)."""
