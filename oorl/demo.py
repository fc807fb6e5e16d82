"""``oorl demo``: the embedded default end to end on a CPU, and ``oorl ablate``: the paper's Table 4 in miniature.

The demo, in the run directory ``DIR``::

    1. build      a byte-level BPE tokenizer and a small Llama from scratch   DIR/tiny/
    2. sft        warm start on synthetic translation pairs (reference answers) DIR/sft/, DIR/sft_metrics.jsonl
    3. before     held-out translation pass@1 and held-out IR-group discrimination of the SFT model
                                                                               DIR/eval/before_*/
    4. oorl       REINFORCE++ with execution rewards + GEPO on the shipped IR groups (``oorl train``)
                                                                               DIR/config.yaml, metrics.jsonl,
                                                                               checkpoints/, model/
    5. after      the same evaluations of the trained policy                  DIR/eval/after_*/
    6. report     DIR/summary.json and DIR/report.md with plots (``oorl report``)

Held out means never trained on: the synthetic problems of the held-out hash bucket (``oorl.tasks.synth``)
and the held-out IR groups (``oorl ir build --heldout-share``).  The GEPO implicit reward is measured
against the SFT model, the reference of the whole RL run, so "before" is exactly chance (every margin 0).

Everything is seeded: the same seed on the same machine and torch build gives the same numbers (deterministic
kernels and a fixed thread count, ``DemoConfig.threads``, in every stage: the sandbox runs between the torch phases).

``oorl ablate`` runs, per seed, one SFT start and from it the three RL variants of the paper's Table 4
(+REINFORCE++, +REINFORCE++ +DPO, +REINFORCE++ +GEPO), and reports mean ± std over seeds.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

# The RL stage (an ``oorl train`` config as key=value overrides on the defaults).  The paper's objective
# (w_gepo 0.01, beta 0.1, lambda 1) with a learning rate far above its 5e-7, which a model trained from nothing
# needs; eager attention and deterministic kernels make runs repeatable.  The RL tasks are another draw of the
# training families (part of them seen in SFT); the evaluation is on held-out problems.
RL_OVERRIDES: dict[str, Any] = {
    "model.dtype": "float32",
    "model.attn_implementation": "eager",
    "rollout.backend": "hf",
    "rollout.n": 8,
    "rollout.max_new_tokens": 128,
    "rollout.temperature": 0.7,  # at 1.0 the warm start's training reward was 0-6%; at 0.7, 15-30%
    "rollout.batch_size": 64,
    "rl.estimator": "reinforce_pp",
    "rl.kl_coef": 0.01,
    "rl.prompts_per_step": 16,
    "rl.micro_batch_size": 32,
    "rl.exec_timeout_s": 10,
    "gepo.loss": "gepo",
    "gepo.beta": 0.1,
    "gepo.lam": 1.0,
    "gepo.weight": 0.01,
    "gepo.groups_per_step": 1,
    "gepo.max_winners": 3,
    "gepo.max_losers": 3,
    "gepo.logprob_mode": "prefix_cache",
    "gepo.max_tokens": 2048,
    "data.sources": "python,cpp",
    "data.targets": "python,cpp",
    "data.groups": "shipped",
    "data.groups_split": "train",
    "optim.lr": 1e-4,  # 3e-4 drove the KL to the reference past 1.0 within 20 steps
    "optim.weight_decay": 0.0,
    "optim.schedule": "constant_with_warmup",
    "optim.warmup_ratio": 0.05,
    "max_steps": 24,
    "save_every": 12,
    "keep_checkpoints": 1,
    "tensorboard": False,
    "deterministic": True,
}

VARIANTS: dict[str, dict[str, Any]] = {  # the paper's Table 4 rows after the start (same RL run otherwise)
    "reinforce_pp": {"gepo.enabled": False},
    "reinforce_pp+dpo": {"gepo.loss": "dpo"},
    "reinforce_pp+gepo": {},
}


@dataclass
class DemoConfig:
    seed: int = 0
    languages: tuple[str, ...] = ("python", "cpp")  # sources and targets of the translation tasks
    sft_tasks: str = "synth:n=1500,seed={seed},difficulty=1,split=train"
    rl_tasks: str = "synth:n=1500,seed={seed_plus},difficulty=1,split=train"  # another draw (seed 0: 628 not in the SFT set)
    eval_tasks: str = "synth:n=60,seed=1000,difficulty=1,split=heldout"
    sft_epochs: float = 4.0  # held-out pass@1 (T 0.2): 3 epochs 11%, 4 epochs 29%, 6 epochs 71% (measured)
    sft_lr: float = 3e-3
    sft_batch_size: int = 16
    eval_n: int = 4  # samples per held-out task; pass@1 is their pass share
    eval_temperature: float = 0.2  # MultiPL-E's pass@1 temperature
    eval_max_new_tokens: int = 128
    ir_groups: str = "shipped"
    ir_split: str = "heldout"
    ir_max_tokens: int = 2048
    ir_beta: float = 0.1
    ir_limit: int | None = None  # score only the first N held-out groups (tests)
    tiny_dir: str | None = None  # None: DIR/tiny
    threads: int = 2  # torch threads of every stage (RL's sandbox runs between its torch phases, not beside them)
    rl: dict[str, Any] = field(default_factory=dict)  # extra key=value overrides of the RL stage

    def spec(self, template: str) -> str:
        return template.format(seed=self.seed, seed_plus=self.seed + 1)


def _print(msg: str) -> None:
    print(f"[oorl demo] {msg}", file=sys.stderr, flush=True)


def _deterministic(seed: int, threads: int = 1) -> None:
    """Seed torch and fix its thread count: the same count on the same machine gives the same numbers."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(max(1, min(threads, os.cpu_count() or 1)))
    torch.use_deterministic_algorithms(True, warn_only=True)


def build_stage(out: Path, cfg: DemoConfig) -> Path:
    from oorl.train.tiny import build_tiny

    return build_tiny(Path(cfg.tiny_dir) if cfg.tiny_dir else out / "tiny", seed=cfg.seed)


def _tasks(spec: str, languages) -> list:
    from oorl.tasks.datasets import load_source
    from oorl.tasks.prompts import build_tasks

    kind, items = load_source(spec)
    return items if kind == "tasks" else build_tasks(items, languages, languages)


def sft_stage(out: Path, tiny: Path, cfg: DemoConfig, *, progress: bool) -> Path:
    """Fine-tune the built model on reference translations; the result is an HF directory ``out/sft``."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from oorl.train.sft import SFTConfig, examples_from_tasks, run_sft

    final = out / "sft"
    if (final / "config.json").is_file():
        _print(f"sft: reusing {final}")
        return final
    _deterministic(cfg.seed, cfg.threads)
    tok = AutoTokenizer.from_pretrained(tiny)
    model = AutoModelForCausalLM.from_pretrained(tiny, attn_implementation="eager", dtype="float32")
    examples = examples_from_tasks(_tasks(cfg.spec(cfg.sft_tasks), cfg.languages))
    _print(f"sft: {len(examples)} translation pairs, {cfg.sft_epochs} epoch(s)")
    log = open(out / "sft_metrics.jsonl", "w", encoding="utf-8")
    try:
        run_sft(model, tok, examples, SFTConfig(epochs=cfg.sft_epochs, lr=cfg.sft_lr, batch_size=cfg.sft_batch_size,
                                                seed=cfg.seed), progress=progress,
                on_step=lambda m: log.write(json.dumps(m) + "\n"))
    finally:
        log.close()
    tmp = out / ".tmp-sft"
    model.save_pretrained(tmp, safe_serialization=True)
    tok.save_pretrained(tmp)
    tmp.rename(final)
    return final


def eval_stage(out: Path, name: str, model_dir: Path, reference_dir: Path, cfg: DemoConfig, *, executor,
               progress: bool) -> dict[str, Any]:
    """Held-out translation pass@1 and IR discrimination of ``model_dir`` (reference: ``reference_dir``);
    writes ``out/eval/<name>_translate/`` and ``out/eval/<name>_ir/``; returns the two summaries."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from oorl.eval.ir import ir_discrimination, load_eval_groups
    from oorl.eval.translate import generate_completions, score_translations, write_outputs
    from oorl.rollout.base import SamplingParams
    from oorl.rollout.hf import HFRollout

    _deterministic(cfg.seed, cfg.threads)
    tok = AutoTokenizer.from_pretrained(model_dir)
    policy = AutoModelForCausalLM.from_pretrained(model_dir, attn_implementation="eager", dtype="float32").eval()
    tasks = _tasks(cfg.eval_tasks, cfg.languages)
    params = SamplingParams(n=cfg.eval_n, max_new_tokens=cfg.eval_max_new_tokens, temperature=cfg.eval_temperature,
                            top_p=1.0, seed=cfg.seed)
    with torch.no_grad():
        completions = generate_completions(HFRollout(policy, tok, batch_size=64), tasks, params, progress=progress)
    rows, matrix, summary = score_translations(tasks, completions, executor, ks=(1,), progress=progress)
    if summary.get("errors"):
        raise RuntimeError(f"{summary['errors']} held-out samples could not be judged by the sandbox (ours, not the "
                           "model's): run `oorl exec doctor`")
    write_outputs(out / "eval" / f"{name}_translate", rows, matrix, summary,
                  title=f"held-out translation pass@1 ({name})", completions=completions)
    reference = policy if reference_dir == model_dir else AutoModelForCausalLM.from_pretrained(
        reference_dir, attn_implementation="eager", dtype="float32").eval()
    groups, _unverified = load_eval_groups(cfg.ir_groups, cfg.ir_split)
    groups = groups[:cfg.ir_limit]
    ir_summary, ir_rows = ir_discrimination(policy, reference, tok, groups, beta=cfg.ir_beta,
                                            max_tokens=cfg.ir_max_tokens, progress=progress)
    d = out / "eval" / f"{name}_ir"
    d.mkdir(parents=True, exist_ok=True)
    (d / "summary.json").write_text(json.dumps(ir_summary, indent=1) + "\n", encoding="utf-8")
    with open(d / "results.jsonl", "w", encoding="utf-8") as f:
        for r in ir_rows:
            f.write(json.dumps(r) + "\n")
    return {"translate": summary, "ir": ir_summary}


def rl_overrides(out: Path, sft_dir: Path, cfg: DemoConfig, variant: dict[str, Any] | None = None) -> list[str]:
    values = {**RL_OVERRIDES, "cpu_threads": cfg.threads, **(variant or {}), **cfg.rl, "model.path": str(sft_dir),
              "seed": cfg.seed,
              "data.tasks": cfg.spec(cfg.rl_tasks), "gepo.ref_cache": str(out / "ref_logps.sqlite")}
    return [f"{k}={v}" for k, v in values.items()]


def rl_stage(out: Path, sft_dir: Path, cfg: DemoConfig, variant: dict[str, Any] | None = None) -> Path:
    """``oorl train`` from the SFT model into ``out`` (resumed if a checkpoint is there); returns ``out/model``."""
    from oorl.train.loop import resume, train

    if (out / "model" / "oorl-export.json").is_file():
        info = json.loads((out / "model" / "oorl-export.json").read_text())
        if info["step"] == info["total_steps"]:
            _print(f"oorl: reusing {out / 'model'}")
            return out / "model"
    if any((out / "checkpoints").glob("step-*")):
        resume(out)
    else:
        train(None, rl_overrides(out, sft_dir, cfg, variant), out)
    return out / "model"


def _by_language(translate_summary: dict[str, Any]) -> dict[str, float | None]:
    return {t: v.get("pass@1") for t, v in translate_summary["by_target"].items()}


def _mean_over_targets(translate_summary: dict[str, Any]) -> float:
    vals = [v for v in _by_language(translate_summary).values() if v is not None]
    return sum(vals) / len(vals) if vals else float("nan")


def run_demo(out_dir: str | Path, cfg: DemoConfig = DemoConfig(), *, progress: bool = True) -> dict[str, Any]:
    """The whole demo into ``out_dir``; returns the summary (also written to ``out_dir/summary.json``)."""
    from oorl.eval.report import write_report
    from oorl.exec import Executor

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    times: dict[str, float] = {}
    t0 = time.perf_counter()

    def stage(name: str, fn, *args, **kwargs):
        _print(f"{name} ...")
        t = time.perf_counter()
        result = fn(*args, **kwargs)
        times[name] = round(time.perf_counter() - t, 1)
        _print(f"{name}: {times[name]} s")
        return result

    tiny = stage("build", build_stage, out, cfg)
    sft = stage("sft", sft_stage, out, tiny, cfg, progress=progress)
    with Executor() as ex:
        before = stage("eval_before", eval_stage, out, "before", sft, sft, cfg, executor=ex, progress=progress)
        policy = stage("oorl", rl_stage, out, sft, cfg)
        after = stage("eval_after", eval_stage, out, "after", policy, sft, cfg, executor=ex, progress=progress)
    summary = {
        "translation": {
            "before": _mean_over_targets(before["translate"]),
            "after": _mean_over_targets(after["translate"]),
            "by_language": {lang: {"before": b, "after": _by_language(after["translate"]).get(lang)}
                            for lang, b in _by_language(before["translate"]).items()},
            "metric": (f"pass@1 over {cfg.eval_n} samples at temperature {cfg.eval_temperature}, mean over the "
                       f"target languages; held-out tasks: {cfg.eval_tasks}"),
            "tasks": before["translate"]["n"],
        },
        "gepo_accuracy": {"before": before["ir"]["accuracy"], "after": after["ir"]["accuracy"],
                          "groups": after["ir"]["groups"],
                          "metric": "share of held-out IR groups whose mean winner implicit reward beats the mean "
                                    "loser's (reference: the SFT model; ties 0.5)"},
        "gepo_margin": {"before": before["ir"]["mean_margin"], "after": after["ir"]["mean_margin"]},
        "seconds": times,
        "config": {**asdict(cfg), "rl_overrides": rl_overrides(out, sft, cfg)},
    }
    times["total"] = round(time.perf_counter() - t0, 1)
    (out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    stage("report", write_report, out)
    return summary


# -- the ablation ---------------------------------------------------------------------------------------


def _mean_std(xs: list[float]) -> tuple[float, float]:
    xs = [x for x in xs if x is not None and not math.isnan(x)]
    if not xs:
        return float("nan"), float("nan")
    return statistics.fmean(xs), (statistics.stdev(xs) if len(xs) > 1 else 0.0)


def run_ablation(out_dir: str | Path, seeds: list[int], cfg: DemoConfig = DemoConfig(), *,
                 progress: bool = True) -> dict[str, Any]:
    """Per seed: build, SFT, evaluate the start; then each variant of ``VARIANTS`` from that start.  Writes
    ``out_dir/ablation.json``, ``ablation.md`` and ``ablation.png``; a rerun reuses finished parts."""
    from oorl.exec import Executor

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[int, dict[str, float]]] = {"sft": {}, **{v: {} for v in VARIANTS}}
    with Executor() as ex:
        for seed in seeds:
            scfg = replace(cfg, seed=seed)
            base = out / f"seed-{seed}"
            base.mkdir(parents=True, exist_ok=True)
            tiny = build_stage(base, scfg)
            sft = sft_stage(base, tiny, scfg, progress=progress)
            results["sft"][seed] = _cached_eval(base, "sft", sft, sft, scfg, ex, progress)
            for name, variant in VARIANTS.items():
                run = base / name
                _print(f"seed {seed}: {name}")
                policy = rl_stage(run, sft, scfg, variant)
                results[name][seed] = _cached_eval(run, "after", policy, sft, scfg, ex, progress)
    table = {name: {metric: _mean_std([r[metric] for r in per_seed.values()])
                    for metric in ("translation", "gepo_accuracy")} for name, per_seed in results.items()}
    doc = {"seeds": seeds, "per_seed": {k: {str(s): v for s, v in d.items()} for k, d in results.items()},
           "mean_std": table}
    (out / "ablation.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    (out / "ablation.md").write_text(ablation_markdown(doc), encoding="utf-8")
    ablation_plot(doc, out / "ablation.png")
    return doc


def _cached_eval(run: Path, name: str, model_dir: Path, ref_dir: Path, cfg: DemoConfig, ex, progress: bool):
    path = run / "eval" / f"{name}.json"
    if path.is_file():
        return json.loads(path.read_text())
    res = eval_stage(run, name, model_dir, ref_dir, cfg, executor=ex, progress=progress)
    row = {"translation": _mean_over_targets(res["translate"]), "gepo_accuracy": res["ir"]["accuracy"],
           "by_language": _by_language(res["translate"])}
    path.write_text(json.dumps(row, indent=1) + "\n", encoding="utf-8")
    return row


ROW_NAMES = {"sft": "SFT start", "reinforce_pp": "+REINFORCE++", "reinforce_pp+dpo": "+REINFORCE++ +DPO",
             "reinforce_pp+gepo": "+REINFORCE++ +GEPO"}


def ablation_markdown(doc: dict[str, Any]) -> str:
    seeds = ", ".join(str(s) for s in doc["seeds"])
    lines = ["| method | held-out translation pass@1 (%) | held-out IR discrimination (%) |", "|---|---:|---:|"]
    for name, metrics in doc["mean_std"].items():
        cells = [f"{100 * m:.1f} ± {100 * s:.1f}" if not math.isnan(m) else "–"
                 for m, s in (metrics["translation"], metrics["gepo_accuracy"])]
        lines.append(f"| {ROW_NAMES.get(name, name)} | {cells[0]} | {cells[1]} |")
    lines += ["", f"Mean ± sample std over seeds {seeds}."]
    return "\n".join(lines) + "\n"


def ablation_plot(doc: dict[str, Any], path: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(doc["mean_std"])
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    for ax, metric, title in zip(axes, ("translation", "gepo_accuracy"),
                                 ("held-out translation pass@1", "held-out IR discrimination")):
        means = [100 * doc["mean_std"][n][metric][0] for n in names]
        stds = [100 * doc["mean_std"][n][metric][1] for n in names]
        ax.bar(range(len(names)), means, yerr=stds, capsize=4, color=["#999999", "#4c72b0", "#dd8452", "#55a868"])
        for s_name, per_seed in doc["per_seed"].items():
            i = names.index(s_name)
            ax.scatter([i] * len(per_seed), [100 * r[metric] for r in per_seed.values()], color="black", s=10,
                       zorder=3)
        ax.set_xticks(range(len(names)), [ROW_NAMES.get(n, n) for n in names], rotation=20, ha="right")
        ax.set_ylabel("%")
        ax.set_title(title)
        ax.set_ylim(0, 100)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
