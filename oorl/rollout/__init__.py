"""Rollout: sampling responses from the policy behind one Protocol (``hf`` on CPU/GPU, ``vllm`` on GPU).

Light to import: the backends (and torch, transformers, vLLM) load only when ``make_backend`` picks one.
"""

from oorl.rollout.base import BACKENDS, Generation, RolloutBackend, SamplingParams, chat_prompt, make_backend

__all__ = ["BACKENDS", "Generation", "RolloutBackend", "SamplingParams", "chat_prompt", "make_backend"]
