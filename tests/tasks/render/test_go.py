"""The Go renderer, end to end: every program is built by the real ``go build`` and run in the sandbox.

The module's programs go to the executor in one ``run_batch`` (the ``results``
fixture), and each test reads the results it is about.
"""

from __future__ import annotations

import pytest

from oorl.tasks.render import Unsupported, get_renderer
from oorl.tasks.types import parse_type
from oorl.types import ExecRequest, Status
from tests.conftest import need
from tests.tasks.render.probes import NESTED_PROBE as PROBE
from tests.tasks.render.probes import NESTED_PROBE_KEYS as PROBE_KEYS
from tests.tasks.render.probes import SINGLE, problem

R = get_renderer("go")



STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x ${y}", "%d %s %%", "#{x}", "{} {{}}",
           "é 中 ß", "", "cr\rlf", "\x01\x1f\x7f", "??= ??/", "\u2028", "😀", "trailing\\", "é1 digit", "\\x41 \\n",
           "`raw`"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
CODE_POINTS = problem("code_points", [("s", "str")], "list[int]", [([s], [ord(c) for c in s]) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**53 + 1, 2**63 - 1, -2**63]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])

PROBE_OK = """package main

import "fmt"

// A named type with the tuple's fields is assignable to the declared struct.
type result struct {
\tF0 int
\tF1 float64
\tF2 bool
\tF3 string
\tF4 []int
\tF5 map[string]int
\tF6 *int
}

func probe(n int, x float64, flag bool, s string, grid [][]int, index map[string][]int,
\tpair struct{ F0 int; F1 string }, maybe *int) result {
\ttotal := n + pair.F0
\trows := []int{}
\tfor _, row := range grid {
\t\tsum := 0
\t\tfor _, v := range row {
\t\t\tsum += v
\t\t}
\t\trows = append(rows, sum)
\t\ttotal += sum
\t}
\tlengths := map[string]int{}
\tfor k, v := range index {
\t\tlengths[k] = len(v)
\t}
\tvar next *int
\tif maybe != nil {
\t\tv := *maybe + 1
\t\tnext = &v
\t}
\t_ = fmt.Sprint(total)
\treturn result{total, x * 2, !flag, s + pair.F1, rows, lengths, next}
}
"""
# Wrong only when `maybe` is absent, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("var next *int", "next := new(int)")
KEYS_OK = """import (
\t"math" // a comment inside the import block
\tstr "strings"
)

func probeKeys(marks map[int]bool, words []string, extra *[]string, scale []*float64) struct {
\tF0 map[bool][]string
\tF1 []*float64
} {
\tout := map[bool][]string{true: {}, false: {}}
\tfor i, w := range words {
\t\tout[marks[i]] = append(out[marks[i]], str.Clone(w))
\t}
\tif extra != nil {
\t\tout[false] = append(out[false], *extra...)
\t}
\tvar scaled []*float64
\tfor _, v := range scale {
\t\tif v == nil {
\t\t\tscaled = append(scaled, nil)
\t\t} else {
\t\t\td := math.Ldexp(*v, 1)
\t\t\tscaled = append(scaled, &d)
\t\t}
\t}
\treturn struct {
\t\tF0 map[bool][]string
\t\tF1 []*float64
\t}{out, scaled}
}
"""
KEYS_WRONG = KEYS_OK.replace("if extra != nil {", "if extra != nil && len(words) > 1 {")  # case 1: one word
PROBE_BODY = """\
\trows := []int{}
\ttotal := n + pair.F0
\tfor _, row := range grid {
\t\tsum := 0
\t\tfor _, v := range row {
\t\t\tsum += v
\t\t}
\t\trows, total = append(rows, sum), total+sum
\t}
\tlengths := map[string]int{}
\tfor k, v := range index {
\t\tlengths[k] = len(v)
\t}
\tvar next *int
\tif maybe != nil {
\t\tnext = new(int)
\t\t*next = *maybe + 1
\t}
\treturn struct{ F0 int; F1 float64; F2 bool; F3 string; F4 []int; F5 map[string]int; F6 *int }{
\t\ttotal, x * 2, !flag, s + pair.F1, rows, lengths, next}"""

PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "keys_ok": (PROBE_KEYS, KEYS_OK),
    "keys_wrong": (PROBE_KEYS, KEYS_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace('\tpanic("not implemented")', PROBE_BODY)),
    "single": (SINGLE, "func single(x int) struct{ F0 int } {\n\treturn struct{ F0 int }{x}\n}\n"),
    "echo": (ECHO, "func echoText(s string) string {\n\treturn s\n}\n"),
    "code_points": (CODE_POINTS, "func codePoints(s string) []int {\n\tout := []int{}\n"
                                 "\tfor _, r := range s {\n\t\tout = append(out, int(r))\n\t}\n\treturn out\n}\n"),
    "same_float": (SAME_FLOAT, 'import "strconv"\n\nfunc sameFloat(x float64, text string) bool {\n'
                               "\tv, err := strconv.ParseFloat(text, 64)\n\treturn err == nil && v == x\n}\n"),
    "int_text": (INT_TEXT, 'import "fmt"\n\nfunc intText(n int) string {\n\treturn fmt.Sprint(n)\n}\n'),
    "add_ok": (ADD, "func add(a float64, b float64) float64 {\n\treturn a + b\n}\n"),
    "add_off": (ADD, "func add(a float64, b float64) float64 {\n\tif a == 0.5 {\n\t\treturn 1.001\n\t}\n"
                     "\treturn a + b\n}\n"),
    "add_panics": (ADD, 'func add(a float64, b float64) float64 {\n\tpanic("boom")\n}\n'),
    "add_float32": (ADD, "func add(a float64, b float64) float32 {\n\treturn float32(a + b)\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("go")
    requests = [ExecRequest(id=name, language="go", code=R.program(p, code), timeout_s=60)
                for name, (p, code) in PROGRAMS.items()]
    return dict(zip(PROGRAMS, executor.run_batch(requests)))


def assert_passed(results, name: str) -> None:
    res = results[name]
    assert res.status == Status.PASSED, f"{name}: {res.status}\n{res.stderr_tail}\n{R.program(*PROGRAMS[name])}"


def assert_fails_at(results, name: str, case: int) -> None:
    res = results[name]
    assert res.status == Status.FAILED, f"{name}: {res.status}\n{res.stderr_tail}"
    assert f"case {case} failed: " in res.stderr_tail and "case 0 failed" not in res.stderr_tail


def test_probe_of_every_type_passes_and_a_subtle_bug_names_its_case(results):
    assert_passed(results, "probe_ok")
    assert_fails_at(results, "probe_wrong", 1)
    assert "probe(-9223372036854775808, " in results["probe_wrong"].stderr_tail
    assert_passed(results, "keys_ok")
    assert_fails_at(results, "keys_wrong", 1)
    assert_passed(results, "single")


def test_strings_survive_any_text(results):
    assert_passed(results, "echo")
    assert_passed(results, "code_points")  # the solution sees exactly these characters, not just a round trip


def test_float_and_int_literals_are_exact(results):
    assert_passed(results, "same_float")
    assert_passed(results, "int_text")  # int64 extremes included


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3; 1e9 + 0.5 vs 1e9 (relative)
    assert_fails_at(results, "add_off", 3)
    assert "add(0.5, 0.5) expected 1.0" in results["add_off"].stderr_tail


def test_a_panicking_solution_fails(results):
    res = results["add_panics"]
    assert res.status == Status.FAILED and "boom" in res.stderr_tail


def test_a_solution_of_another_type_does_not_compile(results):
    assert results["add_float32"].status == Status.COMPILE_ERROR


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert decl.startswith("package main\n")
    assert ("func probe(n int, x float64, flag bool, s string, grid [][]int, index map[string][]int, "
            "pair struct{ F0 int; F1 string }, maybe *int) struct{ F0 int; F1 float64; F2 bool; F3 string; "
            "F4 []int; F5 map[string]int; F6 *int } {") in decl
    assert_passed(results, "probe_declaration")


def test_assemble_merges_package_and_imports():
    code = 'package main\n\nimport "fmt"\nimport (\n\t"strings" // why\n\tm "math"\n\t"fmt"\n)\n\nfunc f() {}\n'
    text = R.program(ECHO, code)
    assert text.count("package ") == 1 and text.count("import") == 1
    head = text.split(")", 1)[0]
    for spec in ('"fmt"', '"strings"', 'm "math"', 'oorlOs "os"', 'oorlReflect "reflect"'):
        assert head.count(spec) == 1, spec
    assert text.index("func f() {}") < text.index("func main()")


def test_names_avoid_keywords_and_predeclared_identifiers():
    assert R.function_name(problem("sum_evens", [("x", "int")], "int", [([1], 1)])) == "sumEvens"
    assert R.function_name(problem("len", [("x", "int")], "int", [([1], 1)])) == "len_"
    assert R.function_name(problem("main", [("x", "int")], "int", [([1], 1)])) == "main_"
    assert R.param_name("type") == "type_" and R.param_name("max_len") == "maxLen"


def test_type_names():
    assert R.type_name(parse_type("list[optional[int]]")) == "[]*int"
    assert R.type_name(parse_type("dict[str, tuple[int, optional[float]]]")) == "map[string]struct{ F0 int; F1 *float64 }"
    assert R.type_name(parse_type("optional[list[bool]]")) == "*[]bool"


def test_lone_surrogates_are_unsupported():
    with pytest.raises(Unsupported, match="surrogate"):
        R.check(problem("echo_text", [("s", "str")], "str", [(["a\ud800"], "a")]))
    R.check(ECHO)
