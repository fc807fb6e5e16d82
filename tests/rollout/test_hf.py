"""The transformers rollout backend on a tiny random Llama on CPU: shapes, finished flags and padding,
left-padding equivalence, seeding (reproducible, caller's RNG untouched), train mode and the model's
generation config restored, wrapped models."""

from __future__ import annotations

import pytest
import torch

from oorl.rollout import RolloutBackend, SamplingParams, chat_prompt, make_backend
from oorl.rollout.hf import HFRollout

PROMPTS = ["add", "int main(void) { return 0; }", "Translate the following program to C++.",
           "print('hello world') and def add(a, b): return a + b"]
FILL = 100  # the token the scripted model emits until it stops


@pytest.fixture
def model(make_llama):
    return make_llama()


def bias_eos(model, tok, value: float):
    """Replace lm_head by one with a bias: +value on eos makes eos the argmax, -value suppresses it."""
    head = torch.nn.Linear(model.lm_head.in_features, model.lm_head.out_features, bias=True)
    with torch.no_grad():
        head.weight.copy_(model.lm_head.weight)
        head.bias.zero_()
        head.bias[tok.eos_token_id] = value
    model.lm_head = head


def script_stops(model, stop_after: dict[int, int | None], seen_training: list[bool]):
    """Make the model emit FILL tokens and then eos after ``stop_after[prompt_length]`` of them (None:
    never), decided per row from the prompt's length at the prefill step.  Records ``model.training``."""
    state = {}

    def hook(module, args, kwargs, output):
        seen_training.append(module.training)
        ids, mask = kwargs["input_ids"], kwargs.get("attention_mask")
        if ids.shape[1] > 1:  # prefill: a new generate call (an unpadded batch may come without a mask)
            lengths = mask.sum(dim=1).tolist() if mask is not None else [ids.shape[1]] * ids.shape[0]
            state["stop"] = [stop_after[int(n)] for n in lengths]
            state["step"] = 0
        logits = torch.full_like(output.logits, -1e4)  # [B, 1, V]
        for b, stop in enumerate(state["stop"]):
            logits[b, -1, FILL if stop is None or state["step"] < stop else module.config.eos_token_id] = 0.0
        state["step"] += 1
        output.logits = logits
        return output

    return model.register_forward_hook(hook, with_kwargs=True)


def test_shapes_n_per_prompt_and_records(model, tok):
    backend = HFRollout(model, tok, batch_size=3)
    params = SamplingParams(n=3, max_new_tokens=6, temperature=1.0, seed=0)
    out = backend.generate(PROMPTS, params)
    assert [len(g) for g in out] == [3] * len(PROMPTS)
    for prompt, group in zip(PROMPTS, out):
        for gen in group:
            assert gen.prompt_ids == chat_prompt(tok, prompt)
            assert 1 <= len(gen.response_ids) <= 6
            assert gen.finished == (gen.response_ids[-1] == tok.eos_token_id)
            assert tok.eos_token_id not in gen.response_ids[:-1]
            assert gen.finished or len(gen.response_ids) == 6
            assert gen.text == tok.decode(gen.response_ids, skip_special_tokens=True)
    assert backend.generate([], params) == []
    assert isinstance(backend, RolloutBackend)


def test_forced_eos_finishes_immediately(model, tok):
    bias_eos(model, tok, 1e4)
    out = HFRollout(model, tok).generate(PROMPTS[:2], SamplingParams(n=2, max_new_tokens=5, temperature=0))
    for gen in (g for group in out for g in group):
        assert gen.response_ids == [tok.eos_token_id]
        assert gen.finished and gen.text == ""


def test_suppressed_eos_runs_to_max_new_tokens(model, tok):
    bias_eos(model, tok, -1e4)
    out = HFRollout(model, tok).generate(PROMPTS[:2], SamplingParams(n=2, max_new_tokens=7, seed=1))
    for gen in (g for group in out for g in group):
        assert len(gen.response_ids) == 7 and not gen.finished
        assert tok.eos_token_id not in gen.response_ids


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_rows_stopping_at_different_steps_lose_their_padding(model, tok, batch_size):
    """In one batch some rows stop early (then padded by generate) and one never stops."""
    lengths = [len(chat_prompt(tok, p)) for p in PROMPTS]
    assert len(set(lengths)) == len(PROMPTS)
    stops = dict(zip(lengths, [0, 2, None, 4]))
    seen = []
    handle = script_stops(model, stops, seen)
    out = HFRollout(model, tok, batch_size=batch_size).generate(PROMPTS, SamplingParams(n=2, max_new_tokens=6,
                                                                                        temperature=0))
    handle.remove()
    for length, group in zip(lengths, out):
        stop = stops[length]
        for gen in group:
            if stop is None:
                assert gen.response_ids == [FILL] * 6 and not gen.finished
            else:
                assert gen.response_ids == [FILL] * stop + [tok.eos_token_id] and gen.finished
    assert seen and not any(seen)  # eval mode during generation


def test_left_padding_batch_equals_each_prompt_alone(model, tok):
    params = SamplingParams(n=1, max_new_tokens=8, temperature=0)
    batched = HFRollout(model, tok, batch_size=len(PROMPTS)).generate(PROMPTS, params)
    alone = [HFRollout(model, tok).generate([p], params)[0] for p in PROMPTS]
    assert [g[0].response_ids for g in batched] == [g[0].response_ids for g in alone]
    assert len({tuple(g[0].response_ids) for g in alone}) > 1  # the prompts really lead to different outputs


def test_seed_reproducible_and_global_rng_untouched(model, tok):
    backend = HFRollout(model, tok, batch_size=4)
    params = SamplingParams(n=4, max_new_tokens=8, temperature=1.0, seed=123)
    torch.manual_seed(7)
    before = torch.get_rng_state()
    first = backend.generate(PROMPTS, params)
    assert torch.equal(torch.get_rng_state(), before)
    again = backend.generate(PROMPTS, params)
    other = backend.generate(PROMPTS, SamplingParams(n=4, max_new_tokens=8, temperature=1.0, seed=124))
    ids = lambda out: [g.response_ids for group in out for g in group]  # noqa: E731
    assert ids(first) == ids(again)
    assert ids(first) != ids(other)
    assert len({tuple(r) for r in ids(first)[:4]}) > 1  # the n samples of a prompt differ
    assert torch.equal(torch.get_rng_state(), before)
    torch.manual_seed(7)
    expected = torch.rand(3)
    torch.set_rng_state(before)
    assert torch.equal(torch.rand(3), expected)


def test_unseeded_sampling_follows_the_global_rng(model, tok):
    backend = HFRollout(model, tok)
    params = SamplingParams(n=2, max_new_tokens=6)
    torch.manual_seed(5)
    a = backend.generate(PROMPTS[:2], params)
    torch.manual_seed(5)
    b = backend.generate(PROMPTS[:2], params)
    assert a == b


@pytest.mark.parametrize("start_training", [True, False])
def test_train_mode_restored_per_module(model, tok, start_training):
    model.train(start_training)
    model.model.layers[0].train(not start_training)  # a mixed state must come back exactly
    flags = [m.training for m in model.modules()]
    HFRollout(model, tok).generate(PROMPTS[:1], SamplingParams(n=1, max_new_tokens=3))
    assert [m.training for m in model.modules()] == flags


def test_model_generation_config_is_ignored_and_restored(model, tok):
    params = SamplingParams(n=1, max_new_tokens=6, temperature=0)
    plain = HFRollout(model, tok).generate(PROMPTS[:2], params)
    config = model.generation_config
    config.suppress_tokens = [plain[0][0].response_ids[0], plain[1][0].response_ids[0]]  # would change greedy
    config.repetition_penalty = 5.0
    assert HFRollout(model, tok).generate(PROMPTS[:2], params) == plain
    assert model.generation_config is config and config.repetition_penalty == 5.0


def test_wrapped_model_is_unwrapped_for_generate(model, tok):
    class Wrapper(torch.nn.Module):  # stands in for DDP / accelerate: no generate of its own
        def __init__(self, module):
            super().__init__()
            self.module = module

    params = SamplingParams(n=1, max_new_tokens=5, temperature=0)
    direct = HFRollout(model, tok).generate(PROMPTS[:2], params)
    wrapped = make_backend("hf", model=Wrapper(model), tokenizer=tok, unwrap=lambda w: w.module)
    assert isinstance(wrapped, HFRollout)
    assert wrapped.generate(PROMPTS[:2], params) == direct
    wrapped.sync_weights(model)  # a no-op: the backend samples from the training module itself


def test_tokenizer_without_pad_token_pads_with_eos(model, tok):
    import copy

    no_pad = copy.deepcopy(tok)
    no_pad.pad_token = None
    assert no_pad.pad_token_id is None
    params = SamplingParams(n=1, max_new_tokens=6, temperature=0)
    assert (HFRollout(model, no_pad, batch_size=4).generate(PROMPTS, params)
            == HFRollout(model, tok, batch_size=4).generate(PROMPTS, params))


def test_bad_arguments_say_how_to_fix(model, tok):
    with pytest.raises(ValueError, match="batch_size"):
        HFRollout(model, tok, batch_size=0)
