"""The C# renderer, end to end: every program is compiled (mcs) and run (mono) by the real executor.

The module's programs go to the executor in one ``run_batch`` (the ``results``
fixture); each test reads the results it is about.
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

R = get_renderer("csharp")


PROBE_BODY = """\
        long total = n + pair.Item1 + (maybe ?? 0L);
        foreach (var row in grid) foreach (var v in row) total += v;
        double sum = x;
        var sizes = new Dictionary<string, long>();
        foreach (var e in scores) {
            foreach (var v in e.Value) sum += v;
            sizes[e.Key] = e.Value.Count;
        }
        var names = new List<string>();
        for (long i = 0; i < grid.Count; i++) {
            string name;
            names.Add(tags.TryGetValue(i, out name) ? name : null);
        }
        names.Add(flag ? s : null);
        bool? chosen = flags.ContainsKey(flag) ? flags[flag].Item2 : (bool?) null;
        return (total, sum, names, sizes, chosen);"""
# Written as a model might: LINQ, a helper, a static class, Allman braces, a multi-line signature.
PROBE_OK = """\
using System;
using System.Collections.Generic;
using System.Linq;

public static class Solution
{
    public static (long, double, List<string>, Dictionary<string, long>, bool?) Probe(
        long n, double x, bool flag, string s, List<List<long>> grid, Dictionary<string, List<double>> scores,
        (long, string) pair, long? maybe, Dictionary<long, string> tags, Dictionary<bool, (string, bool)> flags)
    {
        long total = n + pair.Item1 + (maybe ?? 0L) + grid.Sum(row => row.Sum());
        double sum = x + scores.Values.Sum(v => v.Sum());
        var sizes = scores.ToDictionary(e => e.Key, e => (long) e.Value.Count);
        var names = Enumerable.Range(0, grid.Count).Select(i => Lookup(tags, i)).ToList();
        names.Add(flag ? s : null);
        bool? chosen = flags.ContainsKey(flag) ? flags[flag].Item2 : (bool?) null;
        return (total, sum, names, sizes, chosen);
    }

    static string Lookup(Dictionary<long, string> tags, long key)
    {
        string value;
        return tags.TryGetValue(key, out value) ? value : null;
    }
}
"""
# Ignores `maybe`: right while it is absent or 0 (cases 0 and 1), wrong in case 2.
PROBE_WRONG = PROBE_OK.replace(" + (maybe ?? 0L)", "")

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




def method(sig: str, body: str, extra: str = "") -> str:
    return f"using System;\nusing System.Collections.Generic;\n\nclass Solution {{\n    public static {sig} {{\n" \
           f"        {body}\n    }}\n{extra}}}\n"


CODE_POINTS_BODY = """var out_ = new List<long>();
        for (int i = 0; i < s.Length; i++) {
            out_.Add(char.ConvertToUtf32(s, i));
            if (char.IsHighSurrogate(s[i])) i++;
        }
        return out_;"""

PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("        // ...", PROBE_BODY)),
    "nested": (NESTED, R.declaration(NESTED).replace("// ...", "return (v0, v1, v2, v3);")),
    "echo": (ECHO, method("string EchoText(string s)", "return s;")),
    "echo_all": (ECHO_ALL, method("List<string> EchoAll(List<string> xs)", "return new List<string>(xs);")),
    "code_points": (CODE_POINTS, method("List<long> CodePoints(string s)", CODE_POINTS_BODY)),
    "float_bits": (FLOAT_BITS, method("long FloatBits(double x)", "return BitConverter.DoubleToInt64Bits(x);")),
    "int_text": (INT_TEXT, method("string IntText(long n)",
                                  "return n.ToString(System.Globalization.CultureInfo.InvariantCulture);")),
    "add_ok": (ADD, method("double Add(double a, double b)", "return a + b;")),
    "add_off": (ADD, method("double Add(double a, double b)", "return a == 1.0 ? 1.001 : a + b;")),
    "add_throws": (ADD, method("double Add(double a, double b)", 'throw new InvalidOperationException("boom");')),
    "counts": (COUNTS, method("Dictionary<string, long> CountWords(List<string> words)",
                              "var m = new Dictionary<string, long>();\n"
                              "        foreach (var w in words) m[w] = m.ContainsKey(w) ? m[w] + 1 : 1;\n"
                              "        return m;")),
    "find_ok": (FIND, method("long? FindIndex(List<long> xs, long x)",
                             "int i = xs.IndexOf(x);\n        return i < 0 ? (long?) null : i;")),
    "find_minus_one": (FIND, method("long? FindIndex(List<long> xs, long x)", "return xs.IndexOf(x);")),
    # A wrong answer with its own Main (a second entry point would not even compile): the harness must still run.
    "own_main": (LENGTH, method("long TotalLength(List<string> words)", "return 4;",
                                "    public static void Main(string[] args) { Environment.Exit(0); }\n")),
    "returns_int": (LENGTH, method("int TotalLength(List<string> words)", "return 3;")),
}


@pytest.fixture(scope="module")
def results(executor):
    need("csharp")
    requests = [ExecRequest(id=name, language="csharp", code=R.program(p, code), timeout_s=60)
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
    text = R.literal(parse_type("str"), 'a\n"\\\0\u00e9\U0001f600')
    assert text == '"a\\n\\"\\\\\\0\\u00e9\\ud83d\\ude00"' and text.isascii()


def test_literals_are_exact(results):
    assert_passed(results, "float_bits")
    assert_passed(results, "int_text")
    assert R.literal(parse_type("int"), -(2**63)) == "long.MinValue"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3, and 0.5 off at 1e9 (relative)
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 2 failed: add(1.0, 0.0) expected 1.0" in off.stderr_tail


def test_a_throwing_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "InvalidOperationException: boom" in res.stderr_tail


def test_dicts_compare_without_order_and_optional_is_null(results):
    assert_passed(results, "counts")
    assert_passed(results, "find_ok")
    minus = results["find_minus_one"]
    assert minus.status == Status.FAILED and "case 1 failed" in minus.stderr_tail


def test_a_solution_cannot_take_over_main_or_widen_its_return_type(results):
    own = results["own_main"]
    assert own.status == Status.FAILED and "case 0 failed: total_length" in own.stderr_tail
    widened = results["returns_int"]
    assert widened.status == Status.FAILED and "returns System.Int32, declared System.Int64" in widened.stderr_tail


def test_declaration_and_names():
    p = problem("max_of", [("params", "int"), ("new_value", "list[tuple[int, str]]")], "optional[str]",
                [([1, []], None)])
    assert R.declaration(p) == (
        "using System;\nusing System.Collections.Generic;\n\nclass Solution {\n"
        "    public static string MaxOf(long @params, List<(long, string)> newValue) {\n"
        "        // ...\n    }\n}")
    assert R.type_name(parse_type("optional[optional[tuple[int]]]")) == "ValueTuple<long>?"
    assert R.type_name(parse_type("dict[bool, list[optional[float]]]")) == "Dictionary<bool, List<double?>>"


def test_unsupported_types_say_which():
    wide = problem("wide", [("t", "tuple[" + ", ".join(["int"] * 8) + "]")], "int", [([list(range(8))], 0)])
    with pytest.raises(Unsupported, match=r"csharp: tuple\[int, .*\] has 8 elements"):
        R.check(wide)
    R.check(problem("seven", [("t", "tuple[" + ", ".join(["int"] * 7) + "]")], "int", [([list(range(7))], 0)]))
