"""GEPO group files: reading, validating, and the shipped set.

One group per JSONL line (``.jsonl``, ``.jsonl.gz`` or ``.jsonl.xz``)::

    {"id": str, "prompt": str, "source": str (the C text, verbatim), "kind": "program" | "function",
     "split": "train" | "heldout",
     "winners": [{"opt": "O2", "ir": str, "also"?: ["O3"]}, ...],          # equivalent to the source
     "losers": [{"ir": str, "mutation": str, "kind": str, "parent": "O2",
                 "witness"?: {"check": int, "expected": {...}, "got": {...}}}, ...],
     "verified": bool,            # every loser shown to differ (its witness) and every winner to agree
     "checks": [{"stdin": str, "exit_code": int, "stdout_sha256": str, "stdout"?: str}, ...],
     "driver"?: str,              # function groups: the C main that calls the function (see oorl.ir.driver)
     "std": "gnu17" | "gnu89", "origin": str, "notes"?: [str]}

``checks`` record what the native -O0 program did, so anyone can re-execute a group
(``oorl ir check``).  The shipped set (``oorl/ir/data/groups.jsonl.xz``) is built by
``oorl ir build`` from the C the project ships: ``oorl.ir.data/programs`` and the C reference
solutions of the task set.
"""

from __future__ import annotations

import gzip
import json
import lzma
from pathlib import Path
from typing import Any, Iterator

DATA_DIR = Path(__file__).parent / "data"
SHIPPED = DATA_DIR / "groups.jsonl.xz"


class GroupError(ValueError):
    """A group record is invalid; the message names the file, line and field."""


def _open(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def validate_group(g: Any) -> None:
    """Raise ``GroupError`` (without a location) naming the first bad field of one record."""
    if not isinstance(g, dict):
        raise GroupError(f"a group must be a JSON object, got {type(g).__name__}")
    for key, kind in (("id", str), ("prompt", str), ("source", str), ("winners", list), ("losers", list),
                      ("verified", bool)):
        if key not in g:
            raise GroupError(f"field '{key}' is missing")
        if not isinstance(g[key], kind):
            raise GroupError(f"field '{key}' must be {kind.__name__}, got {type(g[key]).__name__}")
    if not g["winners"]:
        raise GroupError("field 'winners' is empty: a group needs at least one equivalent IR")
    for i, w in enumerate(g["winners"]):
        if not isinstance(w, dict) or not isinstance(w.get("ir"), str) or not isinstance(w.get("opt"), str):
            raise GroupError(f"winners[{i}] must be an object with string 'opt' and 'ir'")
    for i, loser in enumerate(g["losers"]):
        if not isinstance(loser, dict) or not isinstance(loser.get("ir"), str) or not isinstance(loser.get("mutation"), str):
            raise GroupError(f"losers[{i}] must be an object with string 'ir' and 'mutation'")
    if g.get("split", "train") not in ("train", "heldout"):
        raise GroupError(f"field 'split' must be 'train' or 'heldout', got {g.get('split')!r}")


def iter_groups(path: str | Path) -> Iterator[dict[str, Any]]:
    """Groups of one file, validated; an error names ``file:line`` and the field."""
    path = Path(path)
    if not path.is_file():
        raise GroupError(f"{path}: no such file (build one with `oorl ir build ... -o {path.name}`)")
    with _open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                raise GroupError(f"{path}:{n}: not valid JSON ({e.msg} at column {e.colno})") from None
            try:
                validate_group(g)
            except GroupError as e:
                raise GroupError(f"{path}:{n}: {e}") from None
            yield g


def load_groups(path: str | Path, split: str | None = None) -> list[dict[str, Any]]:
    """Every group of ``path`` (``split``: only ``train`` or ``heldout``)."""
    return [g for g in iter_groups(path) if split is None or g.get("split", "train") == split]


def load_shipped_groups(split: str | None = None) -> list[dict[str, Any]]:
    """The shipped groups (see the module doc)."""
    return load_groups(SHIPPED, split)
