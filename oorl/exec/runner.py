"""Execute one request in one workspace: write, compile once, run once or per case, classify."""

from __future__ import annotations

from dataclasses import dataclass

from oorl.exec.isolation import Workspace
from oorl.exec.languages import TOOLS_IN_SANDBOX, Language, fill
from oorl.exec.sandbox import Limits, RunOutcome, Sandbox
from oorl.types import CaseResult, ExecRequest, ExecResult, Status

TAIL_CHARS = 2000


@dataclass(frozen=True)
class RunnerConfig:
    """Limits that are not part of a request."""

    max_procs: int = 256
    output_bytes: int = 64 << 20  # stdout cap (the run is killed past it)
    stderr_bytes: int = 256 << 20  # stderr cap (head and tail kept)
    file_mb: int = 256
    tmp_mb: int = 256
    work_mb: int = 512  # each run's fresh /work
    stop_on_failure: bool = True  # with cases: stop at the first failing case


def tail(data: bytes, n: int = TAIL_CHARS) -> str:
    return data[-n * 4:].decode("utf-8", "replace")[-n:]


def outputs_match(actual: str, expected: str) -> bool:
    """Equal up to trailing whitespace on each line and trailing blank lines.

    Lines end at ``\n`` only and only ASCII blanks are trimmed: ``str.splitlines``
    and ``str.rstrip`` would also take U+0085, U+001C, NBSP …, letting "1\x1c2"
    pass for "1\n2".
    """

    def norm(s: str) -> list[str]:
        lines = [line.rstrip(" \t\r\f\v") for line in s.split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        return lines

    return norm(actual) == norm(expected)


def marker_last(stdout: bytes, marker: str) -> bool:
    """Whether the last non-blank line of ``stdout`` is ``marker`` (surrounding blanks ignored)."""
    lines = [ln for ln in stdout.decode("utf-8", "replace").split("\n") if ln.strip()]
    return bool(lines) and lines[-1].strip() == marker.strip()


def classify(out: RunOutcome, lang: Language) -> Status:
    """Status of one run from its raw outcome (exit 0 is ``passed`` here; cases compare output later)."""
    if out.setup_error:
        return Status.SANDBOX_ERROR
    if out.output_exceeded:
        return Status.OUTPUT_EXCEEDED
    if out.oom_killed:
        return Status.MEMORY_EXCEEDED
    if out.timed_out or out.cpu_exceeded:
        return Status.TIMEOUT
    if out.exit_code == 0:  # markers are searched in all of stderr: trailing noise cannot hide one
        return Status.FAILED if any(m.encode() in out.stderr for m in lang.fail_markers) else Status.PASSED
    if any(m.encode() in out.stderr for m in lang.oom_markers):
        return Status.MEMORY_EXCEEDED
    return Status.FAILED


class Runner:
    """Runs requests in one sandbox; stateless apart from its sandbox and config."""

    def __init__(self, sandbox: Sandbox, config: RunnerConfig | None = None):
        self.sandbox = sandbox
        self.config = config or RunnerConfig()

    def _limits(self, wall_s: float, memory_mb: int) -> Limits:
        c = self.config
        return Limits(wall_s=wall_s, memory_mb=memory_mb, max_procs=c.max_procs, output_bytes=c.output_bytes,
                      stderr_bytes=c.stderr_bytes, file_mb=c.file_mb, tmp_mb=c.tmp_mb, work_mb=c.work_mb)

    def _exec(self, template, lang: Language, ws: Workspace, values: dict, *, stdin: bytes, limits: Limits,
              fresh_work: bool = True):
        """One sandboxed command; every step but the compile gets a fresh ``/work`` with the artefacts read-only."""
        return self.sandbox.run(fill(template, **values), ws, stdin=stdin, limits=limits, env=dict(lang.env),
                                vm_heavy=lang.vm_heavy, binds=lang.binds, fresh_work=fresh_work)

    def execute(self, req: ExecRequest, lang: Language, ws: Workspace, unprotected: list[str]) -> ExecResult:
        """Compile once, then run once (exit-code mode) or per case (stdin/stdout mode)."""
        result = ExecResult(id=req.id, language=lang.name, status=Status.SANDBOX_ERROR, unprotected=unprotected)
        missing = lang.missing(self.sandbox.tools_dir)
        if missing:
            result.error = (f"toolchain for {lang.name} is missing ({', '.join(missing)} not found); "
                            f"install {lang.packages} (`make setup` installs every toolchain)")
            return result
        ws.reset()
        src = lang.source_name(req.code)
        ws.write(src, req.code)
        values = {"src": src, "main": lang.main_name(req.code), "tools": TOOLS_IN_SANDBOX,
                  "memory_mb": str(req.memory_mb), "young_mb": str(max(req.memory_mb // 8, 8))}
        if lang.compile is not None:
            limits = self._limits(lang.compile_timeout_s, max(req.memory_mb, lang.compile_memory_mb))
            out = self._exec(lang.compile, lang, ws, values, stdin=b"", limits=limits, fresh_work=False)
            if out.setup_error:
                result.error = out.setup_error
                return result
            if out.exit_code != 0:
                result.status = Status.COMPILE_ERROR
                result.exit_code = out.exit_code
                result.time_s = out.time_s
                why = "compilation timed out" if out.timed_out else ("compiler output exceeded the cap" if out.output_exceeded else "")
                result.stdout_tail, result.stderr_tail = tail(out.stdout), (why + "\n" if why else "") + tail(out.stderr)
                return result
        run_limits = self._limits(req.timeout_s, req.memory_mb)
        if req.cases is None:
            out = self._exec(lang.run, lang, ws, values, stdin=req.stdin.encode(), limits=run_limits)
            status = self._judge(out, req, lang, ws, values)
            result.status, result.exit_code, result.time_s = status, out.exit_code, out.time_s
            result.stdout_tail, result.stderr_tail = tail(out.stdout, req.stdout_chars), tail(out.stderr)
            if status is Status.PASSED and req.done_marker and not marker_last(out.stdout, req.done_marker):
                result.status = Status.FAILED
                result.stderr_tail += ("\noorl: exit status 0 but the tests did not finish (the harness's completion "
                                       "marker is not the last line of stdout: did the program exit early?)")
            result.error = out.setup_error
            return result
        return self._run_cases(req, lang, ws, values, run_limits, result)

    def _run_cases(self, req, lang, ws, values, limits, result: ExecResult) -> ExecResult:
        result.cases, result.status, total = [], Status.PASSED, 0.0
        for i, case in enumerate(req.cases):
            out = self._exec(lang.run, lang, ws, values, stdin=case.stdin.encode(), limits=limits)
            status = self._judge(out, req, lang, ws, values)
            if status is Status.PASSED and not outputs_match(out.stdout.decode("utf-8", "replace"), case.stdout):
                status = Status.FAILED
            total += out.time_s
            result.cases.append(CaseResult(i, status, out.exit_code, out.time_s, tail(out.stdout, req.stdout_chars),
                                           tail(out.stderr)))
            if status is not Status.PASSED and result.status is Status.PASSED:
                result.status, result.exit_code = status, out.exit_code
                result.stdout_tail, result.stderr_tail, result.error = (tail(out.stdout, req.stdout_chars), tail(out.stderr),
                                                                        out.setup_error)
                if self.config.stop_on_failure or status in (Status.SANDBOX_ERROR, Status.COMPILE_ERROR):
                    break
        if result.status is Status.PASSED:
            result.exit_code = 0
            last = result.cases[-1] if result.cases else None
            result.stdout_tail, result.stderr_tail = (last.stdout_tail, last.stderr_tail) if last else ("", "")
        result.time_s = total
        return result

    def _judge(self, out: RunOutcome, req: ExecRequest, lang: Language, ws: Workspace, values: dict) -> Status:
        status = classify(out, lang)
        if status is Status.FAILED and lang.check is not None:
            # Interpreted languages: a failure may be a syntax error; only now pay for
            # the check.  Like every run it gets a fresh /work (nothing the failed run
            # wrote, such as a usercustomize.py under HOME=/work, can reach it), and
            # the request's own limits.
            check = self._exec(lang.check, lang, ws, values, stdin=b"", limits=self._limits(req.timeout_s, req.memory_mb))
            if not check.setup_error and not check.timed_out and check.exit_code not in (0, None):
                return Status.COMPILE_ERROR
        return status
