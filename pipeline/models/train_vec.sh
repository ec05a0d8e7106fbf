#!/usr/bin/env bash
# Train the candidate core pipeline with static e5 word vectors (issue 18) and assemble it into
# pipeline/models/candidates/sv_dialogkartan_vec/ (the shipped sv_dialogkartan is not touched).
# The NER (and its private tok2vec) is taken as it is from pipeline/models/sv_dialogkartan.
# Usage: pipeline/models/train_vec.sh [REFERENCE_DIR]     (~45 min on 2 cores, plus ~12 min for
#        the vectors when pipeline/models/vectors/ or the raw cache is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
REF=${1:-../shared/reference}
M=pipeline/models
mkdir -p $M/training
export OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MKL_NUM_THREADS=2
# The committed vectors -> the spaCy vectors table (training/vectors_spacy); re-embeds only
# when the raw cache (training/vectors_raw.npy) is missing or the vocabulary changed.
if [ ! -d $M/training/vectors_spacy ]; then
    $PY -m pipeline.models.vectors --ref "$REF" --reuse-raw
fi
[ -f $M/corpus/ud_train.spacy ] || $PY -m pipeline.models.convert --ref "$REF" --out $M/corpus
$PY -m spacy train $M/configs/core_vec.cfg --output $M/training/core_vec \
    --paths.train $M/corpus/ud_train.spacy --paths.dev $M/corpus/ud_dev.spacy \
    --paths.vectors $M/training/vectors_spacy > $M/training/core_vec.log 2>&1
$PY -m pipeline.models.assemble --ref "$REF" --core $M/training/core_vec/model-best \
    --ner ${NER:-$M/sv_dialogkartan} --out $M/candidates/sv_dialogkartan_vec
