"""The rollout interface: sampling parameters, one generation's record, the backend Protocol and its table.

A rollout backend turns prompts (plain user text) into ``params.n`` sampled responses per prompt.  Every
backend builds the prompt the same way (``chat_prompt``: one user message through the tokenizer's chat
template, generation prompt appended), so a policy trained on ``hf`` rollouts and one trained on ``vllm``
rollouts see the same token ids, and the log-probs the trainer computes later line up with what was sampled.

Evaluation adds two things a backend may support (``hf`` does): ``chat=False`` continues the prompt text
itself (``raw_prompt``: completion benchmarks such as MultiPL-E), and ``stop`` gives each prompt strings at
which its generation may end early (``Generation.stop`` says which one did).  Early stopping only saves
time: callers cut the text at the first stop string themselves.

Backends are named in one table, ``BACKENDS``, by dotted path, and imported only when chosen
(``make_backend``): importing this module pulls in neither torch, transformers nor vLLM.
"""

from __future__ import annotations

import importlib
import inspect
import math
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

BACKENDS: dict[str, str] = {
    "hf": "oorl.rollout.hf:HFRollout",  # transformers ``generate``: CPU or GPU, shares the policy module
    "vllm": "oorl.rollout.vllm:VLLMRollout",  # vLLM engine: GPU only, optional dependency
}


@dataclass(frozen=True)
class SamplingParams:
    """How to sample: ``n`` responses per prompt, each at most ``max_new_tokens`` long.

    ``temperature == 0`` means greedy decoding (then ``top_p`` and ``seed`` do not matter).  ``top_p == 1``
    keeps the whole distribution.  ``seed`` makes sampling reproducible for the same prompts, backend and
    batch layout; ``None`` draws from the backend's own random state.  No top-k and no repetition penalty:
    on-policy losses assume responses were drawn from the policy's (temperature-scaled) distribution.
    """

    n: int = 4
    max_new_tokens: int = 256
    temperature: float = 1.0
    top_p: float = 1.0
    seed: int | None = None

    def __post_init__(self):
        if isinstance(self.n, bool) or not isinstance(self.n, int) or self.n < 1:
            raise ValueError(f"n (responses per prompt) must be an integer >= 1, got {self.n!r}")
        if isinstance(self.max_new_tokens, bool) or not isinstance(self.max_new_tokens, int) or self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be an integer >= 1, got {self.max_new_tokens!r}")
        if not isinstance(self.temperature, (int, float)) or not (math.isfinite(self.temperature) and self.temperature >= 0):
            raise ValueError(f"temperature must be a number >= 0 (0 = greedy), got {self.temperature!r}")
        if not isinstance(self.top_p, (int, float)) or not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1] (1 = no nucleus cut), got {self.top_p!r}")
        if self.seed is not None and (isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0):
            raise ValueError(f"seed must be None (unseeded) or an integer >= 0, got {self.seed!r}")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0


@dataclass
class Generation:
    """One sampled response.

    ``prompt_ids``: the prompt's token ids as the model saw them (no padding).
    ``response_ids``: the generated token ids, without padding; ends with the eos token iff ``finished``.
    ``text``: the response decoded without special tokens (so without the eos token).
    ``finished``: True when generation stopped at eos, False when it hit ``max_new_tokens`` (truncated) or
    a stop string.
    ``stop``: the stop string that ended generation early (it is inside ``text``, possibly with a little
    text after it from the last token), or None.
    """

    prompt_ids: list[int]
    response_ids: list[int]
    text: str
    finished: bool
    stop: str | None = None


@runtime_checkable
class RolloutBackend(Protocol):
    def generate(self, prompts: list[str], params: SamplingParams) -> list[list[Generation]]:
        """For each prompt, in order, ``params.n`` generations.

        A backend that serves evaluation also takes the keyword arguments ``chat: bool = True`` (False:
        continue ``raw_prompt`` instead of the chat prompt) and ``stop: Sequence[Sequence[str]] | None``
        (per prompt, strings after which that prompt's rows may stop); ``oorl.eval.generate`` checks.
        """
        ...

    def sync_weights(self, model) -> None:
        """Make the backend sample from ``model``'s current weights."""
        ...


def make_backend(name: str, **kwargs: Any) -> RolloutBackend:
    """Build the backend called ``name`` in ``BACKENDS`` (its module is imported only now)."""
    if name not in BACKENDS:
        raise ValueError(f"unknown rollout backend {name!r}; valid: {', '.join(sorted(BACKENDS))}")
    module_name, _, attr = BACKENDS[name].partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    return cls(**kwargs)


def _takes_kwarg(fn, name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def chat_prompt(tokenizer, text: str) -> list[int]:
    """``text`` as one user message through ``tokenizer``'s chat template, with the generation prompt.

    Without a chat template the text is encoded plainly (with whatever special tokens the tokenizer adds
    by default, e.g. a bos).  Control-token strings inside ``text`` (``<|im_end|>`` in a program being
    translated) are encoded as ordinary text, never as control tokens (``split_special_tokens`` for plain
    encoding; ``sanitize_control_tokens`` through a template, where transformers has it: 5.x).

    Qwen3 templates read ``enable_thinking``: transformers passes extra keyword arguments of
    ``apply_chat_template`` to the template as variables, so ``enable_thinking=False`` selects the
    non-thinking mode the GEPO paper uses (the template then opens the answer with an empty think block).
    It is passed only to templates that mention it; other templates would ignore it anyway.
    """
    template = getattr(tokenizer, "chat_template", None)
    if not template:
        return list(tokenizer(text, split_special_tokens=True)["input_ids"])
    extra: dict[str, Any] = {}
    if "enable_thinking" in str(template):
        extra["enable_thinking"] = False
    if _takes_kwarg(tokenizer.apply_chat_template, "sanitize_control_tokens"):
        extra["sanitize_control_tokens"] = True
    ids = tokenizer.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True,
                                        tokenize=True, return_dict=False, **extra)
    return list(ids)


def raw_prompt(tokenizer, text: str) -> list[int]:
    """``text`` itself, to be continued (no chat template): the tokenizer's plain encoding, with the
    special tokens it adds by default, plus the bos token when the model expects one and the tokenizer
    did not add it.

    "Expects one" means its own chat prompt starts with bos (the embedded tiny model), so the raw prompt
    starts the way every sequence it was trained on did.  Tokenizers that add bos themselves (Llama,
    DeepSeek-Coder) are left alone, as are models whose chat prompt has none (Qwen) or that have no
    template (StarCoder): that is the encoding MultiPL-E's own generation uses.  Control-token strings
    inside ``text`` are encoded as text, as in ``chat_prompt``.
    """
    ids = list(tokenizer(text, split_special_tokens=True)["input_ids"])
    bos = tokenizer.bos_token_id
    if bos is None or (ids and ids[0] == bos) or not getattr(tokenizer, "chat_template", None):
        return ids
    if chat_prompt(tokenizer, "")[:1] == [bos]:
        ids.insert(0, bos)
    return ids


def encode_prompt(tokenizer, text: str, chat: bool = True) -> list[int]:
    """``chat_prompt`` or, with ``chat=False``, ``raw_prompt``."""
    return chat_prompt(tokenizer, text) if chat else raw_prompt(tokenizer, text)
