"""The demo and the ablation end to end at toy sizes (the real sizes are the README's commands), and the
supervised warm start they begin with."""

from __future__ import annotations

import json

import pytest

from oorl.demo import DemoConfig, run_ablation, run_demo
from tests.conftest import need

TOY = dict(sft_tasks="synth:n=12,seed={seed},difficulty=1,split=train", rl_tasks="synth:n=8,seed={seed_plus},difficulty=1,split=train",
           eval_tasks="synth:n=3,seed=1000,difficulty=1,split=heldout", sft_epochs=1.0, eval_n=2,
           eval_max_new_tokens=24, ir_limit=2, ir_max_tokens=1200,
           rl={"max_steps": 2, "save_every": 2, "rollout.n": 2, "rollout.max_new_tokens": 24, "rl.prompts_per_step": 2,
               "gepo.max_winners": 2, "gepo.max_losers": 2, "gepo.max_tokens": 1200})


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory):
    return str(tmp_path_factory.mktemp("tiny") / "tiny")


def test_sft_lowers_the_loss_and_is_deterministic(tiny_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from oorl.tasks.datasets import load_source
    from oorl.tasks.prompts import build_tasks
    from oorl.train.sft import SFTConfig, examples_from_tasks, run_sft
    from oorl.train.tiny import build_tiny

    path = build_tiny(tiny_dir)
    tasks = build_tasks(load_source("synth:n=4,seed=0,difficulty=1,split=train")[1], ["python", "cpp"], ["python", "cpp"])
    examples = examples_from_tasks(tasks)
    assert len(examples) == 8 and all(e.answer.startswith("```") for e in examples)
    runs = []
    for _ in range(2):
        torch.manual_seed(0)
        model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="eager")
        hist = run_sft(model, AutoTokenizer.from_pretrained(path), examples,
                       SFTConfig(epochs=15, lr=3e-3, batch_size=4, seed=1), progress=False)
        runs.append([h["sft_loss"] for h in hist])
    assert len(runs[0]) == 30
    assert runs[0] == runs[1]  # same seed, same losses
    assert sum(runs[0][-5:]) / 5 < 0.5 * sum(runs[0][:5]) / 5  # it learns the 8 answers


def test_sft_without_references_is_an_error(tiny_dir):
    from oorl.train.sft import run_sft

    with pytest.raises(ValueError, match="no SFT examples"):
        run_sft(None, None, [])


def test_demo_end_to_end_at_toy_size(tmp_path, tiny_dir):
    need("python")
    need("cpp")
    out = tmp_path / "demo"
    summary = run_demo(out, DemoConfig(tiny_dir=tiny_dir, **TOY), progress=False)
    on_disk = json.loads((out / "summary.json").read_text())
    assert on_disk["translation"]["before"] == summary["translation"]["before"]
    for key in ("before", "after"):
        assert 0.0 <= summary["translation"][key] <= 1.0
        assert 0.0 <= summary["gepo_accuracy"][key] <= 1.0
    assert set(summary["translation"]["by_language"]) == {"python", "cpp"}
    assert summary["gepo_accuracy"]["before"] == 0.5  # the SFT model is its own reference: every margin is 0
    assert summary["gepo_margin"]["before"] == 0.0
    for d in ("before_translate", "after_translate"):
        assert (out / "eval" / d / "matrix.json").is_file() and (out / "eval" / d / "heatmap.png").is_file()
    for d in ("before_ir", "after_ir"):
        assert json.loads((out / "eval" / d / "summary.json").read_text())["groups"] >= 1
    assert (out / "model" / "oorl-export.json").is_file() and (out / "sft" / "config.json").is_file()
    assert len((out / "metrics.jsonl").read_text().splitlines()) == 2
    report = (out / "report.md").read_text()
    assert "before" in report and "plots/" in report
    # a second call reuses every finished stage and gives the same summary
    again = run_demo(out, DemoConfig(tiny_dir=tiny_dir, **TOY), progress=False)
    assert again["translation"] == summary["translation"] and again["gepo_accuracy"] == summary["gepo_accuracy"]


def test_ablation_at_toy_size(tmp_path, tiny_dir):
    need("python")
    need("cpp")
    out = tmp_path / "ablation"
    doc = run_ablation(out, [0], DemoConfig(tiny_dir=tiny_dir, **TOY), progress=False)
    assert list(doc["mean_std"]) == ["sft", "reinforce_pp", "reinforce_pp+dpo", "reinforce_pp+gepo"]
    assert doc["per_seed"]["sft"]["0"]["gepo_accuracy"] == 0.5
    md = (out / "ablation.md").read_text()
    assert "+REINFORCE++ +GEPO" in md and "± 0.0" in md  # one seed: std 0
    assert (out / "ablation.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = [json.loads(x) for x in (out / "seed-0" / "reinforce_pp" / "metrics.jsonl").read_text().splitlines()]
    assert all(r["loss_gepo"] is None for r in rows)  # the +REINFORCE++ row trains without the preference term
    rows = [json.loads(x) for x in (out / "seed-0" / "reinforce_pp+dpo" / "metrics.jsonl").read_text().splitlines()]
    assert all(r["loss_gepo"] is not None for r in rows)
