"""Small records passed between stages.

Only plain dataclasses and enums live here, so every layer (including the
torch-free ``oorl.exec``) can import this module cheaply.
"""

from __future__ import annotations

import enum
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any


class Status(enum.StrEnum):
    """Outcome of one execution request (DESIGN §4); the set is closed.

    ``sandbox_error`` means the program was *not judged*: the fault lies outside
    it (a missing toolchain, an isolation failure, or an invalid request).  It must
    never be turned into a reward of 0; ``ExecResult.judged`` is False for it.
    """

    PASSED = "passed"
    FAILED = "failed"
    COMPILE_ERROR = "compile_error"
    TIMEOUT = "timeout"
    MEMORY_EXCEEDED = "memory_exceeded"
    OUTPUT_EXCEEDED = "output_exceeded"
    SANDBOX_ERROR = "sandbox_error"


class RequestError(ValueError):
    """An execution request is malformed; the message names the field and the fix."""


@dataclass(frozen=True)
class Case:
    """One stdin → expected-stdout test case."""

    stdin: str
    stdout: str


DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MEMORY_MB = 1024
DEFAULT_STDOUT_CHARS = 2000
MAX_STDOUT_CHARS = 32 << 20


@dataclass(frozen=True)
class ExecRequest:
    """One program to compile and run (DESIGN §4 ``oorl exec batch`` input line).

    Without ``cases`` the program runs once with ``stdin`` and passes iff it exits 0
    within limits.  With ``cases`` it is compiled once and run per case, passing iff
    every case exits 0 and its stdout matches (trailing whitespace per line and
    trailing blank lines ignored).

    ``done_marker`` (exit-code mode only) closes a loophole of assert-style tests:
    a program that exits 0 *before* its tests run (``sys.exit(0)`` in a solution,
    ``exit(0)`` inside the function) would pass.  With a marker, the run passes only
    if the last non-blank line of its stdout is the marker, which a test harness
    prints after its last test and a solution cannot know.

    ``stdout_chars`` is how much of stdout comes back in ``stdout_tail`` (its last
    characters; default 2,000).  Tools whose product *is* the output (IR emission)
    ask for more, up to ``MAX_STDOUT_CHARS``.
    """

    id: str
    language: str
    code: str
    stdin: str = ""
    cases: tuple[Case, ...] | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    memory_mb: int = DEFAULT_MEMORY_MB
    done_marker: str | None = None
    stdout_chars: int = DEFAULT_STDOUT_CHARS

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise RequestError("field 'id' must be a non-empty string")
        if not isinstance(self.language, str) or not self.language:
            raise RequestError("field 'language' must be a non-empty string such as 'python'")
        if not isinstance(self.code, str):
            raise RequestError("field 'code' must be a string holding the program's source")
        if not isinstance(self.stdin, str):
            raise RequestError("field 'stdin' must be a string")
        if self.cases is not None and len(self.cases) == 0:
            # An empty list would pass any program vacuously.
            raise RequestError("field 'cases' is empty: give at least one case, or omit it for exit-code mode")
        if isinstance(self.timeout_s, bool) or not isinstance(self.timeout_s, (int, float)) or not 0 < self.timeout_s <= 600:
            raise RequestError(f"field 'timeout_s' must be a number in (0, 600], got {self.timeout_s!r}")
        if isinstance(self.memory_mb, bool) or not isinstance(self.memory_mb, int) or not 16 <= self.memory_mb <= 65536:
            raise RequestError(f"field 'memory_mb' must be an integer in [16, 65536], got {self.memory_mb!r}")
        if (isinstance(self.stdout_chars, bool) or not isinstance(self.stdout_chars, int)
                or not 1 <= self.stdout_chars <= MAX_STDOUT_CHARS):
            raise RequestError(f"field 'stdout_chars' must be an integer in [1, {MAX_STDOUT_CHARS}], got {self.stdout_chars!r}")
        if self.done_marker is not None:
            if not isinstance(self.done_marker, str) or not self.done_marker.strip() or "\n" in self.done_marker:
                raise RequestError("field 'done_marker' must be a non-empty single-line string")
            if self.cases is not None:
                raise RequestError("field 'done_marker' applies to exit-code mode only: drop it or drop 'cases'")

    @classmethod
    def from_dict(cls, obj: Any) -> "ExecRequest":
        """Build a request from a decoded JSON object, naming the bad field on error."""
        if not isinstance(obj, dict):
            raise RequestError(f"a request must be a JSON object, got {type(obj).__name__}")
        known = {"id", "language", "code", "stdin", "cases", "timeout_s", "memory_mb", "done_marker", "stdout_chars"}
        unknown = sorted(set(obj) - known)
        if unknown:
            raise RequestError(f"unknown field(s) {unknown}; valid fields: {sorted(known)}")
        for key in ("id", "language", "code"):
            if key not in obj:
                raise RequestError(f"missing required field '{key}'")
        cases = obj.get("cases")
        if cases is not None:
            if not isinstance(cases, list):
                raise RequestError("field 'cases' must be a list of {\"stdin\": str, \"stdout\": str}")
            parsed = []
            for i, c in enumerate(cases):
                if not isinstance(c, dict) or not isinstance(c.get("stdin", ""), str) or not isinstance(c.get("stdout"), str):
                    raise RequestError(f"cases[{i}] must be an object with string 'stdin' and 'stdout'")
                extra = sorted(set(c) - {"stdin", "stdout"})
                if extra:
                    raise RequestError(f"cases[{i}] has unknown field(s) {extra}; valid: ['stdin', 'stdout']")
                parsed.append(Case(stdin=c.get("stdin", ""), stdout=c["stdout"]))
            cases = tuple(parsed)
        kwargs: dict[str, Any] = {k: obj[k] for k in ("stdin", "timeout_s", "memory_mb", "done_marker", "stdout_chars")
                                  if k in obj}
        return cls(id=obj["id"], language=obj["language"], code=obj["code"], cases=cases, **kwargs)

    def content_key(self, language: str) -> str:
        """Hash of everything that determines the result (not the id)."""
        payload = {
            "language": language,
            "code": self.code,
            "stdin": self.stdin if self.cases is None else None,
            "cases": None if self.cases is None else [[c.stdin, c.stdout] for c in self.cases],
            "timeout_s": float(self.timeout_s),
            "memory_mb": self.memory_mb,
            "done_marker": self.done_marker,
            "stdout_chars": self.stdout_chars,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


@dataclass
class CaseResult:
    """Result of one stdin/stdout case."""

    index: int
    status: Status
    exit_code: int | None
    time_s: float
    stdout_tail: str = ""
    stderr_tail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "status": str(self.status),
            "exit_code": self.exit_code,
            "time_s": round(self.time_s, 4),
            "stdout_tail": self.stdout_tail,
            "stderr_tail": self.stderr_tail,
        }


@dataclass
class ExecResult:
    """Result of one request (DESIGN §4 ``oorl exec batch`` output line).

    ``error`` explains a ``sandbox_error`` (or is empty).  ``unprotected`` lists the
    isolation properties that were *not* enforced for this run (empty when fully
    isolated).  ``cached`` is True when the result came from the content cache.
    """

    id: str
    language: str
    status: Status
    exit_code: int | None = None
    time_s: float = 0.0
    stdout_tail: str = ""
    stderr_tail: str = ""
    cases: list[CaseResult] | None = None
    error: str = ""
    unprotected: list[str] = field(default_factory=list)
    cached: bool = False

    @property
    def passed(self) -> bool:
        return self.status is Status.PASSED

    @property
    def judged(self) -> bool:
        """False when the program was not judged (never score such a result as 0)."""
        return self.status is not Status.SANDBOX_ERROR

    def failure_line(self) -> str:
        """One line that says why the run did not pass, for reports: a test harness's ``case N failed`` line
        if there is one, else the first line naming an error or exception (Java/C# stack traces start with
        it), else the last line of stderr (Python's traceback ends with it), else of stdout."""
        if self.error:
            return self.error.strip().splitlines()[0][:300]
        lines = [ln.strip() for ln in (self.stderr_tail or "").splitlines() if ln.strip()]
        for ln in lines:
            if re.search(r"\bcase \d+ failed\b", ln):
                return ln[:300]
        if lines and re.search(r"(Error|Exception)\b", lines[-1]):  # Python: the exception is the last line
            return lines[-1][:300]
        for ln in lines:
            if re.search(r"(Error|Exception|error:|panic:)", ln):
                return ln[:300]
        out = [ln.strip() for ln in (self.stdout_tail or "").splitlines() if ln.strip()]
        return (lines or out or [""])[-1][:300]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "language": self.language,
            "status": str(self.status),
            "exit_code": self.exit_code,
            "time_s": round(self.time_s, 4),
            "stdout_tail": self.stdout_tail,
            "stderr_tail": self.stderr_tail,
        }
        if self.cases is not None:
            out["cases"] = [c.to_dict() for c in self.cases]
        if self.error:
            out["error"] = self.error
        if self.unprotected:
            out["unprotected"] = list(self.unprotected)
        if self.cached:
            out["cached"] = True
        return out

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> "ExecResult":
        cases = obj.get("cases")
        return cls(
            id=obj["id"],
            language=obj["language"],
            status=Status(obj["status"]),
            exit_code=obj.get("exit_code"),
            time_s=float(obj.get("time_s", 0.0)),
            stdout_tail=obj.get("stdout_tail", ""),
            stderr_tail=obj.get("stderr_tail", ""),
            cases=None if cases is None else [
                CaseResult(index=c["index"], status=Status(c["status"]), exit_code=c.get("exit_code"),
                           time_s=float(c.get("time_s", 0.0)), stdout_tail=c.get("stdout_tail", ""),
                           stderr_tail=c.get("stderr_tail", ""))
                for c in cases
            ],
            error=obj.get("error", ""),
            unprotected=list(obj.get("unprotected", [])),
            cached=bool(obj.get("cached", False)),
        )
