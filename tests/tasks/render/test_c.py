"""The C renderer, end to end: every program is compiled by the real clang-19 and run in the sandbox.

C renders a subset (scalars and one-level lists of them), so the probe is a set of
small problems that together take and return every supported type.  The module's
programs go to the executor in one ``run_batch`` (the ``results`` fixture), and
each test reads the results it is about.
"""

from __future__ import annotations

import re

import pytest

from oorl.tasks.render import Unsupported, case_label, get_renderer
from oorl.tasks.types import parse_type
from oorl.types import ExecRequest, Status
from tests.conftest import need
from tests.tasks.render.probes import problem

R = get_renderer("c")


# Every parameter type at once: n + (x if flag) + len(s) + sum(xs) + sum(ys) + count(bs) + total length of words.
WEIGH = problem(
    "weigh",
    [("n", "int"), ("x", "float"), ("flag", "bool"), ("s", "str"), ("xs", "list[int]"), ("ys", "list[float]"),
     ("bs", "list[bool]"), ("words", "list[str]")],
    "float",
    [([1, 0.5, True, "ab", [1, 2], [0.25], [True, False, True], ["x", "yz"]], 11.75),
     ([3, 2.0, False, "", [], [], [], []], 3.0),
     ([-2**63, 0.0, True, "q", [2**63 - 1], [-0.5], [False], [""]], -0.5)])
WEIGH_OK = """#include <string.h>

double weigh(long long n, double x, bool flag, const char* s, const long long* xs, size_t xs_len,
             const double* ys, size_t ys_len, const bool* bs, size_t bs_len, const char** words, size_t words_len) {
    double total = (double)n + (flag ? x : 0.0) + (double)strlen(s);
    for (size_t i = 0; i < xs_len; i++) total += (double)xs[i];
    for (size_t i = 0; i < ys_len; i++) total += ys[i];
    for (size_t i = 0; i < bs_len; i++) total += bs[i];
    for (size_t i = 0; i < words_len; i++) total += (double)strlen(words[i]);
    return total;
}
"""
WEIGH_BODY = WEIGH_OK.split("{\n", 1)[1].rsplit("}", 1)[0]
TAG_WORDS = problem("tag_words", [("words", "list[str]"), ("s", "str")], "list[str]",
                    [([["a", 'b"c'], "!中"], ["a!中", 'b"c!中']), ([[], "x"], []), ([["", "é"], ""], ["", "é"])])
TAG_WORDS_OK = """#include <stdlib.h>
#include <string.h>

char** tag_words(const char** words, size_t words_len, const char* s, size_t* out_len) {
    char** out = malloc(sizeof(char*) * (words_len + 1));
    size_t n = 0;
    for (size_t i = 0; i < words_len; i++) {
        out[n] = malloc(strlen(words[i]) + strlen(s) + 1);
        strcpy(out[n], words[i]);
        strcat(out[n++], s);
    }
    *out_len = n;
    return out;
}
"""
HALVES = problem("halves", [("xs", "list[int]")], "list[float]",
                 [([[1, -3]], [0.5, -1.5]), ([[]], []), ([[2**62]], [2.305843009213694e18])])
HALVES_OK = """#include <stdlib.h>

double* halves(const long long* xs, size_t xs_len, size_t* out_len) {
    double* out = malloc(sizeof(double) * (xs_len + 1));
    for (size_t i = 0; i < xs_len; i++) out[i] = xs[i] / 2.0;
    *out_len = xs_len;
    return out;
}
"""
PARITIES = problem("parities", [("xs", "list[int]")], "list[bool]",
                   [([[1, 2, -4]], [False, True, True]), ([[]], []), ([[-3, -2**63]], [False, True])])
PARITIES_OK = """#include <stdlib.h>

bool* parities(const long long* xs, size_t xs_len, size_t* out_len) {
    bool* out = malloc(xs_len + 1);
    for (size_t i = 0; i < xs_len; i++) out[i] = xs[i] % 2 == 0;
    *out_len = xs_len;
    return out;
}
"""
CUMULATIVE = problem("cumulative", [("xs", "list[int]")], "list[int]",
                     [([[1, 2, 3]], [1, 3, 6]), ([[]], []), ([[5, -5]], [5, 0])])
CUMULATIVE_OK = """#include <stdlib.h>

long long* cumulative(const long long* xs, size_t xs_len, size_t* out_len) {
    if (xs_len == 0) {
        *out_len = 0;
        return NULL;  /* an empty result may be NULL */
    }
    long long* out = malloc(sizeof(long long) * xs_len);
    long long sum = 0;
    for (size_t i = 0; i < xs_len; i++) out[i] = sum += xs[i];
    *out_len = xs_len;
    return out;
}
"""
SHOUT = problem("shout", [("s", "str"), ("n", "int")], "str", [(["ab", 2], "abab"), (["x", 0], ""), (["é", 3], "ééé")])
SHOUT_OK = """#include <stdlib.h>
#include <string.h>

char* shout(const char* s, long long n) {
    size_t len = strlen(s);
    char* out = malloc(len * (size_t)n + 1);
    out[0] = '\\0';
    for (long long i = 0; i < n; i++) strcat(out, s);
    return out;
}
"""
IS_SORTED = problem("is_sorted", [("xs", "list[int]")], "bool", [([[1, 2, 2]], True), ([[]], True), ([[3, 1]], False)])
IS_SORTED_OK = """bool is_sorted(const long long* xs, size_t xs_len) {
    for (size_t i = 1; i < xs_len; i++)
        if (xs[i - 1] > xs[i]) return false;
    return true;
}
"""
SPREAD = problem("spread", [("xs", "list[int]")], "int", [([[3, -1, 2]], 4), ([[]], 0), ([[7]], 0)])
SPREAD_OK = """long long spread(const long long* xs, size_t xs_len) {
    if (xs_len == 0) return 0;
    long long lo = xs[0], hi = xs[0];
    for (size_t i = 1; i < xs_len; i++) {
        if (xs[i] < lo) lo = xs[i];
        if (xs[i] > hi) hi = xs[i];
    }
    return hi - lo;
}
"""
# (problem, correct solution, (old, new) edit that makes it subtly wrong, the case the edit fails)
PROBES = {
    "weigh": (WEIGH, WEIGH_OK, ("(flag ? x : 0.0)", "x"), 1),
    "tag_words": (TAG_WORDS, TAG_WORDS_OK, ("    for (size_t i = 0; i < words_len; i++) {",
                                            "    for (size_t i = 0; i < words_len; i++) if (*words[i]) {"), 2),
    "halves": (HALVES, HALVES_OK, ("xs[i] / 2.0", "(double)(xs[i] / 2)"), 0),
    "parities": (PARITIES, PARITIES_OK, ("xs[i] % 2 == 0", "!(xs[i] % 2 == 1)"), 2),
    "cumulative": (CUMULATIVE, CUMULATIVE_OK, ("*out_len = xs_len;", "*out_len = xs_len - 1;"), 0),
    "shout": (SHOUT, SHOUT_OK, ("    out[0] = '\\0';", "    strcpy(out, n ? \"\" : s);"), 1),
    "is_sorted": (IS_SORTED, IS_SORTED_OK, ("xs[i - 1] > xs[i]", "xs[i - 1] >= xs[i]"), 0),
    "spread": (SPREAD, SPREAD_OK, ("long long lo = xs[0]", "long long lo = 0"), 2),
}

STRINGS = ['say "hi"', "it's", "back\\slash", "line\nbreak", "tab\there", "$x ${y}", "%d %s %%", "#{x}", "{} {{}}",
           "é 中 ß", "", "cr\rlf", "\x01\x1f\x7f", "??= ??/", "\u2028", "😀", "trailing\\", "\x018 \\x41 \\n", "`raw`"]
ECHO = problem("echo_text", [("s", "str")], "str", [([s], s) for s in STRINGS])
UTF8_BYTES = problem("utf8_bytes", [("s", "str")], "list[int]", [([s], list(s.encode())) for s in STRINGS])
FLOATS = [0.1, 1e-7, 1e16, 5e-324, 1.7976931348623157e308, -0.0, 123456.789, 2.5e-310, 1 / 3, -2.0]
SAME_FLOAT = problem("same_float", [("x", "float"), ("text", "str")], "bool", [([v, repr(v)], True) for v in FLOATS])
INTS = [0, -1, 42, 2**53 + 1, 2**63 - 1, -2**63]
INT_TEXT = problem("int_text", [("n", "int")], "str", [([v], str(v)) for v in INTS])
ADD = problem("add", [("a", "float"), ("b", "float")], "float",
              [([0.1, 0.2], 0.3), ([1.0, 1e-7], 1.0), ([1e9, 0.5], 1e9), ([0.5, 0.5], 1.0)])

PROGRAMS = {
    **{f"{name}_ok": (p, ok) for name, (p, ok, _, _) in PROBES.items()},
    **{f"{name}_wrong": (p, ok.replace(*edit)) for name, (p, ok, edit, _) in PROBES.items()},
    "weigh_declaration": (WEIGH, R.declaration(WEIGH).replace("    /* ... */\n", "#include <string.h>\n" + WEIGH_BODY)),
    "echo": (ECHO, "char* echo_text(const char* s) {\n    return (char*)s;\n}\n"),
    "utf8_bytes": (UTF8_BYTES, "#include <stdlib.h>\n#include <string.h>\n\n"
                               "long long* utf8_bytes(const char* s, size_t* out_len) {\n"
                               "    size_t n = strlen(s);\n    long long* out = malloc(sizeof(long long) * (n + 1));\n"
                               "    for (size_t i = 0; i < n; i++) out[i] = (unsigned char)s[i];\n"
                               "    *out_len = n;\n    return out;\n}\n"),
    "same_float": (SAME_FLOAT, "#include <stdlib.h>\n\nbool same_float(double x, const char* text) {\n"
                               "    return strtod(text, NULL) == x;\n}\n"),
    "int_text": (INT_TEXT, "#include <stdio.h>\n#include <stdlib.h>\n\nchar* int_text(long long n) {\n"
                           "    char* out = malloc(32);\n    snprintf(out, 32, \"%lld\", n);\n    return out;\n}\n"),
    "add_ok": (ADD, "double add(double a, double b) {\n    return a + b;\n}\n"),
    "add_off": (ADD, "double add(double a, double b) {\n    return a == 0.5 ? 1.001 : a + b;\n}\n"),
    "add_aborts": (ADD, "#include <stdlib.h>\n\ndouble add(double a, double b) {\n    abort();\n}\n"),
    "add_float": (ADD, "float add(float a, float b) {\n    return a + b;\n}\n"),
    "add_nonconst": (UTF8_BYTES, "long long* utf8_bytes(char* s, size_t* out_len) {\n    *out_len = 0;\n"
                                 "    return 0;\n}\n"),
}


@pytest.fixture(scope="module")
def results(executor):
    need("c")
    requests = [ExecRequest(id=name, language="c", code=R.program(p, code), timeout_s=60)
                for name, (p, code) in PROGRAMS.items()]
    return dict(zip(PROGRAMS, executor.run_batch(requests)))


def assert_passed(results, name: str) -> None:
    res = results[name]
    assert res.status == Status.PASSED, f"{name}: {res.status}\n{res.stderr_tail}\n{R.program(*PROGRAMS[name])}"


def test_probes_of_every_type_pass_and_subtle_bugs_name_their_case(results):
    for name, (p, _, _, case) in PROBES.items():
        assert_passed(results, f"{name}_ok")
        res = results[f"{name}_wrong"]
        assert res.status == Status.FAILED, f"{name}_wrong: {res.status}\n{res.stderr_tail}"
        assert res.stderr_tail.strip() == case_label(p, case), name


def test_strings_survive_any_text(results):
    assert_passed(results, "echo")
    assert_passed(results, "utf8_bytes")  # the solution sees exactly these bytes, not just a round trip


def test_float_and_int_literals_are_exact(results):
    assert_passed(results, "same_float")
    assert_passed(results, "int_text")  # int64 extremes included
    assert R.literal(parse_type("int"), -2**63) == "(-9223372036854775807LL - 1)"


def test_float_tolerance(results):
    assert_passed(results, "add_ok")  # 0.1 + 0.2 vs 0.3; 1e9 + 0.5 vs 1e9 (relative)
    off = results["add_off"]
    assert off.status == Status.FAILED and off.stderr_tail.strip() == case_label(ADD, 3)


def test_a_crashing_solution_fails(results):
    assert results["add_aborts"].status == Status.FAILED


def test_a_solution_of_another_signature_does_not_compile(results):
    assert results["add_float"].status == Status.COMPILE_ERROR
    assert results["add_nonconst"].status == Status.COMPILE_ERROR  # `char*` where `const char*` is declared


def test_declaration_is_the_real_signature(results):
    decl = R.declaration(WEIGH)
    assert decl.startswith("#include <stdbool.h>\n#include <stddef.h>\n")
    assert ("double weigh(long long n, double x, bool flag, const char* s, const long long* xs, size_t xs_len, "
            "const double* ys, size_t ys_len, const bool* bs, size_t bs_len, const char** words, size_t words_len) {"
            ) in decl
    assert "char** tag_words(const char** words, size_t words_len, const char* s, size_t* out_len)" in \
        R.declaration(TAG_WORDS)
    assert_passed(results, "weigh_declaration")


def test_names_avoid_keywords_libc_and_each_other():
    assert R.function_name(problem("abs", [("x", "int")], "int", [([1], 1)])) == "abs_"
    clash = problem("sum_evens", [("xs", "list[int]"), ("xs_len", "int"), ("int", "int")], "list[int]",
                    [([[1], 1, 2], [1])])
    assert R.signature(clash) == ("long long* sum_evens(const long long* xs, size_t xs_len, long long xs_len_, "
                                  "long long int_, size_t* out_len)")


@pytest.mark.parametrize("returns,expected", [("dict[str, int]", []), ("tuple[int, int]", [1, 2]),
                                              ("optional[int]", None), ("list[list[int]]", [])])
def test_containers_beyond_flat_lists_are_unsupported(returns, expected):
    p = problem("f", [], returns, [([], expected)])
    with pytest.raises(Unsupported, match=re.escape(f"uses {returns};")):
        R.check(p)


def test_strings_holding_nul_are_unsupported():
    with pytest.raises(Unsupported, match="NUL"):
        R.check(problem("echo_text", [("s", "str")], "str", [(["a\0b"], "a")]))
    R.check(ECHO)
