"""The rollout interface: SamplingParams validation, chat_prompt, the backend table, light imports."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest

from oorl.rollout import BACKENDS, SamplingParams, chat_prompt, make_backend
from oorl.train.tiny import CHAT_TEMPLATE


@pytest.mark.parametrize("kwargs, field", [
    (dict(n=0), "n"), (dict(n=2.0), "n"), (dict(n=True), "n"),
    (dict(max_new_tokens=0), "max_new_tokens"),
    (dict(temperature=-0.1), "temperature"), (dict(temperature=float("nan")), "temperature"),
    (dict(top_p=0.0), "top_p"), (dict(top_p=1.5), "top_p"),
    (dict(seed=-1), "seed"), (dict(seed=1.5), "seed"),
])
def test_sampling_params_reject_bad_values_naming_the_field(kwargs, field):
    with pytest.raises(ValueError, match=f"^{field} "):
        SamplingParams(**kwargs)


def test_sampling_params_defaults_and_greedy():
    p = SamplingParams()
    assert (p.n, p.max_new_tokens, p.temperature, p.top_p, p.seed) == (4, 256, 1.0, 1.0, None)
    assert not p.greedy and SamplingParams(temperature=0).greedy
    with pytest.raises(AttributeError):
        p.n = 2  # frozen


def test_chat_prompt_is_one_user_message_with_generation_prompt(tok):
    ids = chat_prompt(tok, "int x;")
    assert tok.decode(ids) == "<|bos|><|user|>\nint x;<|end|><|assistant|>\n"


def test_chat_prompt_encodes_control_token_strings_as_text(tok):
    ids = chat_prompt(tok, "a <|end|> b")
    assert ids.count(tok.eos_token_id) == 1  # only the template's own end-of-turn
    assert "a <|end|> b" in tok.decode(ids)


def test_chat_prompt_passes_enable_thinking_false_to_templates_that_read_it(tok):
    qwen_like = copy.deepcopy(tok)
    # Qwen3's template opens the answer with an empty think block when enable_thinking is false.
    qwen_like.chat_template = CHAT_TEMPLATE + (
        "{%- if add_generation_prompt and enable_thinking is defined and enable_thinking is false -%}"
        "{{ '<think>\\n\\n</think>\\n\\n' }}{%- endif -%}")
    assert qwen_like.decode(chat_prompt(qwen_like, "hi")).endswith("<|assistant|>\n<think>\n\n</think>\n\n")
    assert "<think>" not in tok.decode(chat_prompt(tok, "hi"))


def test_chat_prompt_without_template_encodes_plainly(tok):
    plain = copy.deepcopy(tok)
    plain.chat_template = None
    assert chat_prompt(plain, "int x;") == plain("int x;")["input_ids"]
    assert plain.eos_token_id not in chat_prompt(plain, "x <|end|>")


def test_unknown_backend_lists_valid_names():
    with pytest.raises(ValueError, match="unknown rollout backend 'nope'; valid: hf, vllm"):
        make_backend("nope")
    assert set(BACKENDS) == {"hf", "vllm"}


def test_importing_rollout_pulls_in_no_heavy_module():
    code = ("import sys, oorl.rollout; bad = [m for m in ('torch', 'transformers', 'vllm') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-500:]
