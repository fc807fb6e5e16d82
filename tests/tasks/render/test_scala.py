"""The Scala renderer, end to end: every program is compiled (scalac) and run by the real executor.

The module's programs go to the executor in one ``run_batch`` (the ``results``
fixture, so the slow scalac runs overlap); each test reads the results it is about.
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

R = get_renderer("scala")


PROBE_BODY = """\
    val total = n + pair._1 + maybe.getOrElse(0L) + grid.map(_.sum).sum
    val sum = x + scores.values.map(_.sum).sum
    val sizes = scores.map { case (k, v) => k -> v.size.toLong }
    val names = (0 until grid.size).toList.map(i => tags.getOrElse(i.toLong, None)) :+ (if (flag) Some(s) else None)
    (total, sum, names, sizes, flags.get(flag).map(_._2))"""
# Written as a model might: a package clause, a mutable map, a private helper, loops.
PROBE_OK = """\
package solutions.probe

import scala.collection.mutable

object Solution {
  private def lookup(tags: Map[Long, Option[String]], key: Long): Option[String] = tags.get(key).flatten

  def probe(n: Long, x: Double, flag: Boolean, s: String, grid: List[List[Long]],
            scores: Map[String, List[Double]], pair: (Long, String), maybe: Option[Long],
            tags: Map[Long, Option[String]], flags: Map[Boolean, (String, Boolean)]
           ): (Long, Double, List[Option[String]], Map[String, Long], Option[Boolean]) = {
    var total = n + pair._1 + maybe.getOrElse(0L)
    for (row <- grid; v <- row) total += v
    var sum = x
    val sizes = mutable.Map[String, Long]()
    for ((k, vs) <- scores) { sum += vs.sum; sizes(k) = vs.length.toLong }
    val names = grid.indices.map(i => lookup(tags, i.toLong)).toList :+ Option(s).filter(_ => flag)
    (total, sum, names, sizes.toMap, flags.get(flag).map { case (_, on) => on })
  }
}
"""
# Ignores `maybe`: right while it is absent or 0 (cases 0 and 1), wrong in case 2.
PROBE_WRONG = PROBE_OK.replace(" + maybe.getOrElse(0L)", "")

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
    return f"object Solution {{\n  def {sig} = {{\n    {body}\n  }}\n}}\n"


PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("    ???", PROBE_BODY)),
    "nested": (NESTED, R.declaration(NESTED).replace("???", "(v0, v1, v2, v3)")),
    "echo": (ECHO, method("echoText(s: String): String", "s")),
    "code_points": (CODE_POINTS, method("codePoints(s: String): List[Long]",
                                        "s.codePoints().toArray.toList.map(_.toLong)")),
    "float_bits": (FLOAT_BITS, method("floatBits(x: Double): Long", "java.lang.Double.doubleToRawLongBits(x)")),
    "int_text": (INT_TEXT, method("intText(n: Long): String", "n.toString")),
    "add_ok": (ADD, method("add(a: Double, b: Double): Double", "a + b")),
    "add_off": (ADD, method("add(a: Double, b: Double): Double", "if (a == 1.0) 1.001 else a + b")),
    "add_throws": (ADD, method("add(a: Double, b: Double): Double", 'throw new IllegalStateException("boom")')),
    "counts": (COUNTS, method("countWords(words: List[String]): Map[String, Long]",
                              "words.groupBy(identity).map { case (w, ws) => w -> ws.size.toLong }")),
    "find_ok": (FIND, method("findIndex(xs: List[Long], x: Long): Option[Long]",
                             "Some(xs.indexOf(x).toLong).filter(_ >= 0)")),
    "find_null": (FIND, method("findIndex(xs: List[Long], x: Long): Option[Long]",
                               "if (xs.contains(x)) Some(xs.indexOf(x).toLong) else null")),
    # A wrong answer next to an `App` object that exits 0: the harness must still be what runs.
    "own_main": (LENGTH, "object Main extends App {\n  sys.exit(0)\n}\n\n"
                         + method("totalLength(words: List[String]): Long", "4L")),
    "returns_int": (LENGTH, method("totalLength(words: List[String]): Int", "words.map(_.length).sum")),
}


@pytest.fixture(scope="module")
def results(executor):
    need("scala")
    requests = [ExecRequest(id=name, language="scala", code=R.program(p, code), timeout_s=60)
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
    for name in ("echo", "code_points"):  # list[str] literals are covered by the Java renderer's tests
        assert_passed(results, name)
    assert R.literal(parse_type("str"), "$x ${y} \\u0041") == '"$x ${y} \\\\u0041"'  # plain, not s"..."


def test_literals_are_exact(results):
    assert_passed(results, "float_bits")
    assert_passed(results, "int_text")
    assert R.literal(parse_type("int"), -(2**63)) == "_root_.scala.Long.MinValue"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3, and 0.5 off at 1e9 (relative)
    off = results["add_off"]
    assert off.status == Status.FAILED and "case 2 failed: add(1.0, 0.0) expected 1.0" in off.stderr_tail


def test_a_throwing_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "IllegalStateException: boom" in res.stderr_tail


def test_dicts_compare_without_order_and_none_is_not_null(results):
    assert_passed(results, "counts")
    assert_passed(results, "find_ok")
    assert results["find_null"].status == Status.FAILED and "case 1 failed" in results["find_null"].stderr_tail


def test_a_solution_cannot_take_over_main_or_widen_its_return_type(results):
    own = results["own_main"]
    assert own.status == Status.FAILED and "case 0 failed: total_length" in own.stderr_tail
    assert results["returns_int"].status == Status.COMPILE_ERROR


def test_assemble_drops_only_a_package_clause():
    out = R.assemble("object OorlMain {}\n", "package a.b\n\nimport x.y\nobject Solution {}\n", "")
    assert out == "object OorlMain {}\n\n\nimport x.y\nobject Solution {}\n"
    block = "package a.b {\n  object Solution {}\n}"
    assert R.assemble("", block, "") == block + "\n"  # a packaging block is left alone


def test_declaration_and_names():
    p = problem("max_of", [("type", "int"), ("new_value", "list[tuple[int, str]]")], "optional[tuple[float]]",
                [([1, []], None)])
    assert R.declaration(p) == (
        "object Solution {\n  def maxOf(`type`: Long, newValue: List[(Long, String)]): Option[Tuple1[Double]] = {\n"
        "    ???\n  }\n}")
    assert R.type_name(parse_type("dict[bool, list[float]]")) == "Map[Boolean, List[Double]]"


def test_unsupported_types_say_which():
    wide = problem("wide", [("t", "tuple[" + ", ".join(["int"] * 23) + "]")], "int", [([list(range(23))], 0)])
    with pytest.raises(Unsupported, match=r"scala: tuple\[int, .*\] has 23 elements"):
        R.check(wide)
    R.check(problem("most", [("t", "tuple[" + ", ".join(["int"] * 22) + "]")], "int", [([list(range(22))], 0)]))
