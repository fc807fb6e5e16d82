"""The Rust renderer, end to end: every program is compiled by the real rustc and run in the sandbox.

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
from tests.tasks.render.probes import problem

R = get_renderer("rust")
SINGLE = problem("single", [("x", "tuple[int]")], "list[tuple[int]]", [([[4]], [[4], [5]])])



STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x ${y}", "%d %s %%", "#{x}", "{} {{}}",
           "é 中 ß", "", "cr\rlf", "\x01\x1f\x7f\0", "??= ??/", "\u2028", "😀", "trailing\\", "\\u{41} \\n",
           'r#"raw"#']
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
CODE_POINTS = problem("code_points", [("s", "str")], "list[int]", [([s], [ord(c) for c in s]) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**53 + 1, 2**63 - 1, -2**63]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])

PROBE_OK = """#![allow(clippy::all)]
use std::collections::HashMap;

type Row = Vec<i64>;

fn probe(n: i64, x: f64, flag: bool, s: String, grid: Vec<Row>, index: HashMap<String, Vec<i64>>,
         pair: (i64, String), maybe: Option<i64>) -> (i64, f64, bool, String, Vec<i64>, HashMap<String, i64>, Option<i64>) {
    let rows: Vec<i64> = grid.iter().map(|r| r.iter().sum()).collect();
    let total = n + pair.0 + rows.iter().sum::<i64>();
    let lengths = index.iter().map(|(k, v)| (k.clone(), v.len() as i64)).collect();
    (total, x * 2.0, !flag, s + &pair.1, rows, lengths, maybe.map(|m| m + 1))
}
"""
# Wrong only when `maybe` is absent, which case 1 has.
PROBE_WRONG = PROBE_OK.replace("maybe.map(|m| m + 1)", "Some(maybe.unwrap_or(-1) + 1)")
KEYS_OK = """use std::collections::HashMap;

fn probe_keys(marks: HashMap<i64, bool>, words: Vec<String>, extra: Option<Vec<String>>, scale: Vec<Option<f64>>)
    -> (HashMap<bool, Vec<String>>, Vec<Option<f64>>) {
    let mut out: HashMap<bool, Vec<String>> = HashMap::from([(true, vec![]), (false, vec![])]);
    for (i, w) in words.into_iter().enumerate() {
        let key = *marks.get(&(i as i64)).unwrap_or(&false);
        out.get_mut(&key).unwrap().push(w);
    }
    if let Some(more) = extra {
        out.get_mut(&false).unwrap().extend(more);
    }
    (out, scale.iter().map(|v| v.map(|x| x * 2.0)).collect())
}
"""
KEYS_WRONG = KEYS_OK.replace("if let Some(more) = extra {", "if let Some(more) = extra.filter(|e| e.len() != 2) {")
PROBE_BODY = """\
    let rows: Vec<i64> = grid.iter().map(|r| r.iter().sum::<i64>()).collect();
    let mut lengths = HashMap::new();
    for (k, v) in index {
        lengths.insert(k, v.len() as i64);
    }
    (n + pair.0 + rows.iter().sum::<i64>(), x * 2.0, !flag, format!("{}{}", s, pair.1), rows, lengths,
     maybe.map(|m| m + 1))"""

PROGRAMS = {
    "probe_ok": (PROBE, PROBE_OK),
    "probe_wrong": (PROBE, PROBE_WRONG),
    "keys_ok": (PROBE_KEYS, KEYS_OK),
    "keys_wrong": (PROBE_KEYS, KEYS_WRONG),
    "probe_declaration": (PROBE, R.declaration(PROBE).replace("    todo!()", PROBE_BODY)),
    "single": (SINGLE, "fn single(x: (i64,)) -> Vec<(i64,)> {\n    vec![x, (x.0 + 1,)]\n}\n"),
    "echo": (ECHO, "fn echo_text(s: String) -> String {\n    s\n}\n"),
    "code_points": (CODE_POINTS, "fn code_points(s: String) -> Vec<i64> {\n"
                                 "    s.chars().map(|c| c as i64).collect()\n}\n"),
    "same_float": (SAME_FLOAT, "fn same_float(x: f64, text: String) -> bool {\n"
                               "    text.parse::<f64>() == Ok(x)\n}\n"),
    "int_text": (INT_TEXT, "fn int_text(n: i64) -> String {\n    n.to_string()\n}\n"),
    "add_ok": (ADD, "fn add(a: f64, b: f64) -> f64 {\n    a + b\n}\n"),
    "add_off": (ADD, "fn add(a: f64, b: f64) -> f64 {\n    if a == 0.5 { 1.001 } else { a + b }\n}\n"),
    "add_panics": (ADD, 'fn add(a: f64, b: f64) -> f64 {\n    panic!("boom")\n}\n'),
    "add_f32": (ADD, "fn add(a: f64, b: f64) -> f32 {\n    (a + b) as f32\n}\n"),
    "echo_borrowed": (ECHO, "fn echo_text(s: &str) -> String {\n    s.to_string()\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("rust")
    requests = [ExecRequest(id=name, language="rust", code=R.program(p, code), timeout_s=60)
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
    assert R.literal(parse_type("int"), -2**63) == "i64::MIN"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3; 1e9 + 0.5 vs 1e9 (relative)
    assert_fails_at(results, "add_off", 3)
    assert "add(0.5, 0.5) expected 1.0" in results["add_off"].stderr_tail


def test_a_panicking_solution_fails(results):
    res = results["add_panics"]
    assert res.status == Status.FAILED and "boom" in res.stderr_tail


def test_a_solution_of_another_type_does_not_compile(results):
    assert results["add_f32"].status == Status.COMPILE_ERROR
    assert results["echo_borrowed"].status == Status.COMPILE_ERROR  # parameters are owned: String, not &str


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(PROBE)
    assert decl.startswith("use std::collections::HashMap;\n\n")
    assert ("fn probe(n: i64, x: f64, flag: bool, s: String, grid: Vec<Vec<i64>>, index: HashMap<String, Vec<i64>>, "
            "pair: (i64, String), maybe: Option<i64>) -> (i64, f64, bool, String, Vec<i64>, HashMap<String, i64>, "
            "Option<i64>) {") in decl
    assert_passed(results, "probe_declaration")


def test_inner_attributes_go_first():
    text = R.program(ECHO, "#![allow(dead_code)]\nfn echo_text(s: String) -> String { s }\n")
    assert text.startswith("#![allow(dead_code)]\n") and text.count("#![") == 1


def test_names_avoid_keywords():
    assert R.function_name(problem("sumEvens", [("x", "int")], "int", [([1], 1)])) == "sum_evens"
    assert R.function_name(problem("main", [("x", "int")], "int", [([1], 1)])) == "main_"
    assert R.param_name("type") == "type_" and R.param_name("maxLen") == "max_len"


def test_type_names():
    assert R.type_name(parse_type("list[optional[int]]")) == "Vec<Option<i64>>"
    assert R.type_name(parse_type("dict[str, tuple[int, optional[float]]]")) == "HashMap<String, (i64, Option<f64>)>"
    assert R.type_name(parse_type("tuple[bool]")) == "(bool,)"


def test_lone_surrogates_are_unsupported():
    with pytest.raises(Unsupported, match="surrogate"):
        R.check(problem("echo_text", [("s", "str")], "str", [(["a\udc00"], "a")]))
    R.check(ECHO)
