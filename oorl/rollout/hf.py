"""Rollouts with transformers' ``generate``, on the policy module itself (CPU or GPU).

The backend shares the training module, so ``sync_weights`` has nothing to do: every rollout samples from
the current weights.  Around each ``generate`` call the module is put in eval mode (dropout off) under
``torch.no_grad()``, and every module's train/eval flag is restored afterwards.

Prompts are built by ``chat_prompt`` and left-padded by hand (the tokenizer is never touched, so its
``padding_side`` stays whatever the trainer set), each prompt repeated ``n`` times.  Rows are batched in
order of prompt length, ``batch_size`` rows per ``generate`` call, to keep padding small; results come back
in prompt order.

The model's own ``generation_config`` (a Qwen3 checkpoint ships top_k=20, top_p=0.95, temperature=0.6) is
set aside for the call and replaced by one holding only the special-token ids: rollouts sample from the
policy with exactly the ``SamplingParams`` given (temperature, top_p, nothing else; top-k is turned off
explicitly because transformers otherwise applies a global default of 50), so the log-probs the losses
use describe the distribution that was actually sampled.

Seeding: ``generate`` takes no ``torch.Generator``, so a seeded call forks the global RNG
(``torch.random.fork_rng``: the CPU generator and the model's device), seeds it, samples, and restores
the previous state on exit.  The caller's random stream is therefore the same whether or not a seeded
rollout happened in between.  The same seed, prompts, ``n`` and ``batch_size`` on the same machine give
the same responses; a different ``batch_size`` gives different (equally valid) samples.  An unseeded
call draws from, and advances, the global RNG like any other torch sampling.

Stop strings (evaluation): ``generate(..., stop=...)`` gives each prompt its own strings.  A stopping
criterion decodes the tail of every unfinished row after each step and marks the row done once its
generated text (never the prompt) contains one of that row's strings; rows of one batch may carry
different strings.  The response keeps the tokens up to and including the one that completed the stop
string, and ``Generation.stop`` names it.  transformers' own ``stop_strings`` is not used because it
applies one set of strings to the whole batch.

Limits: with ZeRO-3 or FSDP the parameters are sharded; generate inside the engine's gather context
(this backend does not gather), or use the ``vllm`` backend.  Without stop strings, generation is stopped
by the tokenizer's eos token only.
"""

from __future__ import annotations

import contextlib
from typing import Callable, Iterator, Sequence

import torch
from transformers import GenerationConfig, StoppingCriteria, StoppingCriteriaList

from oorl.rollout.base import Generation, SamplingParams, encode_prompt


def _identity(model):
    return model


class HFRollout:
    """``RolloutBackend`` over a transformers causal LM.

    ``unwrap`` maps the object the trainer holds (an accelerate/DDP wrapper) to the module that has
    ``generate``; it is called at every ``generate``, so it may return a different object over time.
    """

    def __init__(self, model, tokenizer, batch_size: int = 8, unwrap: Callable = _identity):
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size (rows per generate call) must be an integer >= 1, got {batch_size!r}")
        if tokenizer.eos_token_id is None:
            raise ValueError("the tokenizer has no eos token: set tokenizer.eos_token so generation can stop")
        self.model = model
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.unwrap = unwrap
        self.eos_id = tokenizer.eos_token_id
        # A tokenizer without a pad token pads with eos; the attention mask hides padding either way,
        # and responses are cut at the first eos, so the two never get confused.
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.eos_id

    def sync_weights(self, model) -> None:
        """Nothing to do: this backend samples from the training module itself."""

    def generate(self, prompts: list[str], params: SamplingParams, *, chat: bool = True,
                 stop: Sequence[Sequence[str]] | None = None) -> list[list[Generation]]:
        """``chat=False`` continues each prompt's own text (``raw_prompt``); ``stop[i]`` are the strings
        after which prompt ``i``'s rows may end early (the text is not cut here)."""
        if stop is not None and len(stop) != len(prompts):
            raise ValueError(f"stop has {len(stop)} entries for {len(prompts)} prompts: give one list per prompt")
        prompt_ids = [encode_prompt(self.tokenizer, p, chat) for p in prompts]
        for text, ids in zip(prompts, prompt_ids):
            if not ids:
                raise ValueError(f"prompt {text!r} encodes to no tokens; give the tokenizer a chat template or "
                                 "a bos token, or pass a non-empty prompt")
        stops = [tuple(s for s in (stop[k] if stop else ()) if s) for k in range(len(prompts))]
        rows = [ids for ids in prompt_ids for _ in range(params.n)]  # prompt-major: row i*n + j
        row_stops = [s for s in stops for _ in range(params.n)]
        order = sorted(range(len(rows)), key=lambda i: len(rows[i]))  # similar lengths share a batch
        model = self.unwrap(self.model)
        results: list[Generation | None] = [None] * len(rows)
        with (_eval_mode(model), _plain_generation_config(model, self.tokenizer, self.eos_id, self.pad_id),
              torch.no_grad(), _seeded(params.seed, model.device)):
            for start in range(0, len(order), self.batch_size):
                chunk = order[start:start + self.batch_size]
                gens = self._generate_rows(model, [rows[i] for i in chunk], params, [row_stops[i] for i in chunk])
                for i, gen in zip(chunk, gens):
                    results[i] = gen
        return [results[k * params.n:(k + 1) * params.n] for k in range(len(prompts))]

    def _generate_rows(self, model, rows: list[list[int]], params: SamplingParams,
                       stops: list[tuple[str, ...]] | None = None) -> list[Generation]:
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)  # [B, P]
        mask = torch.zeros((len(rows), width), dtype=torch.long)  # [B, P]
        for b, r in enumerate(rows):
            ids[b, width - len(r):] = torch.tensor(r, dtype=torch.long)  # left padding
            mask[b, width - len(r):] = 1
        kwargs = dict(max_new_tokens=params.max_new_tokens, do_sample=not params.greedy, use_cache=True,
                      eos_token_id=self.eos_id, pad_token_id=self.pad_id)
        if not params.greedy:
            kwargs.update(temperature=float(params.temperature), top_p=float(params.top_p), top_k=0)
        watch = _StopStrings(self.tokenizer, stops, width, self.eos_id) if stops and any(stops) else None
        if watch is not None:
            kwargs["stopping_criteria"] = StoppingCriteriaList([watch])
        seqs = model.generate(input_ids=ids.to(model.device), attention_mask=mask.to(model.device), **kwargs)
        new_tokens = seqs[:, width:].tolist()  # [B, <= max_new_tokens]; finished rows padded after eos
        hits = watch.hits if watch is not None else [None] * len(rows)
        return [self._record(r, toks, hit) for r, toks, hit in zip(rows, new_tokens, hits)]

    def _record(self, prompt: list[int], tokens: list[int], hit: tuple[int, str] | None = None) -> Generation:
        if hit is not None:
            # Stopped by a stop string after hit[0] tokens; what follows is padding.
            response = tokens[:hit[0]]
            text = self.tokenizer.decode(response, skip_special_tokens=True)
            return Generation(prompt_ids=list(prompt), response_ids=response, text=text, finished=False,
                              stop=hit[1])
        if self.eos_id in tokens:
            response, finished = tokens[:tokens.index(self.eos_id) + 1], True
        else:
            # No eos: the row ran to max_new_tokens (the batch only stops early when every row has
            # finished), so there is no padding to strip.
            response, finished = tokens, False
        text = self.tokenizer.decode(response, skip_special_tokens=True)
        return Generation(prompt_ids=list(prompt), response_ids=response, text=text, finished=finished)


class _StopStrings(StoppingCriteria):
    """Ends each row once its generated text contains one of its own stop strings.

    ``hits[b]`` becomes ``(tokens generated, stop string)`` at the step that completed the string.  Only
    the last ``window`` generated tokens are decoded each step: a stop string completed by the newest
    token spans at most 4 tokens per character (a byte-level token holds at least one byte of the
    string's UTF-8), and the margin keeps the window's first token, whose decoding may be partial, out
    of any match.  A row that has produced eos is finished already; its later tokens are padding.
    """

    def __init__(self, tokenizer, stops: list[tuple[str, ...]], prompt_width: int, eos_id: int):
        self.tokenizer = tokenizer
        self.stops = stops
        self.width = prompt_width
        self.eos_id = eos_id
        self.window = 4 * max((len(s) for row in stops for s in row), default=1) + 8
        self.hits: list[tuple[int, str] | None] = [None] * len(stops)
        self.open = [bool(row) for row in stops]  # rows still to watch

    def __call__(self, input_ids: torch.LongTensor, scores, **kwargs) -> torch.BoolTensor:
        generated = input_ids.shape[1] - self.width
        watched = [b for b, is_open in enumerate(self.open) if is_open]
        if watched and generated > 0:
            tails = input_ids[watched, -min(generated, self.window):].tolist()  # [W, <= window]
            for b, tail in zip(watched, tails):
                if self.eos_id in tail:
                    self.open[b] = False
                    continue
                text = self.tokenizer.decode(tail, skip_special_tokens=True)
                found = [s for s in self.stops[b] if s in text]
                if found:
                    self.hits[b] = (generated, min(found, key=text.find))
                    self.open[b] = False
        return torch.tensor([h is not None for h in self.hits], dtype=torch.bool, device=input_ids.device)


@contextlib.contextmanager
def _eval_mode(model) -> Iterator[None]:
    """Eval mode for the call; each submodule's own flag restored after (not just the root's)."""
    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    try:
        yield
    finally:
        for m, training in flags:
            m.training = training


@contextlib.contextmanager
def _plain_generation_config(model, tokenizer, eos_id: int, pad_id: int) -> Iterator[None]:
    """Swap in a generation config with only the special-token ids, so no checkpoint default
    (top_k, repetition_penalty, min_p ...) leaks into sampling; the original is put back after."""
    saved = model.generation_config
    model.generation_config = GenerationConfig(bos_token_id=tokenizer.bos_token_id, eos_token_id=eos_id,
                                               pad_token_id=pad_id)
    try:
        yield
    finally:
        model.generation_config = saved


def _seeded(seed: int | None, device: torch.device):
    return contextlib.nullcontext() if seed is None else _fork_and_seed(seed, torch.device(device))


@contextlib.contextmanager
def _fork_and_seed(seed: int, device: torch.device) -> Iterator[None]:
    """Seed the CPU generator and ``device``'s generator inside a fork of both (restored on exit).
    Only the model's device is forked: forking every visible GPU would create a context on each."""
    if device.type == "cpu":
        with torch.random.fork_rng(devices=[]):
            torch.random.default_generator.manual_seed(seed)
            yield
        return
    mod = torch.get_device_module(device.type)
    index = device.index if device.index is not None else mod.current_device()
    with torch.random.fork_rng(devices=[index], device_type=device.type):
        torch.random.default_generator.manual_seed(seed)
        with mod.device(index) if hasattr(mod, "device") else contextlib.nullcontext():
            mod.manual_seed(seed)
        yield
