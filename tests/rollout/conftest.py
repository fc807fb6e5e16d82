"""Shared by the rollout tests: a small tokenizer (the project's own BPE, trained on a few texts) and a
factory of tiny random Llamas over it.

``initializer_range=0.2`` (not 0.02) makes the random model's next-token distributions peaked, so greedy
decoding has no near-ties and two ways of running the same model can be compared token for token."""

from __future__ import annotations

import pytest

TEXTS = ["def add(a, b):\n    return a + b\n", "int main(void) {\n    return 0;\n}\n",
         "Translate the following program to C++.", "print('hello world')\n"] * 4


@pytest.fixture(scope="session")
def tok():
    from oorl.train.tiny import build_tokenizer

    return build_tokenizer(TEXTS, vocab_size=300)


def tiny_llama(tok, seed: int = 0, **sizes):
    """``sizes`` override the LlamaConfig fields (vLLM's attention kernels want head_dim >= 32)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    fields = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, max_position_embeddings=256, initializer_range=0.2, **sizes)
    config = LlamaConfig(vocab_size=len(tok), tie_word_embeddings=False, bos_token_id=tok.bos_token_id,
                         eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id, **fields)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return LlamaForCausalLM(config).float()


@pytest.fixture
def make_llama(tok):
    """``make_llama(seed=0)``: a fresh tiny random Llama over ``tok`` (fp32, CPU, untied lm_head)."""
    return lambda seed=0: tiny_llama(tok, seed)
