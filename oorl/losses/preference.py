"""Preference losses on the static C → LLVM-IR groups: GEPO (paper Eq. 9) and the DPO ablation.

Inputs are **summed** response log-probs ``logp(y|x)`` (one number per response) under the
policy and the frozen reference.  GEPO takes a batch of groups laid out as ``[B, n]`` winners
and ``[B, m]`` losers; groups of different sizes share one batch through masks, and a masked
slot may hold anything (0, NaN, inf): it is replaced with ``torch.where`` before any arithmetic,
so it enters no mean, no variance and no gradient.  Never pad with fake responses instead.
"""

from __future__ import annotations

from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import Tensor


def _member_mask(mask: Tensor | None, like: Tensor) -> Tensor:
    if mask is None:
        return torch.ones(like.shape, dtype=torch.bool, device=like.device)
    if mask.shape != like.shape:
        raise ValueError(f"mask shape {tuple(mask.shape)} differs from its log-probs' {tuple(like.shape)}")
    return mask.bool()


def _implicit_reward(policy: Tensor, ref: Tensor, mask: Tensor, beta: float) -> Tensor:
    return beta * torch.where(mask, policy - ref.detach(), 0)  # [B, k]; Eq. 9: r̂ = β (logp_θ − logp_ref); 0 off-mask


def gepo_loss(policy_w: Tensor, ref_w: Tensor, policy_l: Tensor, ref_l: Tensor, *, beta: float = 0.1,
              lam: float = 1.0, mask_w: Tensor | None = None, mask_l: Tensor | None = None,
              unbiased_var: bool = False) -> tuple[Tensor, dict[str, float]]:
    """GEPO, paper Eq. 9, averaged over the batch of groups:

    ``−log σ(mean_w r̂ − mean_l r̂) + λ · Var_w(r̂)``,  ``r̂ = β (logp_θ(y|x) − logp_ref(y|x))``.

    ``policy_w``/``ref_w`` are ``[B, n]``, ``policy_l``/``ref_l`` ``[B, m]``; ``mask_w``/``mask_l``
    (bool or 0/1, ``None`` = every slot real) mark the real members of each group.  ``Var_w`` is
    the population variance over a group's real winners (``unbiased_var=True``: the sample
    variance); a group with one winner has variance 0.  Every group needs at least one winner
    and one loser.  With n = m = 1 and λ = 0 this is exactly ``dpo_loss``.

    Metrics (python floats, means over the batch): ``margin`` (mean_w r̂ − mean_l r̂),
    ``winner_var``, ``accuracy`` (share of groups with margin > 0), ``reward_w``, ``reward_l``.
    """
    if policy_w.dim() != 2 or policy_l.dim() != 2 or policy_w.shape[0] != policy_l.shape[0]:
        raise ValueError(f"winners must be [B, n] and losers [B, m] with one B; got {tuple(policy_w.shape)} and "
                         f"{tuple(policy_l.shape)}")
    if ref_w.shape != policy_w.shape or ref_l.shape != policy_l.shape:
        raise ValueError("reference log-probs must have their policy log-probs' shapes")
    mw, ml = _member_mask(mask_w, policy_w), _member_mask(mask_l, policy_l)  # [B, n], [B, m]
    n_w, n_l = mw.sum(-1), ml.sum(-1)  # [B], [B]
    if bool((n_w == 0).any() | (n_l == 0).any()):
        raise ValueError("every group needs at least one real winner and one real loser (check mask_w/mask_l)")
    r_w = _implicit_reward(policy_w, ref_w, mw, beta)  # [B, n]
    r_l = _implicit_reward(policy_l, ref_l, ml, beta)  # [B, m]
    mean_w = r_w.sum(-1) / n_w  # [B]; masked slots are exactly 0, so the sum is over real winners only
    mean_l = r_l.sum(-1) / n_l  # [B]
    margin = mean_w - mean_l  # [B]; Eq. 9: mean_{Y_w} r̂ − mean_{Y_l} r̂
    sq_dev = torch.where(mw, (r_w - mean_w[:, None]) ** 2, 0)  # [B, n]
    denom = (n_w - 1).clamp(min=1) if unbiased_var else n_w  # a lone winner: Σ = 0, so its variance is 0 either way
    var_w = sq_dev.sum(-1) / denom  # [B]; Eq. 9: Var_{y∈Y_w}(r̂)
    per_group = -F.logsigmoid(margin) + lam * var_w  # [B]; Eq. 9: −log σ(margin) + λ Var_w(r̂)
    loss = per_group.mean()
    with torch.no_grad():
        metrics = {"margin": margin.mean().item(), "winner_var": var_w.mean().item(),
                   "accuracy": (margin > 0).to(margin.dtype).mean().item(),
                   "reward_w": mean_w.mean().item(), "reward_l": mean_l.mean().item()}
    return loss, metrics


def dpo_loss(policy_w: Tensor, ref_w: Tensor, policy_l: Tensor, ref_l: Tensor, *, beta: float = 0.1
             ) -> tuple[Tensor, dict[str, float]]:
    """DPO sigmoid loss ``−log σ(r̂_w − r̂_l)`` over ``[P]`` (winner, loser) pairs, averaged (DESIGN §2).

    Metrics: ``margin``, ``accuracy`` (share of pairs with r̂_w > r̂_l), ``reward_w``, ``reward_l``.
    """
    if not (policy_w.shape == ref_w.shape == policy_l.shape == ref_l.shape) or policy_w.dim() != 1:
        raise ValueError(f"dpo_loss takes four [P] tensors; got {tuple(policy_w.shape)}, {tuple(ref_w.shape)}, "
                         f"{tuple(policy_l.shape)}, {tuple(ref_l.shape)}")
    r_w = beta * (policy_w - ref_w.detach())  # [P]; r̂ = β (logp_θ − logp_ref)
    r_l = beta * (policy_l - ref_l.detach())  # [P]
    margin = r_w - r_l  # [P]
    loss = (-F.logsigmoid(margin)).mean()  # DPO: −log σ(r̂(y_w) − r̂(y_l))
    with torch.no_grad():
        metrics = {"margin": margin.mean().item(), "accuracy": (margin > 0).to(margin.dtype).mean().item(),
                   "reward_w": r_w.mean().item(), "reward_l": r_l.mean().item()}
    return loss, metrics


class Pairs(NamedTuple):
    """Index tensors ``[P]`` (long) into the ``[B, n]`` / ``[B, m]`` group layout: pair p is
    winner ``(group[p], winner[p])`` against loser ``(group[p], loser[p])``."""

    group: Tensor
    winner: Tensor
    loser: Tensor


def dpo_pairs(n_winners: list[int], n_losers: list[int], pairs_per_group: int,
              generator: torch.Generator | None = None) -> Pairs:
    """Draw ``pairs_per_group`` (winner, loser) pairs from every group, for the DPO ablation.

    Sampling: each group's n·m possible pairs are visited in a uniformly random order without
    replacement; when ``pairs_per_group`` exceeds n·m, a fresh random order starts over, so every
    pair is used ⌊k/(n·m)⌋ or ⌈k/(n·m)⌉ times.  Every group thus contributes exactly
    ``pairs_per_group`` pairs and weighs the same in the mean, as each group does in GEPO.
    Pairs come out grouped (group 0's first).  ``generator`` fixes the draw.
    """
    if len(n_winners) != len(n_losers):
        raise ValueError(f"{len(n_winners)} winner counts but {len(n_losers)} loser counts: one of each per group")
    if pairs_per_group < 1:
        raise ValueError(f"pairs_per_group must be >= 1, got {pairs_per_group}")
    groups, winners, losers = [], [], []
    for g, (n, m) in enumerate(zip(n_winners, n_losers)):
        if n < 1 or m < 1:
            raise ValueError(f"group {g} has {n} winners and {m} losers; DPO pairs need at least one of each")
        rounds = -(-pairs_per_group // (n * m))
        cells = torch.cat([torch.randperm(n * m, generator=generator) for _ in range(rounds)])[:pairs_per_group]
        groups.append(torch.full((pairs_per_group,), g, dtype=torch.long))
        winners.append(cells // m)  # cell = winner * m + loser
        losers.append(cells % m)
    if not groups:
        empty = torch.zeros(0, dtype=torch.long)
        return Pairs(empty, empty.clone(), empty.clone())
    return Pairs(torch.cat(groups), torch.cat(winners), torch.cat(losers))
