"""Helpers for the IR tests: IR of our own (trusted) C, compiled on the host with the builder's flags."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from oorl.ir.build import CLANG, COMMON_FLAGS, IR_FLAGS, LEVEL_FLAGS, LEVELS


def host_levels(code: str, levels=LEVELS) -> dict[str, str]:
    """``{level: IR}`` of ``code`` at each level, as ``oorl ir build`` emits it (raises if clang fails)."""
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "src.c").write_text(code)
        out = {}
        for lv in levels:
            flags = LEVEL_FLAGS.get(lv, f"-{lv}").split()
            out[lv] = subprocess.run([CLANG, "-std=gnu17", *COMMON_FLAGS.split(), *IR_FLAGS.split(), *flags, "src.c",
                                      "-o", "-"], cwd=d, capture_output=True, text=True, check=True).stdout
        return out
