#!/usr/bin/env bash
# Train the candidate core pipeline with static e5 word vectors (issue 18) and assemble it into
# pipeline/models/candidates/sv_dialogkartan_vec/ (the shipped sv_dialogkartan is not touched).
# Both the core (configs/core_vec.cfg) and the NER (configs/ner_vec.cfg) use the vectors.
# Usage: pipeline/models/train_vec.sh [REFERENCE_DIR]     (~30 min on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
REF=${1:-../shared/reference}
M=pipeline/models
mkdir -p $M/training
export OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MKL_NUM_THREADS=2
# The committed vectors (pipeline/models/vectors/, built by `dialogkartan models build-vectors`)
# -> the spaCy vectors table training/vectors_spacy (~20 s).
$PY -m pipeline.models.vectors --spacy-only
$PY -m pipeline.models.convert --ref "$REF" --out $M/corpus
# One training at a time, two threads each (the machine is shared).
$PY -m spacy train $M/configs/core_vec.cfg --output $M/training/core_vec \
    --paths.train $M/corpus/ud_train.spacy --paths.dev $M/corpus/ud_dev.spacy \
    --paths.vectors $M/training/vectors_spacy > $M/training/core_vec.log 2>&1
$PY -m spacy train $M/configs/ner_vec.cfg --output $M/training/ner_vec \
    --paths.train $M/corpus/ner_train.spacy --paths.dev $M/corpus/ner_dev.spacy \
    --paths.vectors $M/training/vectors_spacy > $M/training/ner_vec.log 2>&1
$PY -m pipeline.models.assemble --ref "$REF" --core $M/training/core_vec/model-best \
    --ner $M/training/ner_vec/model-best --out $M/candidates/sv_dialogkartan_vec
