"""The Java renderer, end to end: every program is compiled and run by the real executor.

The module's programs go to the executor in one ``run_batch`` (the ``results``
fixture, so javac runs in parallel); each test reads the results it is about.
"""

from __future__ import annotations

import struct

import pytest

from oorl.tasks.render import Unsupported, get_renderer
from oorl.tasks.types import parse_type
from oorl.types import ExecRequest, Status
from tests.conftest import need
from tests.tasks.render.probes import MIXED_PROBE as PROBE
from tests.tasks.render.probes import problem

R = get_renderer("java")


PROBE_BODY = """\
        long total = n + pair.getValue0() + maybe.orElse(0L);
        for (ArrayList<Long> row : grid) for (long v : row) total += v;
        double sum = x;
        HashMap<String, Long> sizes = new HashMap<>();
        for (Map.Entry<String, ArrayList<Double>> e : scores.entrySet()) {
            for (double v : e.getValue()) sum += v;
            sizes.put(e.getKey(), (long) e.getValue().size());
        }
        ArrayList<Optional<String>> names = new ArrayList<>();
        for (long i = 0; i < grid.size(); i++) names.add(tags.getOrDefault(i, Optional.empty()));
        names.add(flag ? Optional.of(s) : Optional.empty());
        Optional<Boolean> chosen = Optional.ofNullable(flags.get(flag)).map(Pair::getValue1);
        return Quintet.with(total, sum, names, sizes, chosen);"""
# Written as a model would: a package line, a public final class, the signature over several lines.
PROBE_OK = f"""\
package solutions.probe;

import java.util.*;
import org.javatuples.*;

public final class Solution {{
    public static Quintet<Long, Double, ArrayList<Optional<String>>, HashMap<String, Long>, Optional<Boolean>> probe(
            long n, double x, boolean flag, String s, ArrayList<ArrayList<Long>> grid,
            HashMap<String, ArrayList<Double>> scores, Pair<Long, String> pair, Optional<Long> maybe,
            HashMap<Long, Optional<String>> tags, HashMap<Boolean, Pair<String, Boolean>> flags) {{
{PROBE_BODY}
    }}
}}
"""
# Ignores `maybe`: right while it is absent or 0 (cases 0 and 1), wrong in case 2.
PROBE_WRONG = PROBE_OK.replace(" + maybe.orElse(0L);", ";")

NESTED_TYPES = ["tuple[int]", "optional[optional[int]]", "list[optional[tuple[int, float]]]",
                "dict[bool, dict[int, list[str]]]"]
NESTED_ARGS = [[7], 3, [None, [1, 0.5]], [[True, [[1, ["a"]], [-2, []]]], [False, []]]]
NESTED_EMPTY = [[0], None, [], []]
NESTED = problem("echo_nested", [(f"v{i}", t) for i, t in enumerate(NESTED_TYPES)],
                 f"tuple[{', '.join(NESTED_TYPES)}]", [(NESTED_ARGS, NESTED_ARGS), (NESTED_EMPTY, NESTED_EMPTY)])

STRINGS = ['say "hi"', "it's", "back\\slash", "trailing\\", "line\nbreak", "tab\there", "cr\rlf", "$x ${y}",
           "%d %s %%", "#{x}", "{} {0} {{", "é 中 ß", "emoji 😀", "", "\x01\x1a\x1f\x7f\x85", "\u2028\u2029",
           "\\u0041 \\u000a \\\\u0022", '"""', "*/ /* //", "\\n"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
ECHO_ALL = problem("echo_all", [("xs", "list[str]")], "list[str]", [([STRINGS], STRINGS)])
CODE_POINTS = problem("code_points", [("s", "str")], "list[int]", [([s], [ord(c) for c in s]) for s in STRINGS])
FLOATS = [0.1, 1 / 3, 1e-7, 1e16, 1e22, 5e-324, 2.5e-310, 1.7976931348623157e308, -0.0, -2.0, 123456.789]
FLOAT_BITS = problem("float_bits", [("x", "float")], "int",
                     [([v], struct.unpack("<q", struct.pack("<d", v))[0]) for v in FLOATS])
INTS = [0, -1, 42, 2**53 + 1, 2**63 - 1, -(2**63), -(2**63) + 1]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1e9, 0.5], 1e9), ([1.0, 0.0], 1.0)])
COUNTS = problem("count_words", [("words", "list[str]")], "dict[str, int]",
                 [([["a", "b", "a", "c"]], [["c", 1], ["b", 1], ["a", 2]]), ([[]], [])])
FIND = problem("find_index", [("xs", "list[int]"), ("x", "int")], "optional[int]",
               [([[4, 5], 5], 1), ([[4, 5], 7], None)])
LENGTH = problem("total_length", [("words", "list[str]")], "int", [([["ab", "c"]], 3)])


def method(sig: str, body: str) -> str:
    return f"import java.util.*;\n\nclass Solution {{\n    public static {sig} {{\n        {body}\n    }}\n}}\n"


PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("        // ...", PROBE_BODY)),
    "nested": (NESTED, R.declaration(NESTED).replace("// ...", "return Quartet.with(v0, v1, v2, v3);")),
    "echo": (ECHO, method("String echoText(String s)", "return s;")),
    "echo_all": (ECHO_ALL, method("ArrayList<String> echoAll(ArrayList<String> xs)", "return new ArrayList<>(xs);")),
    "code_points": (CODE_POINTS, method("ArrayList<Long> codePoints(String s)",
                                        "ArrayList<Long> out = new ArrayList<>();\n"
                                        "        s.codePoints().forEach(c -> out.add((long) c));\n"
                                        "        return out;")),
    "float_bits": (FLOAT_BITS, method("long floatBits(double x)", "return Double.doubleToRawLongBits(x);")),
    "int_text": (INT_TEXT, method("String intText(long n)", "return Long.toString(n);")),
    "add_ok": (ADD, method("double add(double a, double b)", "return a + b;")),
    "add_off": (ADD, method("double add(double a, double b)", "return a == 1.0 ? 1.001 : a + b;")),
    "add_throws": (ADD, method("double add(double a, double b)", 'throw new IllegalStateException("boom");')),
    "counts": (COUNTS, method("HashMap<String, Long> countWords(ArrayList<String> words)",
                              "HashMap<String, Long> m = new HashMap<>();\n"
                              "        for (String w : words) m.merge(w, 1L, Long::sum);\n        return m;")),
    "find_ok": (FIND, method("Optional<Long> findIndex(ArrayList<Long> xs, long x)",
                             "int i = xs.indexOf(x);\n"
                             "        return i < 0 ? Optional.empty() : Optional.of((long) i);")),
    "find_null": (FIND, method("Optional<Long> findIndex(ArrayList<Long> xs, long x)",
                               "int i = xs.indexOf(x);\n        return i < 0 ? null : Optional.of((long) i);")),
    # A wrong answer that brings its own public class with `main` exiting 0: the harness must still run.
    "own_main": (LENGTH, method("long totalLength(ArrayList<String> words)", "return 4;")
                 + "\npublic class Main {\n    public static void main(String[] args) { System.exit(0); }\n}\n"),
    "returns_int": (LENGTH, method("int totalLength(ArrayList<String> words)", "return 3;")),
}


@pytest.fixture(scope="module")
def results(executor):
    need("java")
    requests = [ExecRequest(id=name, language="java", code=R.program(p, code), timeout_s=60)
                for name, (p, code) in PROGRAMS.items()]
    return dict(zip(PROGRAMS, executor.run_batch(requests)))


def assert_passed(results, name: str) -> None:
    res = results[name]
    assert res.status == Status.PASSED, f"{name}: {res.status}\n{res.stderr_tail}\n{res.stdout_tail}"


def test_probe_of_every_type_passes_and_a_subtle_bug_names_its_case(results):
    assert_passed(results, "probe_ok")
    assert_passed(results, "nested")
    wrong = results["probe_wrong"]
    assert wrong.status == Status.FAILED
    assert "case 2 failed: probe(4611686018427387904, 1e-300, true," in wrong.stderr_tail
    assert "case 0" not in wrong.stderr_tail and "case 1" not in wrong.stderr_tail


def test_strings_survive_any_text(results):
    for name in ("echo", "echo_all", "code_points"):
        assert_passed(results, name)
    # Unicode escapes are translated before lexing: a newline or quote must never be written as one.
    text = R.literal(parse_type("str"), 'a\n"\\\u00e9\U0001f600')
    assert text == '"a\\n\\"\\\\\\u00e9\\ud83d\\ude00"' and text.isascii()


def test_literals_are_exact(results):
    assert_passed(results, "float_bits")
    assert_passed(results, "int_text")
    assert R.literal(parse_type("int"), -(2**63)) == "java.lang.Long.MIN_VALUE"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3, and 0.5 off at 1e9 (relative)
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 2 failed: add(1.0, 0.0) expected 1.0" in off.stderr_tail


def test_a_throwing_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "IllegalStateException: boom" in res.stderr_tail


def test_dicts_compare_without_order_and_optional_is_not_null(results):
    assert_passed(results, "counts")
    assert_passed(results, "find_ok")
    assert results["find_null"].status == Status.FAILED and "case 1 failed" in results["find_null"].stderr_tail


def test_a_solution_cannot_take_over_main_or_widen_its_return_type(results):
    own = results["own_main"]
    assert own.status == Status.FAILED and "case 0 failed: total_length" in own.stderr_tail
    assert results["returns_int"].status == Status.COMPILE_ERROR


def test_assemble_drops_package_and_public_only_at_top_level():
    code = 'package a.b;\n// public class InComment {}\npublic class Solution {\n    public static class Inner {}\n' \
           '    String s = "public class InString";\n}\npublic interface Shape {}\n'
    out = R.assemble("", code, "public class OorlMain {}\n")
    assert "package" not in out and "\nclass Solution {" in out and "\ninterface Shape {}" in out
    assert "public static class Inner" in out and "// public class InComment" in out
    assert '"public class InString"' in out


def test_declaration_and_names():
    p = problem("max_of", [("class", "int"), ("new_value", "list[tuple[int, str]]")], "optional[float]",
                [([1, []], None)])
    assert R.declaration(p) == (
        "import java.util.*;\nimport org.javatuples.*;\n\nclass Solution {\n"
        "    public static Optional<Double> maxOf(long class_, ArrayList<Pair<Long, String>> newValue) {\n"
        "        // ...\n    }\n}")
    assert R.type_name(parse_type("dict[bool, list[float]]")) == "HashMap<Boolean, ArrayList<Double>>"


def test_unsupported_types_say_which():
    wide = problem("wide", [("t", "tuple[" + ", ".join(["int"] * 11) + "]")], "int", [([list(range(11))], 0)])
    with pytest.raises(Unsupported, match=r"java: tuple\[int, .*\] has 11 elements"):
        R.check(wide)
    R.check(problem("ten", [("t", "tuple[" + ", ".join(["int"] * 10) + "]")], "int", [([list(range(10))], 0)]))
