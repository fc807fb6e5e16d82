"""Architecture rules that a test can check: the light layers import no torch."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["oorl.exec", "oorl.exec.pool", "oorl.exec.doctor", "oorl.cli", "oorl.types", "oorl.tasks",
                                    "oorl.rewards", "oorl.tasks.render", "oorl.tasks.check",
                                    "oorl.tasks.datasets", "oorl.ir", "oorl.ir.build", "oorl.ir.check", "oorl.ir.cli",
                                    "oorl.ir.sltrans", "oorl.ir.groups"])
def test_light_modules_do_not_import_torch(module):
    code = f"import sys, {module}; bad = [m for m in ('torch', 'transformers') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, f"{module} pulled in {proc.stdout.strip()} {proc.stderr[-500:]}"


def test_cli_exec_command_does_not_import_torch(tmp_path):
    code = ("import sys; from oorl.cli import main; main(['exec', 'doctor', '--json']); "
            "sys.exit(1 if 'torch' in sys.modules else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-500:]
