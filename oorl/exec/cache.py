"""Content-hash result cache: identical requests are executed once.

Keyed by ``ExecRequest.content_key`` (language, code, stdin or cases, limits), so
the request id plays no part.  In memory always; on disk when a directory is
given (one JSON file per key, written atomically, safe to share between
processes).  ``sandbox_error`` results are never cached: they say nothing about
the program and may pass on a retry.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from oorl.types import ExecResult, Status


class ResultCache:
    def __init__(self, directory: str | Path | None = None, max_items: int = 200_000):
        self.directory = Path(directory) if directory else None
        if self.directory:
            self.directory.mkdir(parents=True, exist_ok=True)
        self.max_items = max_items
        self._mem: dict[str, dict] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        with self._lock:
            found = self._mem.get(key)
        if found is None and self.directory:
            try:
                found = json.loads(self._path(key).read_text())
            except (OSError, ValueError):
                found = None
            if found is not None:
                self._remember(key, found)
        with self._lock:
            if found is None:
                self.misses += 1
            else:
                self.hits += 1
        return found

    def put(self, key: str, result: ExecResult) -> None:
        if result.status is Status.SANDBOX_ERROR:
            return
        record = result.to_dict()
        record.pop("id", None)
        record.pop("cached", None)
        self._remember(key, record)
        if self.directory:
            path = self._path(key)
            path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w") as f:
                json.dump(record, f)
            os.replace(tmp, path)

    def _remember(self, key: str, record: dict) -> None:
        with self._lock:
            if len(self._mem) >= self.max_items:
                self._mem.pop(next(iter(self._mem)))  # oldest first (dicts keep insertion order)
            self._mem[key] = record
