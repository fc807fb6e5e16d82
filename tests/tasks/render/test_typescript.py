"""The TypeScript renderer, end to end: every program is type-checked by the real tsc and run by node.

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

R = get_renderer("typescript")


def probe_expected(n, x, flag, s, grid, index, weights, pair, maybe):
    """What ``probe_all`` computes, in Python (dicts as [key, value] pairs)."""
    return [n + 1, x * 2, not flag, s + pair[0], [row + [len(row)] for row in grid],
            [[k, [v[::-1], len(v)]] for k, v in index], sum(w for _, w in weights) + (pair[1] or 0.0),
            None if maybe is None else len(maybe), [[flag, n]]]


PROBE_ARGS = [
    [3, 1.25, True, "ab", [[1, 2], [3]], [[2, ["x", "y"]], [-1, []]], [["a", 0.5], ["b", 0.25]], ["c", None], [5, 6, 7]],
    [-(2**53 - 1), -0.0, False, "é\"", [[], [4]], [], [], ["", 2.5], None],
    [0, 1e-300, True, "", [], [[0, ["z"]]], [["k", -1.5]], ["d", -0.5], []],
]
# The dict value is a tuple, which TypeScript widens to an array unless the
# harness's literals are typed: the probe checks they are.
PROBE = problem(
    "probe_all",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("grid", "list[list[int]]"),
     ("index", "dict[int, list[str]]"), ("weights", "dict[str, float]"), ("pair", "tuple[str, optional[float]]"),
     ("maybe", "optional[list[int]]")],
    "tuple[int, float, bool, str, list[list[int]], dict[int, tuple[list[str], int]], float, optional[int], "
    "dict[bool, int]]",
    [(a, probe_expected(*a)) for a in PROBE_ARGS])

PROBE_BODY = """\
    const rows: number[][] = grid.map((row) => [...row, row.length]);
    const reversed = new Map<number, [string[], number]>();
    for (const [k, v] of index) reversed.set(k, [[...v].reverse(), v.length]);
    let total = pair[1] === null ? 0 : pair[1];
    for (const w of weights.values()) total += w;
    return [n + 1, x * 2, !flag, s + pair[0], rows, reversed, total, maybe === null ? null : maybe.length,
            new Map([[flag, n]])];"""
SIGNATURE = ("function probeAll(n: number, x: number, flag: boolean, s: string, grid: number[][], "
             "index: Map<number, string[]>, weights: Map<string, number>, pair: [string, number | null], "
             "maybe: number[] | null): [number, number, boolean, string, number[][], "
             "Map<number, [string[], number]>, number, number | null, Map<boolean, number>]")
PROBE_OK = f"type Row = number[];\n\n{SIGNATURE} {{\n{PROBE_BODY}\n}}\n"
# Wrong only for an empty row, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("grid.map((row) => [...row, row.length])",
                               "grid.map((row): Row => (row.length ? [...row, row.length] : row))")
# Type errors: the result (a tuple's second element) and a parameter disagree with the declared types.
PROBE_BAD_RETURN = (PROBE_OK.replace("x * 2, !flag", "String(x * 2), !flag")
                    .replace("number, boolean, string, number[][]", "string, boolean, string, number[][]"))
PROBE_BAD_PARAM = PROBE_OK.replace("flag: boolean, s: string", "flag: number, s: string").replace("!flag", "flag === 0")

STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x and ${y}", "%d %s %%", "#{x}",
           "{} {0} {{", "é 中 ß", "", "cr\rlf", "\x01\x1f\x7f", "`cmd` $(ls)", "'\"\\'", "\u2028\u2029",
           "emoji 😀", "trailing\\", "?>", "\\u0041 \\n", "ends with newline\n"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
ECHO_ALL = problem("echo_all", [("xs", "list[str]")], "list[str]", [([STRINGS], STRINGS)])
BYTES = problem("utf8_bytes", [("s", "str")], "list[int]", [([s], list(s.encode())) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])
PAIRS = problem("pairs", [("m", "dict[str, tuple[int, str]]")], "list[tuple[str, int]]",
                [([[["a", [1, "x"]], ["b", [2, "y"]]]], [["a", 1], ["b", 2]]), ([[]], [])])
PROCESS = problem("process", [("this", "list[int]")], "int", [([[1, 2]], 2)])  # Node's global; a reserved word

ADD_SIG = "function add(a: number, b: number): number"
PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_bad_return": (PROBE, PROBE_BAD_RETURN),
    "probe_bad_param": (PROBE, PROBE_BAD_PARAM),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("    // ...", PROBE_BODY)),
    "echo": (ECHO, "function echoText(s: string): string {\n    return s;\n}\n"),
    "echo_all": (ECHO_ALL, "function echoAll(xs: string[]): string[] {\n    return xs.slice();\n}\n"),
    "bytes": (BYTES, "function utf8Bytes(s: string): number[] {\n    return Array.from(Buffer.from(s, 'utf8'));\n}\n"),
    "same_float": (SAME_FLOAT, "function sameFloat(x: number, text: string): boolean {\n"
                               "    return Object.is(x, Number(text));\n}\n"),
    "add_ok": (ADD, f"{ADD_SIG} {{\n    return a + b;\n}}\n"),
    "add_off": (ADD, f"{ADD_SIG} {{\n    return a === 0.5 ? 1.001 : a + b;\n}}\n"),
    "add_throws": (ADD, f"{ADD_SIG} {{\n    throw new Error('boom');\n}}\n"),
    "add_exit_early": (ADD, f"{ADD_SIG} {{\n    return 0;\n}}\nprocess.exit(0);\n"),
    "renamed": (PROCESS, "function myProcess(thisValue: number[]): number {\n    return thisValue.length;\n}\n"),
    "pairs": (PAIRS, "function pairs(m: Map<string, [number, string]>): [string, number][] {\n"
                     "    return [...m].map(([k, [n]]) => [k, n] as [string, number]);\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("typescript")
    requests = [ExecRequest(id=name, language="typescript", code=R.program(p, code), timeout_s=60)
                for name, (p, code) in PROGRAMS.items()]
    return dict(zip(PROGRAMS, executor.run_batch(requests)))


def assert_passed(results, name: str) -> None:
    res = results[name]
    assert res.status == Status.PASSED, (f"{name}: {res.status}\n{res.stdout_tail}\n{res.stderr_tail}\n"
                                         f"{R.program(*PROGRAMS[name])}")


def test_probe_of_every_type_passes_and_a_subtle_bug_names_its_case(results):
    assert_passed(results, "probe_ok")
    wrong = results["probe_wrong"]
    assert wrong.status == Status.FAILED
    assert "case 1 failed: probe_all(" in wrong.stderr_tail and "case 0" not in wrong.stderr_tail


def test_types_other_than_the_declared_ones_do_not_compile(results):
    assert PROBE_BAD_RETURN != PROBE_OK and PROBE_BAD_PARAM != PROBE_OK
    for name in ("probe_bad_return", "probe_bad_param"):
        res = results[name]
        assert res.status == Status.COMPILE_ERROR, f"{name}: {res.status}"
        assert "error TS" in res.stdout_tail + res.stderr_tail


def test_strings_survive_any_text(results):
    for name in ("echo", "echo_all", "bytes"):
        assert_passed(results, name)


def test_float_literals_are_exact(results):
    assert_passed(results, "same_float")


def test_float_tolerance(results):
    assert_passed(results, "add_ok")
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 3 failed: add(0.5, 0.5) expected 1.0" in off.stderr_tail


def test_a_throwing_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "boom" in res.stderr_tail


def test_exiting_before_the_harness_finishes_fails(results):
    res = results["add_exit_early"]
    assert res.status == Status.FAILED and "exited before the harness ran every case" in res.stderr_tail


def test_tuples_inside_maps_type_check(results):
    assert_passed(results, "pairs")
    assert "new Map<string, [number, string]>([" in R.literal(PAIRS.params[0].type, [["a", [1, "x"]]])


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert decl.startswith(SIGNATURE + " {")
    assert_passed(results, "probe_declaration")


def test_ints_beyond_2_53_are_unsupported():
    big = problem("neg", [("n", "int")], "int", [([-(2**53)], 2**53)])
    with pytest.raises(Unsupported, match=r"2\*\*53"):
        R.check(big)


def test_type_names():
    assert R.type_name(parse_type("list[optional[int]]")) == "(number | null)[]"
    assert R.type_name(parse_type("optional[optional[str]]")) == "string | null"
    assert R.type_name(parse_type("tuple[list[bool], dict[int, str]]")) == "[boolean[], Map<number, string>]"


def test_names_a_script_cannot_define_are_renamed(results):
    assert R.declaration(PROCESS) == "function myProcess(thisValue: number[]): number {\n    // ...\n}"
    assert_passed(results, "renamed")
