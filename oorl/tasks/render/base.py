"""What every renderer provides, and the helpers they share.

A renderer turns a language-neutral ``FunctionProblem`` into one language's

* ``declaration(p)``: the signature a solution must have, shown in prompts;
* ``harness(p)``: the code around a solution (``prefix`` before it, ``suffix``
  after it) that calls the function on every case and exits non-zero at the
  first failure, printing ``case N failed: <call> expected <value>`` to stderr,
  and after the last case prints ``done_marker(p)`` as the last line of stdout
  (the executor's ``done_marker`` check: a solution that exits 0 early fails);
* ``program(p, code)``: the complete program (exit-code mode of the executor).

``literal(t, v)`` writes a JSON value of type ``t`` as source text, and
``type_name(t)`` the type.  Floats compare with a tolerance (``FLOAT_TOLERANCE``,
relative to the larger magnitude, absolute below 1); every other type exactly.
A problem whose types a language cannot express raises ``Unsupported``.
"""

from __future__ import annotations

import abc
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from oorl.tasks.spec import FunctionProblem
from oorl.tasks.types import TypeSpec

FLOAT_TOLERANCE = 1e-6


class Unsupported(ValueError):
    """The problem uses a type (or value) this language's renderer cannot express."""


@dataclass(frozen=True)
class Harness:
    prefix: str
    suffix: str
    marker: str  # printed as the last stdout line once every case passed (``done_marker``)


def words(name: str) -> list[str]:
    """``"sum_evens"`` / ``"sumEvens"`` -> ``["sum", "evens"]``."""
    parts = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).split("_")
    return [w.lower() for w in parts if w]


def camel(name: str) -> str:
    w = words(name) or [name]
    return w[0] + "".join(x.capitalize() for x in w[1:])


def pascal(name: str) -> str:
    return "".join(x.capitalize() for x in (words(name) or [name]))


def snake(name: str) -> str:
    return "_".join(words(name)) or name


def json_text(value: Any) -> str:
    """Compact JSON for messages (``[1, 2]`` rather than a language's literal)."""
    return json.dumps(value, ensure_ascii=True)


def case_label(p: FunctionProblem, i: int) -> str:
    """``"case 2 failed: sum_evens([1, 2]) expected 2"``, the harness's failure message (ASCII, JSON values)."""
    args = ", ".join(json_text(a) for a in p.cases[i].args)
    text = f"case {i} failed: {p.function}({args}) expected {json_text(p.cases[i].expected)}"
    return text if len(text) <= 300 else text[:297] + "..."


def done_marker(p: FunctionProblem, language: str) -> str:
    """The line a harness prints after its last passing case: derived from the problem's content, so a
    solution cannot know it (it never sees the harness) and a stale harness cannot pass a changed problem."""
    content = json.dumps([language, p.id, p.function, [[list(c.args), c.expected] for c in p.cases]], sort_keys=True)
    return "oorl-tests-done-" + hashlib.sha256(content.encode()).hexdigest()[:20]


def walk(t: TypeSpec):
    """Every type node in ``t``, itself first."""
    yield t
    for a in t.args:
        yield from walk(a)


def types_of(p: FunctionProblem) -> list[TypeSpec]:
    return [x for t in (*(q.type for q in p.params), p.returns) for x in walk(t)]


class Renderer(abc.ABC):
    """Base class; subclasses set ``language`` and implement the four abstract methods."""

    language: str = ""
    fence: str = ""  # the info string of a fenced block of this language

    def function_name(self, p: FunctionProblem) -> str:
        return p.function

    def param_name(self, name: str) -> str:
        return name

    @abc.abstractmethod
    def type_name(self, t: TypeSpec) -> str:
        """The target language's spelling of type ``t``."""

    @abc.abstractmethod
    def literal(self, t: TypeSpec, value: Any) -> str:
        """``value`` of type ``t`` as a literal of the target language."""

    @abc.abstractmethod
    def declaration(self, p: FunctionProblem) -> str:
        """The function's signature with an empty body, as the prompt shows it."""

    @abc.abstractmethod
    def harness(self, p: FunctionProblem) -> Harness:
        """Code around a solution that runs every case and exits non-zero at the first failure."""

    def check(self, p: FunctionProblem) -> None:
        """Raise ``Unsupported`` if ``p`` cannot be rendered; the default admits every type."""

    def assemble(self, prefix: str, code: str, suffix: str) -> str:
        """Join harness and solution; languages whose files have a fixed order override this."""
        return f"{prefix}{code.rstrip()}\n{suffix}"

    def marker(self, p: FunctionProblem) -> str:
        return done_marker(p, self.language)

    def program(self, p: FunctionProblem, code: str) -> str:
        h = self.harness(p)
        return self.assemble(h.prefix, code, h.suffix)


# C/C++ names that `#undef` must not touch: the preprocessor's own, C++'s named operators, and identifiers
# reserved to the implementation (leading underscore) are excluded by ``undef_block``.
_NOT_UNDEFINABLE = {"defined", "and", "and_eq", "bitand", "bitor", "compl", "not", "not_eq", "or", "or_eq", "xor",
                    "xor_eq", "include", "define", "undef", "ifdef", "ifndef", "endif", "pragma"}
_C_LITERALS = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')


def undef_block(code: str, keep: frozenset[str] = frozenset()) -> str:
    """``#undef`` lines for every identifier of ``code`` (a C/C++ harness placed after a solution).

    A solution's macros would otherwise rewrite the harness: competitive-programming C++ often has
    ``#define int long long`` (which breaks ``int main``), and ``#define if(c) if(0)`` would make a harness
    pass every case.  Undefining every name the harness uses, right before it, leaves the solution's
    macros in force for the solution only.  ``keep``: names that are standard macros the harness needs
    (``bool`` from <stdbool.h> in C, ``isnan``), left alone."""
    names = sorted({m.group(0) for m in re.finditer(r"\b[A-Za-z]\w*\b", _C_LITERALS.sub(" ", code))}
                   - _NOT_UNDEFINABLE - keep)
    return "".join(f"#undef {n}\n" for n in names)
