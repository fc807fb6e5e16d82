"""Control groups for sandboxed runs (cgroup v1 ``memory`` and ``pids`` controllers).

A cgroup caps the memory of *all* processes of a run together, counts resident
memory rather than address space (so the JVM and node, which reserve far more
than they use, work under it), records OOM kills, and lists every process a
program started so that none survives the run, daemonised or not.

Each worker slot gets ``<own cgroup>/oorl-<pid>-<n>/<name>`` in each hierarchy, nested under
the cgroup this process already lives in, so a container's own limits still hold.
cgroup v2 is not handled yet: where only v2 is writable, ``CgroupManager.probe``
returns None and the sandbox falls back to rlimits (and says so).
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import signal
import time
from dataclasses import dataclass
from pathlib import Path


def _v1_mounts() -> dict[str, Path]:
    """Mount points of the cgroup v1 hierarchies, by controller."""
    mounts: dict[str, Path] = {}
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return mounts
    for line in lines:
        left, _, right = line.partition(" - ")
        fields, rfields = left.split(), right.split()
        if len(rfields) < 3 or rfields[0] != "cgroup":
            continue
        for opt in rfields[2].split(","):
            if opt in ("memory", "pids", "cpuacct"):
                mounts[opt] = Path(fields[4])
    return mounts


def _own_path(controller: str) -> str:
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controller in controllers.split(","):
            return path.lstrip("/")
    return ""


@dataclass
class RunCgroup:
    """The memory and pids cgroups of one worker slot, reused run after run.

    Reuse saves a mkdir/rmdir pair per hierarchy and per run, and rmdir often has
    to wait for the kernel to release the last dead task.  ``prepare`` sets the
    next run's limits and resets the peak; OOM kills are counted as a difference.
    """

    memory: Path
    pids: Path
    cpuacct: Path | None = None  # optional: CPU time of the whole run, to tell a CPU-limit kill
    _oom_before: int = 0
    _cpu_before: int = 0

    def dirs(self) -> list[Path]:
        return [d for d in (self.memory, self.pids, self.cpuacct) if d is not None]

    def procs_files(self) -> list[str]:
        """The files a process writes its own pid to, to join (done by the gate shell)."""
        return [str(d / "cgroup.procs") for d in self.dirs()]

    def _cpu_ns(self) -> int:
        try:
            return int((self.cpuacct / "cpuacct.usage").read_text()) if self.cpuacct else 0
        except (OSError, ValueError):
            return 0

    def cpu_seconds(self) -> float | None:
        """CPU seconds used by every process of the run since ``prepare``; None without cpuacct."""
        return (self._cpu_ns() - self._cpu_before) / 1e9 if self.cpuacct else None

    def prepare(self, *, memory_bytes: int, max_procs: int) -> None:
        limit = self.memory / "memory.limit_in_bytes"
        swap = self.memory / "memory.memsw.limit_in_bytes"  # no swapping out of the limit either
        # memsw must stay >= limit at every moment: raise memsw first, lower limit first.
        order = [limit, swap] if memory_bytes <= int(limit.read_text()) else [swap, limit]
        for f in order:
            if f.exists():
                f.write_text(str(memory_bytes))
        (self.memory / "memory.max_usage_in_bytes").write_text("0")
        (self.pids / "pids.max").write_text(str(max_procs))
        self._oom_before = self._oom_kills()
        self._cpu_before = self._cpu_ns()

    def attach(self, pid: int) -> None:
        for d in self.dirs():
            (d / "cgroup.procs").write_text(str(pid))

    def _oom_kills(self) -> int:
        try:
            for line in (self.memory / "memory.oom_control").read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    return int(value)
            return int((self.memory / "memory.failcnt").read_text())
        except (OSError, ValueError):
            return 0

    def oom_killed(self) -> bool:
        return self._oom_kills() > self._oom_before

    def peak_bytes(self) -> int:
        try:
            return int((self.memory / "memory.max_usage_in_bytes").read_text())
        except (OSError, ValueError):
            return 0

    def pids_now(self) -> list[int]:
        try:
            return [int(p) for p in (self.pids / "cgroup.procs").read_text().split()]
        except OSError:
            return []

    def kill_all(self, timeout_s: float = 5.0) -> bool:
        """SIGKILL every process in the run until none is left; True when empty."""
        deadline = time.monotonic() + timeout_s
        while True:
            pids = self.pids_now()
            if not pids:
                return True
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)

    def remove(self) -> None:
        for d in self.dirs():
            for _ in range(200):
                try:
                    d.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError as e:  # EBUSY while the last process is being reaped
                    if e.errno != errno.EBUSY:
                        raise
                    time.sleep(0.005)


_managers = itertools.count()  # several executors may live in one process


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def sweep_stale() -> int:
    """Remove ``oorl-<pid>-<n>`` cgroups left by executors whose process died; returns how many."""
    removed = 0
    mounts = _v1_mounts()
    for controller, mnt in mounts.items():
        parent = mnt / _own_path(controller)
        try:
            entries = list(parent.iterdir())
        except OSError:
            continue
        for root in entries:
            m = re.fullmatch(r"oorl-(\d+)(?:-\d+)?", root.name)
            if not m or not root.is_dir() or pid_alive(int(m.group(1))):
                continue
            for leaf in [d for d in root.iterdir() if d.is_dir()]:
                RunCgroup(leaf, leaf).kill_all(timeout_s=1.0)
                try:
                    leaf.rmdir()
                except OSError:
                    pass
            try:
                root.rmdir()
                removed += 1
            except OSError:
                pass
    return removed


class CgroupManager:
    """Creates slot cgroups under ``<own cgroup>/oorl-<pid>-<n>`` in each hierarchy."""

    def __init__(self, memory_root: Path, pids_root: Path, cpuacct_root: Path | None = None):
        self.memory_root = memory_root
        self.pids_root = pids_root
        self.cpuacct_root = cpuacct_root
        self._counter = itertools.count(1)  # next() is atomic under the GIL

    @classmethod
    def probe(cls) -> "CgroupManager | None":
        """A working manager, or None when v1 memory+pids cgroups cannot be created here."""
        mounts = _v1_mounts()
        if "memory" not in mounts or "pids" not in mounts:
            return None
        name = f"oorl-{os.getpid()}-{next(_managers)}"
        try:
            mem = mounts["memory"] / _own_path("memory") / name
            pids = mounts["pids"] / _own_path("pids") / name
            mem.mkdir(exist_ok=True)
            pids.mkdir(exist_ok=True)
            cpu = None
            if "cpuacct" in mounts:
                try:
                    cpu = mounts["cpuacct"] / _own_path("cpuacct") / name
                    cpu.mkdir(exist_ok=True)
                except OSError:
                    cpu = None
            manager = cls(mem, pids, cpu)
            probe = manager.create("probe", memory_bytes=64 << 20, max_procs=8)
            probe.remove()
        except OSError:
            return None
        return manager

    def create(self, name: str, *, memory_bytes: int, max_procs: int) -> RunCgroup:
        leaf = f"{name}-{next(self._counter)}"
        cg = RunCgroup(self.memory_root / leaf, self.pids_root / leaf,
                       self.cpuacct_root / leaf if self.cpuacct_root else None)
        for d in cg.dirs():
            d.mkdir()
        try:
            cg.prepare(memory_bytes=memory_bytes, max_procs=max_procs)
        except OSError:
            cg.remove()
            raise
        return cg

    def close(self) -> None:
        for d in (self.memory_root, self.pids_root, self.cpuacct_root):
            if d is None:
                continue
            try:
                d.rmdir()
            except OSError:
                pass
