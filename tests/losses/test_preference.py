"""GEPO and DPO: hand numbers, GEPO = DPO at n = m = 1, masks and garbage, gradients, ragged batches, pairs."""

from __future__ import annotations

import math

import pytest
import torch

from oorl.losses import dpo_loss, dpo_pairs, gepo_loss

D = torch.float64
NAN = float("nan")


def t(x, dtype=D):
    return torch.tensor(x, dtype=dtype)


def softplus(x):
    return math.log1p(math.exp(x))  # −log σ(−x)


def hand_batch():
    """Two groups of ≤ 2 winners and ≤ 2 losers; group 1 has one real of each (NaN in the padding).
    References are 0, so logp − ref is the policy value itself."""
    policy_w = t([[2.0, 0.0], [1.0, NAN]])
    policy_l = t([[-2.0, -4.0], [3.0, NAN]])
    mask_w = t([[1, 1], [1, 0]], torch.bool)
    mask_l = t([[1, 1], [1, 0]], torch.bool)
    return policy_w, torch.zeros(2, 2, dtype=D), policy_l, torch.zeros(2, 2, dtype=D), mask_w, mask_l


def test_gepo_hand():
    """β = 0.5, λ = 1.
    group 0: r̂_w = [1, 0] (mean .5, population var .25), r̂_l = [−1, −2] (mean −1.5); margin 2
             → −log σ(2) + .25 = log(1 + e^−2) + .25
    group 1: r̂_w = [.5], r̂_l = [1.5]; margin −1, var 0 → log(1 + e^1)
    loss = mean; margin metric (2 − 1)/2 = .5; winner_var .125; accuracy .5; reward_w .5; reward_l 0.
    With the sample variance group 0's var is .5/(2 − 1) = .5 (group 1 stays 0).
    """
    pw, rw, pl, rl, mw, ml = hand_batch()
    loss, m = gepo_loss(pw, rw, pl, rl, beta=0.5, lam=1.0, mask_w=mw, mask_l=ml)
    g0, g1 = softplus(-2.0) + 0.25, softplus(1.0)
    assert loss.item() == pytest.approx((g0 + g1) / 2, rel=1e-12)
    assert m == pytest.approx({"margin": 0.5, "winner_var": 0.125, "accuracy": 0.5, "reward_w": 0.5, "reward_l": 0.0})
    loss_s, m_s = gepo_loss(pw, rw, pl, rl, beta=0.5, lam=1.0, mask_w=mw, mask_l=ml, unbiased_var=True)
    assert loss_s.item() == pytest.approx((softplus(-2.0) + 0.5 + g1) / 2, rel=1e-12)
    assert m_s["winner_var"] == pytest.approx(0.25)


@pytest.mark.parametrize("seed", [0, 1])
def test_gepo_equals_dpo_for_one_winner_one_loser(seed):
    g = torch.Generator().manual_seed(seed)
    pw, rw, pl, rl = (torch.randn(6, generator=g, dtype=D) * 5 for _ in range(4))
    pw.requires_grad_()
    pl.requires_grad_()
    gepo, gm = gepo_loss(pw[:, None], rw[:, None], pl[:, None], rl[:, None], beta=0.3, lam=0.0)
    dpo, dm = dpo_loss(pw, rw, pl, rl, beta=0.3)
    assert torch.allclose(gepo, dpo, rtol=1e-14, atol=0)
    grads_gepo = torch.autograd.grad(gepo, (pw, pl))
    grads_dpo = torch.autograd.grad(dpo, (pw, pl))
    for a, b in zip(grads_gepo, grads_dpo):
        assert torch.allclose(a, b, rtol=1e-14, atol=0)
    for key in ("margin", "accuracy", "reward_w", "reward_l"):
        assert gm[key] == pytest.approx(dm[key], rel=1e-14)


def test_dpo_hand():
    """β = 1: pair 0 r̂_w − r̂_l = 1 − (−1) = 2 → log(1 + e^−2); pair 1: 0 − 1 = −1 → log(1 + e); mean of the two."""
    loss, m = dpo_loss(t([1.0, 0.0]), t([0.0, 0.0]), t([-1.0, 1.0]), t([0.0, 0.0]), beta=1.0)
    assert loss.item() == pytest.approx((softplus(-2.0) + softplus(1.0)) / 2, rel=1e-12)
    assert m == pytest.approx({"margin": 0.5, "accuracy": 0.5, "reward_w": 0.5, "reward_l": 0.0})


def test_equal_winners_have_no_variance_term():
    """Winners all at logp − ref = 3 (β = .1 → r̂ = .3), losers at [0, −1] (r̂ mean −.05): margin .35, var 0."""
    pw, rw = t([[2.0, 5.0, -1.0]]), t([[-1.0, 2.0, -4.0]])
    pl, rl = t([[0.0, -1.0]]), t([[0.0, 0.0]])
    loss, m = gepo_loss(pw, rw, pl, rl, beta=0.1, lam=10.0)
    assert m["winner_var"] == pytest.approx(0.0, abs=1e-15)
    assert loss.item() == pytest.approx(softplus(-0.35), rel=1e-12)


def test_masked_members_get_zero_gradient_and_nan_does_not_leak():
    pw, rw, pl, rl, mw, ml = hand_batch()
    rw = rw.clone()
    rw[1, 1] = float("inf")
    rl = rl.clone()
    rl[1, 1] = NAN
    pw.requires_grad_()
    pl.requires_grad_()
    loss, m = gepo_loss(pw, rw, pl, rl, beta=0.5, lam=1.0, mask_w=mw, mask_l=ml, unbiased_var=True)
    loss.backward()
    assert torch.isfinite(loss) and all(math.isfinite(v) for v in m.values())
    assert torch.isfinite(pw.grad).all() and torch.isfinite(pl.grad).all()
    assert pw.grad[1, 1] == 0 and pl.grad[1, 1] == 0
    assert (pw.grad[mw] != 0).all() and (pl.grad[ml] != 0).all()


@pytest.mark.parametrize("unbiased", [False, True])
def test_gradcheck(unbiased):
    g = torch.Generator().manual_seed(0)
    pw = torch.randn(3, 4, generator=g, dtype=D, requires_grad=True)
    pl = torch.randn(3, 2, generator=g, dtype=D, requires_grad=True)
    rw, rl = torch.randn(3, 4, generator=g, dtype=D), torch.randn(3, 2, generator=g, dtype=D)
    mw = t([[1, 1, 1, 1], [1, 1, 0, 0], [1, 0, 0, 0]], torch.bool)
    ml = t([[1, 1], [1, 0], [1, 1]], torch.bool)

    def f(pw, pl):
        return gepo_loss(pw, rw, pl, rl, beta=0.7, lam=1.0, mask_w=mw, mask_l=ml, unbiased_var=unbiased)[0]

    assert torch.autograd.gradcheck(f, (pw, pl), eps=1e-6, atol=1e-8)


def test_ragged_batch_equals_per_group():
    """Three groups of (n, m) = (3, 1), (1, 2), (2, 3) padded into one [3, 3] batch (garbage in the padding)
    give the mean of the three groups computed alone, in value and gradient."""
    g = torch.Generator().manual_seed(1)
    sizes = [(3, 1), (1, 2), (2, 3)]
    groups = [tuple(torch.randn(k, generator=g, dtype=D) for k in (n, n, m, m)) for n, m in sizes]
    pw, rw, pl, rl = (torch.full((3, 3), NAN, dtype=D) for _ in range(4))
    mw, ml = torch.zeros(3, 3, dtype=torch.bool), torch.zeros(3, 3, dtype=torch.bool)
    for b, ((n, m), (gpw, grw, gpl, grl)) in enumerate(zip(sizes, groups)):
        pw[b, :n], rw[b, :n], pl[b, :m], rl[b, :m] = gpw, grw, gpl, grl
        mw[b, :n], ml[b, :m] = True, True
    pw.requires_grad_()
    batched, _ = gepo_loss(pw, rw, pl, rl, beta=0.2, lam=1.0, mask_w=mw, mask_l=ml)
    batched.backward()
    alone, grads = [], []
    for gpw, grw, gpl, grl in groups:
        gpw = gpw.clone().requires_grad_()
        loss, _ = gepo_loss(gpw[None], grw[None], gpl[None], grl[None], beta=0.2, lam=1.0)
        (loss / len(groups)).backward()
        alone.append(loss)
        grads.append(gpw.grad)
    torch.testing.assert_close(batched, torch.stack(alone).mean(), rtol=1e-12, atol=1e-12)
    for b, ((n, _), grad) in enumerate(zip(sizes, grads)):
        torch.testing.assert_close(pw.grad[b, :n], grad, rtol=1e-12, atol=1e-12)


def test_group_without_losers_is_refused():
    with pytest.raises(ValueError, match="at least one real winner and one real loser"):
        gepo_loss(torch.zeros(1, 2), torch.zeros(1, 2), torch.zeros(1, 1), torch.zeros(1, 1), beta=0.1, lam=1.0,
                  mask_l=torch.zeros(1, 1, dtype=torch.bool))


def test_dpo_pairs_cover_and_balance():
    gen = torch.Generator().manual_seed(0)
    pairs = dpo_pairs([2, 3, 1], [3, 1, 1], pairs_per_group=6, generator=gen)
    assert pairs.group.tolist() == [0] * 6 + [1] * 6 + [2] * 6
    # group 0: 2×3 = 6 cells, k = 6 → every (winner, loser) pair exactly once
    assert sorted(zip(pairs.winner[:6].tolist(), pairs.loser[:6].tolist())) == [(w, lo) for w in range(2) for lo in range(3)]
    # group 1: 3×1 cells, k = 6 → each winner exactly twice; group 2: the only pair six times
    assert sorted(pairs.winner[6:12].tolist()) == [0, 0, 1, 1, 2, 2] and pairs.loser[6:12].eq(0).all()
    assert pairs.winner[12:].eq(0).all() and pairs.loser[12:].eq(0).all()
    again = dpo_pairs([2, 3, 1], [3, 1, 1], pairs_per_group=6, generator=torch.Generator().manual_seed(0))
    assert all(torch.equal(a, b) for a, b in zip(pairs, again))


def test_dpo_pairs_index_the_group_layout():
    """Gathering with the indices from a [B, n] / [B, m] layout feeds dpo_loss directly."""
    n_w, n_l = [2, 1], [1, 2]
    pw = t([[0.5, 1.5], [2.0, NAN]])
    pl = t([[-1.0, NAN], [0.0, 1.0]])
    p = dpo_pairs(n_w, n_l, pairs_per_group=2, generator=torch.Generator().manual_seed(3))
    w, lo = pw[p.group, p.winner], pl[p.group, p.loser]  # [P], [P]
    assert torch.isfinite(w).all() and torch.isfinite(lo).all()
    loss, _ = dpo_loss(w, torch.zeros_like(w), lo, torch.zeros_like(lo), beta=0.1)
    assert torch.isfinite(loss)
    with pytest.raises(ValueError, match="at least one of each"):
        dpo_pairs([1, 0], [1, 1], pairs_per_group=1)
    with pytest.raises(ValueError, match="pairs_per_group"):
        dpo_pairs([1], [1], pairs_per_group=0)
