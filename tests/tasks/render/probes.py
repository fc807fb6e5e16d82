"""Probe problems shared by the renderer tests, and the helper that writes a problem tersely.

``NESTED_PROBE``/``NESTED_PROBE_KEYS`` exercise every type, nested (the Go, Haskell and Rust tests);
``MIXED_PROBE`` mixes dict keys of every kind with optionals (the Java, C# and Scala tests), its
expected values computed by ``probe_expected`` in Python.
"""

from __future__ import annotations

from oorl.tasks.spec import FunctionProblem, problem_from_dict


def problem(name: str, params: list[tuple[str, str]], returns: str, cases: list[tuple[list, object]]) -> FunctionProblem:
    """A function problem from (name, type) pairs and (args, expected) cases."""
    return problem_from_dict({"kind": "function", "id": name, "function": name, "returns": returns,
                              "params": [{"name": n, "type": t} for n, t in params],
                              "cases": [{"args": a, "expected": e} for a, e in cases]})


# Every type, nested: the result is (n + pair[0] + all of grid, 2x, not flag, s + pair[1], row sums,
# index's list lengths, maybe + 1).
NESTED_PROBE = problem(
    "probe",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("grid", "list[list[int]]"),
     ("index", "dict[str, list[int]]"), ("pair", "tuple[int, str]"), ("maybe", "optional[int]")],
    "tuple[int, float, bool, str, list[int], dict[str, int], optional[int]]",
    [([1, 0.25, True, "a", [[1, 2], [3]], [["k", [1, 2, 3]], ["z", []]], [10, "b"], 5],
      [17, 0.5, False, "ab", [3, 3], [["k", 3], ["z", 0]], 6]),
     ([-2**63, -1.5e-7, False, "", [], [], [2**63 - 1, ""], None], [-1, -3e-7, True, "", [], [], None]),
     ([0, 1e300, True, "é", [[], [-4, 4], [7]], [["", [5]]], [0, ""], -1], [7, 2e300, False, "é", [0, 0, 7], [["", 1]], 0])])
# int and bool keys, optional containers, containers of optionals: words whose index is marked go under
# true, the rest and `extra` under false; `scale` doubled.
NESTED_PROBE_KEYS = problem(
    "probe_keys",
    [("marks", "dict[int, bool]"), ("words", "list[str]"), ("extra", "optional[list[str]]"),
     ("scale", "list[optional[float]]")],
    "tuple[dict[bool, list[str]], list[optional[float]]]",
    [([[[0, True], [2, False], [-1, True]], ["a", "b", "c"], None, [1.5, None]],
      [[[True, ["a"]], [False, ["b", "c"]]], [3.0, None]]),
     ([[], ["x"], ["y", "z"], []], [[[False, ["x", "y", "z"]], [True, []]], []]),
     ([[[1, True]], [], [], [None, -0.5]], [[[True, []], [False, []]], [None, -1.0]])])
SINGLE = problem("single", [("x", "int")], "tuple[int]", [([4], [4])])


def probe_expected(n, x, flag, s, grid, scores, pair, maybe, tags, flags):
    """What ``probe`` computes, in Python (dicts as [key, value] pairs, as in the JSON)."""
    tag = dict(tags)
    chosen = dict(flags).get(flag)
    return [n + pair[0] + sum(map(sum, grid)) + (maybe or 0),
            x + sum(sum(v) for _, v in scores),
            [tag.get(i) for i in range(len(grid))] + [s if flag else None],
            [[k, len(v)] for k, v in scores],
            None if chosen is None else chosen[1]]


PROBE_ARGS = [
    [3, 1.5, True, "hi", [[1, 2], [3]], [["a", [0.5, 0.25]], ["b", []]], [10, "p"], None, [[0, "zero"], [1, None]],
     [[True, ["t", False]], [False, ["f", True]]]],
    [-(2**63), -0.0, False, "", [[]], [], [5, ""], 0, [], []],
    [2**62, 1e-300, True, "é", [], [["z", [1e300]]], [-1, "q"], 7, [[5, "x"]], [[True, ["", True]]]],
]
MIXED_PROBE = problem(
    "probe",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("grid", "list[list[int]]"),
     ("scores", "dict[str, list[float]]"), ("pair", "tuple[int, str]"), ("maybe", "optional[int]"),
     ("tags", "dict[int, optional[str]]"), ("flags", "dict[bool, tuple[str, bool]]")],
    "tuple[int, float, list[optional[str]], dict[str, int], optional[bool]]",
    [(a, probe_expected(*a)) for a in PROBE_ARGS])
