"""Supervised warm start: teach a model the answer format and the easy translations before RL.

A model built from nothing (``oorl.train.tiny``) never writes a fenced block, so every execution reward is 0
and the on-policy term has nothing to learn from.  A few minutes of supervised fine-tuning on translation
pairs whose target has a reference solution fixes that, the way the paper's base model arrives already
instruction-tuned.  The example is the task's prompt through the chat template and, as the answer, the
reference target solution in the one fenced block the prompt asks for (``answer_block``), closed by eos.

The loss is the token mean of the answer's negative log-likelihood over each batch (prompt tokens are
context only); AdamW with a linear warm-up and cosine decay; batches are drawn by a seeded permutation per
epoch, so the same seed gives the same run.

Limits: examples are not packed (a batch is padded to its longest row); nothing is checkpointed mid-way,
it is meant for minutes, not hours.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from oorl.tasks.prompts import answer_block


@dataclass(frozen=True)
class SFTExample:
    prompt: str
    answer: str


def examples_from_tasks(tasks: Iterable) -> list[SFTExample]:
    """One example per task that has a reference target solution (the others are skipped)."""
    return [SFTExample(t.prompt, answer_block(t.target_lang, t.reference)) for t in tasks if t.reference]


@dataclass(frozen=True)
class SFTConfig:
    epochs: float = 3.0  # passes over the examples (fractions allowed)
    lr: float = 1e-3
    batch_size: int = 16
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    seed: int = 0

    def __post_init__(self):
        if not self.epochs > 0:
            raise ValueError(f"sft epochs must be > 0, got {self.epochs!r}")
        if not self.lr > 0:
            raise ValueError(f"sft lr must be > 0, got {self.lr!r}")
        if self.batch_size < 1:
            raise ValueError(f"sft batch_size must be >= 1, got {self.batch_size!r}")


def encode_examples(tokenizer, examples: Sequence[SFTExample]) -> list[tuple[list[int], list[int]]]:
    """``(prompt ids through the chat template, answer ids + eos)`` per example."""
    from oorl.rollout.base import chat_prompt

    eos = tokenizer.eos_token_id
    return [(chat_prompt(tokenizer, ex.prompt), tokenizer(ex.answer, add_special_tokens=False)["input_ids"] + [eos])
            for ex in examples]


def run_sft(model, tokenizer, examples: Sequence[SFTExample], cfg: SFTConfig = SFTConfig(), *,
            progress: bool = True, on_step: Callable[[dict[str, Any]], None] | None = None) -> list[dict[str, Any]]:
    """Fine-tune ``model`` in place on ``examples``; returns one metrics dict per optimiser step."""
    import torch

    from oorl.train.sequences import batch_logprobs

    if not examples:
        raise ValueError("no SFT examples: the tasks given have no reference target solutions")
    data = encode_examples(tokenizer, examples)
    steps_per_epoch = math.ceil(len(data) / cfg.batch_size)
    total = max(1, round(cfg.epochs * steps_per_epoch))
    warmup = int(cfg.warmup_ratio * total)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)

    def lr_at(step: int) -> float:  # linear warm-up, then cosine to 0
        if step < warmup:
            return cfg.lr * (step + 1) / warmup
        return cfg.lr * 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, total - warmup)))

    rng = random.Random(cfg.seed)
    order: list[int] = []
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    history: list[dict[str, Any]] = []
    model.train()
    bar = _bar(total, progress)
    for step in range(total):
        if len(order) < cfg.batch_size:
            perm = list(range(len(data)))
            rng.shuffle(perm)
            order += perm
        idx, order = order[:cfg.batch_size], order[cfg.batch_size:]
        for group in opt.param_groups:
            group["lr"] = lr_at(step)
        logp, mask = batch_logprobs(model, [data[i][0] for i in idx], [data[i][1] for i in idx], pad)  # [b, T]
        loss = -(logp * mask).sum() / mask.sum()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
        opt.step()
        m = {"sft_step": step + 1, "sft_loss": float(loss.detach()), "sft_lr": lr_at(step), "sft_grad_norm": float(grad_norm),
             "sft_tokens": int(mask.sum())}
        history.append(m)
        if on_step is not None:
            on_step(m)
        if bar is not None:
            bar.set_postfix(loss=f"{m['sft_loss']:.3f}")
            bar.update(1)
    if bar is not None:
        bar.close()
    model.eval()
    return history


def _bar(total: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="sft", unit="step", dynamic_ncols=True)
