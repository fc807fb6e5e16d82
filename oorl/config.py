"""Training configuration: one dataclass per component, YAML values, ``key=value`` overrides.

YAML only sets values; the dataclasses are the schema.  ``load_config(path, overrides)`` reads a
YAML file (sections ``model``, ``rollout``, ``rl``, ``gepo``, ``data``, ``optim`` and the top-level
training keys), applies overrides such as ``rl.kl_coef=0.02`` or ``max_steps=10`` (values parsed as
YAML scalars), and validates everything before any model loads: an unknown key names itself and
lists the valid ones; a bad value says how to fix it; impossible combinations (both losses off, a
group baseline with one response per prompt, vLLM without a GPU) fail here.

The defaults are the paper's (DESIGN §1-§2): REINFORCE++ with k1 KL 0.01, PPO clip 0.2, GEPO with
β 0.1, λ 1, w_rl 1, w_gepo 0.01, AdamW lr 5e-7 without weight decay, cosine schedule with warm-up
ratio 0.03, 8 prompts per step.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints

ESTIMATORS = ("reinforce_pp", "reinforce_pp_baseline", "grpo", "rloo", "dr_grpo")  # oorl.losses.ADVANTAGE_ESTIMATORS
GROUP_ESTIMATORS = ("reinforce_pp_baseline", "grpo", "rloo", "dr_grpo")  # need n >= 2 responses per prompt
PREFERENCE_LOSSES = ("gepo", "dpo")
LOGPROB_MODES = ("packed", "padded", "prefix_cache", "serial")
BACKENDS = ("hf", "vllm")
DTYPES = ("float32", "bfloat16", "float16")
SCHEDULES = ("cosine", "linear", "constant", "constant_with_warmup")  # transformers.get_scheduler names


class ConfigError(ValueError):
    """A configuration problem; the message names the key and says how to fix it."""


def _check(cond: bool, key: str, msg: str) -> None:
    if not cond:
        raise ConfigError(f"{key}: {msg}")


def _one_of(value: Any, valid: tuple, key: str) -> None:
    _check(value in valid, key, f"{value!r} is not valid; choose one of {', '.join(map(str, valid))}")


@dataclass
class ModelConfig:
    """The policy (and its frozen reference).  ``path``: a Hugging Face model directory or hub id, or
    ``tiny`` for the embedded default built from scratch (``oorl.train.tiny``) under ``tiny_dir``."""

    path: str = "tiny"
    tiny_dir: str = "~/.cache/oorl/tiny"
    dtype: str = "float32"
    gradient_checkpointing: bool = False
    attn_implementation: str = "sdpa"
    trust_remote_code: bool = False
    lora_r: int = 0  # 0: full fine-tuning; > 0: LoRA via peft, and the reference is the base with adapters off
    lora_alpha: int = 16
    lora_dropout: float = 0.0
    lora_target_modules: list[str] = field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])

    def __post_init__(self) -> None:
        _check(bool(self.path), "model.path", "give a model directory, a hub id, or 'tiny'")
        _one_of(self.dtype, DTYPES, "model.dtype")
        _check(self.lora_r >= 0, "model.lora_r", "must be >= 0 (0 turns LoRA off)")


@dataclass
class RolloutConfig:
    """Generation of the on-policy responses."""

    backend: str = "hf"
    n: int = 4  # responses per prompt
    max_new_tokens: int = 256
    temperature: float = 1.0
    top_p: float = 1.0
    batch_size: int = 16  # prompts x n generated at once (hf)
    vllm_gpu_memory_utilization: float = 0.5

    def __post_init__(self) -> None:
        _one_of(self.backend, BACKENDS, "rollout.backend")
        _check(self.n >= 1, "rollout.n", "responses per prompt must be >= 1")
        _check(self.max_new_tokens >= 1, "rollout.max_new_tokens", "must be >= 1")
        _check(self.temperature >= 0, "rollout.temperature", "must be >= 0 (0 is greedy)")
        _check(0 < self.top_p <= 1, "rollout.top_p", "must be in (0, 1]")
        _check(self.batch_size >= 1, "rollout.batch_size", "must be >= 1")


@dataclass
class RLConfig:
    """The on-policy term (DESIGN §2, REINFORCE++ and the alternatives)."""

    enabled: bool = True
    estimator: str = "reinforce_pp"
    kl_coef: float = 0.01
    clip_eps: float = 0.2
    ppo_epochs: int = 1  # optimiser updates per rollout batch (OpenRLHF max_epochs, verl ppo_epochs, TRL num_iterations)
    weight: float = 1.0  # w_rl
    prompts_per_step: int = 8
    micro_batch_size: int = 8  # sequences per forward/backward (gradient accumulation inside a step)
    max_prompt_tokens: int = 2048
    exec_workers: int | None = None
    exec_timeout_s: float = 10.0

    def __post_init__(self) -> None:
        _one_of(self.estimator, ESTIMATORS, "rl.estimator")
        _check(self.kl_coef >= 0, "rl.kl_coef", "must be >= 0")
        _check(0 < self.clip_eps < 1, "rl.clip_eps", "must be in (0, 1)")
        _check(self.weight >= 0, "rl.weight", "must be >= 0")
        _check(self.ppo_epochs >= 1, "rl.ppo_epochs", "must be >= 1 (1 = one update per rollout batch, on-policy)")
        _check(self.prompts_per_step >= 1, "rl.prompts_per_step", "must be >= 1")
        _check(self.micro_batch_size >= 1, "rl.micro_batch_size", "must be >= 1")
        _check(0 < self.exec_timeout_s <= 600, "rl.exec_timeout_s", "must be in (0, 600] seconds")


@dataclass
class GEPOConfig:
    """The preference term over IR groups (DESIGN §2, GEPO; ``loss: dpo`` for the ablation)."""

    enabled: bool = True
    loss: str = "gepo"
    beta: float = 0.1
    lam: float = 1.0
    weight: float = 0.01  # w_gepo
    unbiased_var: bool = False
    groups_per_step: int = 2
    max_winners: int = 4
    max_losers: int = 4
    dpo_pairs_per_group: int = 1
    logprob_mode: str = "packed"
    max_tokens: int = 8192  # a group member longer than this (prompt + response) is left out
    ref_cache: str = "~/.cache/oorl/ref_logps.sqlite"

    def __post_init__(self) -> None:
        _one_of(self.loss, PREFERENCE_LOSSES, "gepo.loss")
        _one_of(self.logprob_mode, LOGPROB_MODES, "gepo.logprob_mode")
        _check(self.beta > 0, "gepo.beta", "must be > 0")
        _check(self.lam >= 0, "gepo.lam", "must be >= 0")
        _check(self.weight >= 0, "gepo.weight", "must be >= 0")
        _check(self.groups_per_step >= 1, "gepo.groups_per_step", "must be >= 1")
        _check(self.max_winners >= 1 and self.max_losers >= 1, "gepo.max_winners/max_losers", "must be >= 1")


@dataclass
class DataConfig:
    """Where tasks and groups come from."""

    tasks: str = "shipped:train"  # a dataset spec (oorl data tasks --dataset)
    sources: list[str] = field(default_factory=lambda: ["python", "cpp"])
    targets: list[str] = field(default_factory=lambda: ["python", "cpp", "java", "php", "bash", "javascript"])
    groups: str = "shipped"  # the shipped IR groups, or a groups JSONL path
    groups_split: str = "train"
    verified_groups_only: bool = True

    def __post_init__(self) -> None:
        _check(bool(self.sources) and bool(self.targets), "data.sources/targets", "give at least one language each")
        _one_of(self.groups_split, ("train", "heldout", "all"), "data.groups_split")


@dataclass
class OptimConfig:
    lr: float = 5e-7
    weight_decay: float = 0.0
    betas: list[float] = field(default_factory=lambda: [0.9, 0.999])
    eps: float = 1e-8
    schedule: str = "cosine"
    warmup_ratio: float = 0.03
    max_grad_norm: float = 1.0

    def __post_init__(self) -> None:
        _check(self.lr > 0, "optim.lr", "must be > 0")
        _check(self.weight_decay >= 0, "optim.weight_decay", "must be >= 0")
        _check(len(self.betas) == 2 and all(0 <= b < 1 for b in self.betas), "optim.betas", "give two numbers in [0, 1)")
        _one_of(self.schedule, SCHEDULES, "optim.schedule")
        _check(0 <= self.warmup_ratio < 1, "optim.warmup_ratio", "must be in [0, 1)")
        _check(self.max_grad_norm > 0, "optim.max_grad_norm", "must be > 0")


@dataclass
class TrainConfig:
    """Everything ``oorl train`` needs."""

    model: ModelConfig = field(default_factory=ModelConfig)
    rollout: RolloutConfig = field(default_factory=RolloutConfig)
    rl: RLConfig = field(default_factory=RLConfig)
    gepo: GEPOConfig = field(default_factory=GEPOConfig)
    data: DataConfig = field(default_factory=DataConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    seed: int = 0
    max_steps: int = 0  # 0: one epoch over the tasks (the paper's)
    save_every: int = 50
    keep_checkpoints: int = 2
    mixed_precision: str = "no"  # accelerate: no | bf16 | fp16
    tensorboard: bool = True
    # Bit-reproducible runs: deterministic kernels and a fixed CPU thread count (``cpu_threads``, 1 unless set:
    # a different count sums in a different order).  The tiny CPU default turns it on so that resume is exact.
    deterministic: bool = False
    cpu_threads: int = 0  # torch threads on a CPU-only machine; 0: 1 if deterministic, else torch's default

    def __post_init__(self) -> None:
        _check(self.rl.enabled or self.gepo.enabled, "rl.enabled/gepo.enabled",
               "both terms are off: enable the on-policy term, GEPO, or both")
        _check(not (self.rl.enabled and self.rl.estimator in GROUP_ESTIMATORS and self.rollout.n < 2),
               "rollout.n", f"estimator {self.rl.estimator!r} compares responses of one prompt: set rollout.n >= 2")
        _check(self.max_steps >= 0, "max_steps", "must be >= 0 (0 = one epoch)")
        _check(self.save_every >= 1, "save_every", "must be >= 1")
        _check(self.keep_checkpoints >= 1, "keep_checkpoints", "must be >= 1")
        _check(self.cpu_threads >= 0, "cpu_threads", "must be >= 0 (0 = 1 thread if deterministic, else torch's default)")
        _one_of(self.mixed_precision, ("no", "bf16", "fp16"), "mixed_precision")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


SECTIONS = {"model": ModelConfig, "rollout": RolloutConfig, "rl": RLConfig, "gepo": GEPOConfig, "data": DataConfig,
            "optim": OptimConfig}


_YAML11_FLOAT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+")


def _coerce(value: Any, hint: Any, key: str) -> Any:
    """YAML gives ints for floats and strings for lists written inline; make them the declared type."""
    text = str(hint)
    if hint is float or text == "float":
        if isinstance(value, str) and _YAML11_FLOAT.fullmatch(value.strip()):
            value = float(value)  # PyYAML (YAML 1.1) reads 5e-7 and 1e3 as strings: they are numbers here
        _check(isinstance(value, (int, float)) and not isinstance(value, bool), key, f"expected a number, got {value!r}")
        return float(value)
    if hint is int or text == "int":
        _check(isinstance(value, int) and not isinstance(value, bool), key, f"expected an integer, got {value!r}")
        return value
    if hint is bool or text == "bool":
        _check(isinstance(value, bool), key, f"expected true or false, got {value!r}")
        return value
    if hint is str or text == "str":
        _check(isinstance(value, (str, int, float)) and not isinstance(value, bool), key, f"expected a string, got {value!r}")
        return str(value)
    if text.startswith("list["):
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        _check(isinstance(value, list), key, f"expected a list, got {value!r}")
        inner = float if "float" in text else str
        return [_coerce(v, inner, key) for v in value]
    if "None" in text:  # int | None
        if value is None:
            return None
        return _coerce(value, int if "int" in text else float, key)
    return value


def _build(cls, values: dict[str, Any], prefix: str):
    hints = get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = sorted(set(values) - set(names))
    if unknown:
        where = f"{prefix}{unknown[0]}"
        raise ConfigError(f"{where}: unknown key; valid keys{' in ' + prefix[:-1] if prefix else ''}: {', '.join(names)}")
    kwargs = {}
    for name, value in values.items():
        if name in SECTIONS and not prefix:
            _check(isinstance(value, dict), name, "must be a mapping of keys (a YAML section)")
            kwargs[name] = _build(SECTIONS[name], value, f"{name}.")
        else:
            kwargs[name] = _coerce(value, hints[name], f"{prefix}{name}")
    return cls(**kwargs)


def parse_overrides(overrides: list[str]) -> dict[str, Any]:
    """``["rl.kl_coef=0.02", "max_steps=5"]`` -> a nested dict (values parsed as YAML scalars)."""
    import yaml

    out: dict[str, Any] = {}
    for item in overrides:
        key, sep, raw = item.partition("=")
        _check(bool(sep) and bool(key.strip()), item, "an override is key=value, e.g. rl.kl_coef=0.02")
        parts = key.strip().split(".")
        _check(len(parts) <= 2, key, "keys are `name` or `section.name`")
        try:
            value = yaml.safe_load(raw) if raw.strip() else ""
        except yaml.YAMLError as e:
            raise ConfigError(f"{key}: cannot parse {raw!r} ({e})") from None
        node = out
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = value
    return out


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for k, v in extra.items():
        merged[k] = _merge(merged[k], v) if isinstance(v, dict) and isinstance(merged.get(k), dict) else v
    return merged


def config_from_dict(values: dict[str, Any]) -> TrainConfig:
    try:
        return _build(TrainConfig, values, "")
    except TypeError as e:  # a dataclass got a wrong shape the checks above did not name
        raise ConfigError(str(e)) from None


def load_config(path: str | Path | None, overrides: list[str] | None = None) -> TrainConfig:
    """Read ``path`` (YAML; None = all defaults), apply ``overrides``, validate."""
    import yaml

    values: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{path}: no such config file (see configs/ for examples)")
        try:
            values = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise ConfigError(f"{path}: not valid YAML ({e})") from None
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: the top level must be a mapping of keys")
    values = _merge(values, parse_overrides(overrides or []))
    try:
        return config_from_dict(values)
    except ConfigError as e:
        where = f"{path}: " if path is not None else ""
        raise ConfigError(f"{where}{e}") from None


def save_config(cfg: TrainConfig, path: str | Path) -> None:
    """The resolved config as YAML (what the run actually used)."""
    import yaml

    Path(path).write_text(yaml.safe_dump(cfg.to_dict(), sort_keys=False), encoding="utf-8")
