"""`oorl train` end to end on CPU: the embedded model built from scratch, real execution rewards, the
shipped IR groups, checkpoints, and exact resume.  Small settings keep each run to a few seconds a step."""

from __future__ import annotations

import json
import math

import pytest
import torch

from oorl.cli import main
from tests.conftest import need

REQUIRED = ("step", "loss", "loss_rl", "loss_gepo", "reward_mean", "kl", "gepo_margin", "gepo_winner_var",
            "gepo_accuracy", "lr", "fail_format", "fail_compile", "fail_tests", "time/rollout", "time/reward",
            "time/gepo", "time/optimizer")


def small(tmp_path, *extra: str) -> list[str]:
    return [f"model.tiny_dir={tmp_path.parent / 'tiny-model'}", f"gepo.ref_cache={tmp_path / 'ref.sqlite'}",
            "rollout.n=2", "rollout.max_new_tokens=24", "rl.prompts_per_step=2", "gepo.groups_per_step=1",
            "gepo.max_winners=2", "gepo.max_losers=2", "gepo.max_tokens=1200", "max_steps=4", "save_every=2",
            "data.tasks=synth:n=40,seed=0,difficulty=1,split=train", "data.targets=python,cpp", *extra]


def metrics(run) -> list[dict]:
    return [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines()]


def weights(run, step: int) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    [f] = (run / "checkpoints" / f"step-{step}").glob("model*.safetensors")
    return load_file(f)


@pytest.fixture(scope="module")
def straight(tmp_path_factory):
    need("python")
    need("cpp")
    run = tmp_path_factory.mktemp("runs") / "straight"
    assert main(["train", "configs/tiny-cpu.yaml", *small(run), "--output-dir", str(run)]) == 0
    return run


def test_tiny_cpu_runs_both_terms_end_to_end(straight):
    rows = metrics(straight)
    assert [r["step"] for r in rows] == [1, 2, 3, 4]
    for r in rows:
        assert all(k in r for k in REQUIRED), sorted(set(REQUIRED) - set(r))
        assert math.isfinite(r["loss"]) and r["loss_rl"] is not None and r["loss_gepo"] is not None
        assert r["gepo_groups"] >= 1 and r["nonfinite_skips"] == 0
    # the metrics move: the policy changes, so the preference margin and the losses do
    assert len({round(r["gepo_margin"], 8) for r in rows}) > 1
    assert (straight / "config.yaml").is_file() and (straight / "tensorboard").is_dir()
    assert sorted(p.name for p in (straight / "checkpoints").iterdir()) == ["step-2", "step-4"]


def test_parameters_change(straight):
    a, b = weights(straight, 2), weights(straight, 4)
    assert any(not torch.equal(a[k], b[k]) for k in a)


def test_the_final_policy_is_exported_as_a_hugging_face_model(straight):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    export = straight / "model"
    info = json.loads((export / "oorl-export.json").read_text())
    assert info["step"] == 4 and info["total_steps"] == 4
    model = AutoModelForCausalLM.from_pretrained(export)
    assert len(AutoTokenizer.from_pretrained(export)) == model.config.vocab_size
    ckpt = weights(straight, 4)
    exported = model.state_dict()
    shared = [k for k in ckpt if k in exported]
    assert shared and all(torch.equal(ckpt[k], exported[k]) for k in shared)  # the step-4 weights, not others
    assert not (straight / ".tmp-model").exists()


def test_resume_is_exact(straight, tmp_path):
    run = tmp_path / "resumed"
    args = small(straight)  # the same tiny model and settings as the straight run
    args = [a for a in args if not a.startswith("gepo.ref_cache")] + [f"gepo.ref_cache={tmp_path / 'ref.sqlite'}"]
    assert main(["train", "configs/tiny-cpu.yaml", *args, "--output-dir", str(run), "--max-steps", "2"]) == 0
    assert [r["step"] for r in metrics(run)] == [1, 2]
    assert main(["train", "--resume", str(run)]) == 0
    got, want = metrics(run), metrics(straight)
    assert [r["step"] for r in got] == [1, 2, 3, 4]
    for g, w in zip(got, want):
        for k in ("loss", "loss_rl", "loss_gepo", "reward_mean", "kl", "gepo_margin", "lr"):
            assert g[k] == w[k], (g["step"], k)  # bit for bit: the tiny config is deterministic
    a, b = weights(run, 4), weights(straight, 4)
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_gepo_only_with_dpo_in_its_place(tmp_path):
    run = tmp_path / "dpo"
    extra = ["rl.enabled=false", "gepo.loss=dpo", "max_steps=2", "save_every=2"]
    assert main(["train", "configs/tiny-cpu.yaml", *small(run, *extra), "--output-dir", str(run)]) == 0
    rows = metrics(run)
    assert len(rows) == 2 and all(r["loss_rl"] is None and math.isfinite(r["loss_gepo"]) for r in rows)
    assert "reward_mean" not in rows[0] and "gepo_accuracy" in rows[0]


def test_nonfinite_loss_skips_the_step_and_is_counted(tmp_path, monkeypatch):
    import oorl.train.step as step_mod

    def nan_loss(*args, **kwargs):
        t = args[0]
        return t.sum() * float("nan"), {"margin": 0.0, "winner_var": 0.0, "accuracy": 0.0}

    monkeypatch.setattr(step_mod, "gepo_loss", nan_loss)
    run = tmp_path / "nan"
    extra = ["rl.enabled=false", "max_steps=1", "save_every=1"]
    assert main(["train", "configs/tiny-cpu.yaml", *small(run, *extra), "--output-dir", str(run)]) == 0
    [row] = metrics(run)
    assert row["nonfinite_skips"] == 1 and row["skipped_step"] == 1


def test_bad_input_fails_before_any_model_loads(tmp_path, capsys, monkeypatch):
    import oorl.train.models as models

    monkeypatch.setattr(models, "load_models", lambda *a, **k: pytest.fail("a model was loaded"))
    assert main(["train", "configs/tiny-cpu.yaml", "rl.estimatr=grpo", "--output-dir", str(tmp_path / "a")]) == 2
    assert "rl.estimatr: unknown key" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["train", "configs/tiny-cpu.yaml", f"data.groups={empty}", "--output-dir", str(tmp_path / "b")]) == 2
    assert "has no usable group" in capsys.readouterr().err
    assert main(["train", "--resume", str(tmp_path / "nothing")]) == 2
    assert "no such config file" in capsys.readouterr().err


def test_lora_uses_the_base_as_reference(tmp_path):
    run = tmp_path / "lora"
    extra = ["model.lora_r=4", "model.lora_target_modules=q_proj,v_proj", "max_steps=2", "save_every=2"]
    assert main(["train", "configs/tiny-cpu.yaml", *small(run, *extra), "--output-dir", str(run)]) == 0
    rows = metrics(run)
    assert len(rows) == 2 and all(math.isfinite(r["loss"]) for r in rows)
    assert rows[0]["kl"] == pytest.approx(0.0, abs=1e-6)  # adapters start at zero: policy == reference
    saved = weights(run, 2)
    assert any("lora_" in k for k in saved)
    from transformers import AutoModelForCausalLM

    merged = AutoModelForCausalLM.from_pretrained(run / "model")  # the export folds the adapters in
    assert not any("lora_" in k for k in merged.state_dict())


def test_a_step_nothing_could_judge_is_an_error_not_zero_reward(tmp_path, monkeypatch):
    import oorl.train.step as step_mod
    from oorl.rewards import Reason, RewardResult

    monkeypatch.setattr(step_mod, "compute_rewards", lambda tasks, completions, executor, **kw: [
        RewardResult(reward=None, reason=Reason.ERROR, detail="sandbox_error: bwrap failed") for _ in tasks])
    run = tmp_path / "broken"
    with pytest.raises(RuntimeError, match="could be judged by the sandbox.*never scored as reward 0"):
        main(["train", "configs/tiny-cpu.yaml", *small(run, "gepo.enabled=false", "max_steps=1"), "--output-dir", str(run)])


def test_resume_ignores_an_unfinished_checkpoint(straight, tmp_path):
    import shutil

    run = tmp_path / "copy"
    shutil.copytree(straight, run)
    ckpts = run / "checkpoints"
    (ckpts / ".tmp-step-6").mkdir()  # a save that crashed before its rename
    (ckpts / ".tmp-step-6" / "model.safetensors").write_bytes(b"half a file")
    (ckpts / "step-9").mkdir()  # a directory without trainer_state.json is not a checkpoint
    assert main(["train", "--resume", str(run), "--max-steps", "4"]) == 0  # loads step-4, nothing left to do
    assert not (ckpts / ".tmp-step-6").exists()
    assert main(["train", "--resume", str(run), "--max-steps", "9"]) == 2  # past the schedule's end: refused
    assert [r["step"] for r in metrics(run)] == [1, 2, 3, 4]


def test_gradient_checkpointing_gives_the_same_first_step(straight, tmp_path):
    run = tmp_path / "gc"
    args = [a for a in small(straight) if not a.startswith(("max_steps", "save_every"))]
    assert main(["train", "configs/tiny-cpu.yaml", *args, "model.gradient_checkpointing=true", "max_steps=4",
                 "save_every=1", "--output-dir", str(run), "--max-steps", "1"]) == 0
    [got] = metrics(run)
    want = metrics(straight)[0]
    for k in ("loss", "loss_rl", "loss_gepo", "gepo_margin"):
        assert got[k] == pytest.approx(want[k], rel=1e-5, abs=1e-8), k


class _ScriptedRollout:
    """Answers each task with its reference solution (sample 0) and with prose (sample 1), through the real
    tokenizer, so the loop's reward path runs real programs in the sandbox."""

    def __init__(self, tokenizer, tasks):
        self.tok, self.by_prompt = tokenizer, {t.prompt: t for t in tasks}

    def generate(self, prompts, params):
        from oorl.rollout.base import Generation, chat_prompt
        from oorl.tasks.prompts import fence_tag

        out = []
        for p in prompts:
            t = self.by_prompt[p]
            texts = [f"```{fence_tag(t.target_lang)}\n{t.reference}\n```", "I am not sure."]
            gens = []
            for k in range(params.n):
                text = texts[k % 2]
                ids = self.tok(text, add_special_tokens=False)["input_ids"] + [self.tok.eos_token_id]
                gens.append(Generation(prompt_ids=chat_prompt(self.tok, p), response_ids=ids, text=text, finished=True))
            out.append(gens)
        return out

    def sync_weights(self, model):
        pass


def test_execution_rewards_drive_the_on_policy_term(tmp_path, monkeypatch):
    need("cpp")
    import oorl.rollout.base as base
    from oorl.tasks.datasets import load_source
    from oorl.tasks.prompts import build_tasks

    spec = "synth:n=40,seed=0,difficulty=1,split=train"
    tasks = build_tasks(load_source(spec)[1], ["python", "cpp"], ["python", "cpp"])
    monkeypatch.setattr(base, "make_backend", lambda name, **kw: _ScriptedRollout(kw["tokenizer"], tasks))
    run = tmp_path / "scripted"
    extra = ["gepo.enabled=false", "max_steps=2", "save_every=2", "rollout.n=2"]
    assert main(["train", "configs/tiny-cpu.yaml", *small(run, *extra), "--output-dir", str(run)]) == 0
    for r in metrics(run):
        assert r["reward_mean"] == 0.5 and r["fail_format"] == 0.5 and r["not_judged"] == 0
        assert r["grad_norm"] > 0 and r["loss_rl"] != 0


def test_a_fixed_thread_count_repeats_bit_for_bit(tmp_path):
    """``cpu_threads=2`` with ``deterministic``: two runs agree exactly, and the process keeps its thread count."""
    need("python")
    need("cpp")
    before = torch.get_num_threads()
    runs = []
    for name in ("a", "b"):
        run = tmp_path / name
        args = small(run, "max_steps=2", "cpu_threads=2")
        assert main(["train", "configs/tiny-cpu.yaml", *args, "--output-dir", str(run)]) == 0
        assert torch.get_num_threads() == before
        runs.append(run)
    got, want = metrics(runs[0]), metrics(runs[1])
    assert [r["step"] for r in got] == [1, 2]
    for g, w in zip(got, want):
        for k in ("loss", "loss_rl", "loss_gepo", "reward_mean", "kl", "gepo_margin"):
            assert g[k] == w[k], (g["step"], k)
    a, b = weights(runs[0], 2), weights(runs[1], 2)
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_ppo_epochs_make_several_updates_per_rollout_batch(tmp_path, monkeypatch):
    """``rl.ppo_epochs=3``: three optimiser updates on one rollout batch (reward 0.5: reference answers and
    unformatted text); the last pass is scored after two updates, so its loss and the weights differ from one pass."""
    need("cpp")
    import oorl.rollout.base as base
    from oorl.tasks.datasets import load_source
    from oorl.tasks.prompts import build_tasks

    tasks = build_tasks(load_source("synth:n=40,seed=0,difficulty=1,split=train")[1], ["python", "cpp"], ["python", "cpp"])
    monkeypatch.setattr(base, "make_backend", lambda name, **kw: _ScriptedRollout(kw["tokenizer"], tasks))
    runs = {}
    for epochs in (1, 3):
        run = tmp_path / f"epochs-{epochs}"
        extra = ["gepo.enabled=false", "max_steps=1", "save_every=1", "rollout.n=2", "optim.warmup_ratio=0",
                 f"rl.ppo_epochs={epochs}"]
        assert main(["train", "configs/tiny-cpu.yaml", *small(run, *extra), "--output-dir", str(run)]) == 0
        runs[epochs] = run
    [one], [three] = metrics(runs[1]), metrics(runs[3])
    assert one["updates"] == 1 and three["updates"] == 3
    assert one["reward_mean"] == three["reward_mean"] == 0.5
    assert one["clip_frac"] == 0 and three["loss_rl"] != one["loss_rl"]  # pass 1 is on-policy (ratio 1)
    a, b = weights(runs[1], 1), weights(runs[3], 1)
    assert any(not torch.equal(a[k], b[k]) for k in a)
