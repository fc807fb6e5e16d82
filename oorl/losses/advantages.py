"""Token-level advantage estimators for the on-policy half of OORL (DESIGN §2).

Every estimator has one signature, so the trainer picks one from
``oorl.losses.ADVANTAGE_ESTIMATORS`` by name and calls it the same way::

    advantages, metrics = estimator(rewards, group_ids, logp_old, logp_ref, mask,
                                    kl_coef=0.01, std_eps=1e-6)

``rewards``   ``[B]`` float, the outcome reward of each response (1/0 for translation).
``group_ids`` ``[B]`` long; the responses sampled for one prompt share an id (any values,
              in any order).
``logp_old``  ``[B, T]`` per-token log-probs of the sampled tokens under the rollout policy.
``logp_ref``  ``[B, T]`` the same under the frozen reference model.
``mask``      ``[B, T]`` bool/0-1, true on response tokens.  Padding may be on either side
              (or inside); positions are found from the mask, never assumed.
returns       ``advantages [B, T]`` (exactly 0 where ``mask`` is false, no gradient) and a
              dict of python floats for logging.

``kl_coef`` is used only by the REINFORCE++ family, which folds the KL to the reference into
the token rewards; GRPO, RLOO and Dr.GRPO keep KL as a separate loss term (``kl_penalty``), so
they ignore ``kl_coef`` and accept ``logp_old``/``logp_ref`` of ``None``.  ``std_eps`` is used
only by GRPO.

Group estimators give a group of one response an advantage of 0: with nothing to compare
against there is no signal.  (verl instead uses mean 0 / std 1 for a singleton, i.e. the raw
reward; with one sample per prompt use ``reinforce_pp``, which needs no group.)
"""

from __future__ import annotations

from typing import Callable, Protocol

import torch
from torch import Tensor


class AdvantageEstimator(Protocol):
    def __call__(self, rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None,
                 mask: Tensor, *, kl_coef: float = 0.01, std_eps: float = 1e-6) -> tuple[Tensor, dict[str, float]]:
        ...


# ---------------------------------------------------------------------------------------------- helpers

def masked_mean(x: Tensor, mask: Tensor) -> Tensor:
    """Mean of ``x`` over positions where ``mask`` is true (0 when there are none); NaN in masked-out slots is ignored."""
    mask = mask.bool()
    return torch.where(mask, x, 0).sum() / mask.sum().clamp(min=1)


def masked_whiten(x: Tensor, mask: Tensor, var_floor: float = 1e-8) -> Tensor:
    """``(x - mean) / sqrt(max(var, var_floor))`` over the true positions of ``mask``; 0 elsewhere.

    Population variance (divide by the token count), as in DESIGN §2.
    """
    mask = mask.bool()
    mean = masked_mean(x, mask)
    var = masked_mean((x - mean) ** 2, mask)
    return torch.where(mask, (x - mean) / var.clamp(min=var_floor).sqrt(), 0)  # DESIGN §2: A ← (A − mean)/sqrt(max(var, 1e-8))


def last_token(mask: Tensor) -> Tensor:
    """Bool ``[B, T]``, true at the last true position of each row of ``mask`` (no position for an empty row)."""
    mask = mask.bool()
    pos = torch.arange(mask.shape[-1], device=mask.device)  # [T]
    last = torch.where(mask, pos, -1).amax(dim=-1)  # [B]; -1 for a row with no response token
    return pos == last[:, None]  # [B, T]


def _kl_k1(logp: Tensor, logp_ref: Tensor) -> Tensor:
    return logp - logp_ref  # k1: log π/π_ref, unbiased for KL(π‖π_ref) under samples of π


def _kl_k3(logp: Tensor, logp_ref: Tensor) -> Tensor:
    log_ratio = logp_ref - logp
    return log_ratio.exp() - log_ratio - 1  # k3 (Schulman, "Approximating KL divergence"): ≥ 0, low variance


KL_ESTIMATORS: dict[str, Callable[[Tensor, Tensor], Tensor]] = {"k1": _kl_k1, "k3": _kl_k3}


def kl_penalty(logp: Tensor, logp_ref: Tensor, mask: Tensor, kind: str = "k1") -> Tensor:
    """Per-token KL estimate ``[B, T]`` of the policy to the reference, exactly 0 where ``mask`` is false.

    ``k1`` = ``logp - logp_ref`` (what REINFORCE++ folds into its rewards); ``k3`` =
    ``exp(logp_ref - logp) - (logp_ref - logp) - 1`` (GRPO's separate KL loss term).  Garbage
    in padded slots neither leaks into the value nor into the gradient.  Aggregate it as a
    loss with ``oorl.losses.aggregate``.
    """
    if kind not in KL_ESTIMATORS:
        raise ValueError(f"unknown KL estimator {kind!r}; valid: {', '.join(sorted(KL_ESTIMATORS))}")
    mask = mask.bool()
    logp = torch.where(mask, logp, 0)  # sanitised first, so a NaN slot cannot reach exp() or the gradient
    logp_ref = torch.where(mask, logp_ref, 0)
    return torch.where(mask, KL_ESTIMATORS[kind](logp, logp_ref), 0)


def _float_dtype(*tensors: Tensor | None) -> torch.dtype:
    dtype = torch.float32
    for t in tensors:
        if t is not None and t.is_floating_point():
            dtype = torch.promote_types(dtype, t.dtype)
    return dtype


def _check(rewards: Tensor, group_ids: Tensor, mask: Tensor, *logps: Tensor | None) -> None:
    if rewards.dim() != 1 or group_ids.shape != rewards.shape:
        raise ValueError(f"rewards and group_ids must both be [B]; got {tuple(rewards.shape)} and "
                         f"{tuple(group_ids.shape)}")
    if mask.dim() != 2 or mask.shape[0] != rewards.shape[0]:
        raise ValueError(f"mask must be [B, T] with B = {rewards.shape[0]} (one row per reward); got {tuple(mask.shape)}")
    for t in logps:
        if t is not None and t.shape != mask.shape:
            raise ValueError(f"per-token log-probs must have the mask's shape {tuple(mask.shape)}; got {tuple(t.shape)}")


def group_stats(rewards: Tensor, group_ids: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    """Per response: its group's size ``[B]``, reward sum ``[B]`` and sample variance ``[B]`` (0 for a singleton)."""
    _, inverse, counts = torch.unique(group_ids, return_inverse=True, return_counts=True)  # inverse [B], counts [G]
    sums = torch.zeros(counts.shape, dtype=rewards.dtype, device=rewards.device).index_add_(0, inverse, rewards)  # [G]
    size = counts[inverse].to(rewards.dtype)  # [B]
    total = sums[inverse]  # [B]
    sq = torch.zeros_like(sums).index_add_(0, inverse, (rewards - total / size) ** 2)  # [G]
    var = sq[inverse] / (size - 1).clamp(min=1)  # [B]; unbiased (torch.std's default, as verl's GRPO)
    return size, total, var


def _token_metrics(adv: Tensor, mask: Tensor, rewards: Tensor, var: Tensor) -> dict[str, float]:
    mean = masked_mean(adv, mask)
    return {"reward_mean": rewards.mean().item(), "adv_mean": mean.item(),
            "adv_std": masked_mean((adv - mean) ** 2, mask).sqrt().item(),
            # responses whose group agreed on the reward carry no group-relative signal
            "zero_var_frac": (var == 0).to(rewards.dtype).mean().item()}


# ---------------------------------------------------------------------------------------------- REINFORCE++

def _reinforce(rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None, mask: Tensor,
               kl_coef: float, baseline: bool) -> tuple[Tensor, dict[str, float]]:
    _check(rewards, group_ids, mask, logp_old, logp_ref)
    dtype = _float_dtype(rewards, logp_old, logp_ref)
    mask = mask.bool()
    R = rewards.to(dtype)  # [B]
    size, total, var = group_stats(R, group_ids)
    if baseline:
        R = R - total / size  # DESIGN §2 reinforce_pp_baseline: subtract the group's mean reward from R
    if logp_old is None or logp_ref is None:
        if kl_coef != 0:
            raise ValueError("REINFORCE++ folds KL into its rewards: pass logp_old and logp_ref (or kl_coef=0)")
        kl = torch.zeros(mask.shape, dtype=dtype, device=mask.device)
    else:
        kl = kl_penalty(logp_old.to(dtype), logp_ref.to(dtype), mask, "k1")  # [B, T]; DESIGN §2: kl_t = logp_old − logp_ref
    r = -kl_coef * kl  # [B, T]; DESIGN §2: r_t = −β_kl · kl_t (0 off the mask)
    r = r + torch.where(last_token(mask), R[:, None], 0)  # [B, T]; DESIGN §2: + R on the last response token
    returns = r.flip(-1).cumsum(-1).flip(-1)  # [B, T]; DESIGN §2: G_t = Σ_{s≥t} r_s (γ = 1), A_t = G_t
    returns = torch.where(mask, returns, 0)
    adv = masked_whiten(returns, mask)  # [B, T]; DESIGN §2: whiten over all response tokens of the batch
    metrics = _token_metrics(adv, mask, rewards.to(dtype), var)
    metrics.update(kl_mean=masked_mean(kl, mask).item(), return_mean=masked_mean(returns, mask).item())
    return adv, metrics


@torch.no_grad()
def reinforce_pp(rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None, mask: Tensor,
                 *, kl_coef: float = 0.01, std_eps: float = 1e-6) -> tuple[Tensor, dict[str, float]]:
    """REINFORCE++ (DESIGN §2, as in OpenRLHF): k1 KL folded into token rewards, R on the last token, γ = 1
    returns, whitened over all response tokens of the batch.  ``group_ids`` is used only for metrics."""
    return _reinforce(rewards, group_ids, logp_old, logp_ref, mask, kl_coef, baseline=False)


@torch.no_grad()
def reinforce_pp_baseline(rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None,
                          mask: Tensor, *, kl_coef: float = 0.01, std_eps: float = 1e-6
                          ) -> tuple[Tensor, dict[str, float]]:
    """REINFORCE++ with the group's mean reward subtracted from R before anything else (DESIGN §2)."""
    return _reinforce(rewards, group_ids, logp_old, logp_ref, mask, kl_coef, baseline=True)


# ---------------------------------------------------------------------------------------------- group-relative

def _outcome(rewards: Tensor, group_ids: Tensor, mask: Tensor, logps: tuple[Tensor | None, ...],
             score: Callable[[Tensor, Tensor, Tensor, Tensor], Tensor]) -> tuple[Tensor, dict[str, float]]:
    """Shared body: one scalar advantage per response (``score(R, size, total, var)``), broadcast to its tokens."""
    _check(rewards, group_ids, mask, *logps)
    mask = mask.bool()
    R = rewards.to(_float_dtype(rewards))  # [B]
    size, total, var = group_stats(R, group_ids)
    adv = torch.where(mask, score(R, size, total, var)[:, None], 0)  # [B, T]
    return adv, _token_metrics(adv, mask, R, var)


@torch.no_grad()
def grpo(rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None, mask: Tensor,
         *, kl_coef: float = 0.01, std_eps: float = 1e-6) -> tuple[Tensor, dict[str, float]]:
    """GRPO outcome advantage ``(R − mean_g) / (std_g + std_eps)`` with the sample (unbiased) std, as verl."""
    def score(R, size, total, var):
        return (R - total / size) / (var.sqrt() + std_eps)  # DESIGN §2 / DeepSeekMath §4.1.2: (R − mean_g)/(std_g + 1e-6)
    return _outcome(rewards, group_ids, mask, (logp_old, logp_ref), score)


@torch.no_grad()
def rloo(rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None, mask: Tensor,
         *, kl_coef: float = 0.01, std_eps: float = 1e-6) -> tuple[Tensor, dict[str, float]]:
    """RLOO (Ahmadian et al. 2024): ``R − mean of the other members of the group``; 0 for a group of one."""
    def score(R, size, total, var):
        loo = R - (total - R) / (size - 1).clamp(min=1)  # R_i − (Σ_{j≠i} R_j)/(k − 1)
        return torch.where(size > 1, loo, 0)
    return _outcome(rewards, group_ids, mask, (logp_old, logp_ref), score)


@torch.no_grad()
def dr_grpo(rewards: Tensor, group_ids: Tensor, logp_old: Tensor | None, logp_ref: Tensor | None, mask: Tensor,
            *, kl_coef: float = 0.01, std_eps: float = 1e-6) -> tuple[Tensor, dict[str, float]]:
    """Dr.GRPO (Liu et al. 2025): ``R − mean_g``, no std division.  Pair it with the policy loss's
    ``loss_agg="seq_mean_token_sum_norm"`` to also drop GRPO's per-length normalisation."""
    def score(R, size, total, var):
        return R - total / size  # Dr.GRPO: Â_i = R_i − mean_g(R)
    return _outcome(rewards, group_ids, mask, (logp_old, logp_ref), score)
