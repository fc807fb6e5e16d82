"""Rollouts with a vLLM engine (optional dependency, GPU only), with in-place weight updates from the policy.

vLLM is imported only when a ``VLLMRollout`` is built, never by importing this module, so the rest of
the project (and its tests) run where vLLM is absent.

Prompts are the same token ids the ``hf`` backend uses (``chat_prompt``), passed to the engine as token
prompts, so both backends feed the model the same sequence.  Responses are decoded with the project's
tokenizer (not the engine's) for the same reason.  Per-request seeds: prompt ``k`` gets
``seed + k * n``, and vLLM gives the ``j``-th of its ``n`` samples ``seed + k * n + j``, so no two
samples of one call share a seed.  The response's ``token_ids`` from vLLM keep the stop token (its
scheduler appends a token before checking it), so ``response_ids`` ends with eos iff ``finished``;
``finished`` is vLLM's ``finish_reason == "stop"``.  Only temperature and top_p are set: top-k,
penalties and min-p stay at vLLM's neutral defaults (a ``SamplingParams`` built here does not inherit
the checkpoint's ``generation_config`` sampling defaults).

Weight sync (``sync_weights``): the policy's ``state_dict`` is loaded into the engine's model in place
with the model's own ``load_weights`` (which maps Hugging Face parameter names onto vLLM's fused layers,
e.g. q/k/v into ``qkv_proj``), run inside each worker through ``LLM.apply_model``; then the prefix cache
is reset, because cached key/value blocks were computed with the old weights.  Written against the V1
engine API of vLLM 0.11-0.13 as read from its source (``LLM.apply_model(fn)`` runs ``fn(model)`` in
every worker; ``LLM.reset_prefix_cache()``), NOT run here: this machine has no GPU and no vLLM.

Cost and modes of the sync:
* default (``in_process=True``, ``tensor_parallel_size=1``): ``VLLM_ENABLE_V1_MULTIPROCESSING=0`` is
  set (unless the caller set it) before the engine starts, so the engine core and its single worker live
  in this process; ``apply_model`` then calls the function directly and the policy's tensors are copied
  GPU-to-GPU into the engine's parameters, no serialisation.  This is the colocated set-up (policy and
  engine on one GPU; keep ``gpu_memory_utilization`` low enough for both).
* ``tensor_parallel_size > 1`` or a multiprocess engine: the function and the whole state dict are
  pickled to every worker, which needs ``VLLM_ALLOW_INSECURE_SERIALIZATION=1`` and costs a full copy of
  the weights per worker per sync.  Correct but slow for 8B models; vLLM's newer weight-transfer API
  (NCCL/IPC, ``weight_transfer_config``) is the fast path there and is not wired in here.

Limits: ``sync_weights`` needs a full (unsharded) state dict: under ZeRO-3/FSDP gather it first (e.g.
``accelerator.get_state_dict(model)``) and pass the dict itself.  LoRA adapters must be merged first; the
parameter names must be those of the checkpoint the engine was started from.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Callable

from oorl.rollout.base import Generation, SamplingParams, chat_prompt

MISSING_VLLM = ("vllm is optional and GPU-only: pip install vllm (on a CUDA machine); "
                "the 'hf' rollout backend works without it")


def _identity(model):
    return model


def _load_into(model, weights: list) -> int:
    """Runs inside a vLLM worker: copy ``weights`` ((name, tensor) pairs) into the engine's model."""
    model.load_weights(iter(weights))
    return len(weights)


class VLLMRollout:
    """``RolloutBackend`` over ``vllm.LLM`` started from the checkpoint at ``model_path``.

    ``engine_kwargs`` go to ``vllm.LLM`` unchanged (e.g. ``max_model_len``, ``enable_prefix_caching``,
    ``enable_sleep_mode``).  ``unwrap`` maps a wrapped policy (accelerate/DDP) to the module whose
    ``state_dict`` has the checkpoint's parameter names.
    """

    def __init__(self, model_path, tokenizer, *, tensor_parallel_size: int = 1,
                 gpu_memory_utilization: float = 0.5, dtype: str = "bfloat16", seed: int = 0,
                 in_process: bool = True, unwrap: Callable = _identity, **engine_kwargs):
        try:
            import vllm
        except ImportError as e:
            raise ImportError(MISSING_VLLM) from e
        if tokenizer.eos_token_id is None:
            raise ValueError("the tokenizer has no eos token: set tokenizer.eos_token so generation can stop")
        if not 0 < gpu_memory_utilization <= 1:
            raise ValueError(f"gpu_memory_utilization must be in (0, 1], got {gpu_memory_utilization!r}")
        if in_process and tensor_parallel_size == 1:
            # Must be set before the engine starts; a value the caller chose is kept.
            os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
        self._vllm = vllm
        self.tokenizer = tokenizer
        self.eos_id = tokenizer.eos_token_id
        self.unwrap = unwrap
        self.llm = vllm.LLM(model=str(model_path), tensor_parallel_size=tensor_parallel_size,
                            gpu_memory_utilization=gpu_memory_utilization, dtype=dtype, seed=seed,
                            **engine_kwargs)

    def _sampling(self, params: SamplingParams, prompt_index: int):
        seed = None if params.seed is None else params.seed + prompt_index * params.n
        return self._vllm.SamplingParams(n=params.n, temperature=float(params.temperature),
                                         top_p=float(params.top_p), max_tokens=params.max_new_tokens,
                                         seed=seed, stop_token_ids=[self.eos_id])

    def generate(self, prompts: list[str], params: SamplingParams) -> list[list[Generation]]:
        prompt_ids = [chat_prompt(self.tokenizer, p) for p in prompts]
        if not prompts:
            return []
        outputs = self.llm.generate([{"prompt_token_ids": ids} for ids in prompt_ids],
                                    [self._sampling(params, k) for k in range(len(prompts))], use_tqdm=False)
        groups = []
        for ids, out in zip(prompt_ids, outputs):
            groups.append([self._record(ids, c) for c in sorted(out.outputs, key=lambda c: c.index)])
        return groups

    def _record(self, prompt_ids: list[int], completion) -> Generation:
        response = list(completion.token_ids)
        return Generation(prompt_ids=list(prompt_ids), response_ids=response,
                          text=self.tokenizer.decode(response, skip_special_tokens=True),
                          finished=completion.finish_reason == "stop")

    def sync_weights(self, model) -> None:
        """Load ``model``'s current weights (a module, or a full state dict) into the engine in place."""
        state = model if isinstance(model, Mapping) else self.unwrap(model).state_dict()
        weights = [(name, tensor.detach()) for name, tensor in state.items()]
        self.llm.apply_model(functools.partial(_load_into, weights=weights))
        self.llm.reset_prefix_cache()
