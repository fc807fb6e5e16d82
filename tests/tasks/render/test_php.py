"""The PHP renderer, end to end: every program runs through the real executor.

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

R = get_renderer("php")


def probe_expected(n, x, flag, s, grid, index, weights, pair, maybe):
    """What ``probe_all`` computes, in Python (dicts as [key, value] pairs)."""
    return [n + 1, x * 2, not flag, s + pair[0], [row + [len(row)] for row in grid],
            [[k, v[::-1]] for k, v in index], sum(w for _, w in weights) + (pair[1] or 0.0),
            None if maybe is None else len(maybe), [["yes" if flag else "no", n]]]


PROBE_ARGS = [
    [3, 1.25, True, "ab", [[1, 2], [3]], [[2, ["x", "y"]], [-1, []]], [["7", 0.5], ["b", 0.25]], ["c", None], [5, 6]],
    [-(2**63), -0.0, False, "é\"$s", [[], [4]], [], [], ["", 2.5], None],
    [0, 1e-300, True, "", [], [[0, ["z"]]], [["k", -1.5]], ["d", -0.5], []],
]
PROBE = problem(
    "probe_all",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("grid", "list[list[int]]"),
     ("index", "dict[int, list[str]]"), ("weights", "dict[str, float]"), ("pair", "tuple[str, optional[float]]"),
     ("maybe", "optional[list[int]]")],
    "tuple[int, float, bool, str, list[list[int]], dict[int, list[str]], float, optional[int], dict[str, int]]",
    [(a, probe_expected(*a)) for a in PROBE_ARGS])

PROBE_BODY = """\
    $rows = array_map(fn($row) => [...$row, count($row)], $grid);
    $reversed = [];
    foreach ($index as $k => $v) {
        $reversed[$k] = array_reverse($v);
    }
    $total = ($pair[1] ?? 0.0) + array_sum($weights);
    return [$n + 1, $x * 2, !$flag, $s . $pair[0], $rows, $reversed, $total,
            $maybe === null ? null : count($maybe), [$flag ? "yes" : "no" => $n]];"""
PROBE_OK = ("<?php\n\nfunction probe_all(int $n, float $x, bool $flag, string $s, array $grid, array $index, "
            "array $weights, array $pair, ?array $maybe): array\n{\n" + PROBE_BODY + "\n}\n")
# Wrong only for an empty row, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("fn($row) => [...$row, count($row)]", "fn($row) => $row ? [...$row, count($row)] : $row")

STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x and ${y} {$z}", "%d %s %%", "#{x}",
           "{} {0} {{", "é 中 ß", "", "cr\rlf", "\x01\x1b\x1f\x7f", "`cmd` $(ls)", "'\"\\'", "\u2028\u2029",
           "emoji 😀", "trailing\\", "?> <?php", "\\x41 \\u{41} \\n", "ends with newline\n"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
ECHO_ALL = problem("echo_all", [("xs", "list[str]")], "list[str]", [([STRINGS], STRINGS)])
BYTES = problem("utf8_bytes", [("s", "str")], "list[int]", [([s], list(s.encode())) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**63 - 1, -(2**63), 2**53 + 1]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])
EVENS = problem("evens", [("xs", "list[int]")], "list[int]", [([[1, 2, 3, 4]], [2, 4]), ([[]], [])])
TWICE = problem("twice", [("n", "int")], "int", [([2], 4)])
COUNTS = problem("count_words", [("words", "list[str]")], "dict[str, int]",
                 [([["a", "1", "a", "01"]], [["01", 1], ["1", 1], ["a", 2]]), ([[]], [])])
BASE_CONVERT = problem("base_convert", [("this", "int")], "str", [([255], "ff")])  # a built-in; $this

ADD_FN = "function add(float $a, float $b): float\n{\n    return $a + $b;\n}\n"
PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("    // ...", PROBE_BODY)),
    "echo": (ECHO, "<?php\nfunction echo_text(string $s): string\n{\n    return $s;\n}\n"),
    "echo_all": (ECHO_ALL, "<?php\nfunction echo_all(array $xs): array\n{\n    return $xs;\n}\n"),
    "bytes": (BYTES, "<?php\nfunction utf8_bytes(string $s): array\n{\n    return array_values(unpack('C*', $s));\n}\n"),
    "same_float": (SAME_FLOAT, "<?php\nfunction same_float(float $x, string $text): bool\n{\n"
                               "    return $x === (float) $text;\n}\n"),
    "int_text": (INT_TEXT, "<?php\nfunction int_text(int $n): string\n{\n    return (string) $n;\n}\n"),
    "add_ok": (ADD, "<?php\n" + ADD_FN),
    "add_off": (ADD, "<?php\nfunction add(float $a, float $b): float\n{\n    return $a === 0.5 ? 1.001 : $a + $b;\n}\n"),
    "add_throws": (ADD, "<?php\nfunction add(float $a, float $b): float\n{\n    throw new RuntimeException('boom');\n}\n"),
    # How a solution's file may look: no open tag, a closing tag, strict types.
    "add_no_open_tag": (ADD, ADD_FN),
    "add_close_tag": (ADD, "<?php\n" + ADD_FN + "?>\n"),
    "add_strict": (ADD, "<?php\n// strict, as many PHP files are\ndeclare(strict_types=1);\n\n" + ADD_FN),
    # Ways to end before the harness runs must not pass.
    "add_wrong_exit0": (ADD, "<?php\nfunction add(float $a, float $b): float\n{\n    return 0.0;\n}\nexit(0);\n"),
    "add_wrong_stray_close": (ADD, "<?php\nfunction add(float $a, float $b): float\n{\n    return 0.0;\n}\n?>\n"
                                   "stray text\n"),
    "evens_sparse": (EVENS, "<?php\nfunction evens(array $xs): array\n{\n"
                            "    return array_filter($xs, fn($x) => $x % 2 === 0);\n}\n"),
    "twice_as_float": (TWICE, "<?php\nfunction twice(int $n): float\n{\n    return $n * 2;\n}\n"),
    "renamed": (BASE_CONVERT, "<?php\nfunction my_base_convert(int $this_value): string\n{\n"
                              "    return base_convert((string) $this_value, 10, 16);\n}\n"),
    "counts": (COUNTS, "<?php\nfunction count_words(array $words): array\n{\n    $m = [];\n"
                       "    foreach ($words as $w) {\n        $m[$w] = ($m[$w] ?? 0) + 1;\n    }\n    return $m;\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("php")
    requests = [ExecRequest(id=name, language="php", code=R.program(p, code), timeout_s=30)
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


def test_literals_are_exact_for_floats_and_int64_extremes(results):
    assert_passed(results, "same_float")
    assert_passed(results, "int_text")
    assert R.literal(parse_type("int"), -(2**63)) == "PHP_INT_MIN"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 3 failed: add(0.5, 0.5) expected 1.0" in off.stderr_tail


def test_a_throwing_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "boom" in res.stderr_tail


def test_open_tag_closing_tag_and_strict_types_are_assembled(results):
    for name in ("add_no_open_tag", "add_close_tag", "add_strict"):
        assert_passed(results, name)
    program = R.program(ADD, PROGRAMS["add_strict"][1])
    assert program.startswith("<?php\ndeclare(strict_types=1);\n") and program.count("<?php") == 1


def test_leaving_early_does_not_skip_the_harness(results):
    assert results["add_wrong_exit0"].status == Status.FAILED
    assert "case 0 failed" in results["add_wrong_exit0"].stderr_tail
    assert results["add_wrong_stray_close"].status != Status.PASSED


def test_result_types(results):
    assert_passed(results, "evens_sparse")  # a list is its values in order, whatever its keys
    assert_passed(results, "counts")  # "1" becomes an int key on both sides alike; "01" stays a string
    assert results["twice_as_float"].status == Status.FAILED  # 4.0 is not the int 4


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert decl.startswith("<?php\n\n/**\n")
    assert " * @param array{string, float|null} $pair\n" in decl
    assert ("function probe_all(int $n, float $x, bool $flag, string $s, array $grid, array $index, array $weights, "
            "array $pair, ?array $maybe): array {") in decl
    assert R.declaration(ADD) == "<?php\n\nfunction add(float $a, float $b): float {\n    // ...\n}"
    assert_passed(results, "probe_declaration")


def test_bool_keys_are_unsupported():
    p = problem("flags", [("m", "dict[bool, int]")], "int", [([[[True, 1]]], 1)])
    with pytest.raises(Unsupported, match=r"dict\[bool, int\]"):
        R.check(p)
    R.check(PROBE)


def test_strings_escape_interpolation():
    assert R.literal(parse_type("str"), "{$a} $b\\\n") == '"{\\$a} \\$b\\\\\\n"'


def test_names_php_cannot_define_are_renamed(results):
    assert R.declaration(BASE_CONVERT) == "<?php\n\nfunction my_base_convert(int $this_value): string {\n    // ...\n}"
    assert R.function_name(problem("list", [], "int", [([], 0)])) == "my_list"
    assert_passed(results, "renamed")
