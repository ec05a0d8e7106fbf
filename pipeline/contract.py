"""The extraction contract on files: JSONL in (`{id, text, title?, url?, published?}`), JSONL out."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from pipeline.types import InputDoc

_FIELDS = ("id", "text", "title", "url", "published", "municipality_code", "county_code")


def parse_line(line: str, lineno: int) -> InputDoc:
    """One input line as an InputDoc; ValueError with the line number when it is not usable."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise ValueError(f"line {lineno}: expected a JSON object")
    if row.get("id") in (None, ""):
        raise ValueError(f"line {lineno}: missing 'id'")
    if not isinstance(row.get("text"), str):
        raise ValueError(f"line {lineno}: 'text' must be a string")
    kwargs: dict[str, Any] = {k: row.get(k) for k in _FIELDS if row.get(k) is not None}
    kwargs["id"] = str(row["id"])
    for k in ("title", "url", "published"):
        if k in kwargs and not isinstance(kwargs[k], str):
            kwargs[k] = str(kwargs[k])
    return InputDoc(**kwargs)


def extract_jsonl(input_path: str | Path, output_path: str | Path, nlp: Any = None, batch_size: int = 32,
                  errors: TextIO | None = None) -> int:
    """Extract every usable line of `input_path` into `output_path`; returns lines written.

    A bad line is reported (with its number) on `errors` (stderr by default) and skipped; the
    other lines are still processed, in input order.
    """
    from pipeline.extract import extract_many

    errors = errors or sys.stderr
    docs: list[InputDoc] = []
    with open(input_path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                docs.append(parse_line(line, lineno))
            except ValueError as exc:
                print(f"{input_path}: {exc}", file=errors)
    if nlp is None:
        from pipeline.nlp import load_nlp

        nlp = load_nlp()
    results = extract_many(docs, nlp=nlp, batch_size=batch_size) if docs else []
    Path(output_path).parent.mkdir(parents=True, exist_ok=True)
    with open(output_path, "w", encoding="utf-8") as out:
        for ex in results:
            out.write(json.dumps(ex.to_contract(), ensure_ascii=False) + "\n")
    return len(results)
