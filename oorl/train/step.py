"""One OORL optimiser step, as named and timed phases (DESIGN §2, paper Eq. 10).

    rollout → reward → logprobs → advantages → policy_loss      (the on-policy term, w_rl)
    gepo_ref → gepo                                              (the preference term, w_gepo)
    optimizer                                                    (one step for both)

With ``rl.ppo_epochs = E > 1`` the policy loss makes E passes over the rollout batch: the first E − 1
are optimiser updates of the on-policy term alone (the PPO ratio and its clip now matter, as in
OpenRLHF's ``max_epochs``), the last shares the step's update with the preference term.

Both terms are backwarded into the same gradients before the single optimiser step, so the step
minimises ``w_rl·L_OnP + w_gepo·L_GEPO``.  The ablations are switches of the config, not branches
here: ``rl.enabled`` / ``gepo.enabled`` drop a term, ``gepo.loss: dpo`` scores pairs instead of
groups, ``rl.estimator`` picks the advantage estimator from ``oorl.losses.ADVANTAGE_ESTIMATORS``.

Nothing is silently zero: a completion the sandbox could not judge (``reward None``) is left out of
the advantages and counted (``not_judged``); a step where nothing could be judged raises; a
non-finite loss skips its backward and, if any was skipped, the whole optimiser step, and is
counted (``nonfinite_skips``).  Gradients of the two terms are summed per micro-batch; each piece
is scaled so that the sum equals the batch loss (token mean for the on-policy term, group mean
for GEPO).
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections import defaultdict
from typing import Any

import torch

from oorl.config import TrainConfig
from oorl.losses import dpo_loss, dpo_pairs, gepo_loss, get_estimator, ppo_clip_loss
from oorl.rewards import compute_rewards
from oorl.rollout.base import SamplingParams
from oorl.train.data import GroupBatchItem
from oorl.train.logprobs import gepo_backward_serial, group_logprobs
from oorl.train.models import reference_mode
from oorl.train.sequences import batch_logprobs, response_logprobs

log = logging.getLogger(__name__)


class PhaseTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextlib.contextmanager
    def __call__(self, name: str):
        t = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - t


class OORLStep:
    """Callable ``step(tasks, groups, step_index) -> metrics``; holds the parts, not the loop."""

    def __init__(self, cfg: TrainConfig, *, policy, reference, tokenizer, backend, executor, optimizer, scheduler,
                 accelerator, ref_logps):
        self.cfg, self.policy, self.reference, self.tokenizer = cfg, policy, reference, tokenizer
        self.backend, self.executor, self.optimizer, self.scheduler = backend, executor, optimizer, scheduler
        self.accelerator, self.ref_logps = accelerator, ref_logps
        self.estimator = get_estimator(cfg.rl.estimator)

    def __call__(self, tasks: list, groups: list[GroupBatchItem], step: int) -> dict[str, Any]:
        timer, m = PhaseTimer(), {"step": step}
        self.timer, self.nonfinite, self._nonfinite_seen = timer, 0, 0
        loss_rl = self._on_policy(tasks, step, timer, m) if self.cfg.rl.enabled and tasks else None
        loss_gepo = self._preference(groups, timer, m) if self.cfg.gepo.enabled and groups else None
        self._update(m)
        self.scheduler.step()
        m["lr"] = self.scheduler.get_last_lr()[0]
        m["nonfinite_skips"] = self.nonfinite
        m["loss_rl"] = loss_rl
        m["loss_gepo"] = loss_gepo
        m["loss"] = sum(w * x for w, x in ((self.cfg.rl.weight, loss_rl), (self.cfg.gepo.weight, loss_gepo))
                        if x is not None)
        for name, secs in timer.seconds.items():
            m[f"time/{name}"] = round(secs, 4)
        return m

    def _update(self, m: dict) -> None:
        """One optimiser step on the gradients accumulated since the last; skipped (and counted in
        ``skipped_step``) if a loss among them was non-finite."""
        with self.timer("optimizer"):
            if self.nonfinite > self._nonfinite_seen:
                self.optimizer.zero_grad(set_to_none=True)
                m["skipped_step"] = m.get("skipped_step", 0) + 1
            else:
                m["grad_norm"] = float(self.accelerator.clip_grad_norm_(self.policy.parameters(),
                                                                        self.cfg.optim.max_grad_norm))
                self.optimizer.step()
                self.optimizer.zero_grad(set_to_none=True)
                m["updates"] = m.get("updates", 0) + 1
        self._nonfinite_seen = self.nonfinite

    def _backward(self, loss: torch.Tensor) -> bool:
        if not torch.isfinite(loss):
            self.nonfinite += 1
            log.warning("non-finite loss %s: its backward is skipped and the optimiser step will be", loss.item())
            return False
        self.accelerator.backward(loss)
        return True

    # -- the on-policy term ---------------------------------------------------------------------------

    def _on_policy(self, tasks: list, step: int, timer: PhaseTimer, m: dict) -> float | None:
        cfg = self.cfg
        with timer("rollout"):
            params = SamplingParams(n=cfg.rollout.n, max_new_tokens=cfg.rollout.max_new_tokens,
                                    temperature=cfg.rollout.temperature, top_p=cfg.rollout.top_p,
                                    seed=cfg.seed * 1_000_003 + step)
            gens = self.backend.generate([t.prompt for t in tasks], params)
        flat = [(i, t, g) for i, (t, gs) in enumerate(zip(tasks, gens)) for g in gs]
        with timer("reward"):
            results = compute_rewards([t for _, t, _ in flat], [g.text for _, _, g in flat], self.executor,
                                      timeout_s=cfg.rl.exec_timeout_s)
        judged = [k for k, r in enumerate(results) if r.reward is not None]
        m["not_judged"] = len(results) - len(judged)
        if not judged:
            detail = results[0].detail if results else ""
            raise RuntimeError(f"none of the {len(results)} completions of this step could be judged by the sandbox "
                               f"(first: {detail}); run `oorl exec doctor` (this is never scored as reward 0)")
        reasons: dict[str, int] = defaultdict(int)
        by_lang: dict[str, list[float]] = defaultdict(list)
        for k in judged:
            reasons[str(results[k].reason)] += 1
            by_lang[flat[k][1].target_lang].append(results[k].reward)
        m["reward_mean"] = sum(results[k].reward for k in judged) / len(judged)
        for reason in ("format", "compile", "tests"):
            m[f"fail_{reason}"] = reasons.get(reason, 0) / len(judged)
        for lang, rs in sorted(by_lang.items()):
            m[f"pass_rate/{lang}"] = sum(rs) / len(rs)
        prompts = [flat[k][2].prompt_ids for k in judged]
        responses = [flat[k][2].response_ids or [self.tokenizer.eos_token_id] for k in judged]
        rewards = torch.tensor([results[k].reward for k in judged], dtype=torch.float32)  # [B]
        group_ids = torch.tensor([flat[k][0] for k in judged], dtype=torch.long)  # [B]
        pad, mb = self.tokenizer.pad_token_id, cfg.rl.micro_batch_size
        with timer("logprobs"), torch.no_grad():
            logp_old, mask = response_logprobs(self.policy, prompts, responses, pad_id=pad, micro_batch_size=mb)  # [B, T]
            with reference_mode(self.policy, self.reference) as ref:
                logp_ref, _ = response_logprobs(ref, prompts, responses, pad_id=pad, micro_batch_size=mb)  # [B, T]
        with timer("advantages"):
            dev = logp_old.device
            adv, adv_m = self.estimator(rewards.to(dev), group_ids.to(dev), logp_old, logp_ref, mask,
                                        kl_coef=cfg.rl.kl_coef)  # [B, T]
            m["kl"] = float(((logp_old - logp_ref) * mask).sum() / mask.sum())  # k1, per response token
            m["response_tokens"] = int(mask.sum())
            m["response_len_mean"] = float(mask.sum(1).mean())
        total = float(mask.sum())
        for epoch in range(cfg.rl.ppo_epochs):
            if epoch:  # every pass but the last is an update of its own; the last shares the step's update
                self._update(m)
            loss_sum, clip = 0.0, []
            with timer("policy_loss"):
                for s in range(0, len(prompts), mb):
                    lp, mk = batch_logprobs(self.policy, prompts[s:s + mb], responses[s:s + mb], pad)  # [b, t]
                    t = lp.shape[1]
                    loss, pm = ppo_clip_loss(lp, logp_old[s:s + mb, :t], adv[s:s + mb, :t], mk, clip_eps=cfg.rl.clip_eps)
                    share = float(mk.sum()) / total  # token mean over the whole batch = Σ (mean_mb × share_mb)
                    if self._backward(loss * share * cfg.rl.weight):
                        loss_sum += loss.item() * share
                    clip.append(pm["clip_frac"])
        m["clip_frac"] = sum(clip) / len(clip)  # of the last pass: 0 on the first (ρ = 1), > 0 once it is off-policy
        return loss_sum

    # -- the preference term --------------------------------------------------------------------------

    def _reference_sums(self, groups: list[GroupBatchItem]) -> list[torch.Tensor]:
        """Reference summed log-probs of every member, from the cache or computed once and stored."""
        out = []
        for g in groups:
            pairs = [(g.prompt, t) for t in g.winner_texts + g.loser_texts]
            cached = self.ref_logps.get_many(pairs)
            if any(v is None for v in cached):
                with reference_mode(self.policy, self.reference) as ref, torch.no_grad():
                    vals = group_logprobs(ref, g.prompt_ids, g.winners + g.losers, mode="serial").double().tolist()
                self.ref_logps.put_many(pairs, vals)
                cached = vals
            out.append(torch.tensor(cached, dtype=torch.float32))
        return out

    def _group_loss(self, logp: torch.Tensor, ref: torch.Tensor, n: int, gen: torch.Generator) -> tuple[torch.Tensor, dict]:
        """The configured preference loss of one group from its members' summed log-probs (winners first)."""
        cfg = self.cfg.gepo
        ref = ref.to(logp.device)
        if cfg.loss == "gepo":
            return gepo_loss(logp[None, :n], ref[None, :n], logp[None, n:], ref[None, n:], beta=cfg.beta, lam=cfg.lam,
                             unbiased_var=cfg.unbiased_var)  # Eq. 9, one group: [1, n], [1, m]
        pairs = dpo_pairs([n], [len(logp) - n], cfg.dpo_pairs_per_group, generator=gen)
        w, lo = pairs.winner, n + pairs.loser
        return dpo_loss(logp[w], ref[w], logp[lo], ref[lo], beta=cfg.beta)

    def _preference(self, groups: list[GroupBatchItem], timer: PhaseTimer, m: dict) -> float | None:
        cfg = self.cfg.gepo
        with timer("gepo_ref"):
            refs = self._reference_sums(groups)
        gen = torch.Generator().manual_seed(self.cfg.seed * 7919 + m["step"])
        total, agg = 0.0, defaultdict(float)
        scale = cfg.weight / len(groups)  # the batch loss is the mean over groups
        with timer("gepo"):
            for g, ref in zip(groups, refs):
                n, members = len(g.winners), g.winners + g.losers
                if cfg.logprob_mode == "serial":
                    loss, logp = gepo_backward_serial(
                        self.policy, g.prompt_ids, members, lambda lp: self._group_loss(lp, ref, n, gen)[0] * scale)
                    _, gm = self._group_loss(logp, ref, n, gen)
                    loss = loss / scale
                    if not math.isfinite(float(loss)):
                        self.nonfinite += 1
                else:
                    logp = group_logprobs(self.policy, g.prompt_ids, members, mode=cfg.logprob_mode)  # [n + m]
                    loss, gm = self._group_loss(logp, ref, n, gen)
                    if not self._backward(loss * scale):
                        continue
                total += float(loss.detach()) / len(groups)
                for k, v in gm.items():
                    agg[k] += v / len(groups)
                agg["tokens"] += len(g.prompt_ids) + sum(len(r) for r in members)
        for k, v in agg.items():  # gepo_* names the preference term, whichever loss scores it
            m[f"gepo_{k}"] = v
        m["gepo_groups"] = len(groups)
        return total
