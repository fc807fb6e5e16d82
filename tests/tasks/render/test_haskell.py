"""The Haskell renderer, end to end: every program is compiled by the real GHC and run in the sandbox.

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
from tests.tasks.render.probes import problem

R = get_renderer("haskell")


PROBE_KEYS = problem(
    "probe_keys",
    [("marks", "dict[int, bool]"), ("words", "list[str]"), ("extra", "optional[list[str]]"),
     ("scale", "list[optional[float]]")],
    "tuple[dict[bool, list[str]], list[optional[float]]]",
    [([[[0, True], [2, False], [-1, True]], ["a", "b", "c"], None, [1.5, None]],
      [[[True, ["a"]], [False, ["b", "c"]]], [3.0, None]]),
     ([[], ["x"], ["y", "z"], []], [[[False, ["x", "y", "z"]], [True, []]], []]),
     ([[[1, True]], [], [], [None, -0.5]], [[[True, []], [False, []]], [None, -1.0]])])

STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x ${y}", "%d %s %%", "#{x}", "{} {{}}",
           "é 中 ß", "", "cr\rlf", "\x01\x1f\x7f", "??= ??/", "\u2028", "😀", "trailing\\", "é1 digit", "\\x41 \\n",
           "\\&", "\x0e0 \x7f1 \xa02"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
CODE_POINTS = problem("code_points", [("s", "str")], "list[int]", [([s], [ord(c) for c in s]) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**53 + 1, 2**63 - 1, -2**63]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])
GCD = problem("gcd", [("a", "int"), ("b", "int")], "int", [([12, 18], 6), ([-4, 0], 4)])

PROBE_OK = """{-# LANGUAGE ScopedTypeVariables #-}
module Main (main, probe) where

import qualified Data.Map.Strict as M
import Data.Map (Map)

probe :: Int -> Double -> Bool -> String -> [[Int]] -> Map String [Int] -> (Int, String) -> Maybe Int
      -> (Int, Double, Bool, String, [Int], Map String Int, Maybe Int)
probe n x flag s grid index (k, t) maybe' =
  (n + k + sum rows, x * 2, not flag, s ++ t, rows, M.map length index, fmap (+ 1) maybe')
  where
    rows = map sum grid
"""
# Wrong only when `maybe` is absent, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("fmap (+ 1) maybe'", "Just (maybe 0 (+ 1) maybe')")
KEYS_OK = """import qualified Data.Map as Map
import Data.Maybe (fromMaybe)

probeKeys :: Map.Map Int Bool -> [String] -> Maybe [String] -> [Maybe Double]
          -> (Map.Map Bool [String], [Maybe Double])
probeKeys marks ws extra scale =
  (Map.fromList [(True, picked True), (False, picked False ++ fromMaybe [] extra)], map (fmap (* 2)) scale)
  where
    picked b = [w | (i, w) <- zip [0 ..] ws, Map.findWithDefault False i marks == b]
"""
KEYS_WRONG = KEYS_OK.replace(" ++ fromMaybe [] extra", "")  # case 1 has an extra
PROBE_BODY = """=
  (n + fst pair + sum rows, x * 2, not flag, s ++ snd pair, rows, Map.map length index, fmap succ maybe')
  where
    rows = map sum grid"""
# The solution hides a Prelude name and defines its own: the harness's plain
# `import Prelude` must then go, or `filter` below would be ambiguous.
HIDING = """import Prelude hiding (filter)

filter :: Int -> Int
filter = subtract 1

echoText :: String -> String
echoText s = s ++ replicate (filter 1) '!'
"""

PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "keys_ok": (PROBE_KEYS, KEYS_OK),
    "keys_wrong": (PROBE_KEYS, KEYS_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("= undefined", PROBE_BODY)),
    "echo": (ECHO, "echoText :: String -> String\nechoText s = s\n"),
    "code_points": (CODE_POINTS, "codePoints :: String -> [Int]\ncodePoints = map fromEnum\n"),
    "same_float": (SAME_FLOAT, "sameFloat :: Double -> String -> Bool\nsameFloat x text = read text == x\n"),
    "int_text": (INT_TEXT, "intText :: Int -> String\nintText = show\n"),
    "add_ok": (ADD, "add :: Double -> Double -> Double\nadd a b = a + b\n"),
    "add_off": (ADD, "add :: Double -> Double -> Double\nadd a b = if a == 0.5 then 1.001 else a + b\n"),
    "add_throws": (ADD, 'add :: Double -> Double -> Double\nadd _ _ = error "boom"\n'),
    "add_float": (ADD, "add :: Double -> Double -> Float\nadd a b = realToFrac (a + b)\n"),
    "hiding": (ECHO, HIDING),
    "gcd": (GCD, "gcd' :: Int -> Int -> Int\ngcd' a b = gcd a b\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("haskell")
    requests = [ExecRequest(id=name, language="haskell", code=R.program(p, code), timeout_s=60)
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


def test_strings_survive_any_text(results):
    assert_passed(results, "echo")
    assert_passed(results, "code_points")  # the solution sees exactly these characters, not just a round trip
    assert R.literal(parse_type("str"), "é1\n") == '"\\233\\&1\\10"'


def test_float_and_int_literals_are_exact(results):
    assert_passed(results, "same_float")
    assert_passed(results, "int_text")  # int64 extremes included
    assert R.literal(parse_type("list[float]"), [-1.5, 2]) == "[(-1.5), 2.0]"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3; 1e9 + 0.5 vs 1e9 (relative)
    assert_fails_at(results, "add_off", 3)
    assert "add(0.5, 0.5) expected 1.0" in results["add_off"].stderr_tail


def test_an_exception_in_the_solution_fails(results):
    res = results["add_throws"]
    assert res.status == Status.FAILED and "boom" in res.stderr_tail


def test_a_solution_of_another_type_does_not_compile(results):
    assert results["add_float"].status == Status.COMPILE_ERROR


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert decl.startswith("import Data.Map (Map)\nimport qualified Data.Map as Map\n")
    assert ("probe :: Int -> Double -> Bool -> String -> [[Int]] -> Map String [Int] -> (Int, String) -> Maybe Int "
            "-> (Int, Double, Bool, String, [Int], Map String Int, Maybe Int)\n") in decl
    assert "probe n x flag s grid index pair maybe' = undefined" in decl  # `maybe` is a Prelude function
    assert_passed(results, "probe_declaration")


def test_solution_prelude_imports_and_renamed_prelude_names(results):
    assert_passed(results, "hiding")
    assert_passed(results, "gcd")


def test_assemble_orders_pragmas_imports_declarations():
    code = "{-# LANGUAGE TupleSections #-}\nmodule Solution\n  ( echoText\n  ) where\n\nimport Data.Char (toUpper)\n" \
           "import qualified Data.Map as OorlMap\n\necho :: Int\necho = 1\n"
    text = R.program(ECHO, code)
    assert text.startswith("{-# LANGUAGE TupleSections #-}\nimport Prelude\n")
    assert "module" not in text
    assert text.count("import qualified Data.Map as OorlMap") == 1
    assert text.index("import Data.Char (toUpper)") < text.index("echo :: Int") < text.index("main = do")


def test_names_avoid_keywords_and_prelude():
    assert R.function_name(GCD) == "gcd'"
    assert R.function_name(problem("sum_evens", [("x", "int")], "int", [([1], 1)])) == "sumEvens"
    assert R.param_name("type") == "type'" and R.param_name("max_len") == "maxLen"


def test_type_names():
    assert R.type_name(parse_type("list[optional[int]]")) == "[Maybe Int]"
    assert R.type_name(parse_type("dict[str, tuple[int, optional[float]]]")) == "Map String (Int, Maybe Double)"
    assert R.type_name(parse_type("optional[dict[bool, list[str]]]")) == "Maybe (Map Bool [String])"


def test_one_element_tuples_are_unsupported():
    with pytest.raises(Unsupported, match=r"one-element tuple tuple\[int\]"):
        R.check(problem("single", [("x", "int")], "list[tuple[int]]", [([4], [[4]])]))
    R.check(PROBE_KEYS)
