import itertools
import math
import random

import pytest

from oorl.eval.passk import mean_pass_at_k, pass_at_k, reportable_ks


def brute_force(n: int, c: int, k: int) -> float:
    """Enumerate every k-subset of n samples (c of them correct): the share holding a correct one."""
    samples = [True] * c + [False] * (n - c)
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(samples[i] for i in s) for s in subsets) / len(subsets)


@pytest.mark.parametrize("n,c,k", [(5, 0, 1), (5, 1, 1), (5, 2, 3), (6, 3, 2), (7, 7, 4), (8, 1, 8), (8, 0, 8)])
def test_matches_enumeration(n, c, k):
    assert pass_at_k(n, c, k) == pytest.approx(brute_force(n, c, k), abs=1e-12)


def test_pass_at_1_is_the_pass_share():
    for n in range(1, 30):
        for c in range(n + 1):
            assert pass_at_k(n, c, 1) == pytest.approx(c / n, abs=1e-12)


def test_closed_form_for_large_n():
    rng = random.Random(0)
    for _ in range(50):
        n = rng.randint(100, 200)
        c = rng.randint(0, n)
        k = rng.randint(1, n)
        expected = 1.0 - (math.comb(n - c, k) / math.comb(n, k))
        assert pass_at_k(n, c, k) == pytest.approx(expected, abs=1e-9)


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="k=3"):
        pass_at_k(2, 1, 3)
    with pytest.raises(ValueError, match="c=5"):
        pass_at_k(4, 5, 1)


def test_reportable_ks_and_mean():
    assert reportable_ks([20, 10, 200]) == [1, 10]
    assert reportable_ks([1]) == [1]
    assert reportable_ks([]) == []
    assert mean_pass_at_k([(4, 4), (4, 0)], 1) == 0.5
    assert math.isnan(mean_pass_at_k([], 1))
