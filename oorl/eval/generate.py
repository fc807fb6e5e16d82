"""Completions from a model for evaluation, through the trainer's rollout backends.

``load_backend`` turns a model name into a backend and its tokenizer: ``tiny`` (the embedded model,
built once under ``~/.cache/oorl/tiny``), a Hugging Face model directory, or a run directory written by
``oorl train`` (its ``model/`` export).  ``generate_texts`` samples ``params.n`` texts per prompt, either
as a chat turn (``chat=True``, the prompt the trainer uses) or as a continuation of the prompt text
itself (``chat=False``, what completion benchmarks such as MultiPL-E expect), and cuts every text before
the first of its prompt's stop strings.

The cut is always made here, whatever the backend did: a backend that stops early on a stop string (the
``hf`` one does) only saves time, and a backend that cannot (vLLM today) still gives the same texts.
Prompts go to the backend a chunk at a time (a few of its batches, similar lengths together) so that a
progress bar can follow; a seeded call gives each chunk its own seed derived from ``params.seed``, so
the same seed, prompts, parameters and batch size give the same texts.

Nothing here imports torch or transformers at module level.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import re
import sys
from pathlib import Path
from typing import Any, Sequence

from oorl.rollout.base import BACKENDS, SamplingParams

DTYPES = ("float32", "bfloat16", "float16")
CHUNK_BATCHES = 4  # backend batches per generate call: enough for length sorting, small for the progress bar
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


class ModelNotFound(ValueError):
    """The model argument names nothing loadable; the message says what was looked for."""


def tiny_model_dir() -> Path:
    """The embedded model, built (or reused) where training builds it by default."""
    from oorl.config import ModelConfig
    from oorl.train.tiny import build_tiny

    return build_tiny(Path(os.path.expanduser(ModelConfig().tiny_dir)))


def resolve_model(model: str) -> str:
    """The directory (or hub id) to load for ``model``: ``tiny``, a model directory, or a run directory."""
    if model == "tiny":
        return str(tiny_model_dir())
    path = Path(os.path.expanduser(model))
    if path.is_dir():
        if (path / "config.json").is_file():
            return str(path)
        if (path / "model").is_dir():
            if not (path / "model" / "config.json").is_file():
                raise ModelNotFound(f"{path / 'model'} has no config.json: the run's model export is incomplete")
            return str(path / "model")
        if any((path / name).exists() for name in ("config.yaml", "metrics.jsonl", "checkpoints")):
            raise ModelNotFound(f"{path} is a training run without a model/ export (no {path / 'model'}); "
                                "finish or resume the run so that it writes one, or pass a model directory")
        raise ModelNotFound(f"{path} is neither a model directory (no config.json) nor a run directory (no model/)")
    if path.exists():
        raise ModelNotFound(f"{path} is a file; pass a model directory, a run directory or 'tiny'")
    if _HUB_ID.match(model) and not model.startswith((".", "~")):
        return model  # a hub id: transformers downloads it (needs the network)
    raise ModelNotFound(f"model {model!r} not found: pass 'tiny', a Hugging Face model directory, "
                        "or a run directory of `oorl train` (with its model/ export)")


def _build_hf(path: str, tokenizer, *, batch_size: int, dtype: str, device: str | None):
    import torch
    from transformers import AutoModelForCausalLM

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    model = AutoModelForCausalLM.from_pretrained(path, dtype=getattr(torch, dtype)).to(device)
    model.eval()
    from oorl.rollout.hf import HFRollout

    return HFRollout(model, tokenizer, batch_size=batch_size)


def _build_vllm(path: str, tokenizer, *, batch_size: int, dtype: str, device: str | None):
    from oorl.rollout.vllm import VLLMRollout

    # vLLM schedules its own batches and picks its GPU; batch_size and device do not apply.
    return VLLMRollout(path, tokenizer, dtype=dtype, gpu_memory_utilization=0.85)


_BUILDERS = {"hf": _build_hf, "vllm": _build_vllm}
assert set(_BUILDERS) == set(BACKENDS), "every rollout backend needs a builder here"


def load_backend(model: str, *, backend: str = "hf", batch_size: int = 8, dtype: str = "float32",
                 device: str | None = None):
    """``(backend, tokenizer)`` sampling from ``model`` (see ``resolve_model``); ``ModelNotFound`` or
    ``ValueError`` name what is wrong."""
    if backend not in _BUILDERS:
        raise ValueError(f"unknown rollout backend {backend!r}; valid: {', '.join(sorted(_BUILDERS))}")
    if dtype not in DTYPES:
        raise ValueError(f"unknown dtype {dtype!r}; valid: {', '.join(DTYPES)}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be an integer >= 1, got {batch_size!r}")
    from oorl.train.models import load_tokenizer

    path = resolve_model(model)
    tokenizer = load_tokenizer(path)
    return _BUILDERS[backend](path, tokenizer, batch_size=batch_size, dtype=dtype, device=device), tokenizer


def truncate(text: str, stops: Sequence[str]) -> str:
    """``text`` up to the first occurrence of any of ``stops`` (empty strings ignored)."""
    cut = min((i for i in (text.find(s) for s in stops if s) if i >= 0), default=len(text))
    return text[:cut]


def _accepts(fn, name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _chunk_seed(seed: int, chunk: int) -> int:
    return (seed * 1_000_003 + chunk) % (1 << 63)


def _progress(total: int, enabled: bool, desc: str):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="prompt", file=sys.stderr)


def generate_texts(backend, prompts: list[str], params: SamplingParams, *, chat: bool = True,
                   stop: list[list[str]] | None = None, progress: bool = True,
                   desc: str = "generate") -> list[list[str]]:
    """For each prompt, in order, ``params.n`` completion texts, each cut before its first stop string."""
    if stop is not None and len(stop) != len(prompts):
        raise ValueError(f"stop has {len(stop)} entries for {len(prompts)} prompts: give one list per prompt")
    stops = [tuple(s) for s in stop] if stop is not None else [()] * len(prompts)
    kwargs: dict[str, Any] = {}
    if not chat:
        if not _accepts(backend.generate, "chat"):
            raise ValueError(f"the {type(backend).__name__} backend cannot continue raw prompts (chat=False); "
                             "use the 'hf' backend")
        kwargs["chat"] = False
    early_stop = any(stops) and _accepts(backend.generate, "stop")
    batch = getattr(backend, "batch_size", None)
    per_call = max(1, CHUNK_BATCHES * batch // params.n) if batch else max(1, len(prompts))
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))  # similar lengths share a call
    out: list[list[str] | None] = [None] * len(prompts)
    bar = _progress(len(prompts), progress, desc)
    try:
        for chunk, start in enumerate(range(0, len(order), per_call)):
            idx = order[start:start + per_call]
            call = params if params.seed is None else dataclasses.replace(params, seed=_chunk_seed(params.seed, chunk))
            if early_stop:
                kwargs["stop"] = [list(stops[i]) for i in idx]
            groups = backend.generate([prompts[i] for i in idx], call, **kwargs)
            if len(groups) != len(idx) or any(len(g) != params.n for g in groups):
                raise RuntimeError(f"{type(backend).__name__} returned {[len(g) for g in groups]} generations for "
                                   f"{len(idx)} prompts x n={params.n}")
            for i, group in zip(idx, groups):
                out[i] = [truncate(g.text, stops[i]) for g in group]
            if bar is not None:
                bar.update(len(idx))
    finally:
        if bar is not None:
            bar.close()
    return [texts or [] for texts in out]
