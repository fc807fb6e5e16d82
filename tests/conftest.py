"""Shared fixtures.

Language tests call ``need(language)``: where the toolchain is absent they skip,
except under ``CI=true``, where CI has installed every toolchain and a missing one
is a failure, never a silent skip.
"""

from __future__ import annotations

import os

import pytest

from oorl.exec import Executor
from oorl.exec.languages import resolve

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(language: str) -> None:
    """Skip (or, under CI=true, fail) when ``language``'s toolchain is absent."""
    missing = resolve(language).missing()
    if missing:
        msg = f"toolchain for {language} missing: {', '.join(missing)}"
        if IN_CI:
            pytest.fail(f"{msg} (CI installs every toolchain, so this must not skip)")
        pytest.skip(msg)


@pytest.fixture(scope="session")
def executor():
    """One shared executor (cache off, so every test really executes)."""
    with Executor(cache=False) as ex:
        yield ex
