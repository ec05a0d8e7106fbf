"""The extraction contract on files: JSONL in (`{id, text, title?, url?, published?}`), JSONL out."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from pipeline.types import InputDoc

_FIELDS = ("id", "text", "title", "url", "published", "municipality_code", "county_code")
# A line longer than this is reported, not analysed: one 50 MB line would hold the whole run
# (and its memory) for a document no municipality publishes. About 300,000 words.
MAX_LINE_CHARS = 2_000_000


def parse_line(line: str, lineno: int) -> InputDoc:
    """One input line as an InputDoc; ValueError with the line number when it is not usable."""
    if len(line) > MAX_LINE_CHARS:
        raise ValueError(f"line {lineno}: {len(line):,} characters, more than the {MAX_LINE_CHARS:,} allowed")
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise ValueError(f"line {lineno}: expected a JSON object")
    if row.get("id") in (None, "") or isinstance(row.get("id"), (bool, list, dict)):
        raise ValueError(f"line {lineno}: missing 'id' (a string or a number)")
    if not isinstance(row.get("text"), str):
        raise ValueError(f"line {lineno}: 'text' must be a string")
    kwargs: dict[str, Any] = {k: row.get(k) for k in _FIELDS if row.get(k) is not None}
    kwargs["id"] = str(row["id"])
    for k in ("title", "url", "published", "municipality_code", "county_code"):
        if k not in kwargs:
            continue
        if isinstance(kwargs[k], (list, dict, bool)):
            raise ValueError(f"line {lineno}: '{k}' must be a string, got {type(kwargs[k]).__name__}")
        kwargs[k] = str(kwargs[k])
    return InputDoc(**kwargs)


def extract_jsonl(input_path: str | Path, output_path: str | Path, nlp: Any = None, batch_size: int = 32,
                  errors: TextIO | None = None, strict: bool = False, problems: list[str] | None = None) -> int:
    """Extract every usable line of `input_path` into `output_path`; returns lines written.

    The input may be in any encoding `dialogkartan.textio` can detect. A bad line is reported
    (with its number) on `errors` (stderr by default) and in `problems`, and skipped; the other
    lines are still processed, in input order. `strict` stops at the first bad line instead.
    The output is replaced atomically, so a failure leaves an earlier output whole.
    """
    from dialogkartan.errors import UserError
    from dialogkartan.textio import atomic_open, read_text
    from pipeline.extract import extract_many

    errors = errors or sys.stderr
    text, _ = read_text(Path(input_path), "input")
    docs: list[InputDoc] = []
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other line separators.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            docs.append(parse_line(line.rstrip("\r"), lineno))
        except ValueError as exc:
            if strict:
                raise UserError(f"{input_path}: {exc} (--strict: nothing written)") from None
            print(f"{input_path}: {exc}", file=errors)
            if problems is not None:
                problems.append(str(exc))
    if not docs:
        raise UserError(f"{input_path}: no usable lines; nothing written")
    if nlp is None:
        from pipeline.nlp import load_nlp

        nlp = load_nlp()
    results = extract_many(docs, nlp=nlp, batch_size=batch_size)
    with atomic_open(Path(output_path)) as out:
        for ex in results:
            out.write(json.dumps(ex.to_contract(), ensure_ascii=False) + "\n")
    return len(results)
