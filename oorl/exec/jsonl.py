"""``oorl exec batch``: JSONL requests in, JSONL results out, one per line, in input order.

A bad line (not JSON, a missing field, an unknown language) gets a clear message
naming the file and line on stderr and a ``sandbox_error`` result line saying why
(the program was not judged); every other request still runs and is written.
Results are written as soon as all earlier lines are done, so an interrupted
batch keeps what it finished.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

from oorl.exec.languages import UnknownLanguage, resolve
from oorl.exec.pool import Executor, invalid
from oorl.types import ExecRequest, ExecResult, RequestError


def read_requests(path: Path) -> Iterator[tuple[int, ExecRequest | ExecResult]]:
    """Yield ``(line number, request)``, or ``(line number, invalid result)`` for a bad line."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except ValueError as e:
                yield lineno, invalid(f"line-{lineno}", "", f"{where}: not valid JSON ({e.msg} at column {e.colno})")
                continue
            rid = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else f"line-{lineno}"
            lang = obj.get("language", "") if isinstance(obj, dict) else ""
            try:
                req = ExecRequest.from_dict(obj)
                resolve(req.language)
            except (RequestError, UnknownLanguage) as e:
                yield lineno, invalid(rid, str(lang), f"{where}: {e}")
                continue
            yield lineno, req


def run_batch_file(inp: Path, out: Path, *, workers: int | None = None, cache: bool = True,
                   cache_dir: Path | None = None, allow_unsafe: bool = False, progress: bool = True) -> int:
    """Run every request of ``inp``; write results to ``out``.  Returns 1 if any line was invalid."""
    if not inp.exists():
        print(f"oorl exec batch: input file {inp} does not exist", file=sys.stderr)
        return 2
    items = list(read_requests(inp))
    bad = [(n, r) for n, r in items if isinstance(r, ExecResult)]
    for _, r in bad:
        print(f"oorl exec batch: skipped {r.error.removeprefix('invalid request: ')}", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    bar = _progress_bar(len(items), progress)
    with Executor(workers, cache=cache, cache_dir=cache_dir, allow_unsafe=allow_unsafe) as ex, \
            open(out, "w", encoding="utf-8") as f:
        done: dict[int, ExecResult] = {}
        next_index = 0
        valid = [(i, r) for i, (_, r) in enumerate(items) if isinstance(r, ExecRequest)]
        for i, (_, r) in enumerate(items):
            if isinstance(r, ExecResult):
                done[i] = r
        for j, result in ex.iter_batch([r for _, r in valid]):
            done[valid[j][0]] = result
            if bar:
                bar.update(1)
            while next_index in done:
                f.write(json.dumps(done.pop(next_index).to_dict()) + "\n")
                f.flush()
                next_index += 1
        while next_index in done:  # trailing invalid lines
            f.write(json.dumps(done.pop(next_index).to_dict()) + "\n")
            next_index += 1
    if bar:
        bar.update(len(bad))
        bar.close()
    if bad:
        print(f"oorl exec batch: {len(bad)} invalid line(s) of {len(items)}; their results say why", file=sys.stderr)
        return 1
    return 0


def _progress_bar(total: int, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="prog", desc="exec", file=sys.stderr)
