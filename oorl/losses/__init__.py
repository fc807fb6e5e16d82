"""Losses and advantages of OORL as pure tensor functions (DESIGN §2).

Tensors and a few flat numbers in, ``(tensor, metrics)`` out, with ``metrics`` a dict of
python floats; no trainer, model or config object is passed in.  The advantage estimator is
chosen by name from ``ADVANTAGE_ESTIMATORS`` (all share the signature documented in
``oorl.losses.advantages``); a per-token loss is reduced by a name from ``LOSS_AGGREGATIONS``.
"""

from __future__ import annotations

from oorl.losses.advantages import (
    KL_ESTIMATORS,
    AdvantageEstimator,
    dr_grpo,
    grpo,
    kl_penalty,
    last_token,
    masked_mean,
    masked_whiten,
    reinforce_pp,
    reinforce_pp_baseline,
    rloo,
)
from oorl.losses.policy import LOSS_AGGREGATIONS, aggregate, ppo_clip_loss
from oorl.losses.preference import Pairs, dpo_loss, dpo_pairs, gepo_loss

ADVANTAGE_ESTIMATORS: dict[str, AdvantageEstimator] = {
    "reinforce_pp": reinforce_pp,  # the paper's choice
    "reinforce_pp_baseline": reinforce_pp_baseline,
    "grpo": grpo,
    "rloo": rloo,
    "dr_grpo": dr_grpo,
}


def get_estimator(name: str) -> AdvantageEstimator:
    """The advantage estimator called ``name``; a ValueError listing the valid names otherwise."""
    try:
        return ADVANTAGE_ESTIMATORS[name]
    except KeyError:
        raise ValueError(f"unknown advantage estimator {name!r}; valid: {', '.join(ADVANTAGE_ESTIMATORS)}") from None


__all__ = [
    "ADVANTAGE_ESTIMATORS", "AdvantageEstimator", "KL_ESTIMATORS", "LOSS_AGGREGATIONS", "Pairs", "aggregate",
    "dpo_loss", "dpo_pairs", "dr_grpo", "get_estimator", "gepo_loss", "grpo", "kl_penalty", "last_token",
    "masked_mean", "masked_whiten", "ppo_clip_loss", "reinforce_pp", "reinforce_pp_baseline", "rloo",
]
