"""Generation for evaluation: model resolution, raw (no chat template) prompts, per-prompt stop strings
that cut the text and end rows early, n per prompt, prompt order and seeding across chunks.

The chunking and cutting logic runs against a scripted backend (``Echo``); everything that depends on
the model runs on a small build of the embedded tiny model (random weights, so its texts are arbitrary:
stop strings are picked from what it actually generated)."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from oorl.eval import generate
from oorl.eval.generate import ModelNotFound, generate_texts, load_backend, resolve_model, truncate
from oorl.rollout.base import Generation, SamplingParams, chat_prompt, raw_prompt

SMALL = dict(vocab_size=384, layers=1, hidden=64, heads=2, kv_heads=1, intermediate=96, max_positions=256)
TEXTS = ["def add(a, b):\n    return a + b\n", "long f(long x) {\n    return x + 1;\n}\n",
         "function g(s){\n  return s.length;\n}\n", "echo \"$1\"\n"] * 8
PROMPTS = ["def add(a, b):\n", "long f(long x) {\n", "function g(s){\n"]


def build_small_tiny(directory: Path) -> Path:
    """The embedded model's build at a tiny size, on a few texts (seconds, not the full corpus)."""
    from oorl.train.tiny import build_tiny

    return build_tiny(directory, texts=TEXTS, **SMALL)


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory):
    return build_small_tiny(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="module")
def loaded(tiny_dir):
    return load_backend(str(tiny_dir), batch_size=8, device="cpu")


GREEDY = SamplingParams(n=1, max_new_tokens=24, temperature=0)


# -- model resolution -------------------------------------------------------------------------------------


def test_resolve_model_directories_runs_and_tiny(tiny_dir, tmp_path, monkeypatch):
    assert resolve_model(str(tiny_dir)) == str(tiny_dir)
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text("max_steps: 1\n")
    with pytest.raises(ModelNotFound, match="without a model/ export"):
        resolve_model(str(run))
    shutil.copytree(tiny_dir, run / "model")
    assert resolve_model(str(run)) == str(run / "model")
    with pytest.raises(ModelNotFound, match="not found"):
        resolve_model(str(tmp_path / "nowhere"))
    with pytest.raises(ModelNotFound, match="neither a model directory"):
        resolve_model(str(tmp_path))
    monkeypatch.setattr(generate, "tiny_model_dir", lambda: tiny_dir)
    assert resolve_model("tiny") == str(tiny_dir)
    assert resolve_model("org/some-model") == "org/some-model"  # a hub id goes to transformers as is


def test_load_backend_rejects_bad_names_listing_valid_ones(tiny_dir):
    with pytest.raises(ValueError, match="valid: hf, vllm"):
        load_backend(str(tiny_dir), backend="nope")
    with pytest.raises(ValueError, match="valid: float32, bfloat16, float16"):
        load_backend(str(tiny_dir), dtype="fp8")
    with pytest.raises(ValueError, match="batch_size"):
        load_backend(str(tiny_dir), batch_size=0)


# -- raw prompts ------------------------------------------------------------------------------------------


def test_raw_and_chat_prompts_differ_and_raw_keeps_the_models_bos(loaded):
    backend, tok = loaded
    raw = backend.generate(PROMPTS[:1], GREEDY, chat=False)[0][0]
    chat = backend.generate(PROMPTS[:1], GREEDY)[0][0]
    plain = tok(PROMPTS[0])["input_ids"]
    assert raw.prompt_ids == raw_prompt(tok, PROMPTS[0]) == [tok.bos_token_id, *plain]
    assert chat.prompt_ids == chat_prompt(tok, PROMPTS[0]) != raw.prompt_ids
    assert tok.decode(raw.prompt_ids, skip_special_tokens=True) == PROMPTS[0]  # the text itself, continued


def test_raw_prompt_adds_bos_only_for_models_whose_chat_prompt_starts_with_it(loaded):
    _, tok = loaded
    no_bos = copy.deepcopy(tok)
    no_bos.chat_template = no_bos.chat_template.replace("{{- bos_token -}}", "")
    assert raw_prompt(no_bos, "x = 1") == no_bos("x = 1")["input_ids"]
    no_template = copy.deepcopy(tok)
    no_template.chat_template = None
    assert raw_prompt(no_template, "x = 1") == no_template("x = 1")["input_ids"]


# -- stop strings on the real backend ---------------------------------------------------------------------


def _common_char(a: str, b: str) -> str:
    """A character of both texts, not first in ``a`` (so cutting ``a`` there leaves some text)."""
    common = [c for c in a[1:] if c in b and a.find(c) >= 1]
    assert common, f"the tiny model's texts share no character: {a!r} / {b!r}"
    return common[0]


def test_stop_strings_cut_the_text_and_end_the_row_early(loaded):
    backend, _ = loaded
    full = backend.generate(PROMPTS[:2], GREEDY, chat=False)  # both prompts in one batch, as below
    t0, t1 = full[0][0].text, full[1][0].text
    assert len(full[0][0].response_ids) == 24 or full[0][0].finished
    stop = _common_char(t0, t1)
    # Prompt 0 stops at `stop`; prompt 1 has no stop strings, so the same character leaves it alone.
    gens = backend.generate(PROMPTS[:2], GREEDY, chat=False, stop=[[stop], []])
    g0, g1 = gens[0][0], gens[1][0]
    assert g0.stop == stop and not g0.finished
    assert len(g0.response_ids) < len(full[0][0].response_ids)
    assert g0.response_ids == full[0][0].response_ids[:len(g0.response_ids)]  # same tokens, fewer of them
    assert g0.text.startswith(t0[:t0.find(stop)]) and stop in g0.text
    assert (g1.text, g1.stop) == (t1, None)
    texts = generate_texts(backend, PROMPTS[:2], GREEDY, chat=False, stop=[[stop], []], progress=False)
    assert texts == [[t0[:t0.find(stop)]], [t1]]


def test_a_stop_string_in_the_prompt_does_not_stop_generation(loaded):
    backend, _ = loaded
    full = backend.generate(PROMPTS[:1], GREEDY, chat=False)[0][0]
    stop = "def add"  # the prompt's own text
    if stop in full.text:
        pytest.skip("the random model happened to repeat the prompt")
    gen = backend.generate(PROMPTS[:1], GREEDY, chat=False, stop=[[stop]])[0][0]
    assert gen.response_ids == full.response_ids and gen.stop is None


def test_n_per_prompt_and_the_same_seed_gives_the_same_texts(loaded):
    backend, _ = loaded
    params = SamplingParams(n=3, max_new_tokens=8, temperature=1.0, seed=5)
    first = generate_texts(backend, PROMPTS, params, chat=False, progress=False)
    assert [len(t) for t in first] == [3, 3, 3]
    assert generate_texts(backend, PROMPTS, params, chat=False, progress=False) == first
    other = generate_texts(backend, PROMPTS, SamplingParams(n=3, max_new_tokens=8, temperature=1.0, seed=6),
                           chat=False, progress=False)
    assert other != first


# -- generate_texts' own logic, on a scripted backend -----------------------------------------------------


class Echo:
    """Answers ``<prompt>|<j>|<seed>`` followed by a stop marker and a tail; records each call."""

    batch_size = 2

    def __init__(self):
        self.calls = []

    def generate(self, prompts, params, *, chat=True, stop=None):
        self.calls.append((list(prompts), params.seed, chat, stop))
        return [[Generation([], [], f"{p}|{j}|{params.seed}\nSTOP and more", True) for j in range(params.n)]
                for p in prompts]

    def sync_weights(self, model):
        pass


class EchoWithoutOptions:
    batch_size = 2

    def generate(self, prompts, params):
        return [[Generation([], [], f"{p}\nSTOP", True)] * params.n for p in prompts]

    def sync_weights(self, model):
        pass


def test_chunks_keep_prompt_order_cut_at_stops_and_seed_each_chunk():
    prompts = ["ccc", "a", "bb", "dddd", "e"]
    echo = Echo()
    params = SamplingParams(n=2, max_new_tokens=4, seed=7)
    out = generate_texts(echo, prompts, params, chat=False, stop=[["\nSTOP"]] * 5, progress=False)
    # 4 batches of 2 rows per call = 4 prompts at n=2; shortest prompts first.
    assert [c[0] for c in echo.calls] == [["a", "e", "bb", "ccc"], ["dddd"]]
    assert all(c[2] is False and c[3] == [["\nSTOP"]] * len(c[0]) for c in echo.calls)
    seeds = [c[1] for c in echo.calls]
    assert len(set(seeds)) == 2
    assert out == [[f"{p}|{j}|{seeds[0 if p != 'dddd' else 1]}" for j in range(2)] for p in prompts]
    again = Echo()
    assert generate_texts(again, prompts, params, chat=False, stop=[["\nSTOP"]] * 5, progress=False) == out
    unseeded = Echo()
    generate_texts(unseeded, prompts, SamplingParams(n=2), progress=False)
    assert {c[1] for c in unseeded.calls} == {None} and all(c[2] is True for c in unseeded.calls)


def test_a_backend_without_stop_support_is_still_cut_and_raw_mode_needs_support():
    out = generate_texts(EchoWithoutOptions(), ["x"], SamplingParams(n=2), stop=[["\nSTOP"]], progress=False)
    assert out == [["x", "x"]]
    with pytest.raises(ValueError, match="cannot continue raw prompts"):
        generate_texts(EchoWithoutOptions(), ["x"], SamplingParams(n=1), chat=False, progress=False)
    with pytest.raises(ValueError, match="one list per prompt"):
        generate_texts(Echo(), ["x", "y"], SamplingParams(n=1), stop=[["a"]], progress=False)


def test_truncate_cuts_at_the_earliest_stop():
    assert truncate("a\n}b\n#c", ["\n#", "\n}"]) == "a"
    assert truncate("abc", ["", "x"]) == "abc"


def test_modules_import_no_torch():
    code = ("import sys; import oorl.eval.generate, oorl.eval.multiple; "
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules, "
            "[m for m in sys.modules if m.startswith(('torch', 'transformers'))][:5]")
    subprocess.run([sys.executable, "-c", code], check=True)
