"""The JavaScript renderer, end to end: every program runs through the real executor.

All programs of the module go to the executor in one ``run_batch`` (the
``results`` fixture); each test then reads the results it is about.
"""

from __future__ import annotations

import pytest

from oorl.tasks.render import Unsupported, get_renderer
from oorl.tasks.types import parse_type
from oorl.types import ExecRequest, Status
from tests.conftest import need
from tests.tasks.render.probes import problem

R = get_renderer("javascript")


def probe_expected(n, x, flag, s, grid, index, weights, pair, maybe):
    """What ``probe_all`` computes, in Python (dicts as [key, value] pairs)."""
    return [n + 1, x * 2, not flag, s + pair[0], [row + [len(row)] for row in grid],
            [[k, v[::-1]] for k, v in index], sum(w for _, w in weights) + (pair[1] or 0.0),
            None if maybe is None else len(maybe), [[flag, n]]]


PROBE_ARGS = [
    [3, 1.25, True, "ab", [[1, 2], [3]], [[2, ["x", "y"]], [-1, []]], [["a", 0.5], ["b", 0.25]], ["c", None], [5, 6, 7]],
    [-(2**53 - 1), -0.0, False, "é\"", [[], [4]], [], [], ["", 2.5], None],
    [0, 1e-300, True, "", [], [[0, ["z"]]], [["k", -1.5]], ["d", -0.5], []],
]
PROBE = problem(
    "probe_all",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("grid", "list[list[int]]"),
     ("index", "dict[int, list[str]]"), ("weights", "dict[str, float]"), ("pair", "tuple[str, optional[float]]"),
     ("maybe", "optional[list[int]]")],
    "tuple[int, float, bool, str, list[list[int]], dict[int, list[str]], float, optional[int], dict[bool, int]]",
    [(a, probe_expected(*a)) for a in PROBE_ARGS])

PROBE_BODY = """\
    const rows = grid.map((row) => [...row, row.length]);
    const reversed = new Map([...index].map(([k, v]) => [k, [...v].reverse()]));
    let total = pair[1] === null ? 0 : pair[1];
    for (const w of weights.values()) total += w;
    return [n + 1, x * 2, !flag, s + pair[0], rows, reversed, total, maybe === null ? null : maybe.length,
            new Map([[flag, n]])];"""
PROBE_OK = "// A helper and an arrow function: the harness only needs the name.\n" \
           "const probeAll = (n, x, flag, s, grid, index, weights, pair, maybe) => {\n" + PROBE_BODY + "\n};\n"
# Wrong only for an empty row, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("grid.map((row) => [...row, row.length])",
                               "grid.map((row) => (row.length ? [...row, row.length] : row))")

STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x and ${y}", "%d %s %%", "#{x}",
           "{} {0} {{", "é 中 ß", "", "cr\rlf", "\x01\x1f\x7f", "`cmd` $(ls)", "'\"\\'", "\u2028\u2029",
           "emoji 😀", "trailing\\", "?>", "\\u0041 \\n", "ends with newline\n"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
ECHO_ALL = problem("echo_all", [("xs", "list[str]")], "list[str]", [([STRINGS], STRINGS)])
BYTES = problem("utf8_bytes", [("s", "str")], "list[int]", [([s], list(s.encode())) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**53 - 1, -(2**53 - 1)]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])
COUNTS = problem("count_words", [("words", "list[str]")], "dict[str, int]",
                 [([["a", "b", "a"]], [["b", 1], ["a", 2]]), ([[]], [])])
DELETE = problem("delete", [("default", "int")], "int", [([1], 2)])  # reserved words
PROCESS = problem("process", [("xs", "list[int]")], "int", [([[1, 2]], 2)])  # a Node global the harness uses
FIND = problem("find_index", [("xs", "list[int]"), ("x", "int")], "optional[int]",
               [([[4, 5], 5], 1), ([[4, 5], 7], None)])

PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("    // ...", PROBE_BODY)),
    "echo": (ECHO, "function echoText(s) {\n    return s;\n}\n"),
    "echo_all": (ECHO_ALL, "function echoAll(xs) {\n    return xs.slice();\n}\n"),
    "bytes": (BYTES, "function utf8Bytes(s) {\n    return [...Buffer.from(s, 'utf8')];\n}\n"),
    "same_float": (SAME_FLOAT, "function sameFloat(x, text) {\n    return Object.is(x, Number(text));\n}\n"),
    "int_text": (INT_TEXT, "function intText(n) {\n    return String(n);\n}\n"),
    "add_ok": (ADD, "function add(a, b) {\n    return a + b;\n}\n"),
    "add_off": (ADD, "function add(a, b) {\n    return a === 0.5 ? 1.001 : a + b;\n}\n"),
    "add_throws": (ADD, "function add(a, b) {\n    throw new Error('boom');\n}\n"),
    "add_exit_early": (ADD, "function add(a, b) {\n    return 0;\n}\nprocess.exit(0);\n"),
    "add_exit_inside": (ADD, "function add(a, b) {\n    process.exit(0);\n}\n"),
    "counts_map": (COUNTS, "function countWords(words) {\n    const m = new Map();\n"
                           "    for (const w of words) m.set(w, (m.get(w) || 0) + 1);\n    return m;\n}\n"),
    "counts_object": (COUNTS, "function countWords(words) {\n    const m = {};\n"
                              "    for (const w of words) m[w] = (m[w] || 0) + 1;\n    return m;\n}\n"),
    "find_undefined": (FIND, "function findIndex(xs, x) {\n    const i = xs.indexOf(x);\n"
                             "    return i < 0 ? undefined : i;\n}\n"),
    "renamed_reserved": (DELETE, "function myDelete(defaultValue) {\n    return defaultValue + 1;\n}\n"),
    "renamed_global": (PROCESS, "function myProcess(xs) {\n    return xs.length;\n}\n"),
    "find_minus_one": (FIND, "function findIndex(xs, x) {\n    return xs.indexOf(x);\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("javascript")
    requests = [ExecRequest(id=name, language="javascript", code=R.program(p, code), timeout_s=30)
                for name, (p, code) in PROGRAMS.items()]
    return dict(zip(PROGRAMS, executor.run_batch(requests)))


def assert_passed(results, name: str) -> None:
    res = results[name]
    assert res.status == Status.PASSED, f"{name}: {res.status}\n{res.stderr_tail}\n{R.program(*PROGRAMS[name])}"


def test_probe_of_every_type_passes_and_a_subtle_bug_names_its_case(results):
    assert_passed(results, "probe_ok")
    wrong = results["probe_wrong"]
    assert wrong.status == Status.FAILED
    assert "case 1 failed: probe_all(" in wrong.stderr_tail and "case 0" not in wrong.stderr_tail


def test_strings_survive_any_text(results):
    for name in ("echo", "echo_all", "bytes"):
        assert_passed(results, name)
    assert R.literal(parse_type("str"), "\u2028\ud800") == '"\\u2028\\ud800"'  # valid UTF-8, one line


def test_literals_are_exact_for_floats_and_safe_ints(results):
    assert_passed(results, "same_float")
    assert_passed(results, "int_text")


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3, and relative to the magnitude
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 3 failed: add(0.5, 0.5) expected 1.0" in off.stderr_tail


def test_a_throwing_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "boom" in res.stderr_tail


def test_exiting_before_the_harness_finishes_fails(results):
    for name in ("add_exit_early", "add_exit_inside"):
        res = results[name]
        assert res.status == Status.FAILED and "exited before the harness ran every case" in res.stderr_tail, name


def test_dicts_are_maps_and_undefined_counts_as_null(results):
    assert_passed(results, "counts_map")
    assert results["counts_object"].status == Status.FAILED
    assert_passed(results, "find_undefined")
    assert "case 1 failed" in results["find_minus_one"].stderr_tail


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert "function probeAll(n, x, flag, s, grid, index, weights, pair, maybe) {" in decl
    assert "@param {Map<number, string[]>} index" in decl
    assert "@param {number[] | null} maybe" in decl
    assert_passed(results, "probe_declaration")


def test_ints_beyond_2_53_are_unsupported():
    big = problem("int_text", [("n", "int")], "str", [([2**53], str(2**53))])
    with pytest.raises(Unsupported, match=r"9007199254740992.*2\*\*53"):
        R.check(big)
    with pytest.raises(Unsupported):
        R.literal(parse_type("list[int]"), [1, -(2**63)])
    R.check(INT_TEXT)  # 2**53 - 1 is exact


def test_type_names():
    assert R.type_name(parse_type("list[optional[int]]")) == "(number | null)[]"
    assert R.type_name(parse_type("optional[list[int]]")) == "number[] | null"
    assert R.type_name(parse_type("dict[bool, tuple[str, float]]")) == "Map<boolean, [string, number]>"


def test_names_a_script_cannot_define_are_prefixed(results):
    assert R.declaration(DELETE).endswith("function myDelete(defaultValue) {\n    // ...\n}")
    assert R.function_name(PROCESS) == "myProcess"
    assert_passed(results, "renamed_reserved")
    assert_passed(results, "renamed_global")
