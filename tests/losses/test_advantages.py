"""Advantage estimators: hand-worked numbers, padding on either side, whitening, loop equivalence, the table."""

from __future__ import annotations

import math

import pytest
import torch

from oorl.losses import ADVANTAGE_ESTIMATORS, get_estimator, kl_penalty, last_token
from oorl.losses.advantages import dr_grpo, grpo, reinforce_pp, reinforce_pp_baseline, rloo

NAN = float("nan")
D = torch.float64


def t(x, dtype=D):
    return torch.tensor(x, dtype=dtype)


def logps_from_kl(kl):
    """(logp_old, logp_ref) whose difference is ``kl`` (NaN stays NaN: garbage in padded slots)."""
    kl = t(kl)
    ref = torch.full_like(kl, -1.0)
    return ref + kl, ref


def test_reinforce_pp_hand_right_padding():
    """kl_coef = 0.1, right padding, NaN in the padded slot.

    row 0: kl = [0.5, -1, 2], R = 1 → r = [-0.05, 0.1, -0.2 + 1] = [-0.05, 0.1, 0.8] → G = [0.85, 0.9, 0.8]
    row 1: kl = [1, 0, ·],   R = 0 → r = [-0.1, 0.0]                                → G = [-0.1, 0.0]
    tokens 0.85 0.9 0.8 -0.1 0.0: mean 2.45/5 = 0.49; deviations .36 .41 .31 -.59 -.49;
    squares .1296 .1681 .0961 .3481 .2401, sum .982, population var .1964 → A = dev / sqrt(.1964).
    kl_mean = (0.5 - 1 + 2 + 1 + 0)/5 = 0.5.
    """
    old, ref = logps_from_kl([[0.5, -1.0, 2.0], [1.0, 0.0, NAN]])
    mask = t([[1, 1, 1], [1, 1, 0]], torch.bool)
    adv, m = reinforce_pp(t([1.0, 0.0]), t([0, 1], torch.long), old, ref, mask, kl_coef=0.1)
    std = math.sqrt(0.1964)
    want = t([[0.36, 0.41, 0.31], [-0.59, -0.49, 0.0]]) / std
    torch.testing.assert_close(adv, want, rtol=1e-12, atol=1e-12)
    assert m["return_mean"] == pytest.approx(0.49)
    assert m["kl_mean"] == pytest.approx(0.5)
    assert m["reward_mean"] == pytest.approx(0.5)


def test_reinforce_pp_hand_left_padding():
    """kl_coef = 0.5, left padding (NaN in the pads): R must land on the last *mask* position.

    row 0: mask [0,1,1], kl [·, 1, 0], R = 1 → r = [0, -0.5, 1.0] → G on mask = [0.5, 1.0]
    row 1: mask [0,0,1], kl [·, ·, 2], R = 0 → r = [0, 0, -1.0]   → G on mask = [-1.0]
    tokens 0.5 1 -1: mean 1/6; deviations 1/3 5/6 -7/6; squares (4 + 25 + 49)/36 = 78/36;
    var 26/36 = 13/18 → A = dev / sqrt(13/18).
    """
    old, ref = logps_from_kl([[NAN, 1.0, 0.0], [NAN, NAN, 2.0]])
    mask = t([[0, 1, 1], [0, 0, 1]], torch.bool)
    adv, _ = reinforce_pp(t([1.0, 0.0]), t([0, 0], torch.long), old, ref, mask, kl_coef=0.5)
    want = t([[0.0, 1 / 3, 5 / 6], [0.0, 0.0, -7 / 6]]) / math.sqrt(13 / 18)
    torch.testing.assert_close(adv, want, rtol=1e-12, atol=1e-12)


def test_reinforce_pp_baseline_hand():
    """kl_coef = 0, one token each: R' = R − mean_g = [1−.5, 0−.5, 1−1, 1−1] = [.5, −.5, 0, 0];
    mean 0, var (.25 + .25)/4 = .125 → A = R'/sqrt(.125) = [√2, −√2, 0, 0]."""
    mask = torch.ones(4, 1, dtype=torch.bool)
    adv, _ = reinforce_pp_baseline(t([1.0, 0.0, 1.0, 1.0]), t([5, 5, 9, 9], torch.long), None, None, mask, kl_coef=0.0)
    torch.testing.assert_close(adv[:, 0], t([math.sqrt(2), -math.sqrt(2), 0.0, 0.0]), rtol=1e-12, atol=1e-12)


def test_last_token_by_mask():
    mask = t([[1, 1, 0, 0], [0, 0, 1, 1], [0, 1, 0, 1], [1, 0, 1, 0], [0, 0, 0, 0]], torch.bool)
    want = t([[0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 1, 0], [0, 0, 0, 0]], torch.bool)
    assert torch.equal(last_token(mask), want)


def test_kl_folding_scales_with_kl_coef():
    """With R = 0 and one token per response, G = −kl_coef·kl, so whitening removes kl_coef but not the sign."""
    old, ref = logps_from_kl([[1.0], [3.0]])
    mask = torch.ones(2, 1, dtype=torch.bool)
    zeros = t([0.0, 0.0])
    ids = t([0, 1], torch.long)
    adv, m = reinforce_pp(zeros, ids, old, ref, mask, kl_coef=0.2)
    assert m["return_mean"] == pytest.approx(-0.2 * 2.0)  # mean of −0.2·[1, 3]
    torch.testing.assert_close(adv[:, 0], t([1.0, -1.0]))  # the larger KL gets the lower advantage
    adv0, _ = reinforce_pp(zeros, ids, old, ref, mask, kl_coef=0.0)
    assert torch.equal(adv0, torch.zeros_like(adv0))  # no KL, no reward: nothing to learn
    with pytest.raises(ValueError, match="logp_old and logp_ref"):
        reinforce_pp(zeros, ids, None, None, mask, kl_coef=0.2)


def random_batch(seed, B=7, T=9):
    g = torch.Generator().manual_seed(seed)
    mask = torch.zeros(B, T, dtype=torch.bool)
    for b in range(B):
        n = int(torch.randint(1, T + 1, (1,), generator=g))
        start = int(torch.randint(0, T - n + 1, (1,), generator=g))  # left, right or both-side padding
        mask[b, start:start + n] = True
    mask[0, 2] = mask[0, 4] = True
    mask[0, 3] = False  # a hole inside a response
    old = torch.randn(B, T, generator=g, dtype=D)
    ref = torch.randn(B, T, generator=g, dtype=D)
    old[~mask] = NAN
    rewards = torch.randint(0, 2, (B,), generator=g).to(D)
    ids = t([4, 2, 4, 11, 2, 4, 8], torch.long)[:B]
    return rewards, ids, old, ref, mask


def naive_reinforce(rewards, ids, old, ref, mask, kl_coef, baseline):
    """DESIGN §2 written as plain python loops over floats."""
    B, T = mask.shape
    R = rewards.tolist()
    if baseline:
        R = [R[i] - sum(R[j] for j in range(B) if ids[j] == ids[i]) / sum(1 for j in range(B) if ids[j] == ids[i])
             for i in range(B)]
    G = [[0.0] * T for _ in range(B)]
    for b in range(B):
        pos = [i for i in range(T) if mask[b, i]]
        r = {i: -kl_coef * (float(old[b, i]) - float(ref[b, i])) for i in pos}
        if pos:
            r[pos[-1]] += R[b]
        for i in pos:
            G[b][i] = sum(r[s] for s in pos if s >= i)
    vals = [G[b][i] for b in range(B) for i in range(T) if mask[b, i]]
    mean = sum(vals) / len(vals)
    var = sum((v - mean) ** 2 for v in vals) / len(vals)
    std = math.sqrt(max(var, 1e-8))
    return t([[(G[b][i] - mean) / std if mask[b, i] else 0.0 for i in range(T)] for b in range(B)])


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("baseline", [False, True])
def test_reinforce_matches_loop_reference(seed, baseline):
    batch = random_batch(seed)
    fn = reinforce_pp_baseline if baseline else reinforce_pp
    adv, _ = fn(*batch, kl_coef=0.05)
    torch.testing.assert_close(adv, naive_reinforce(*batch, 0.05, baseline), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("name", list(ADVANTAGE_ESTIMATORS))
def test_masked_zero_and_whitening(name):
    rewards, ids, old, ref, mask = random_batch(3)
    adv, metrics = get_estimator(name)(rewards, ids, old, ref, mask)
    assert torch.isfinite(adv).all()
    assert torch.equal(adv[~mask], torch.zeros_like(adv[~mask]))
    assert all(isinstance(v, float) for v in metrics.values())
    if name.startswith("reinforce_pp"):  # whitened over the batch's response tokens
        vals = adv[mask]
        assert vals.mean().item() == pytest.approx(0.0, abs=1e-12)
        assert vals.var(unbiased=False).item() == pytest.approx(1.0, abs=1e-12)


# Groups (by id): 7 → [1, 0, 0, 1], 3 → [1, 1], 5 → [1] (singleton), 2 → [1, 0, 0].
GROUP_REWARDS = [1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0]
GROUP_IDS = [7, 3, 7, 5, 7, 3, 7, 2, 2, 2]


def outcome(fn, **kw):
    """One token per response, except response 0 (two tokens) and response 1 (one token, then padding)."""
    mask = torch.zeros(len(GROUP_IDS), 2, dtype=torch.bool)
    mask[:, 0] = True
    mask[0, 1] = True
    adv, _ = fn(t(GROUP_REWARDS), t(GROUP_IDS, torch.long), None, None, mask, **kw)
    assert torch.equal(adv[1:, 1], torch.zeros(len(GROUP_IDS) - 1, dtype=D))
    assert adv[0, 0] == adv[0, 1]  # broadcast to every response token
    return adv[:, 0]


def test_grpo_hand():
    """Sample std: group 7 has mean .5, Σdev² = 4·.25 = 1, var 1/3 → A = ±.5/(√(1/3) + 1e-6);
    group 2: mean 1/3, Σdev² = 4/9 + 2/9 = 2/3, var 1/3 → A = (2/3 or −1/3)/(√(1/3) + 1e-6);
    group 3 (all equal) and the singleton 5: 0."""
    s = math.sqrt(1 / 3) + 1e-6
    want = [0.5 / s, 0.0, -0.5 / s, 0.0, -0.5 / s, 0.0, 0.5 / s, (2 / 3) / s, (-1 / 3) / s, (-1 / 3) / s]
    torch.testing.assert_close(outcome(grpo), t(want), rtol=1e-12, atol=1e-12)


def test_rloo_hand():
    """Group 7: 1 − (0+0+1)/3 = 2/3, 0 − 2/3 = −2/3; group 2: 1 − 0 = 1, 0 − (1+0)/2 = −1/2; groups 3, 5: 0."""
    want = [2 / 3, 0.0, -2 / 3, 0.0, -2 / 3, 0.0, 2 / 3, 1.0, -0.5, -0.5]
    torch.testing.assert_close(outcome(rloo), t(want), rtol=1e-12, atol=1e-12)


def test_dr_grpo_hand():
    """R − mean_g: group 7 ±.5; group 2: 1 − 1/3 = 2/3, 0 − 1/3 = −1/3; groups 3, 5: 0."""
    want = [0.5, 0.0, -0.5, 0.0, -0.5, 0.0, 0.5, 2 / 3, -1 / 3, -1 / 3]
    torch.testing.assert_close(outcome(dr_grpo), t(want), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("fn", [grpo, rloo, dr_grpo])
def test_group_estimators_match_loop(fn):
    rewards, ids, _, _, mask = random_batch(5)
    adv, _ = fn(rewards, ids, None, None, mask)
    R, gid = rewards.tolist(), ids.tolist()
    for i in range(len(R)):
        mates = [R[j] for j in range(len(R)) if gid[j] == gid[i]]
        mean = sum(mates) / len(mates)
        if fn is grpo:
            std = math.sqrt(sum((x - mean) ** 2 for x in mates) / (len(mates) - 1)) if len(mates) > 1 else 0.0
            want = (R[i] - mean) / (std + 1e-6)
        elif fn is rloo:
            want = R[i] - (sum(mates) - R[i]) / (len(mates) - 1) if len(mates) > 1 else 0.0
        else:
            want = R[i] - mean
        torch.testing.assert_close(adv[i][mask[i]], torch.full((int(mask[i].sum()),), want, dtype=D))


def test_kl_penalty_hand_and_masked_nan():
    """logp − ref = 1: k1 = 1, k3 = e^{−1} + 1 − 1 = e^{−1}; logp − ref = −1: k1 = −1, k3 = e − 1 − 1 = e − 2."""
    logp = t([[-1.0, -2.0, NAN]]).requires_grad_()
    ref = t([[-2.0, -1.0, NAN]])
    mask = t([[1, 1, 0]], torch.bool)
    torch.testing.assert_close(kl_penalty(logp, ref, mask, "k1"), t([[1.0, -1.0, 0.0]]))
    k3 = kl_penalty(logp, ref, mask, "k3")
    torch.testing.assert_close(k3, t([[math.exp(-1), math.e - 2, 0.0]]))
    k3.sum().backward()
    assert torch.isfinite(logp.grad).all() and logp.grad[0, 2] == 0
    with pytest.raises(ValueError, match="k1, k3"):
        kl_penalty(logp, ref, mask, "k9")


def test_unknown_estimator_lists_valid_names():
    with pytest.raises(ValueError) as err:
        get_estimator("ppo_gae")
    for name in ("reinforce_pp", "reinforce_pp_baseline", "grpo", "rloo", "dr_grpo"):
        assert name in str(err.value)


def test_shape_errors_are_loud():
    mask = torch.ones(2, 3, dtype=torch.bool)
    with pytest.raises(ValueError, match="mask must be"):
        grpo(t([1.0, 0.0, 1.0]), t([0, 0, 0], torch.long), None, None, mask)
    with pytest.raises(ValueError, match="log-probs"):
        reinforce_pp(t([1.0, 0.0]), t([0, 0], torch.long), torch.zeros(2, 4), torch.zeros(2, 4), mask)
