#!/usr/bin/env bash
# Retrain sv_dialogkartan from the public corpora (see README.md). Runs for ~1 hour on 2 cores.
# Usage: pipeline/models/train.sh [REFERENCE_DIR]   (default: ../shared/reference next to the repo)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
REF=${1:-../shared/reference}
M=pipeline/models
mkdir -p $M/training
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
$PY -m pipeline.models.convert --ref "$REF" --out $M/corpus
# The two trainings are independent: one core each.
$PY -m spacy train $M/configs/core.cfg --output $M/training/core \
    --paths.train $M/corpus/ud_train.spacy --paths.dev $M/corpus/ud_dev.spacy > $M/training/core.log 2>&1 &
$PY -m spacy train $M/configs/ner.cfg --output $M/training/ner \
    --paths.train $M/corpus/ner_train.spacy --paths.dev $M/corpus/ner_dev.spacy > $M/training/ner.log 2>&1 &
wait
$PY -m pipeline.models.assemble --ref "$REF"
