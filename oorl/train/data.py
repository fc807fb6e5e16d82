"""The two data streams of a run and the records a step passes around.

``Stream`` walks a list in a seeded shuffled order, epoch after epoch (a new order each epoch), and
its state is two integers, so a checkpoint restores it exactly.  The translation tasks are read in
epochs; the static GEPO groups are cycled (DESIGN §2).  Every rank draws the same global batch and
keeps its own slice, so the data order does not depend on how many processes run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Generic, Sequence, TypeVar

T = TypeVar("T")


class Stream(Generic[T]):
    def __init__(self, items: Sequence[T], seed: int, name: str):
        if not items:
            raise ValueError(f"the {name} stream is empty: check the data section of the config")
        self.items, self.seed, self.name = list(items), seed, name
        self.epoch, self.pos = 0, 0
        self._order = self._shuffled(0)

    def _shuffled(self, epoch: int) -> list[int]:
        order = list(range(len(self.items)))
        random.Random(f"{self.seed}:{self.name}:{epoch}").shuffle(order)
        return order

    def take(self, n: int) -> list[T]:
        out = []
        for _ in range(n):
            if self.pos == len(self._order):
                self.epoch, self.pos = self.epoch + 1, 0
                self._order = self._shuffled(self.epoch)
            out.append(self.items[self._order[self.pos]])
            self.pos += 1
        return out

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "pos": self.pos, "size": len(self.items)}

    def load_state_dict(self, state: dict[str, int]) -> None:
        if state.get("size") != len(self.items):
            raise ValueError(f"the {self.name} stream has {len(self.items)} items but the checkpoint saw "
                             f"{state.get('size')}: the data changed since the checkpoint (resume with the same data)")
        self.epoch, self.pos = state["epoch"], state["pos"]
        self._order = self._shuffled(self.epoch)


def rank_slice(items: list[T], rank: int, world: int) -> list[T]:
    """This rank's share of a global batch (contiguous, equal sizes when ``world`` divides the batch)."""
    per = len(items) // world
    return items[rank * per:(rank + 1) * per] if per else items[rank:rank + 1]


@dataclass
class GroupBatchItem:
    """One GEPO group ready for scoring: token ids of the prompt and of each kept member."""

    id: str
    prompt_ids: list[int]
    winners: list[list[int]]
    losers: list[list[int]]
    prompt: str
    winner_texts: list[str]
    loser_texts: list[str]


def group_response_text(ir: str) -> str:
    """The answer a group's prompt asks for: one fenced ``llvm`` block holding the module."""
    return f"```llvm\n{ir.rstrip()}\n```"


def prepare_group(g: dict[str, Any], tokenizer, prompt_ids: list[int], *, max_winners: int, max_losers: int,
                  max_tokens: int) -> GroupBatchItem | None:
    """Tokenise a group's members (each ends with EOS); members over ``max_tokens`` with the prompt are left
    out; None when no winner or no loser remains (the caller counts it)."""
    eos = tokenizer.eos_token_id

    def members(entries: list[dict]) -> tuple[list[list[int]], list[str]]:
        ids, texts = [], []
        for e in entries:
            text = group_response_text(e["ir"])
            toks = tokenizer(text, add_special_tokens=False)["input_ids"] + [eos]
            if len(prompt_ids) + len(toks) <= max_tokens:
                ids.append(toks)
                texts.append(text)
        return ids, texts

    w_ids, w_texts = members(g["winners"])
    l_ids, l_texts = members(g["losers"])
    w_ids, w_texts, l_ids, l_texts = w_ids[:max_winners], w_texts[:max_winners], l_ids[:max_losers], l_texts[:max_losers]
    if not w_ids or not l_ids:
        return None
    return GroupBatchItem(g["id"], prompt_ids, w_ids, l_ids, g["prompt"], w_texts, l_texts)
