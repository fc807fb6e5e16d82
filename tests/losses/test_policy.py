"""PPO-clip policy loss: ratio 1, clipping at both boundaries, the aggregations, padded garbage."""

from __future__ import annotations

import math

import pytest
import torch

from oorl.losses import aggregate, ppo_clip_loss

D = torch.float64
NAN = float("nan")


def t(x, dtype=D):
    return torch.tensor(x, dtype=dtype)


def test_ratio_one_is_minus_mean_advantage():
    """logp = logp_old → ρ = 1 → loss = −mean(A) over response tokens = −(1 − 2 + 3 + 0.5)/4 = −0.625."""
    logp = t([[-1.0, -2.0, -0.5], [-0.3, -7.0, -7.0]])
    adv = t([[1.0, -2.0, 3.0], [0.5, 99.0, 99.0]])
    mask = t([[1, 1, 1], [1, 0, 0]], torch.bool)
    loss, m = ppo_clip_loss(logp, logp.clone(), adv, mask)
    assert loss.item() == pytest.approx(-0.625)
    assert m == pytest.approx({"clip_frac": 0.0, "approx_kl": 0.0, "ratio_mean": 1.0})


def test_clipping_engages_at_the_boundaries():
    """ε = 0.2, one token per case:
    ρ=1.5, A=+1: min(1.5, 1.2) = 1.2   → ℓ = −1.2, clipped (no gradient)
    ρ=1.5, A=−1: min(−1.5, −1.2) = −1.5 → ℓ = +1.5, unclipped: dℓ/dlogp = −ρA = 1.5
    ρ=0.5, A=+1: min(0.5, 0.8) = 0.5   → ℓ = −0.5, unclipped: dℓ/dlogp = −0.5
    ρ=0.5, A=−1: min(−0.5, −0.8) = −0.8 → ℓ = +0.8, clipped
    loss = (−1.2 + 1.5 − 0.5 + 0.8)/4 = 0.15; clip_frac = 2/4; ratio_mean = (1.5+1.5+.5+.5)/4 = 1;
    approx_kl = mean(logp_old − logp) = (−2 ln 1.5 − 2 ln 0.5)/4 = ln(4/3)/2; gradient = [0, 1.5, −0.5, 0]/4.
    """
    logp_old = t([[-1.0, -1.0, -1.0, -1.0]])
    logp = (logp_old + t([[math.log(1.5), math.log(1.5), math.log(0.5), math.log(0.5)]])).requires_grad_()
    adv = t([[1.0, -1.0, 1.0, -1.0]])
    mask = torch.ones(1, 4, dtype=torch.bool)
    loss, m = ppo_clip_loss(logp, logp_old, adv, mask, clip_eps=0.2)
    assert loss.item() == pytest.approx(0.15)
    assert m["clip_frac"] == pytest.approx(0.5)
    assert m["ratio_mean"] == pytest.approx(1.0)
    assert m["approx_kl"] == pytest.approx(math.log(4 / 3) / 2)
    loss.backward()
    torch.testing.assert_close(logp.grad, t([[0.0, 1.5, -0.5, 0.0]]) / 4)


def test_inside_the_trust_region_nothing_is_clipped():
    """ρ = 1.1 with A = ±2 (|ρ − 1| < ε): ℓ = −ρA = [−2.2, 2.2], mean 0, clip_frac 0."""
    logp = t([[math.log(1.1), math.log(1.1)]])
    loss, m = ppo_clip_loss(logp, torch.zeros_like(logp), t([[2.0, -2.0]]), torch.ones(1, 2, dtype=torch.bool))
    assert loss.item() == pytest.approx(0.0, abs=1e-12)
    assert m["clip_frac"] == 0.0


def test_aggregations_hand():
    """Per-token loss ℓ = [[1, 2, 3], [4, ·, ·]] (row 1 has one response token, the rest is garbage):
    token_mean = 10/4 = 2.5; seq_mean_token_mean = (6/3 + 4/1)/2 = 3;
    seq_mean_token_sum_norm with max_len 4 = (6/4 + 4/4)/2 = 1.25."""
    loss = t([[1.0, 2.0, 3.0], [4.0, NAN, 1e30]])
    mask = t([[1, 1, 1], [1, 0, 0]], torch.bool)
    assert aggregate(loss, mask, "token_mean").item() == pytest.approx(2.5)
    assert aggregate(loss, mask, "seq_mean_token_mean").item() == pytest.approx(3.0)
    assert aggregate(loss, mask, "seq_mean_token_sum_norm", max_len=4).item() == pytest.approx(1.25)
    with pytest.raises(ValueError, match="max_len"):
        aggregate(loss, mask, "seq_mean_token_sum_norm")
    with pytest.raises(ValueError, match="token_mean, seq_mean_token_mean, seq_mean_token_sum_norm"):
        aggregate(loss, mask, "sum")


def test_dr_grpo_aggregation_through_ppo_loss():
    """ρ = 1, A = 1 on 3 + 1 tokens, max_len 8: ((−3)/8 + (−1)/8)/2 = −0.25 (token_mean would give −1)."""
    logp = torch.zeros(2, 3, dtype=D)
    mask = t([[1, 1, 1], [1, 0, 0]], torch.bool)
    loss, _ = ppo_clip_loss(logp, logp, torch.ones_like(logp), mask, loss_agg="seq_mean_token_sum_norm", max_len=8)
    assert loss.item() == pytest.approx(-0.25)


def test_padded_garbage_does_not_leak():
    logp = t([[-1.0, NAN], [-0.5, 80.0]]).requires_grad_()
    logp_old = t([[-1.2, NAN], [-0.4, -80.0]])
    adv = t([[1.0, NAN], [-1.0, 1e30]])
    mask = t([[1, 0], [1, 0]], torch.bool)
    loss, m = ppo_clip_loss(logp, logp_old, adv, mask)
    loss.backward()
    assert torch.isfinite(loss) and all(math.isfinite(v) for v in m.values())
    assert torch.isfinite(logp.grad).all()
    assert logp.grad[0, 1] == 0 and logp.grad[1, 1] == 0


def test_shape_mismatch_is_loud():
    with pytest.raises(ValueError, match="one \\[B, T\\] shape"):
        ppo_clip_loss(torch.zeros(2, 3), torch.zeros(2, 3), torch.zeros(2), torch.ones(2, 3, dtype=torch.bool))
