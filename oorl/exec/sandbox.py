"""Run one untrusted command under isolation, and say honestly what is enforced.

What the sandbox does, each property with an adversarial test in
``tests/exec/test_isolation.py``:

* **network**: a new, empty network namespace (bubblewrap ``--unshare-all``):
  nothing is reachable, not even services on the host's loopback.
* **filesystem**: a fresh mount namespace holding only the system directories
  (``/usr`` with its ``/bin``, ``/lib`` links, ``/etc``) read-only, the project's
  tools directory read-only at ``/opt/oorl``, a private ``/proc``, a minimal
  ``/dev``, a private ``/tmp``, and ``/work``.  The compile step writes the slot's
  scratch directory there; every run gets a fresh, size-capped ``/work`` with the
  compile's artefacts bound read-only, so nothing a run writes reaches a later
  run (not even the next case of the same request) or the compiled program.  The
  slot's scratch is a tmpfs replaced wholesale before each request.  Home
  directories, the checkout, run directories and credentials outside ``/etc``
  are simply not there.
* **syscall filter** (``oorl.exec.seccomp``): kernel keyrings (shared by a uid
  across runs), ptrace, io_uring, perf events, bpf and userfaultfd fail with
  ENOSYS.
* **unprivileged_user**: programs run as a dedicated unprivileged uid (one per
  worker slot, ``61000+slot`` by default) with no capabilities and no supplementary
  groups; without root, as the invoking (non-root) user.
* **process_limit**: a pids cgroup caps processes and threads per run, so a fork
  bomb stops at the cap and the host stays responsive (``RLIMIT_NPROC`` without
  cgroups, which only works for non-root users).
* **memory_limit**: a memory cgroup caps resident memory of the whole run (works
  for the JVM and node); an OOM kill gives ``memory_exceeded``.  Without cgroups,
  ``RLIMIT_AS``, which VM-based runtimes cannot live under, so for them memory is
  reported unprotected.
* **cpu_limit** and **wall_timeout**: a wall-clock deadline for the run, and
  ``RLIMIT_CPU`` per process (twice the wall limit by default, a backstop that
  also catches multi-threaded burners; CPU time is measured by a cpuacct cgroup
  to tell its kill from others), both giving ``timeout``.
* **disk_limit**: the scratch directory is a size-capped tmpfs (root only; else a
  per-file ``RLIMIT_FSIZE``), ``/tmp`` a size-capped tmpfs.
* **output_limit**: stdout and stderr are read into bounded buffers; the run is
  killed as soon as either passes the cap (``output_exceeded``), so printing
  gigabytes costs almost nothing.
* **cleanup**: a new pid namespace whose init is killed with the run; every
  process left in the run's cgroup is killed before a result is returned, setsid
  and daemonised children included.  A program cannot signal the executor: it
  cannot see it (pid namespace) and does not own it (other uid).

What it does NOT protect against:

* kernel exploits: the sandbox shares the host kernel (namespaces, not a VM);
* side channels (timing, cache), and CPU contention between concurrent runs;
* reading world-readable files under ``/usr`` and ``/etc`` (by design: toolchains
  need them; keep secrets out of world-readable system files);
* ``/dev/shm`` inside is a small private tmpfs with no size cap of its own (the
  memory cgroup bounds it, and it vanishes with the run);
* slot ``N`` of every executor on the machine uses the same uid ``61000+N``:
  concurrent runs of different executors are still apart (separate pid, mount
  and network namespaces), but share that uid's kernel accounting;
* compilers' own resource use beyond the compile limits, and bugs in the
  toolchains themselves;
* with the ``--allow-unsafe`` fallback (no bubblewrap), anything at all but the
  rlimits, timeouts and output cap: the program can read and write what the
  invoking user can, and reach the network.
"""

from __future__ import annotations

import logging
import os
import selectors
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from oorl.exec import seccomp
from oorl.exec.cgroups import RunCgroup
from oorl.exec.isolation import Isolation, Workspace, system_binds

log = logging.getLogger(__name__)

SCRATCH = "/work"
_STARTED = "\\001oorl-started\\002"  # printf escapes, as the in-sandbox sh sees them
_STARTED_BYTES = b"\001oorl-started\002"
_BASE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": SCRATCH,
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
}


@dataclass(frozen=True)
class Limits:
    """Limits of one sandboxed command."""

    wall_s: float
    memory_mb: int
    # Default: twice the wall limit, so a program whose runtime works in parallel
    # (JIT and GC threads, workers) is not cut short of its wall time; the
    # wall-clock deadline is the limit that usually ends a run.
    cpu_s: float | None = None
    max_procs: int = 256  # threads count too: a JVM starts ~20
    output_bytes: int = 64 << 20  # stdout past this kills the run (output_exceeded)
    stderr_bytes: int = 256 << 20  # stderr past this kills the run; only its head and tail are kept
    file_mb: int = 256  # RLIMIT_FSIZE, per file
    tmp_mb: int = 256  # private /tmp size
    work_mb: int = 512  # a fresh /work's size (``fresh_work`` runs)


@dataclass
class RunOutcome:
    """Raw outcome of one command; ``setup_error`` non-empty means our fault."""

    exit_code: int | None
    stdout: bytes
    stderr: bytes
    time_s: float
    timed_out: bool = False
    oom_killed: bool = False
    output_exceeded: bool = False
    setup_error: str = ""
    peak_memory_bytes: int = 0
    cpu_s: float = 0.0  # CPU time of the whole run (from the cpuacct cgroup; 0 without it)
    cpu_exceeded: bool = False  # killed by RLIMIT_CPU (SIGXCPU, or SIGKILL at the hard limit)


class Sandbox:
    """Runs commands under the isolation ``Isolation`` found; one method, ``run``."""

    def __init__(self, isolation: Isolation, tools_dir: Path, etc_files: dict[str, Path] | None = None):
        self.isolation = isolation
        self.tools_dir = tools_dir
        self._etc = [a for dest, src in (etc_files or {}).items() for a in ("--ro-bind", str(src), dest)]
        self._binds = system_binds()
        self._setpriv = shutil.which("setpriv") or "/usr/bin/setpriv"
        self._seccomp = seccomp.filter_program()

    def _work(self, ws: Workspace, limits: Limits, fresh: bool) -> list[str]:
        """The /work mount: the slot's scratch itself, or a fresh tmpfs holding its artefacts read-only."""
        if not fresh:
            return ["--bind", str(ws.path), SCRATCH]
        names = ws.artefacts()
        if names is None:  # too many entries to bind one by one: the whole scratch, read-only
            return ["--ro-bind", str(ws.path), SCRATCH]
        out = ["--size", str(limits.work_mb << 20), "--perms", "0755", "--tmpfs", SCRATCH]
        for name in names:
            out += ["--ro-bind", str(ws.path / name), f"{SCRATCH}/{name}"]
        return out

    def _wrap(self, argv: list[str], ws: Workspace, limits: Limits, env: dict[str, str],
              binds: tuple[str, ...], fresh_work: bool, seccomp_fd: int | None) -> list[str]:
        if self.isolation.bwrap is None:
            return argv
        tools = ["--ro-bind", str(self.tools_dir), "/opt/oorl"] if self.tools_dir.is_dir() else []
        tools += [a for b in binds for a in ("--ro-bind-try", b, b)]
        seccomp = ["--seccomp", str(seccomp_fd)] if seccomp_fd is not None else []
        return [
            self.isolation.bwrap, "--unshare-all", "--unshare-user", "--disable-userns",
            "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--hostname", "sandbox",
            *self._binds, *self._etc, *tools,
            "--proc", "/proc", "--dev", "/dev", "--size", str(limits.tmp_mb << 20), "--tmpfs", "/tmp",
            *self._work(ws, limits, fresh_work), "--chdir", SCRATCH, "--clearenv", *seccomp,
            *[a for k, v in env.items() for a in ("--setenv", k, v)],
            # Inside, sh writes a marker to stderr before the program runs: the
            # program cannot suppress it, so a setup failure (no marker) is never
            # confused with the program's own failure.
            "--", "/bin/sh", "-c", f'printf "{_STARTED}" >&2 && exec "$@"', "oorl-start", *argv,
        ]

    def run(self, argv: list[str], ws: Workspace, *, stdin: bytes, limits: Limits, env: dict[str, str],
            vm_heavy: bool = False, binds: tuple[str, ...] = (), fresh_work: bool = False) -> RunOutcome:
        """Run ``argv`` in ``ws`` (``/work`` inside) under ``limits``; never raises for the program's faults.

        ``fresh_work``: the program gets a new, empty, size-capped ``/work`` holding the
        workspace's artefacts (the compiled program, the source) read-only, so nothing
        one run writes can reach a later run, or the compiled program itself.
        """
        full_env = {**_BASE_ENV, **env}
        if self.isolation.bwrap is None:
            full_env["HOME"] = full_env["TMPDIR"] = str(ws.path)
        cg = ws.cgroup
        try:
            if cg is not None:
                cg.prepare(memory_bytes=limits.memory_mb << 20, max_procs=limits.max_procs)
            return self._run(argv, ws, stdin, limits, full_env, cg, vm_heavy, binds, fresh_work)
        except OSError as e:
            return RunOutcome(None, b"", b"", 0.0, setup_error=f"sandbox setup failed: {e}")
        finally:
            if cg is not None and not cg.kill_all():
                log.warning("processes survived in %s after the run", cg.pids)

    def _run(self, argv, ws, stdin, limits, env, cg: RunCgroup | None, vm_heavy, binds, fresh_work) -> RunOutcome:
        seccomp_fd = seccomp.filter_fd(self._seccomp) if self._seccomp and self.isolation.bwrap else None
        try:
            return self._spawn(argv, ws, stdin, limits, env, cg, vm_heavy, binds, fresh_work, seccomp_fd)
        finally:
            if seccomp_fd is not None:
                os.close(seccomp_fd)

    def _spawn(self, argv, ws, stdin, limits, env, cg, vm_heavy, binds, fresh_work, seccomp_fd) -> RunOutcome:
        wrapped = self._wrap(argv, ws, limits, env, binds, fresh_work, seccomp_fd)
        # The gate shell lowers its own rlimits (root here may lack CAP_SYS_RESOURCE
        # to set another process's), joins the slot's cgroups while still root, and
        # drops to the slot's uid with setpriv; everything the program starts
        # inherits all three.  Dropping privileges in the child rather than with
        # Popen(user=...) keeps vfork usable, which matters when the parent is a
        # trainer holding gigabytes.
        steps = [f"ulimit -{flag} {value}" for flag, value in self._ulimits(limits, vm_heavy)]
        if cg is not None:
            steps += [f"echo $$ > {f}" for f in cg.procs_files()]
        drop: list[str] = []
        if ws.uid is not None:
            drop = [self._setpriv, f"--reuid={ws.uid}", f"--regid={ws.gid}", "--clear-groups", "--"]
        gate = ["/bin/sh", "-c", " && ".join(steps + ['exec "$@"']), "oorl-gate", *drop, *wrapped]
        stdin_fd = _readonly_input(stdin)
        try:
            start = time.monotonic()
            proc = subprocess.Popen(gate, stdin=stdin_fd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=env, cwd=ws.path, close_fds=True,
                                    pass_fds=() if seccomp_fd is None else (seccomp_fd,))
        finally:
            os.close(stdin_fd)
        out = _collect(proc, start + limits.wall_s, limits.output_bytes, limits.stderr_bytes)
        out.time_s = time.monotonic() - start
        code = out.proc_returncode
        if cg is not None and (cpu := cg.cpu_seconds()) is not None:
            out.cpu_s = cpu
        # SIGXCPU at the soft limit; SIGKILL at the hard one when measured CPU says so.
        out.cpu_exceeded = code in (-signal.SIGXCPU, 128 + signal.SIGXCPU) or (
            code in (-signal.SIGKILL, 128 + signal.SIGKILL) and out.cpu_s >= 0.9 * self._cpu_seconds(limits))
        if cg is not None:
            out.oom_killed = cg.oom_killed()
            out.peak_memory_bytes = cg.peak_bytes()
        if out.stderr.startswith(_STARTED_BYTES):
            out.stderr = out.stderr[len(_STARTED_BYTES):]
        elif self.isolation.bwrap is not None:
            # No marker: the program never ran.  The gate, setpriv or bubblewrap
            # failed, or the sandbox did not even start within the wall limit (an
            # overloaded host): either way not the program's doing.
            why = "did not start within the wall limit" if out.timed_out else "failed to start"
            out.setup_error = f"the sandbox {why}: " + out.stderr[-500:].decode("utf-8", "replace")
        return out.outcome()

    @staticmethod
    def _cpu_seconds(limits: Limits) -> int:
        return int(limits.cpu_s if limits.cpu_s is not None else 2 * limits.wall_s) + 1

    def _ulimits(self, limits: Limits, vm_heavy: bool) -> list[tuple[str, int]]:
        """(sh ulimit flag, value) pairs: no core files, CPU seconds, file size in 512-byte blocks.

        CPU: the soft limit sends SIGXCPU; the hard one, a second later, SIGKILL for
        a program that ignores it (dash's plain ``-t`` would set both at once).
        """
        cpu = self._cpu_seconds(limits)
        out = [("c", 0), ("S -t", cpu), ("H -t", cpu + 1), ("f", limits.file_mb * 2048)]
        if self.isolation.cgroups is None:
            if not self.isolation.root:  # RLIMIT_NPROC does nothing for root
                out.append(("p", limits.max_procs))
            if not vm_heavy:
                out.append(("v", limits.memory_mb * 1024))
        return out


@dataclass
class _Collected:
    proc_returncode: int | None
    stdout: bytes
    stderr: bytes
    timed_out: bool
    output_exceeded: bool
    time_s: float = 0.0
    oom_killed: bool = False
    peak_memory_bytes: int = 0
    setup_error: str = ""
    cpu_s: float = 0.0
    cpu_exceeded: bool = False

    def outcome(self) -> RunOutcome:
        code = self.proc_returncode
        if code is not None and code < 0:  # killed by a signal: shell convention
            code = 128 - code
        return RunOutcome(
            exit_code=None if (self.timed_out or self.output_exceeded) else code,
            stdout=self.stdout, stderr=self.stderr, time_s=self.time_s, timed_out=self.timed_out,
            oom_killed=self.oom_killed, output_exceeded=self.output_exceeded, setup_error=self.setup_error,
            peak_memory_bytes=self.peak_memory_bytes, cpu_s=self.cpu_s, cpu_exceeded=self.cpu_exceeded,
        )


class _Stderr:
    """stderr as read: counted in full, but only the first ``keep`` bytes and the last 64 KiB kept.

    Diagnostics on stderr are not judged, so a program that logs heavily is not
    killed for it until ``cap``; the kept head still holds the start marker, and
    the tail the final error.
    """

    TAIL = 64 << 10

    def __init__(self, keep: int):
        self.keep, self.head, self.tail, self.total = keep, bytearray(), bytearray(), 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = self.keep - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if chunk:
            self.tail += chunk
            del self.tail[:-self.TAIL]

    def value(self) -> bytes:
        dropped = self.total - len(self.head) - len(self.tail)
        if not self.tail:
            return bytes(self.head)
        gap = f"\n[... {dropped} bytes of stderr not kept ...]\n".encode() if dropped > 0 else b""
        return bytes(self.head) + gap + bytes(self.tail)


def _collect(proc: subprocess.Popen, deadline: float, cap: int, err_cap: int) -> _Collected:
    """Read stdout/stderr (bounded) until exit, deadline or cap; kill the run on either limit.

    The process's exit is watched through a pidfd in the same ``select``: waking
    the moment it exits matters, since ``Popen.wait(timeout)`` polls with sleeps
    that add up to ~15 ms per run.
    """
    out_fd, err_fd = proc.stdout.fileno(), proc.stderr.fileno()
    stdout, stderr = bytearray(), _Stderr(keep=min(4 << 20, err_cap))
    sel = selectors.DefaultSelector()
    for fd in (out_fd, err_fd):
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_READ)
    pidfd = _pidfd(proc.pid)
    if pidfd is not None:
        sel.register(pidfd, selectors.EVENT_READ)
    timed_out = exceeded = False
    waiting = 2 + (pidfd is not None)
    try:
        while waiting and not exceeded:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            for key, _ in sel.select(timeout=min(remaining, 0.5)):
                fd = key.fd
                if fd == pidfd:  # exited; its pipes may still hold data
                    sel.unregister(fd)
                    waiting -= 1
                    continue
                try:
                    chunk = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if not chunk:
                    sel.unregister(fd)
                    waiting -= 1
                elif fd == out_fd:
                    room = cap - len(stdout)
                    stdout += chunk[: max(room, 0)]
                    exceeded |= len(chunk) > room
                else:
                    stderr.add(chunk)
                    exceeded |= stderr.total > err_cap
        if timed_out or exceeded:
            _kill(proc)
        else:
            try:
                proc.wait(timeout=max(deadline - time.monotonic(), 0.05))
            except subprocess.TimeoutExpired:
                timed_out = True
                _kill(proc)
    finally:
        sel.close()
        if pidfd is not None:
            os.close(pidfd)
        proc.stdout.close()
        proc.stderr.close()
    return _Collected(proc.returncode, bytes(stdout), stderr.value(), timed_out, exceeded)


def _pidfd(pid: int) -> int | None:
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):  # kernel < 5.3: fall back to Popen.wait's polling
        return None


def _readonly_input(data: bytes) -> int:
    """A read-only fd holding ``data``: an anonymous memfd, so the program can neither
    write through its stdin nor reach a file on the host's disk."""
    fd = os.memfd_create("oorl-stdin", os.MFD_CLOEXEC)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        ro = os.open(f"/proc/self/fd/{fd}", os.O_RDONLY | os.O_CLOEXEC)
    finally:
        os.close(fd)
    return ro


def _kill(proc: subprocess.Popen) -> None:
    try:
        proc.send_signal(signal.SIGKILL)  # bwrap's pid-1 dies with it (--die-with-parent)
    except ProcessLookupError:
        pass
    proc.wait()
