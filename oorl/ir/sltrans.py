"""SLTrans rows → ``Source`` records for the IR-group builder.  No torch.

SLTrans (UKPLab/SLTrans, from the IRCoder paper) pairs de-duplicated competitive-programming
solutions with the LLVM IR their compiler made.  Its configs are source languages (``C``,
``C++`` ...); its splits are compilation modes, ``Size_Optimized`` and ``Perf_Optimized`` (``SPLITS``);
its files are parquet.  Each row becomes a whole-program ``Source`` whose dataset IR rides along
as an extra winner, ``("sltrans:<split>", ir)``, which the builder verifies like clang's own IR.

Columns.  The C config holds the source in ``Source_Code`` and the IR in ``IR_Original``.  These
names come from public scripts that read the dataset (both columns by name), not from its card,
which could not be read here; so they are parameters (``source_column``, ``ir_column``), with those
defaults.  The dataset has no id column that we know of: a row's id is its index in the split
(every row counted, skipped or not, shards in sorted order), unless ``id_column`` names one.

``spec`` is one of:

* a ``.parquet`` file, a ``.jsonl`` or ``.jsonl.gz`` file (one JSON object a line, same columns);
* a directory of parquet shards.  Shards are found recursively and read in sorted path order.
  If some shard paths name the split (a ``Size_Optimized-00000-of-00002.parquet`` file, as on the
  hub, or a ``Size_Optimized/`` folder) only those are read, and likewise for the config (a ``C/``
  folder); a directory that names neither is read whole;
* a hub dataset id (``owner/name`` that is not an existing local path; a missing relative path of
  that shape is tried on the hub, and the error says it is neither): ``datasets.load_dataset(spec, config,
  split=split)``, imported only then, streamed when ``limit`` is set so that a few rows do not
  fetch a multi-GB split.  Offline, that fails with an error saying so.

A row with an empty or missing source or IR, a non-string value, a source over
``MAX_SOURCE_BYTES``, a repeated id, or (JSONL) a line that is not a JSON object is skipped and
reported as ``(where, reason)``, ``where`` naming the file and the row (parquet: 0-based row in
that file; JSONL: 1-based line).  A missing column, an unreadable file or a bad path raises
``SourceError`` naming the file, the column and the columns there are.

Not checked here: that a source compiles standalone (some SLTrans rows were built with flags a
plain compile lacks) or that the IR matches it; the builder finds out.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from oorl.ir.source import MAX_SOURCE_BYTES, Source, SourceError

SPLITS = ("Size_Optimized", "Perf_Optimized")
SOURCE_COLUMN = "Source_Code"
IR_COLUMN = "IR_Original"
ORIGIN = "sltrans"
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")
_BATCH_ROWS = 256  # parquet rows decoded at a time: IR strings are large, so keep batches small

# The rows of a shard or of the hub, in order, as (where, record): ``where`` names the file (or hub
# split) and the row for messages; ``record`` is None for a JSONL line that is not a JSON object.
_Rows = Iterator[tuple[str, dict[str, Any] | None]]


def load_sltrans(spec: str, *, split: str = "Size_Optimized", limit: int | None = None, config: str = "C",
                 source_column: str = SOURCE_COLUMN, ir_column: str = IR_COLUMN,
                 id_column: str | None = None) -> tuple[list[Source], list[tuple[str, str]]]:
    """The rows of one SLTrans split as program sources, and the rows skipped as ``(where, reason)``.

    ``limit`` caps the sources returned (skipped rows do not count); reading stops there.
    See the module doc for ``spec`` and the skip rules.
    """
    if split not in SPLITS:
        raise SourceError(f"SLTrans split {split!r} is not one of {list(SPLITS)} (the compilation modes)")
    if limit is not None and limit < 0:
        raise SourceError(f"limit must be None or >= 0, got {limit}")
    wanted = [c for c in (source_column, ir_column, id_column) if c]
    sources: list[Source] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    index = 0
    for where, record in _rows(spec, split, config, wanted, streaming=limit is not None):
        if limit is not None and len(sources) >= limit:
            break
        row, index = index, index + 1
        reason = _problem(record, source_column, ir_column, id_column)
        if reason:
            skipped.append((where, reason))
            continue
        sid = f"{ORIGIN}-{split}-{record[id_column] if id_column else row}"
        if sid in seen:
            skipped.append((where, f"duplicate id {sid!r}"))
            continue
        seen.add(sid)
        sources.append(Source(id=sid, code=record[source_column], kind="program", inputs=[],
                              extra_winners=[(f"{ORIGIN}:{split}", record[ir_column])], origin=ORIGIN,
                              meta={"sltrans_split": split, "config": config, "row": row, "where": where}))
    return sources, skipped


def _problem(record: dict[str, Any] | None, source_column: str, ir_column: str, id_column: str | None) -> str:
    """Why this row cannot become a source, or '' when it can."""
    if record is None:
        return "not a JSON object"
    for col, what in ((source_column, "source"), (ir_column, "IR")):
        value = record.get(col)
        if value is None or (isinstance(value, str) and not value.strip()):
            return f"empty or missing {what} ({col})"
        if not isinstance(value, str):
            return f"{what} ({col}) is a {type(value).__name__}, not a string"
    size = len(record[source_column].encode("utf-8"))
    if size > MAX_SOURCE_BYTES:
        return f"source too large ({size} bytes > {MAX_SOURCE_BYTES})"
    if id_column and record.get(id_column) in (None, ""):
        return f"empty or missing id ({id_column})"
    return ""


def _rows(spec: str, split: str, config: str, wanted: list[str], streaming: bool) -> _Rows:
    path = Path(spec).expanduser()
    if path.exists():
        files = _shards(path, split, config) if path.is_dir() else [path]
        for f in files:
            yield from _file_rows(f, wanted)
    elif _HUB_ID.fullmatch(spec) and not _is_data_file(spec):
        yield from _hub_rows(spec, split, config, wanted, streaming)
    else:
        raise SourceError(f"SLTrans spec {spec}: no such file or directory (give a .parquet, .jsonl or .jsonl.gz "
                          "file, a directory of parquet shards, or a hub id such as UKPLab/SLTrans)")


def _is_data_file(name: str) -> bool:
    return name.endswith((".parquet", ".jsonl", ".jsonl.gz"))


def _shards(root: Path, split: str, config: str) -> list[Path]:
    """The parquet files of ``root`` for this split and config (see the module doc)."""
    files = sorted(root.rglob("*.parquet"))
    if not files:
        raise SourceError(f"SLTrans directory {root}: no .parquet files in it")

    def names(f: Path, key: str) -> bool:
        parts = f.relative_to(root).parts
        return key in parts[:-1] or parts[-1] == f"{key}.parquet" or parts[-1].startswith(f"{key}-")

    for key in (config, split):
        matching = [f for f in files if names(f, key)]
        if matching:
            files = matching
    other = [s for s in SPLITS if s != split]
    if any(names(f, s) for f in files for s in other):
        raise SourceError(f"SLTrans directory {root}: no shard names split {split!r}, but some name "
                          f"{other}; give the split that is there, or a directory of one split")
    return files


def _file_rows(path: Path, wanted: list[str]) -> _Rows:
    name = path.name
    if name.endswith(".parquet"):
        yield from _parquet_rows(path, wanted)
    elif name.endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl_rows(path, wanted)
    else:
        raise SourceError(f"SLTrans file {path}: unknown format (expected .parquet, .jsonl or .jsonl.gz)")


def _parquet_rows(path: Path, wanted: list[str]) -> _Rows:
    import pyarrow.parquet as pq  # heavy, and needed only for parquet

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises its own error types for a corrupt or non-parquet file
        raise SourceError(f"SLTrans file {path}: not readable as parquet ({e})") from e
    _check_columns(path, pf.schema_arrow.names, wanted)
    row = 0
    for batch in pf.iter_batches(batch_size=_BATCH_ROWS, columns=wanted):
        for record in batch.to_pylist():
            yield f"{path} row {row}", record
            row += 1


def _jsonl_rows(path: Path, wanted: list[str]) -> _Rows:
    opener = gzip.open if path.name.endswith(".gz") else open
    checked = False
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    record = None
                if not isinstance(record, dict):
                    yield f"{path} line {line_no}", None
                    continue
                if not checked:  # the first object stands for the file's schema
                    _check_columns(path, list(record), wanted)
                    checked = True
                yield f"{path} line {line_no}", record
    except (OSError, UnicodeDecodeError, EOFError) as e:
        raise SourceError(f"SLTrans file {path}: not readable as {'gzipped ' if opener is gzip.open else ''}"
                          f"UTF-8 JSONL ({e})") from e


def _hub_rows(spec: str, split: str, config: str, wanted: list[str], streaming: bool) -> _Rows:
    where = f"{spec}[{config}/{split}]"
    try:
        import datasets
    except ImportError as e:
        raise SourceError(f"SLTrans spec {spec}: looks like a hub id, but the `datasets` package is not "
                          "installed; install it, or pass a local parquet/JSONL path") from e
    try:
        ds = datasets.load_dataset(spec, config, split=split, streaming=streaming)
        rows = iter(ds)
        first = next(rows, None)
    except Exception as e:  # network, auth, unknown config/split: the library's error types vary by version
        raise SourceError(f"SLTrans spec {spec} (config {config!r}, split {split!r}): could not load it from the "
                          f"hub ({type(e).__name__}: {e}); nor is it a local path. Offline? Download the parquet "
                          "files and pass their local path instead") from e
    if first is None:
        return
    names = getattr(ds, "column_names", None) or list(first)
    _check_columns(where, names, wanted)
    yield f"{where} row 0", first
    for row, record in enumerate(rows, 1):
        yield f"{where} row {row}", record


def _check_columns(where: object, names: list[str], wanted: list[str]) -> None:
    missing = [c for c in wanted if c not in names]
    if missing:
        raise SourceError(f"SLTrans {where}: no column {', '.join(map(repr, missing))}; its columns are "
                          f"{list(names)} (pass source_column=/ir_column=/id_column= to name others)")
