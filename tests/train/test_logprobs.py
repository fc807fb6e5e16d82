"""Group log-prob layouts (``oorl.train.logprobs``): every layout equals the padded baseline, values and gradients.

Tiny randomly initialised Qwen2/Llama models on CPU in fp32.  ``initializer_range=0.2`` (not the default
0.02) makes the predictions far from uniform, so a wrong mask or wrong positions moves the log-probs by
~1 nat, far above the 1e-4 tolerance; the negative controls below check that this is so.
"""

from __future__ import annotations

import random

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

from oorl.train.logprobs import MODES, gepo_backward_serial, group_logprobs, packed_layout

VOCAB = 300
SIZES = dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
             intermediate_size=128, vocab_size=VOCAB, initializer_range=0.2)
FAMILIES = {"qwen2": (Qwen2Config, Qwen2ForCausalLM), "llama": (LlamaConfig, LlamaForCausalLM)}
ATOL = 1e-4


def tiny(family: str = "qwen2", attn: str = "sdpa"):
    config_cls, model_cls = FAMILIES[family]
    config = config_cls(**SIZES)
    config._attn_implementation = attn
    torch.manual_seed(0)
    return model_cls(config).float()


def group(seed: int = 0, prompt_len: int = 13, lengths=(5, 1, 9, 3, 7)):
    """Prompt tokens from [0, 150), response tokens from [150, 300): an embedding row's gradient then
    comes only from the prompt (rows < 150) or only from the responses."""
    rng = random.Random(seed)
    prompt = [rng.randrange(150) for _ in range(prompt_len)]
    return prompt, [[rng.randrange(150, VOCAB) for _ in range(n)] for n in lengths]


def coupled_loss(logp):
    """A GEPO-shaped loss: winners (first 2) against losers, scaled by the group's spread, so every
    member's gradient depends on every other member."""
    return -(logp[:2].mean() - logp[2:].mean()) / (logp.std() + 1.0)  # [k] -> []


def grads(model) -> dict[str, torch.Tensor]:
    return {n: p.grad.detach().clone() for n, p in model.named_parameters()}


@pytest.mark.parametrize("family,attn", [("qwen2", "eager"), ("qwen2", "sdpa"), ("llama", "eager"), ("llama", "sdpa")])
def test_every_mode_equals_padded(family, attn):
    model = tiny(family, attn)
    prompt, responses = group()
    ref = group_logprobs(model, prompt, responses, mode="padded")
    assert ref.shape == (5,)
    for mode in MODES:
        got = group_logprobs(model, prompt, responses, mode=mode)
        torch.testing.assert_close(got, ref, atol=ATOL, rtol=0, msg=f"{mode} vs padded")


@pytest.mark.parametrize("attn", ["eager", "sdpa"])
@pytest.mark.parametrize("mode", ["packed", "prefix_cache", "serial"])
def test_gradients_equal_padded(mode, attn):
    model = tiny("qwen2", attn)
    prompt, responses = group(seed=1)
    coupled_loss(group_logprobs(model, prompt, responses, mode="padded")).backward()
    ref = grads(model)
    model.zero_grad()
    coupled_loss(group_logprobs(model, prompt, responses, mode=mode)).backward()
    for name, g in grads(model).items():
        torch.testing.assert_close(g, ref[name], atol=ATOL, rtol=1e-3, msg=f"{mode}: d loss / d {name}")
    # The equality above covers the prompt's embedding rows (prompt and response ids are disjoint), so
    # gradient reaches the prompt exactly as in padded, in prefix_cache through the cached keys/values;
    # this guards against that comparison being a trivial 0 == 0.
    emb = model.get_input_embeddings().weight.grad  # [V, H]
    assert emb[sorted(set(prompt))].abs().sum() > 0


@pytest.mark.parametrize("first_pass", ["packed", "serial"])
def test_gepo_backward_serial_equals_full_backward(first_pass):
    model = tiny("qwen2", "sdpa")
    prompt, responses = group(seed=2)
    full = coupled_loss(group_logprobs(model, prompt, responses, mode="padded"))
    full.backward()
    ref = grads(model)
    model.zero_grad()
    loss, logp = gepo_backward_serial(model, prompt, responses, coupled_loss, first_pass=first_pass)
    assert abs(loss.item() - full.item()) < ATOL and not logp.requires_grad and logp.shape == (5,)
    for name, g in grads(model).items():
        torch.testing.assert_close(g, ref[name], atol=ATOL, rtol=1e-3, msg=f"d loss / d {name}")


def test_packed_layout_hand_worked():
    """Prompt a b (P = 2), responses [x1 x2] and [y1 y2 y3]: the row is a b x1 y1 y2 (x2, y3 never fed).
    x1 and y1 both sit at position 2; y1 predicts y2 and y2 predicts y3; the prompt's b predicts x1 and y1."""
    allowed, positions, predictors = packed_layout(2, [2, 3])
    assert positions.tolist() == [0, 1, 2, 2, 3]
    assert predictors.tolist() == [1, 2, 1, 3, 4]  # x1<-b, x2<-x1, y1<-b, y2<-y1, y3<-y2
    assert allowed.int().tolist() == [
        [1, 0, 0, 0, 0],  # a
        [1, 1, 0, 0, 0],  # b
        [1, 1, 1, 0, 0],  # x1: prompt + itself
        [1, 1, 0, 1, 0],  # y1: prompt + itself, not x1
        [1, 1, 0, 1, 1],  # y2
    ]


def _packed_with(model, prompt, responses, allowed, positions):
    """The packed forward with a given mask/positions (for the negative controls)."""
    _, _, predictors = packed_layout(len(prompt), [len(r) for r in responses])
    ids = torch.tensor(prompt + [t for r in responses for t in r[:-1]])[None]
    mask = torch.where(allowed, 0.0, torch.finfo(torch.float32).min)[None, None]
    logits = model(input_ids=ids, attention_mask=mask, position_ids=positions[None], logits_to_keep=predictors).logits
    targets = torch.tensor([t for r in responses for t in r])
    return -torch.nn.functional.cross_entropy(logits[0], targets, reduction="sum")


def test_negative_controls_are_far_from_padded():
    """The equality tests would catch a plain causal mask or positions that do not restart."""
    model = tiny("qwen2", "eager")
    prompt, responses = group()
    ref = group_logprobs(model, prompt, responses, mode="padded").sum()
    allowed, positions, _ = packed_layout(len(prompt), [len(r) for r in responses])
    causal = torch.ones_like(allowed).tril()
    assert (_packed_with(model, prompt, responses, allowed, positions) - ref).abs() < ATOL
    assert (_packed_with(model, prompt, responses, causal, positions) - ref).abs() > 0.1
    assert (_packed_with(model, prompt, responses, allowed, torch.arange(len(positions))) - ref).abs() > 0.1


def test_eager_would_ignore_a_bool_mask():
    """Why eager gets an additive mask: eager adds the mask to the scores, so a bool one changes nothing useful."""
    model = tiny("qwen2", "eager")
    prompt, responses = group()
    allowed, positions, predictors = packed_layout(len(prompt), [len(r) for r in responses])
    ids = torch.tensor(prompt + [t for r in responses for t in r[:-1]])[None]
    logits = model(input_ids=ids, attention_mask=allowed[None, None], position_ids=positions[None],
                   logits_to_keep=predictors).logits
    targets = torch.tensor([t for r in responses for t in r])
    wrong = -torch.nn.functional.cross_entropy(logits[0], targets, reduction="sum")
    assert (wrong - group_logprobs(model, prompt, responses, mode="padded").sum()).abs() > 0.1


def test_bad_arguments_fail_loudly():
    model = tiny()
    prompt, responses = group()
    with pytest.raises(ValueError, match="valid modes: padded, packed, prefix_cache, serial"):
        group_logprobs(model, prompt, responses, mode="pad")
    with pytest.raises(ValueError, match=r"responses \[1\] are empty"):
        group_logprobs(model, prompt, [[151], []], mode="packed")
    with pytest.raises(ValueError, match="prompt_ids is empty"):
        group_logprobs(model, [], responses, mode="padded")
    model.config._attn_implementation = "flex_attention"
    with pytest.raises(ValueError, match="attn_implementation in"):
        group_logprobs(model, prompt, responses, mode="packed")


def test_packed_refuses_sliding_window_layers():
    config = Qwen2Config(**SIZES, use_sliding_window=True, sliding_window=4, max_window_layers=1)
    config._attn_implementation = "sdpa"
    model = Qwen2ForCausalLM(config)
    assert "sliding_attention" in model.config.layer_types
    with pytest.raises(ValueError, match="full-attention layers only"):
        group_logprobs(model, *group(), mode="packed")
