"""The PPO-clip policy loss at token level, and the ways of averaging a per-token loss (DESIGN §2).

All tensors are ``[B, T]`` with ``mask`` true on response tokens.  Padded positions may hold
anything (even NaN): they are replaced before any arithmetic, so they reach neither the loss
nor the gradient.

Aggregations (``loss_agg``), one table, ``LOSS_AGGREGATIONS``:

``token_mean``               Σ over all response tokens of the batch / their count.  REINFORCE++
                             and the paper's PPO-clip (DESIGN §2); every token weighs the same.
``seq_mean_token_mean``      mean over tokens within a response, then over responses (the GRPO
                             paper's 1/|o_i| weighting; long responses weigh less per token).
``seq_mean_token_sum_norm``  Σ over tokens within a response / ``max_len``, then the mean over
                             responses (Dr.GRPO).  ``max_len`` must be a constant of the run (the
                             rollout's max new tokens), not the padded width of this batch, or the
                             length bias Dr.GRPO removes comes back; so it must be passed.
"""

from __future__ import annotations

from typing import Callable

import torch
from torch import Tensor


def _token_mean(loss: Tensor, mask: Tensor, max_len: int | None) -> Tensor:
    return loss.sum() / mask.sum().clamp(min=1)  # Σ_{i,t} ℓ_it / Σ_i |o_i|


def _seq_mean_token_mean(loss: Tensor, mask: Tensor, max_len: int | None) -> Tensor:
    per_seq = loss.sum(-1) / mask.sum(-1).clamp(min=1)  # [B]; (1/|o_i|) Σ_t ℓ_it
    return per_seq.mean()


def _seq_mean_token_sum_norm(loss: Tensor, mask: Tensor, max_len: int | None) -> Tensor:
    if max_len is None or max_len <= 0:
        raise ValueError("loss_agg='seq_mean_token_sum_norm' divides by a constant length: pass max_len= the "
                         "rollout's max new tokens (the same every step)")
    return (loss.sum(-1) / max_len).mean()  # [B] → scalar; Dr.GRPO: (1/G) Σ_i Σ_t ℓ_it / L_max


LOSS_AGGREGATIONS: dict[str, Callable[[Tensor, Tensor, int | None], Tensor]] = {
    "token_mean": _token_mean,
    "seq_mean_token_mean": _seq_mean_token_mean,
    "seq_mean_token_sum_norm": _seq_mean_token_sum_norm,
}


def aggregate(loss: Tensor, mask: Tensor, loss_agg: str = "token_mean", max_len: int | None = None) -> Tensor:
    """Reduce a per-token loss ``[B, T]`` to a scalar by ``loss_agg`` (see the module docstring).

    Masked-out positions are set to 0 first, so garbage there does not leak.
    """
    if loss_agg not in LOSS_AGGREGATIONS:
        raise ValueError(f"unknown loss_agg {loss_agg!r}; valid: {', '.join(LOSS_AGGREGATIONS)}")
    mask = mask.bool()
    return LOSS_AGGREGATIONS[loss_agg](torch.where(mask, loss, 0), mask, max_len)


def ppo_clip_loss(logp: Tensor, logp_old: Tensor, advantages: Tensor, mask: Tensor, clip_eps: float = 0.2,
                  loss_agg: str = "token_mean", max_len: int | None = None) -> tuple[Tensor, dict[str, float]]:
    """PPO-clip: per token ``−min(ρ A, clip(ρ, 1−ε, 1+ε) A)``, ``ρ = exp(logp − logp_old)``, reduced by ``loss_agg``.

    ``logp`` carries the gradient; ``logp_old`` and ``advantages`` are treated as constants.
    Metrics (python floats, over response tokens): ``clip_frac``, the share of tokens where the
    clipped term is the one taken (their gradient is 0); ``approx_kl``, the k1 estimate
    ``mean(logp_old − logp)`` of KL(π_old‖π_θ); ``ratio_mean``, the mean of ρ.
    """
    if not (logp.shape == logp_old.shape == advantages.shape == mask.shape):
        raise ValueError(f"logp, logp_old, advantages and mask must share one [B, T] shape; got "
                         f"{tuple(logp.shape)}, {tuple(logp_old.shape)}, {tuple(advantages.shape)}, {tuple(mask.shape)}")
    mask = mask.bool()
    log_ratio = torch.where(mask, logp - logp_old.detach(), 0)  # [B, T]; sanitised before exp()
    adv = torch.where(mask, advantages.detach(), 0)  # [B, T]
    ratio = log_ratio.exp()  # [B, T]; ρ_t = π_θ/π_old
    unclipped = -ratio * adv
    clipped = -ratio.clamp(1 - clip_eps, 1 + clip_eps) * adv
    per_token = torch.maximum(unclipped, clipped)  # [B, T]; PPO Eq. 7 / DESIGN §2: −min(ρA, clip(ρ, 1−ε, 1+ε)A)
    loss = aggregate(per_token, mask, loss_agg, max_len)
    with torch.no_grad():
        n = mask.sum().clamp(min=1)
        metrics = {"clip_frac": ((clipped > unclipped) & mask).sum().div(n).item(),
                   "approx_kl": torch.where(mask, -log_ratio, 0).sum().div(n).item(),
                   "ratio_mean": torch.where(mask, ratio, 0).sum().div(n).item()}
    return loss, metrics
