"""Policy, reference and tokenizer: any Hugging Face causal LM, or the embedded default.

``model.path: tiny`` builds the embedded default (``oorl.train.tiny``: a tokenizer and a small Llama
trained from nothing, no download) under ``model.tiny_dir`` once and reuses it.  Anything else is a
model directory or a hub id for ``AutoModelForCausalLM``.

The reference is the model as loaded, frozen: a second copy for full fine-tuning, or, with LoRA
(``model.lora_r > 0``, via peft), the same weights with the adapters switched off, which costs no
second copy.  ``reference_forward`` hides the difference.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import torch

from oorl.config import ModelConfig

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


def resolve_model_path(cfg: ModelConfig) -> str:
    """The directory or hub id to load; builds the embedded default for ``tiny``."""
    if cfg.path != "tiny":
        return cfg.path
    from oorl.train.tiny import build_tiny

    return str(build_tiny(Path(os.path.expanduser(cfg.tiny_dir))))


def load_tokenizer(path: str, trust_remote_code: bool = False):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, trust_remote_code=trust_remote_code)
    if tok.pad_token_id is None:  # many base models ship without one; padding is always masked out
        tok.pad_token = tok.eos_token
    return tok


def load_models(cfg: ModelConfig):
    """``(policy, reference or None, tokenizer, path)``; reference is None under LoRA (adapters off instead)."""
    from transformers import AutoModelForCausalLM

    path = resolve_model_path(cfg)
    tokenizer = load_tokenizer(path, cfg.trust_remote_code)
    kwargs = dict(dtype=DTYPES[cfg.dtype], attn_implementation=cfg.attn_implementation,
                  trust_remote_code=cfg.trust_remote_code)
    policy = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    if cfg.gradient_checkpointing:
        policy.gradient_checkpointing_enable()
        policy.config.use_cache = False
    reference = None
    if cfg.lora_r > 0:
        from peft import LoraConfig, get_peft_model

        policy = get_peft_model(policy, LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout,
                                                   target_modules=list(cfg.lora_target_modules), task_type="CAUSAL_LM"))
    else:
        reference = AutoModelForCausalLM.from_pretrained(path, **kwargs)
        reference.requires_grad_(False)
        reference.eval()
    policy.train()
    return policy, reference, tokenizer, path


@contextlib.contextmanager
def reference_mode(policy, reference):
    """Yield the module that computes reference log-probs: the frozen copy, or the policy with adapters off."""
    if reference is not None:
        yield reference
        return
    was_training = policy.training
    policy.eval()
    try:
        with policy.disable_adapter(), torch.no_grad():
            yield policy
    finally:
        policy.train(was_training)
