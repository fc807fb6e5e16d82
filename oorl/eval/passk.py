"""The unbiased pass@k estimator (Chen et al. 2021, "Evaluating Large Language Models Trained on Code", Eq. 1).

With ``n`` samples of which ``c`` pass, the probability that at least one of ``k`` samples drawn without
replacement passes is ``1 - C(n-c, k) / C(n, k)``; averaged over problems it is an unbiased estimate of
pass@k.  The ratio of binomials is computed as a product, ``prod_{i=n-c+1}^{n} (1 - k/i)``, which never
overflows.  pass@1 reduces to ``c / n``.
"""

from __future__ import annotations

from typing import Iterable, Sequence

DEFAULT_KS = (1, 10, 100)


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k for one problem with ``n`` samples and ``c`` correct ones (``1 <= k <= n``)."""
    if not (0 <= c <= n):
        raise ValueError(f"correct count c={c} must lie in [0, n={n}]")
    if not (1 <= k <= n):
        raise ValueError(f"k={k} must lie in [1, n={n}]: pass@k needs at least k samples per problem")
    if n - c < k:  # every draw of k samples holds a correct one
        return 1.0
    prob_all_fail = 1.0
    for i in range(n - c + 1, n + 1):
        prob_all_fail *= 1.0 - k / i
    return 1.0 - prob_all_fail


def reportable_ks(ns: Iterable[int], ks: Sequence[int] = DEFAULT_KS) -> list[int]:
    """The ``ks`` every problem has enough samples for (``k <= min n``); pass@1 whenever any sample exists."""
    ns = list(ns)
    if not ns or min(ns) < 1:
        return []
    return [k for k in ks if k <= min(ns)]


def mean_pass_at_k(counts: Sequence[tuple[int, int]], k: int) -> float:
    """Mean pass@k over problems given as ``(n, c)`` pairs; NaN for no problems."""
    if not counts:
        return float("nan")
    return sum(pass_at_k(n, c, k) for n, c in counts) / len(counts)
