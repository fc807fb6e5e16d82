"""The problem spec: the type language, value checking, and JSONL validation with named errors."""

from __future__ import annotations

import json

import pytest

from oorl.tasks import FunctionProblem, ProblemError, StdioProblem, check_value, load_problems, parse_type
from oorl.tasks.types import TypeSpec, TypeSyntaxError

GOOD_FN = {
    "kind": "function", "id": "sum_evens", "function": "sum_evens",
    "params": [{"name": "xs", "type": "list[int]"}], "returns": "int",
    "cases": [{"args": [[1, 2, 4]], "expected": 6}, {"args": [[]], "expected": 0}],
    "solutions": {"py": "def sum_evens(xs):\n    return sum(x for x in xs if x % 2 == 0)\n"},
    "description": "Sum of the even numbers.", "difficulty": 1,
}
GOOD_IO = {"kind": "stdio", "id": "a_plus_b", "statement": "Print a + b.",
           "cases": [{"stdin": "1 2\n", "stdout": "3\n"}], "split": "heldout"}


@pytest.mark.parametrize("text, expected", [
    ("int", TypeSpec("int")),
    ("list[int]", TypeSpec("list", (TypeSpec("int"),))),
    ("dict[str, list[float]]", TypeSpec("dict", (TypeSpec("str"), TypeSpec("list", (TypeSpec("float"),))))),
    ("tuple[int, str, bool]", TypeSpec("tuple", (TypeSpec("int"), TypeSpec("str"), TypeSpec("bool")))),
    (" optional[ list[str] ] ", TypeSpec("optional", (TypeSpec("list", (TypeSpec("str"),)),))),
])
def test_parse_type_round_trips(text, expected):
    assert parse_type(text) == expected
    assert parse_type(str(expected)) == expected


@pytest.mark.parametrize("text, fragment", [
    ("integer", "unknown type 'integer'"),
    ("list[int", "expected ']'"),
    ("dict[int]", "dict takes 2"),
    ("dict[list[int], int]", "dict keys must be"),
    ("list[int]]", "unexpected ']'"),
    ("", "unexpected end"),
])
def test_parse_type_errors_say_what_is_wrong(text, fragment):
    with pytest.raises(TypeSyntaxError) as e:
        parse_type(text)
    assert fragment in str(e.value)


@pytest.mark.parametrize("type_text, value", [
    ("int", 3), ("float", 2), ("float", 2.5), ("bool", False), ("str", ""), ("list[int]", []),
    ("optional[int]", None), ("tuple[int, str]", [1, "a"]), ("dict[int, str]", [[1, "a"], [2, "b"]]),
    ("list[optional[list[bool]]]", [None, [True], []]),
])
def test_values_of_the_type_pass(type_text, value):
    check_value(parse_type(type_text), value)


@pytest.mark.parametrize("type_text, value, where", [
    ("int", True, "v"),  # a bool is not an int
    ("int", 1.0, "v"),
    ("float", float("inf"), "v"),
    ("list[int]", [1, "2"], "v[1]"),
    ("tuple[int, str]", [1], "v"),
    ("dict[str, int]", {"a": 1}, "v"),  # dicts travel as [key, value] pairs
    ("dict[str, int]", [["a", 1], ["a", 2]], "v[1][0]"),
    ("list[list[int]]", [[1], [2, None]], "v[1][1]"),
])
def test_bad_values_name_the_exact_place(type_text, value, where):
    with pytest.raises(ValueError) as e:
        check_value(parse_type(type_text), value, "v")
    assert str(e.value).startswith(f"{where}:"), str(e.value)


def _write(tmp_path, rows):
    path = tmp_path / "problems.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_load_good_problems(tmp_path):
    problems = load_problems(_write(tmp_path, [GOOD_FN, "", GOOD_IO]))
    fn, io = problems
    assert isinstance(fn, FunctionProblem) and isinstance(io, StdioProblem)
    assert fn.params[0].name == "xs" and str(fn.params[0].type) == "list[int]" and str(fn.returns) == "int"
    assert fn.cases[0].args == ([1, 2, 4],) and fn.cases[0].expected == 6
    assert set(fn.solutions) == {"python"}  # aliases resolve to the canonical name
    assert fn.split == "train" and io.split == "heldout"
    assert io.cases[0].stdin == "1 2\n"


@pytest.mark.parametrize("change, fragment", [
    ({"kind": "lambda"}, "field 'kind'"),
    ({"function": "2fast"}, "field 'function'"),
    ({"params": [{"name": "xs", "type": "array[int]"}]}, "field 'params[0].type'"),
    ({"returns": "integer"}, "field 'returns'"),
    ({"cases": [{"args": [[1, "x"]], "expected": 1}]}, "field 'cases[0].args[0]' (xs)[1]"),
    ({"cases": [{"args": [[1]], "expected": "1"}]}, "field 'cases[0].expected'"),
    ({"cases": [{"args": [], "expected": 1}]}, "field 'cases[0].args': 1 parameter(s), 0 argument(s)"),
    ({"cases": []}, "at least one case"),
    ({"solutions": {"cobol": "x"}}, "field 'solutions.cobol'"),
    ({"split": "test"}, "field 'split'"),
    ({"difficulty": 0}, "field 'difficulty'"),
])
def test_bad_fields_are_named_with_file_and_line(tmp_path, change, fragment):
    path = _write(tmp_path, [GOOD_IO, {**GOOD_FN, **change}])
    with pytest.raises(ProblemError) as e:
        load_problems(path)
    message = str(e.value)
    assert message.startswith(f"{path}:2: "), message
    assert fragment in message, message


def test_every_bad_line_is_reported_and_duplicate_ids_too(tmp_path):
    path = _write(tmp_path, ["{oops", GOOD_FN, {**GOOD_IO, "cases": "x"}, GOOD_FN])
    with pytest.raises(ProblemError) as e:
        load_problems(path)
    lines = str(e.value).splitlines()
    assert lines[0].startswith(f"{path}:1: not valid JSON")
    assert lines[1].startswith(f"{path}:3: field 'cases'")
    assert lines[2] == f"{path}:4: field 'id': 'sum_evens' already used on line 2"
