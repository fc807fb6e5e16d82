"""Drivers that run a function problem's C reference, and the inputs they feed it.

A function source's group holds the IR of the solution text alone.  To observe it, ``driver``
writes a second translation unit: the function's prototype (the C renderer's, so the types are
the task spec's), a printer per type, and a ``main`` that reads case numbers from stdin until its
end and, for each, calls the function with that case's arguments and prints the result on one
line (so one run can cover every case: ``lli`` compiles the module once per run).  The driver is
compiled at -O0 by itself and linked to each IR, so the arguments are constants only to the
driver: no optimisation level of the solution can fold the call.

Printed forms are exact: integers in decimal, floats with ``%.17g`` (a round trip, so two IRs
that differ in the last bit differ here), booleans as ``true``/``false``, strings quoted with
every byte outside printable ASCII escaped, lists in brackets (``NULL`` for a null string).

``generated_cases`` adds argument tuples drawn from the ranges the problem's own tests use (the
function's domain is unknown, so staying near the tests keeps most of them valid).  A generated
case on which the -O0 program crashes, trips a sanitizer or never ends is dropped by the builder,
not held against the source.
"""

from __future__ import annotations

import random
import string
from typing import Any

from oorl.tasks.render.c import _ELEMENTS, CRenderer, _is_list
from oorl.tasks.render.cpp import string_literal
from oorl.tasks.spec import FunctionProblem
from oorl.tasks.types import TypeSpec

_PRINTERS = r"""
static void oorl_print_int(long long v) { printf("%lld", v); }
static void oorl_print_float(double v) { printf("%.17g", v); }
static void oorl_print_bool(bool v) { fputs(v ? "true" : "false", stdout); }
static void oorl_print_str(const char* s) {
    if (s == NULL) { fputs("NULL", stdout); return; }
    putchar('"');
    for (; *s; ++s) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\' || c < 32 || c > 126) printf("\\x%02x", c);
        else putchar(c);
    }
    putchar('"');
}
"""
_LIST_PRINTER = """
static void oorl_print_{name}_list({elem}* xs, size_t n) {{
    putchar('[');
    for (size_t i = 0; i < n; ++i) {{
        if (i) fputs(", ", stdout);
        oorl_print_{name}(xs[i]);
    }}
    putchar(']');
}}
"""


def driver(p: FunctionProblem, cases: list[tuple[Any, ...]]) -> str:
    """The C driver for ``p`` calling it with each argument tuple of ``cases`` (case k on input ``k``)."""
    r = CRenderer()
    r.check(p)
    lines = ["#include <stdbool.h>", "#include <stddef.h>", "#include <stdio.h>", "",
             f"{r.signature(p, named=False)};", _PRINTERS]
    for name, elem in _ELEMENTS.items():
        lines.append(_LIST_PRINTER.format(name=name, elem=elem))
    lines += ["int main(void) {", "    int k;", "    while (scanf(\"%d\", &k) == 1) {", "    switch (k) {"]
    fn, ret = r.function_name(p), p.returns
    for i, args in enumerate(cases):
        rendered = []
        for q, a in zip(p.params, args):
            rendered.append(r.literal(q.type, a))
            if _is_list(q.type):
                rendered.append(str(len(a)))
        if _is_list(ret):
            kind = ret.args[0].name
            call = ["        size_t oorl_n = 0;",
                    f"        {r.return_type(ret)} oorl_got = {fn}({', '.join([*rendered, '&oorl_n'])});",
                    f"        oorl_print_{kind}_list(({_ELEMENTS[kind]}*)oorl_got, oorl_n);"]
        else:
            call = [f"        {r.return_type(ret)} oorl_got = {fn}({', '.join(rendered)});",
                    f"        oorl_print_{ret.name}(oorl_got);"]
        lines += [f"    case {i}: {{", *call, "        break;", "    }"]
    lines += ["    default:", f"        fputs({string_literal('no such case' + chr(10))}, stderr);", "        return 4;",
              "    }", "    putchar('\\n');", "    fflush(stdout);", "    }", "    return 0;", "}", ""]
    return "\n".join(lines)


def generated_cases(p: FunctionProblem, n: int, seed: int = 0) -> list[tuple[Any, ...]]:
    """``n`` argument tuples near the ranges of ``p``'s test arguments, deterministic by seed and id."""
    rng = random.Random(f"{seed}:{p.id}")
    out: list[tuple[Any, ...]] = []
    seen = {repr(c.args) for c in p.cases}
    for _ in range(n * 4):
        if len(out) >= n:
            break
        args = tuple(_value(q.type, [c.args[j] for c in p.cases], rng) for j, q in enumerate(p.params))
        if repr(args) not in seen:
            seen.add(repr(args))
            out.append(args)
    return out


def _value(t: TypeSpec, examples: list[Any], rng: random.Random) -> Any:
    if t.name == "list":
        lengths = [len(e) for e in examples] or [3]
        size = rng.randint(min(lengths), max(lengths))
        elems = [x for e in examples for x in e]
        return [_value(t.args[0], elems, rng) for _ in range(size)]
    if t.name == "bool":
        return rng.random() < 0.5
    if t.name == "int":
        ints = [e for e in examples if isinstance(e, int) and not isinstance(e, bool)] or [0, 10]
        return rng.randint(min(ints), max(ints))
    if t.name == "float":
        floats = [float(e) for e in examples if isinstance(e, (int, float))] or [0.0, 10.0]
        return round(rng.uniform(min(floats), max(floats)), 3)
    if t.name == "str":
        chars = sorted({ch for e in examples if isinstance(e, str) for ch in e}) or list(string.ascii_lowercase)
        lengths = [len(e) for e in examples if isinstance(e, str)] or [4]
        return "".join(rng.choice(chars) for _ in range(rng.randint(min(lengths), max(lengths))))
    raise ValueError(f"no generator for type {t}")
