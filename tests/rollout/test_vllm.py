"""The vLLM backend.  Everywhere: the lazy-import contract, and the glue (what is sent to the engine, how
its answer is read, how weights are pushed) against a fake ``vllm`` module.  With vLLM and CUDA: a real
engine on a saved tiny Llama (greedy tokens equal transformers', seeded sampling, in-place weight sync);
skipped elsewhere."""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from types import SimpleNamespace

import pytest

from oorl.rollout import SamplingParams, chat_prompt, make_backend
from tests.rollout.conftest import tiny_llama


def test_missing_vllm_gives_a_clear_error(monkeypatch, tok):
    monkeypatch.setitem(sys.modules, "vllm", None)  # makes `import vllm` fail even where it is installed
    with pytest.raises(ImportError, match=r"vllm is optional and GPU-only: pip install vllm"):
        make_backend("vllm", model_path="unused", tokenizer=tok)


def test_unknown_backend_lists_valid_names():
    with pytest.raises(ValueError, match=r"valid: hf, vllm"):
        make_backend("nope")


class _FakeVLLM(types.ModuleType):
    """Stands in for the vllm package: records what the backend asks of it and answers in vLLM's shapes."""

    def __init__(self):
        super().__init__("vllm")
        fake = self

        class SamplingParams:
            def __init__(self, **kwargs):
                self.kwargs = kwargs

        class LLM:
            def __init__(self, **kwargs):
                fake.engine_kwargs = kwargs
                fake.env_at_start = os.environ.get("VLLM_ENABLE_V1_MULTIPROCESSING")
                fake.loaded, fake.resets = [], 0

            def generate(self, prompts, sampling_params, use_tqdm=True):
                fake.prompts, fake.sampling = prompts, [sp.kwargs for sp in sampling_params]
                outs = []
                for k, sp in enumerate(fake.sampling):
                    # completions out of order; odd ones stop on eos, even ones hit the length cap
                    comps = [SimpleNamespace(index=j, token_ids=(40 + k, 41, fake.eos) if j % 2 else (40 + k, 42),
                                             finish_reason="stop" if j % 2 else "length")
                             for j in reversed(range(sp["n"]))]
                    outs.append(SimpleNamespace(outputs=comps))
                return outs

            def apply_model(self, fn):
                model = SimpleNamespace(load_weights=lambda weights: fake.loaded.append(list(weights)))
                return [fn(model)]

            def reset_prefix_cache(self):
                fake.resets += 1

        self.LLM, self.SamplingParams = LLM, SamplingParams


@pytest.fixture
def fake_vllm(monkeypatch, tok):
    fake = _FakeVLLM()
    fake.eos = tok.eos_token_id
    monkeypatch.setitem(sys.modules, "vllm", fake)
    monkeypatch.setenv("VLLM_ENABLE_V1_MULTIPROCESSING", "unset")  # restored to its real state after the test
    monkeypatch.delenv("VLLM_ENABLE_V1_MULTIPROCESSING")
    return fake


def test_vllm_glue_with_a_fake_engine(fake_vllm, tok):
    """What VLLMRollout sends to vLLM and how it reads the answer (the real engine is tested on GPUs)."""
    backend = make_backend("vllm", model_path="/ckpt", tokenizer=tok, seed=3, max_model_len=512)
    assert fake_vllm.env_at_start == "0"  # single-process engine: apply_model runs in this process
    assert fake_vllm.engine_kwargs == dict(model="/ckpt", tensor_parallel_size=1, gpu_memory_utilization=0.5,
                                           dtype="bfloat16", seed=3, max_model_len=512)
    prompts = ["int x;", "def f(): pass"]
    out = backend.generate(prompts, SamplingParams(n=3, max_new_tokens=9, temperature=0.7, top_p=0.9, seed=100))
    assert fake_vllm.prompts == [{"prompt_token_ids": chat_prompt(tok, p)} for p in prompts]
    assert [sp["seed"] for sp in fake_vllm.sampling] == [100, 103]  # + j per sample inside vLLM: all distinct
    assert fake_vllm.sampling[0] == dict(n=3, temperature=0.7, top_p=0.9, max_tokens=9, seed=100,
                                         stop_token_ids=[tok.eos_token_id])
    assert [len(g) for g in out] == [3, 3]
    for k, group in enumerate(out):
        assert [g.finished for g in group] == [False, True, False]  # back in sample order
        assert group[1].response_ids == [40 + k, 41, tok.eos_token_id]
        assert group[0].response_ids == [40 + k, 42]
        assert group[1].text == tok.decode([40 + k, 41], skip_special_tokens=True)
        assert all(g.prompt_ids == chat_prompt(tok, prompts[k]) for g in group)
    assert backend.generate([], SamplingParams()) == []
    unseeded = backend.generate(prompts[:1], SamplingParams(n=1))
    assert fake_vllm.sampling[0]["seed"] is None and len(unseeded[0]) == 1


def test_vllm_sync_weights_with_a_fake_engine(fake_vllm, tok):
    import torch

    class Wrapper(torch.nn.Module):
        def __init__(self, module):
            super().__init__()
            self.module = module

    policy = torch.nn.Linear(2, 3)
    backend = make_backend("vllm", model_path="/ckpt", tokenizer=tok, unwrap=lambda w: w.module)
    backend.sync_weights(Wrapper(policy))
    (loaded,) = fake_vllm.loaded
    assert [name for name, _ in loaded] == ["weight", "bias"]  # unwrapped: no "module." prefix
    assert torch.equal(loaded[0][1], policy.weight) and not loaded[0][1].requires_grad
    assert fake_vllm.resets == 1  # cached prefixes were computed with the old weights
    backend.sync_weights({"w": torch.ones(2)})  # a gathered state dict is accepted as is
    assert [name for name, _ in fake_vllm.loaded[1]] == ["w"] and fake_vllm.resets == 2


def _need_vllm_and_cuda():
    if importlib.util.find_spec("vllm") is None:
        pytest.skip("vllm is not installed (optional, GPU-only)")
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("vllm needs CUDA")


PROMPTS = ["int main(void) { return 0; }", "def add(a, b):", "x = 1"]
VLLM_SIZES = dict(hidden_size=128, intermediate_size=256, num_attention_heads=2, num_key_value_heads=1)  # head_dim 64


@pytest.fixture(scope="module")
def engine(tmp_path_factory, tok):
    """A vLLM engine started from a saved tiny Llama (fp32, so its greedy tokens can equal transformers')."""
    _need_vllm_and_cuda()
    path = tmp_path_factory.mktemp("tiny")
    model = tiny_llama(tok, seed=0, **VLLM_SIZES)
    model.save_pretrained(path)
    tok.save_pretrained(path)
    backend = make_backend("vllm", model_path=path, tokenizer=tok, gpu_memory_utilization=0.2, dtype="float32",
                           max_model_len=256, enforce_eager=True)
    return backend, model


def _hf_greedy(model, tok, params):
    from oorl.rollout.hf import HFRollout

    return HFRollout(model.to("cuda"), tok).generate(PROMPTS, params)


def test_vllm_generates_n_per_prompt_like_hf_greedy(engine, tok):
    backend, model = engine
    params = SamplingParams(n=2, max_new_tokens=8, temperature=0)
    out = backend.generate(PROMPTS, params)
    assert [len(g) for g in out] == [2] * len(PROMPTS)
    for group in out:
        for gen in group:
            assert gen.finished == (gen.response_ids[-1:] == [tok.eos_token_id])
            assert gen.finished or len(gen.response_ids) == 8
            assert gen.text == tok.decode(gen.response_ids, skip_special_tokens=True)
    assert [g[0].response_ids for g in out] == [g[0].response_ids for g in _hf_greedy(model, tok, params)]


def test_vllm_seeded_sampling_is_reproducible(engine):
    backend, _ = engine
    params = SamplingParams(n=3, max_new_tokens=8, temperature=1.0, seed=11)
    first = backend.generate(PROMPTS, params)
    assert first == backend.generate(PROMPTS, params)
    assert len({tuple(g.response_ids) for g in first[0]}) > 1  # the n samples got different seeds


def test_vllm_sync_weights_loads_new_weights_in_place(engine, tok):
    """Runs last: it leaves the engine holding the other model's weights."""
    backend, _ = engine
    params = SamplingParams(n=1, max_new_tokens=8, temperature=0)
    before = backend.generate(PROMPTS, params)
    other = tiny_llama(tok, seed=1, **VLLM_SIZES)
    backend.sync_weights(other)
    after = backend.generate(PROMPTS, params)
    assert after != before
    assert [g[0].response_ids for g in after] == [g[0].response_ids for g in _hf_greedy(other, tok, params)]

