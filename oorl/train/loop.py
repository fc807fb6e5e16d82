"""The training loop: set up, run steps, log, checkpoint, resume.  The entry point of ``oorl train``.

The same code runs on one CPU and under ``accelerate launch`` on many GPUs and nodes: the
``Accelerator`` decides devices, mixed precision, DeepSpeed or FSDP (from the accelerate config the
launcher was given).  Every rank draws the same global batch from the streams and keeps its slice.

Run directory (DESIGN §4): ``config.yaml`` (resolved), ``metrics.jsonl`` (one object per optimiser
step), ``checkpoints/step-N/`` (model, optimiser, scheduler and RNG states through
``Accelerator.save_state``, plus ``trainer_state.json`` with the step and both streams' positions),
``tensorboard/``, and ``model/``: the policy as a Hugging Face directory, exported at the end of each
``run`` (``Trainer.export_model``).  A checkpoint is written under a temporary name and renamed when complete, so a
crash mid-save leaves either the previous checkpoints or a temporary directory that is ignored and
swept, never a ``step-N`` that loads wrong.  On resume, ``metrics.jsonl`` is cut back to the
checkpoint's step, so the log and the state agree.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import torch

from oorl.config import TrainConfig, load_config, save_config

log = logging.getLogger(__name__)
STATE_FILE = "trainer_state.json"


class Trainer:
    def __init__(self, cfg: TrainConfig, output_dir: str | Path):
        self.cfg, self.out = cfg, Path(output_dir)

    # -- setup ----------------------------------------------------------------------------------------

    def setup(self) -> None:
        from accelerate import Accelerator
        from accelerate.utils import set_seed
        from transformers import get_scheduler

        from oorl.rollout.base import make_backend
        from oorl.train.data import Stream
        from oorl.train.models import load_models
        from oorl.train.refcache import RefLogpCache, model_fingerprint, tokenizer_fingerprint
        from oorl.train.step import OORLStep

        cfg = self.cfg
        tasks, groups = self._load_data()  # before any model: bad data fails fast
        self._threads = torch.get_num_threads()
        if cfg.deterministic:
            os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
            torch.use_deterministic_algorithms(True, warn_only=True)
        if not torch.cuda.is_available() and (cfg.cpu_threads or cfg.deterministic):
            torch.set_num_threads(cfg.cpu_threads or 1)
        # Without a GPU, cpu=True lets `accelerate launch`/torchrun start several CPU processes (gloo).
        self.acc = Accelerator(mixed_precision=cfg.mixed_precision, cpu=not torch.cuda.is_available())
        set_seed(cfg.seed)
        if cfg.rollout.backend == "vllm" and not torch.cuda.is_available():
            raise RuntimeError("rollout.backend: vllm needs a GPU; use rollout.backend=hf on CPU")
        policy, reference, self.tokenizer, path = load_models(cfg.model)
        if reference is not None:
            reference.to(self.acc.device)
        params = [p for p in policy.parameters() if p.requires_grad]
        optimizer = torch.optim.AdamW(params, lr=cfg.optim.lr, betas=tuple(cfg.optim.betas), eps=cfg.optim.eps,
                                      weight_decay=cfg.optim.weight_decay)
        self.total_steps = cfg.max_steps or self._epoch_steps(tasks, groups)
        scheduler = get_scheduler(cfg.optim.schedule, optimizer,
                                  num_warmup_steps=math.ceil(cfg.optim.warmup_ratio * self.total_steps),
                                  num_training_steps=self.total_steps)
        self.policy, self.optimizer, self.scheduler = self.acc.prepare(policy, optimizer, scheduler)
        unwrapped = self.acc.unwrap_model(self.policy)
        if cfg.rollout.backend == "hf":
            backend = make_backend("hf", model=unwrapped, tokenizer=self.tokenizer, batch_size=cfg.rollout.batch_size)
        else:
            backend = make_backend("vllm", model_path=path, tokenizer=self.tokenizer,
                                   gpu_memory_utilization=cfg.rollout.vllm_gpu_memory_utilization, seed=cfg.seed)
        self.backend = backend
        cache_path = Path(os.path.expanduser(cfg.gepo.ref_cache))
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        ref_model = reference if reference is not None else unwrapped
        self.ref_logps = RefLogpCache(cache_path, model_fingerprint(ref_model), tokenizer_fingerprint(self.tokenizer))
        from oorl.exec import Executor

        self.executor = Executor(workers=cfg.rl.exec_workers) if cfg.rl.enabled else None
        self.task_stream = Stream(tasks, cfg.seed, "tasks") if cfg.rl.enabled else None
        self.group_stream = Stream(groups, cfg.seed, "groups") if cfg.gepo.enabled else None
        self.step_fn = OORLStep(cfg, policy=self.policy, reference=reference, tokenizer=self.tokenizer,
                                backend=backend, executor=self.executor, optimizer=self.optimizer,
                                scheduler=self.scheduler, accelerator=self.acc, ref_logps=self.ref_logps)
        self.step = 0

    def _load_data(self) -> tuple[list, list]:
        cfg = self.cfg
        tasks: list = []
        if cfg.rl.enabled:
            from oorl.tasks.datasets import load_source
            from oorl.tasks.prompts import build_tasks

            kind, items = load_source(cfg.data.tasks)
            tasks = items if kind == "tasks" else build_tasks(items, cfg.data.sources, cfg.data.targets,
                                                              dataset=cfg.data.tasks)
            tasks = [t for t in tasks if t.target_lang in cfg.data.targets]
            if not tasks:
                raise ValueError(f"data.tasks {cfg.data.tasks!r} gives no task for sources {cfg.data.sources} and "
                                 f"targets {cfg.data.targets}: check the dataset and the language lists")
        groups: list = []
        if cfg.gepo.enabled:
            from oorl.ir.groups import load_groups, load_shipped_groups

            split = None if cfg.data.groups_split == "all" else cfg.data.groups_split
            groups = load_shipped_groups(split) if cfg.data.groups == "shipped" else load_groups(cfg.data.groups, split)
            if cfg.data.verified_groups_only:
                groups = [g for g in groups if g["verified"]]
            groups = [g for g in groups if g["losers"]]
            if not groups:
                raise ValueError(f"data.groups {cfg.data.groups!r} (split {cfg.data.groups_split}) has no usable group "
                                 "(verified, with losers): build some with `oorl ir build`")
        return tasks, groups

    def _epoch_steps(self, tasks: list, groups: list) -> int:
        if self.cfg.rl.enabled:
            return math.ceil(len(tasks) / self.cfg.rl.prompts_per_step)
        return math.ceil(len(groups) / self.cfg.gepo.groups_per_step)

    # -- batches --------------------------------------------------------------------------------------

    def _next_batch(self) -> tuple[list, list]:
        from oorl.rollout.base import chat_prompt
        from oorl.train.data import prepare_group, rank_slice

        cfg, rank, world = self.cfg, self.acc.process_index, self.acc.num_processes
        tasks = rank_slice(self.task_stream.take(cfg.rl.prompts_per_step), rank, world) if self.task_stream else []
        groups = []
        if self.group_stream:  # draw until the batch is full of groups that fit gepo.max_tokens (others counted)
            drawn, tries = [], 0
            while len(drawn) < cfg.gepo.groups_per_step:
                if tries >= len(self.group_stream.items):
                    raise ValueError(f"no IR group has a winner and a loser within gepo.max_tokens="
                                     f"{cfg.gepo.max_tokens} tokens (prompt included): raise it or build smaller groups")
                [g] = self.group_stream.take(1)
                tries += 1
                item = prepare_group(g, self.tokenizer, chat_prompt(self.tokenizer, g["prompt"]),
                                     max_winners=cfg.gepo.max_winners, max_losers=cfg.gepo.max_losers,
                                     max_tokens=cfg.gepo.max_tokens)
                if item is None:
                    self.skipped_groups += 1
                else:
                    drawn.append(item)
            groups = rank_slice(drawn, rank, world)
        return tasks, groups

    # -- run ------------------------------------------------------------------------------------------

    def run(self, max_steps: int | None = None) -> list[dict[str, Any]]:
        """Steps until step ``max_steps`` (default: the configured total, which also sets the schedule's
        length; stopping early and resuming later follows the same schedule); returns this call's metrics."""
        from tqdm import tqdm

        end = max_steps or self.total_steps
        if end > self.total_steps:
            raise ValueError(f"--max-steps {end} is past the end of the learning-rate schedule ({self.total_steps} "
                             "steps, from the config's max_steps or one epoch): start a run with a larger max_steps")
        self.skipped_groups = getattr(self, "skipped_groups", 0)
        writer = self._tensorboard()
        history = []
        bar = tqdm(total=end, initial=self.step, disable=not self.acc.is_main_process or not sys.stderr.isatty(),
                   desc="oorl train")
        try:
            while self.step < end:
                tasks, groups = self._next_batch()
                metrics = self._reduce(self.step_fn(tasks, groups, self.step))
                self.step += 1
                metrics["step"] = self.step
                metrics["skipped_groups"] = self.skipped_groups
                history.append(metrics)
                if self.acc.is_main_process:
                    self._log(metrics, writer)
                bar.update(1)
                bar.set_postfix({k: round(metrics[k], 4) for k in ("loss", "reward_mean", "gepo_margin", "kl")
                                 if isinstance(metrics.get(k), float)})
                if self.step % self.cfg.save_every == 0 or self.step == end:
                    self.save()
            if history:
                self.export_model()
        finally:
            bar.close()
            if writer is not None:
                writer.close()
        return history

    SUMMED = ("response_tokens", "gepo_tokens", "gepo_groups", "not_judged", "nonfinite_skips")

    def _reduce(self, metrics: dict[str, Any]) -> dict[str, Any]:
        """One record for all ranks: counts summed, everything else averaged over the ranks that have it."""
        if self.acc.num_processes == 1:
            return metrics
        from accelerate.utils import gather_object

        every = gather_object([metrics])
        out: dict[str, Any] = {}
        for key in dict.fromkeys(k for m in every for k in m):
            vals = [m[key] for m in every if isinstance(m.get(key), (int, float)) and not isinstance(m.get(key), bool)]
            if not vals:
                out[key] = metrics.get(key)
            elif key in ("step", "lr"):
                out[key] = vals[0]
            else:
                out[key] = sum(vals) if key in self.SUMMED else sum(vals) / len(vals)
        return out

    def _tensorboard(self):
        if not (self.cfg.tensorboard and self.acc.is_main_process):
            return None
        from torch.utils.tensorboard import SummaryWriter

        return SummaryWriter(str(self.out / "tensorboard"))

    def _log(self, metrics: dict[str, Any], writer) -> None:
        with open(self.out / "metrics.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps(metrics) + "\n")
        if writer is not None:
            for k, v in metrics.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and k != "step":
                    writer.add_scalar(k, v, metrics["step"])

    # -- checkpoints ----------------------------------------------------------------------------------

    def save(self) -> Path:
        ckpt_root = self.out / "checkpoints"
        final = ckpt_root / f"step-{self.step}"
        tmp = ckpt_root / f".tmp-step-{self.step}"
        if self.acc.is_main_process:
            shutil.rmtree(tmp, ignore_errors=True)
        self.acc.wait_for_everyone()
        self.acc.save_state(str(tmp), safe_serialization=True)
        if self.acc.is_main_process:
            state = {"step": self.step, "skipped_groups": self.skipped_groups,
                     "tasks": self.task_stream.state_dict() if self.task_stream else None,
                     "groups": self.group_stream.state_dict() if self.group_stream else None}
            (tmp / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
            shutil.rmtree(final, ignore_errors=True)
            os.replace(tmp, final)  # complete: only now does step-N exist
            for old in sorted(_checkpoints(ckpt_root), key=_step_of)[:-self.cfg.keep_checkpoints]:
                shutil.rmtree(old, ignore_errors=True)
        self.acc.wait_for_everyone()
        return final

    def export_model(self) -> Path | None:
        """The policy as a Hugging Face model directory, ``RUN_DIR/model/`` (weights, config, tokenizer and
        ``oorl-export.json`` naming the step and the starting model): what ``oorl eval --model RUN_DIR`` loads.
        Written beside and renamed into place, so a crash never leaves a half-written export.  A LoRA policy is
        saved merged into its base."""
        import copy

        model = self.acc.unwrap_model(self.policy)
        peft = hasattr(model, "merge_and_unload")
        # Every rank takes part in gathering the weights (FSDP / DeepSpeed ZeRO-3 shard them).
        state = None if peft else self.acc.get_state_dict(self.policy)
        self.acc.wait_for_everyone()
        if not self.acc.is_main_process:
            return None
        final, tmp = self.out / "model", self.out / ".tmp-model"
        shutil.rmtree(tmp, ignore_errors=True)
        if peft:  # a plain model with the adapters folded in
            copy.deepcopy(model).merge_and_unload().save_pretrained(tmp, safe_serialization=True)
        else:
            model.save_pretrained(tmp, state_dict=state, safe_serialization=True)
        self.tokenizer.save_pretrained(tmp)
        info = {"step": self.step, "total_steps": self.total_steps, "base_model": self.cfg.model.path}
        (tmp / "oorl-export.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        old = self.out / ".old-model"
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
        return final

    def load_latest(self) -> int:
        ckpt_root = self.out / "checkpoints"
        ckpts = sorted(_checkpoints(ckpt_root), key=_step_of)
        if not ckpts:
            raise FileNotFoundError(f"{ckpt_root}: no complete checkpoint to resume from")
        latest = ckpts[-1]
        self.acc.load_state(str(latest))
        state = json.loads((latest / STATE_FILE).read_text(encoding="utf-8"))
        self.step, self.skipped_groups = state["step"], state.get("skipped_groups", 0)
        if self.task_stream and state["tasks"]:
            self.task_stream.load_state_dict(state["tasks"])
        if self.group_stream and state["groups"]:
            self.group_stream.load_state_dict(state["groups"])
        if self.acc.is_main_process:
            _truncate_metrics(self.out / "metrics.jsonl", self.step)
            for tmp in ckpt_root.glob(".tmp-step-*"):  # a save that never completed
                shutil.rmtree(tmp, ignore_errors=True)
        return self.step

    def close(self) -> None:
        if getattr(self, "executor", None) is not None:
            self.executor.close()
        if hasattr(self, "_threads"):  # leave the process as we found it
            if self.cfg.deterministic:
                torch.use_deterministic_algorithms(False)
            torch.set_num_threads(self._threads)


def _checkpoints(root: Path) -> list[Path]:
    return [p for p in root.glob("step-*") if p.is_dir() and (p / STATE_FILE).is_file()] if root.is_dir() else []


def _step_of(p: Path) -> int:
    return int(p.name.split("-", 1)[1])


def _truncate_metrics(path: Path, step: int) -> None:
    if not path.is_file():
        return
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    kept = [ln for ln in lines if json.loads(ln).get("step", 0) <= step]
    path.write_text("".join(ln + "\n" for ln in kept), encoding="utf-8")


def train(config: str | Path | None, overrides: list[str], output_dir: str | Path, max_steps: int | None = None) -> Trainer:
    """``oorl train CONFIG [key=value ...] --output-dir DIR``: a fresh run."""
    cfg = load_config(config, overrides)
    out = Path(output_dir)
    if (out / "checkpoints").is_dir() and any((out / "checkpoints").iterdir()):
        raise FileExistsError(f"{out} already holds a run: resume it with `oorl train --resume {out}` or choose "
                              "another --output-dir")
    out.mkdir(parents=True, exist_ok=True)
    save_config(cfg, out / "config.yaml")
    (out / "metrics.jsonl").unlink(missing_ok=True)
    trainer = Trainer(cfg, out)
    trainer.setup()
    try:
        trainer.run(max_steps)
    finally:
        trainer.close()
    return trainer


def resume(output_dir: str | Path, max_steps: int | None = None) -> Trainer:
    """``oorl train --resume DIR``: continue from the latest complete checkpoint with the saved config."""
    out = Path(output_dir)
    cfg = load_config(out / "config.yaml")
    trainer = Trainer(cfg, out)
    trainer.setup()
    trainer.load_latest()
    try:
        trainer.run(max_steps)
    finally:
        trainer.close()
    return trainer
