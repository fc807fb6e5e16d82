"""Config: YAML + key=value overrides, validated before any model loads, with messages that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from oorl.config import ESTIMATORS, ConfigError, TrainConfig, load_config, save_config

CONFIGS = sorted((Path(__file__).resolve().parents[1] / "configs").glob("*.yaml"))


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_shipped_config_loads(path):
    cfg = load_config(path)
    assert isinstance(cfg, TrainConfig)


def test_paper_hyperparameters_in_the_qwen3_config():
    cfg = load_config(Path(__file__).resolve().parents[1] / "configs" / "qwen3-8b-oorl.yaml")
    assert (cfg.optim.lr, cfg.optim.weight_decay, cfg.optim.schedule, cfg.optim.warmup_ratio) == (5e-7, 0.0, "cosine", 0.03)
    assert (cfg.rl.estimator, cfg.rl.weight, cfg.gepo.weight, cfg.gepo.lam, cfg.rl.prompts_per_step) == (
        "reinforce_pp", 1.0, 0.01, 1.0, 8)
    assert cfg.gepo.max_tokens == 8192 and cfg.max_steps == 0  # sequence length 8192, one epoch


def test_overrides_and_round_trip(tmp_path):
    cfg = load_config(None, ["rl.kl_coef=0.02", "max_steps=7", "data.targets=python,cpp", "gepo.loss=dpo"])
    assert cfg.rl.kl_coef == 0.02 and cfg.max_steps == 7 and cfg.data.targets == ["python", "cpp"]
    save_config(cfg, tmp_path / "c.yaml")
    assert load_config(tmp_path / "c.yaml") == cfg


def test_exponent_numbers_are_numbers(tmp_path):
    """PyYAML reads `5e-7` (no dot) as a string; a float key takes it as the number it is, in a file or an override."""
    cfg = load_config(None, ["optim.lr=2e-4", "rl.kl_coef=1E-3"])
    assert cfg.optim.lr == 2e-4 and cfg.rl.kl_coef == 1e-3
    f = tmp_path / "c.yaml"
    f.write_text("optim:\n  lr: 5e-7\n")
    assert load_config(f).optim.lr == 5e-7
    with pytest.raises(ConfigError, match="optim.lr: expected a number, got 'e-7'"):
        load_config(None, ["optim.lr=e-7"])


@pytest.mark.parametrize("overrides, message", [
    (["rl.estimatr=grpo"], "rl.estimatr: unknown key; valid keys in rl: enabled, estimator"),
    (["nope=1"], "nope: unknown key; valid keys: model, rollout"),
    (["rl.estimator=ppo"], "rl.estimator: 'ppo' is not valid; choose one of reinforce_pp"),
    (["rl.enabled=false", "gepo.enabled=false"], "both terms are off"),
    (["rl.estimator=grpo", "rollout.n=1"], "rollout.n: estimator 'grpo' compares responses of one prompt"),
    (["optim.lr=fast"], "optim.lr: expected a number"),
    (["gepo.logprob_mode=magic"], "gepo.logprob_mode: 'magic' is not valid"),
    (["rl.kl_coef"], "an override is key=value"),
    (["cpu_threads=-1"], "cpu_threads: must be >= 0"),
])
def test_bad_values_name_the_key(overrides, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        load_config(None, overrides)


def test_bad_file_names_the_file(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rl:\n  weigth: 1\n")
    with pytest.raises(ConfigError, match=r"bad.yaml: rl.weigth: unknown key"):
        load_config(bad)


def test_estimator_names_match_the_losses_table():
    from oorl.losses import ADVANTAGE_ESTIMATORS

    assert tuple(ADVANTAGE_ESTIMATORS) == ESTIMATORS
