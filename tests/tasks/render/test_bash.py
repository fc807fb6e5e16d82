"""The Bash renderer, end to end: every program runs through the real executor.

Bash takes scalars and lists of scalars only (see the renderer's docstring), so
the probe covers every parameter type and a family of small problems covers every
result type.  All programs of the module go to the executor in one ``run_batch``
(the ``results`` fixture); each test then reads the results it is about.
"""

from __future__ import annotations

import pytest

from oorl.tasks.render import Unsupported, get_renderer
from oorl.tasks.render.bash import float_text
from oorl.types import ExecRequest, Status
from tests.conftest import need
from tests.tasks.render.probes import problem

R = get_renderer("bash")


def probe_expected(n, x, flag, s, xs, ws, fs, bs):
    """What ``probe_all`` computes, in Python."""
    return [str(n + sum(xs)), str(sum(f > x for f in fs)), "false" if flag else "true", f"{len(s)}:{s}",
            str(len(ws)), "|".join(ws), str(sum(bs))]


PROBE_ARGS = [
    [3, 0.5, True, "ab", [1, 2], ["p q", "", "é"], [0.25, 1.5], [True, False, True]],
    [-(2**63), 0.5, False, "é中\t\\ $x 'q' \"d\"", [], [], [0.5, 2.0], []],  # 0.5 is not above 0.5
    [0, -1e-7, True, "", [2**53 + 1, 1], ["a"], [], [False]],
]
PROBE = problem(
    "probe_all",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("xs", "list[int]"), ("ws", "list[str]"),
     ("fs", "list[float]"), ("bs", "list[bool]")],
    "list[str]", [(a, probe_expected(*a)) for a in PROBE_ARGS])
PROBE_BODY = """\
    local total=$n v b above joined trues=0 negated=true
    for v in $xs; do total=$(( total + v )); done
    above=$(awk -v x="$x" 'NF && $1 > x { c++ } END { print c + 0 }' <<< "$fs")
    local -a words=()
    [[ -n $ws ]] && mapfile -t words <<< "$ws"
    joined=$(IFS='|'; printf '%s' "${words[*]}")
    for b in $bs; do [[ $b == true ]] && trues=$(( trues + 1 )); done
    [[ $flag == true ]] && negated=false
    printf '%s\\n' "$total" "$above" "$negated" "${#s}:$s" "${#words[@]}" "$joined" "$trues\""""
PROBE_OK = ("probe_all() {\n    local n=$1 x=$2 flag=$3 s=$4 xs=$5 ws=$6 fs=$7 bs=$8\n" + PROBE_BODY + "\n}\n")
# Wrong only when an element equals x, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("$1 > x", "$1 >= x")

STRINGS = ['say "hi"', "it's", "back\\slash", "tab\there", "$x and ${y} $(ls) `ls`", "%d %s %%", "#{x}",
           "{} {0} {{", "é 中 ß", "", "cr\rlf", "\x01\x1b\x1f\x7f", "'\"\\'", "\u2028\u2029", "emoji 😀",
           "trailing\\", "*", "[a-z]?", "-n", "  spaced  ", "!event"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in [*STRINGS, "line\nbreak", "\n\nlead"]])
ECHO_ALL = problem("echo_all", [("xs", "list[str]")], "list[str]", [([STRINGS], STRINGS), ([[]], [])])
BYTES = problem("utf8_bytes", [("s", "str")], "list[int]", [([s], list(s.encode())) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**63 - 1, -(2**63)]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])
SCALE = problem("scale", [("fs", "list[float]"), ("k", "float")], "list[float]",
                [([[1.0, -2.5, 1e-3], 0.1], [0.1, -0.25, 1e-4]), ([[], 2.0], [])])
EVEN = problem("is_even", [("xs", "list[int]")], "list[bool]", [([[1, 2, -4]], [False, True, True]), ([[]], [])])
NEGATE = problem("negate", [("flag", "bool")], "bool", [([True], False), ([False], True)])
COUNT_UP = problem("count_up", [("n", "int")], "list[int]", [([3], [1, 2, 3]), ([0], [])])
TWICE = problem("twice", [("n", "int")], "int", [([21], 42), ([-(2**62)], -(2**63))])
PRINTF = problem("printf", [("n", "int")], "int", [([1], 2)])  # a builtin the harness uses

ADD_AWK = "add() {\n    awk -v a=\"$1\" -v b=\"$2\" 'BEGIN { printf \"%.17g\\n\", a + b }'\n}\n"
PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("    # ...", PROBE_BODY)),
    "echo": (ECHO, "echo_text() {\n    printf '%s' \"$1\"\n}\n"),
    "echo_all": (ECHO_ALL, "echo_all() {\n    local -a xs=()\n    [[ -n $1 ]] && mapfile -t xs <<< \"$1\"\n"
                           "    (( ${#xs[@]} )) && printf '%s\\n' \"${xs[@]}\"\n    return 0\n}\n"),
    "bytes": (BYTES, "utf8_bytes() {\n    printf '%s' \"$1\" | od -An -tu1 -v | tr -s ' ' '\\n' | sed '/^$/d'\n}\n"),
    "same_float": (SAME_FLOAT, "same_float() {\n"
                               "    awk -v x=\"$1\" -v t=\"$2\" 'BEGIN { print (x + 0 == t + 0) ? \"true\" : \"false\" }'\n"
                               "}\n"),
    "int_text": (INT_TEXT, "int_text() {\n    echo $(( $1 ))\n}\n"),
    "add_awk": (ADD, ADD_AWK),
    "add_bc": (ADD, "add() {\n    echo \"$1 + $2\" | bc -l\n}\n"),  # bc prints .3: any number syntax counts
    "add_strict_mode": (ADD, "set -euo pipefail\n" + ADD_AWK),
    "add_off": (ADD, "add() {\n    if [[ $1 == 0.5 ]]; then echo 1.001; else echo \"$1 + $2\" | bc -l; fi\n}\n"),
    "add_not_a_number": (ADD, "add() {\n    echo \"$1 + $2\"\n}\n"),
    "add_throws": (ADD, "add() {\n    echo boom >&2\n    exit 1\n}\n"),
    "add_exit_early": (ADD, "add() {\n    echo 0\n}\nexit 0\n"),
    "add_right_but_status_1": (ADD, "add() {\n    echo \"$1 + $2\" | bc -l\n    return 1\n}\n"),
    "scale": (SCALE, "scale() {\n    [[ -z $1 ]] && return 0\n"
                     "    awk -v k=\"$2\" '{ printf \"%.17g\\n\", $1 * k }' <<< \"$1\"\n}\n"),
    "is_even": (EVEN, "is_even() {\n    local x\n    for x in $1; do\n"
                      "        if (( x % 2 == 0 )); then echo true; else echo false; fi\n    done\n}\n"),
    "negate": (NEGATE, "negate() {\n    if [[ $1 == true ]]; then echo false; else echo true; fi\n}\n"),
    "count_up": (COUNT_UP, "count_up() {\n    local i\n    for (( i = 1; i <= $1; i++ )); do echo \"$i\"; done\n}\n"),
    "renamed": (PRINTF, "my_printf() {\n    echo $(( $1 + 1 ))\n}\n"),
    "twice": (TWICE, "twice() {\n    echo $(( $1 * 2 ))\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("bash")
    requests = [ExecRequest(id=name, language="bash", code=R.program(p, code), timeout_s=30)
                for name, (p, code) in PROGRAMS.items()]
    return dict(zip(PROGRAMS, executor.run_batch(requests)))


def assert_passed(results, *names: str) -> None:
    for name in names:
        res = results[name]
        assert res.status == Status.PASSED, f"{name}: {res.status}\n{res.stderr_tail}\n{R.program(*PROGRAMS[name])}"


def test_probe_of_every_parameter_type_passes_and_a_subtle_bug_names_its_case(results):
    assert_passed(results, "probe_ok")
    wrong = results["probe_wrong"]
    assert wrong.status == Status.FAILED
    assert "case 1 failed: probe_all(" in wrong.stderr_tail and "case 0" not in wrong.stderr_tail


def test_every_result_type(results):
    assert_passed(results, "scale", "is_even", "negate", "count_up", "twice", "echo_all")


def test_strings_survive_any_text(results):
    assert_passed(results, "echo", "echo_all", "bytes")


def test_literals_are_exact_for_floats_and_int64_extremes(results):
    assert_passed(results, "same_float", "int_text")
    assert float_text(1e-7) == "0.0000001" and float_text(1e16) == "10000000000000000"
    assert all(float(float_text(v)) == v for v in FLOATS)


def test_float_tolerance(results):
    assert_passed(results, "add_awk", "add_bc", "add_strict_mode")
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 3 failed: add(0.5, 0.5) expected 1.0" in off.stderr_tail
    assert "case 0 failed" in results["add_not_a_number"].stderr_tail


def test_a_failing_status_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "case 0 failed" in res.stderr_tail
    assert results["add_right_but_status_1"].status == Status.FAILED


def test_exiting_before_the_harness_finishes_fails(results):
    res = results["add_exit_early"]
    assert res.status == Status.FAILED and "exited before the harness ran every case" in res.stderr_tail


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert "# $5 xs: list[int] (one argument, one element per line)\n" in decl
    assert "# prints: list[str], one element per line\nprobe_all() {\n" in decl
    assert R.declaration(problem("zero", [], "int", [([], 0)])).endswith("zero() {\n    :\n    # ...\n}")
    assert_passed(results, "probe_declaration")


@pytest.mark.parametrize("type_, value", [("dict[str, int]", [["a", 1]]), ("tuple[int, int]", [1, 2]),
                                          ("optional[int]", None), ("list[list[int]]", [[1]]),
                                          ("list[optional[str]]", ["a", None])])
def test_types_outside_the_subset_are_unsupported(type_, value):
    message = f"type {type_.replace('[', '.')} is not supported"
    with pytest.raises(Unsupported, match=message):
        R.check(problem("f", [("x", type_)], "int", [([value], 0)]))
    with pytest.raises(Unsupported, match=message):
        R.check(problem("f", [("x", "int")], type_, [([0], value)]))


@pytest.mark.parametrize("params, returns, args, expected, fragment", [
    ([("s", "str")], "str", ["a\0b"], "", "NUL"),
    ([("xs", "list[str]")], "int", [["a\nb"]], 1, "newline"),
    ([("xs", "list[str]")], "int", [[""]], 1, "empty list"),
    ([("s", "str")], "str", ["a"], "a\n", "ends with a newline"),
    ([("s", "str")], "list[str]", ["a"], ["a", ""], "empty element"),
    ([("s", "str")], "list[str]", ["a"], [""], "empty list"),
])
def test_values_the_encoding_cannot_carry_are_unsupported(params, returns, args, expected, fragment):
    with pytest.raises(Unsupported, match=fragment):
        R.check(problem("f", params, returns, [(args, expected)]))


def test_values_the_encoding_can_carry_are_supported():
    R.check(problem("f", [("s", "str"), ("xs", "list[str]")], "str", [(["a\n", ["a", ""]], "a\nb")]))
    R.check(ECHO)
    R.check(ECHO_ALL)


def test_shell_words_are_renamed(results):
    assert R.declaration(PRINTF).endswith("my_printf() {\n    local n=$1\n    # ...\n}")
    assert R.function_name(problem("test", [], "int", [([], 0)])) == "my_test"
    assert_passed(results, "renamed")
