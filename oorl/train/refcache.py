"""Reference log-probs of the static GEPO data, computed once and cached on disk.

GEPO needs ``logp_ref(y|x)`` for every (prompt, response) of every IR group (DESIGN §2).  The reference
model is frozen and the dataset is static, so the values are the same in every epoch and every run with
the same reference model and tokenizer: they are computed once and stored in a SQLite file, keyed by

    sha256(model fingerprint, tokenizer fingerprint, prompt, response)

so a different reference model (any parameter bit, or its config), a different tokenizer (vocabulary,
merges, special tokens, chat template) or different text never hits a stored value.

Fingerprints.  ``model_fingerprint`` hashes the model's config JSON and every tensor of its state dict
(name, dtype, shape, bytes, in sorted name order), one tensor at a time on the CPU.  It reads every
parameter once: for an 8B model in bf16 that is 16 GB through sha256 (~0.5-1 GB/s on one core), i.e.
roughly 20-40 s plus the device-to-host copies, and one tensor's worth of host memory; compute it once
per run (on rank 0 and broadcast the string, if ranks should not each pay it).  The parameters must be
whole: under ZeRO-3/FSDP gather them (or hash the unsharded reference model) first, and a model with
offloaded (meta) weights cannot be hashed.  The config's ``transformers_version`` is kept, so an
upgrade (which may change the numerics) recomputes; where it was loaded from (``_name_or_path``),
runtime output switches and the nominal ``dtype`` are left out (the tensors' own dtypes are hashed).

The file.  ``sqlite3`` from the standard library, WAL journal, a 60 s busy timeout: several processes
(ranks) may open the same file and read while one writes.  Writing from one rank only (rank 0, then a
barrier) is the caller's job; concurrent writers would not corrupt the file but would compute the same
values twice.  WAL needs a local file system (not NFS).  Values are stored as their 8 IEEE-754 bytes,
so a float64 comes back bit for bit (``-0.0`` and infinities included); NaN is refused, since a NaN
reference log-prob is a bug upstream and must not be cached.  A file that is not a readable cache
raises ``RefCacheError`` naming it: delete it and the values are recomputed.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import struct
from pathlib import Path
from typing import Callable, Iterable, Sequence

SCHEMA_VERSION = 1
KEY_DOMAIN = b"oorl-ref-logp-v1"
_VOLATILE_CONFIG_KEYS = ("_name_or_path", "use_cache", "output_attentions", "output_hidden_states", "return_dict",
                         "dtype", "torch_dtype")
_CHUNK = 500  # keys per SELECT: below SQLite's smallest limit on bound parameters (999)
_DOUBLE = struct.Struct("<d")

Pair = tuple[str, str]  # (prompt, response)


class RefCacheError(RuntimeError):
    """The cache file cannot be used (corrupt, not a cache, unreadable)."""


def _update_framed(h, data: bytes) -> None:
    """Length-prefixed, so that ("ab", "c") and ("a", "bc") hash differently."""
    h.update(len(data).to_bytes(8, "little"))
    h.update(data)


def model_fingerprint(model) -> str:
    """sha256 over ``model.config`` (JSON, volatile keys left out) and every state-dict tensor."""
    import torch

    h = hashlib.sha256(b"oorl-model-fingerprint-v1")
    config = getattr(model, "config", None)
    if config is not None:
        record = json.loads(config.to_json_string(use_diff=False))
        for key in _VOLATILE_CONFIG_KEYS:
            record.pop(key, None)
        _update_framed(h, json.dumps(record, sort_keys=True).encode())
    state = model.state_dict()
    for name in sorted(state):
        tensor = state[name].detach()
        if tensor.is_meta:
            raise ValueError(f"parameter {name!r} is on the meta device (offloaded or not loaded): fingerprint "
                             "a model whose weights are all materialised")
        _update_framed(h, f"{name}|{tensor.dtype}|{tuple(tensor.shape)}".encode())
        flat = tensor.to("cpu").contiguous().reshape(-1)
        _update_framed(h, flat.view(torch.uint8).numpy().tobytes() if flat.numel() else b"")
    return h.hexdigest()


def tokenizer_fingerprint(tokenizer) -> str:
    """sha256 over the backend tokenizer's JSON (vocabulary, merges, normalisation, pre-tokenisation,
    post-processor, added tokens), the chat template and the special tokens."""
    h = hashlib.sha256(b"oorl-tokenizer-fingerprint-v1")
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is not None:
        _update_framed(h, backend.to_str().encode())
    else:  # a slow (Python) tokenizer: its class and vocabulary stand in for the backend JSON
        _update_framed(h, type(tokenizer).__name__.encode())
        _update_framed(h, json.dumps(sorted(tokenizer.get_vocab().items())).encode())
    template = getattr(tokenizer, "chat_template", None)
    _update_framed(h, json.dumps(template, sort_keys=True).encode())
    specials = {"map": {k: str(v) for k, v in tokenizer.special_tokens_map.items()},
                "all": [str(t) for t in tokenizer.all_special_tokens],
                "ids": list(tokenizer.all_special_ids)}
    _update_framed(h, json.dumps(specials, sort_keys=True).encode())
    return h.hexdigest()


class RefLogpCache:
    """Reference log-probs (``logp_ref(response | prompt)``, a float) of (prompt, response) pairs for one
    reference model and tokenizer, in the SQLite file ``path`` (created if missing)."""

    def __init__(self, path: str | Path, model_fp: str, tokenizer_fp: str):
        if not model_fp or not tokenizer_fp:
            raise ValueError("model_fp and tokenizer_fp must be non-empty fingerprints "
                             "(model_fingerprint(ref_model), tokenizer_fingerprint(tokenizer))")
        self.path = Path(path)
        self._prefix = hashlib.sha256(KEY_DOMAIN)
        _update_framed(self._prefix, model_fp.encode())
        _update_framed(self._prefix, tokenizer_fp.encode())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = None
        try:
            self._conn = sqlite3.connect(self.path, timeout=60.0)
            self._setup()
        except sqlite3.DatabaseError as e:
            self.close()
            raise self._error(e) from e
        except BaseException:
            self.close()
            raise

    def _setup(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA journal_mode=WAL")
        with conn:
            conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            conn.execute("CREATE TABLE IF NOT EXISTS ref_logp (key BLOB PRIMARY KEY, value BLOB NOT NULL) "
                         "WITHOUT ROWID")
        (schema,) = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        if schema != str(SCHEMA_VERSION):
            raise RefCacheError(f"{self.path}: reference log-prob cache schema {schema}, this code reads "
                                f"{SCHEMA_VERSION}; delete the file (the values will be recomputed)")

    def _error(self, e: sqlite3.DatabaseError) -> Exception:
        text = str(e)
        if "locked" in text or "busy" in text:
            return RefCacheError(f"{self.path}: {text} (another process held a write lock for over 60 s; "
                                 "write from one rank only)")
        if "unable to open" in text:
            return RefCacheError(f"{self.path}: cannot open the reference log-prob cache ({text}); check that "
                                 "the directory exists and is writable")
        return RefCacheError(f"{self.path}: not a readable reference log-prob cache ({text}); delete the file "
                             "(and any -wal/-shm files beside it) and the reference log-probs will be recomputed")

    def key(self, prompt: str, response: str) -> bytes:
        h = self._prefix.copy()
        _update_framed(h, prompt.encode("utf-8"))
        _update_framed(h, response.encode("utf-8"))
        return h.digest()

    def get_many(self, pairs: Sequence[Pair]) -> list[float | None]:
        """The stored value of each (prompt, response) pair, None where there is none."""
        keys = [self.key(p, r) for p, r in pairs]
        found: dict[bytes, float] = {}
        try:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for k, v in self._conn.execute(f"SELECT key, value FROM ref_logp WHERE key IN ({marks})", chunk):
                    found[k] = _DOUBLE.unpack(v)[0]
        except sqlite3.DatabaseError as e:
            raise self._error(e) from e
        return [found.get(k) for k in keys]

    def put_many(self, pairs: Sequence[Pair], values: Iterable[float]) -> None:
        """Store ``values[i]`` for ``pairs[i]`` (replacing an existing value), in one transaction."""
        values = [float(v) for v in values]
        if len(values) != len(pairs):
            raise ValueError(f"{len(pairs)} pairs but {len(values)} values; give one value per pair")
        bad = [i for i, v in enumerate(values) if math.isnan(v)]
        if bad:
            raise ValueError(f"NaN reference log-prob for pair(s) {bad[:5]}: fix the computation; NaN is never cached")
        rows = [(self.key(p, r), _DOUBLE.pack(v)) for (p, r), v in zip(pairs, values)]
        try:
            with self._conn:
                self._conn.executemany("INSERT OR REPLACE INTO ref_logp (key, value) VALUES (?, ?)", rows)
        except sqlite3.DatabaseError as e:
            raise self._error(e) from e

    def get_or_compute(self, pairs: Sequence[Pair], compute: Callable[[list[Pair]], Sequence[float]], *,
                       write: bool = True) -> list[float]:
        """Every pair's value: stored ones read, the missing ones computed by ``compute`` (called once, with
        the distinct missing pairs in first-seen order) and, if ``write``, stored.  Pass ``write=False`` on
        every rank but the writing one."""
        values = self.get_many(pairs)
        missing = list(dict.fromkeys(pair for pair, v in zip(pairs, values) if v is None))
        if missing:
            computed = [float(v) for v in compute(missing)]
            if len(computed) != len(missing):
                raise ValueError(f"compute returned {len(computed)} values for {len(missing)} pairs")
            if write:
                self.put_many(missing, computed)
            fresh = dict(zip(missing, computed))
            values = [fresh[pair] if v is None else v for pair, v in zip(pairs, values)]
        return values

    def __len__(self) -> int:
        """Entries in the file, for every fingerprint (the file may hold several reference models)."""
        try:
            return self._conn.execute("SELECT COUNT(*) FROM ref_logp").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise self._error(e) from e

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> RefLogpCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
