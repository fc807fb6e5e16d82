"""A killed executor leaves scratch mounts and cgroups behind; the next executor sweeps them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oorl.exec import Executor

SCRIPT = """
import sys, time
from oorl.exec import Executor
ex = Executor(workers=2, cache=False)
print(ex._base, flush=True)
time.sleep(600)
"""


def _scratch_mounts() -> list[str]:
    out = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        left, _, right = line.partition(" - ")
        if right.split()[1:2] == ["oorl-scratch"]:
            out.append(left.split()[4])
    return out


@pytest.mark.skipif(os.geteuid() != 0, reason="scratch mounts and cgroups need root")
def test_next_executor_sweeps_what_a_killed_one_left():
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    base = proc.stdout.readline().strip()
    assert base, "the child executor did not start"
    assert any(m.startswith(base) for m in _scratch_mounts())
    cgroup_roots = [p for p in Path("/sys/fs/cgroup/pids").rglob(f"oorl-{proc.pid}-*")]
    assert cgroup_roots, "the child executor made no pids cgroup"
    proc.send_signal(signal.SIGKILL)  # no atexit, no close(): everything is left behind
    proc.wait()
    time.sleep(0.2)
    assert any(m.startswith(base) for m in _scratch_mounts())
    with Executor(workers=1):
        assert not any(m.startswith(base) for m in _scratch_mounts())
        assert not Path(base).exists()
        for root in cgroup_roots:
            assert not root.exists(), root
