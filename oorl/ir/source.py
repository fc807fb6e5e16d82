"""What an IR group is built from: a C text and the inputs that exercise it.

Two kinds of source:

* ``program``: a whole C program with ``main``.  Its observable behaviour on an input is the exit
  status and stdout of a run with that stdin.
* ``function``: a C translation unit without ``main`` (a function problem's C reference).  The
  IR of exactly that text is the group's response; a separate *driver* translation unit, whose
  ``main`` reads a case number from stdin, calls the function with that case's arguments and
  prints the result, is compiled at -O0 on its own and linked to each IR for a run.  The case's
  arguments are constants of the driver only, so the function's IR cannot be specialised to them
  (clang folds calls with constant arguments at -O1+ when it sees both sides).

``load_c_dir`` reads a directory of programs.  The inputs of ``foo.c`` are, in this order:
``foo.in``, then ``foo.*.in`` (sorted), then the entries of ``inputs.json`` (``{"foo.c": [stdin,
...]}``) in the same directory.  A program without inputs is probed with ``DEFAULT_PROBES``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

# Probes for a program that came without inputs: nothing, a number, a count then numbers, a line of text.
DEFAULT_PROBES = ("", "3\n", "5\n1 2 3 4 5\n", "2 3\n", "1\n4\n7 1 5 3\n", "hello world\n")
MAX_SOURCE_BYTES = 256 << 10


class SourceError(ValueError):
    """A source directory or file that cannot be read as documented."""


@dataclass
class Source:
    """One unit to build a group from (see the module doc).

    ``inputs`` are stdin strings (for a function source: the case numbers, ``"0\\n"`` ...);
    ``probed`` is True when they are ``DEFAULT_PROBES`` rather than given.  ``extra_winners`` are
    IRs made elsewhere (an SLTrans column), ``(label, ir)``, verified like clang's.
    """

    id: str
    code: str
    kind: str = "program"
    inputs: list[str] = field(default_factory=list)
    driver: str | None = None
    extra_winners: list[tuple[str, str]] = field(default_factory=list)
    split: str = "train"
    origin: str = ""
    probed: bool = False
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in ("program", "function"):
            raise SourceError(f"source {self.id!r}: kind must be 'program' or 'function', got {self.kind!r}")
        if self.kind == "function" and not self.driver:
            raise SourceError(f"source {self.id!r}: a function source needs a driver (a C main calling it)")
        if not self.inputs:
            self.inputs, self.probed = list(DEFAULT_PROBES), True


def load_c_dir(directory: str | Path, split: str = "train") -> tuple[list[Source], list[tuple[str, str]]]:
    """Every ``*.c`` under ``directory`` (recursively, sorted) as a program source, and the files
    that could not be read, as ``(path, reason)`` (the rest of the directory still loads)."""
    root = Path(directory)
    if not root.is_dir():
        raise SourceError(f"--c-dir {directory}: not a directory (give a directory of .c files)")
    table: dict[str, list[str]] = {}
    rejected: list[tuple[str, str]] = []
    for inputs_json in sorted(root.rglob("inputs*.json")):
        try:
            data = json.loads(inputs_json.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise SourceError(f"{inputs_json}: not valid JSON ({e}); expected {{\"prog.c\": [\"stdin\", ...]}}") from e
        if not isinstance(data, dict) or not all(
                isinstance(v, list) and all(isinstance(s, str) for s in v) for v in data.values()):
            raise SourceError(f"{inputs_json}: expected an object mapping file names to lists of stdin strings")
        for name, stdins in data.items():
            table.setdefault(str(inputs_json.parent.relative_to(root) / name), []).extend(stdins)
    sources: list[Source] = []
    for path in sorted(root.rglob("*.c")):
        rel = str(path.relative_to(root))
        try:
            raw = path.read_bytes()
        except OSError as e:
            rejected.append((rel, f"unreadable: {e.strerror}"))
            continue
        if len(raw) > MAX_SOURCE_BYTES:
            rejected.append((rel, f"too large ({len(raw)} bytes > {MAX_SOURCE_BYTES})"))
            continue
        try:
            code = raw.decode("utf-8")
        except UnicodeDecodeError:
            code = raw.decode("latin-1")
        stem = path.with_suffix("")
        files = ([stem.with_suffix(".in")] if stem.with_suffix(".in").is_file() else []) + sorted(
            path.parent.glob(path.stem + ".*.in"))
        inputs = [f.read_text(encoding="utf-8", errors="replace") for f in files] + table.get(rel, [])
        sources.append(Source(id=rel[:-2] if rel.endswith(".c") else rel, code=code, kind="program",
                              inputs=inputs, split=split, origin=str(root)))
    return sources, rejected


def sources_from_problems(problems, generated: int = 6, seed: int = 0) -> tuple[list[Source], list[tuple[str, str]]]:
    """Sources from task-spec problems that have a C reference solution (``solutions["c"]``).

    A function problem becomes a ``function`` source: its C solution, and a driver calling it on
    every test case and on ``generated`` more argument tuples (``oorl.ir.driver``).  A stdio problem
    becomes a ``program`` source whose inputs are its cases' stdin.  Problems without C, or whose
    types C cannot render, come back in the second list with the reason.
    """
    from oorl.ir.driver import driver, generated_cases
    from oorl.tasks.render.base import Unsupported
    from oorl.tasks.spec import FunctionProblem

    sources: list[Source] = []
    skipped: list[tuple[str, str]] = []
    for p in problems:
        code = p.solutions.get("c")
        if not code:
            skipped.append((p.id, "no C reference solution (solutions['c'])"))
            continue
        if isinstance(p, FunctionProblem):
            cases = [c.args for c in p.cases]
            extra = generated_cases(p, generated, seed) if generated else []
            try:
                drv = driver(p, cases + extra)
            except Unsupported as e:
                skipped.append((p.id, str(e)))
                continue
            total = len(cases) + len(extra)
            sources.append(Source(id=p.id, code=code, kind="function", driver=drv,
                                  inputs=[f"{k}\n" for k in range(total)], split=p.split, origin="problems",
                                  meta={"generated": set(range(len(cases), total))}))
        else:
            sources.append(Source(id=p.id, code=code, kind="program", inputs=[c.stdin for c in p.cases],
                                  split=p.split, origin="problems"))
    return sources, skipped
