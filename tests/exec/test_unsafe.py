"""Without bubblewrap: refuse by default, run only with allow_unsafe, and say what is unprotected."""

from __future__ import annotations

import json
import shutil

import pytest

from oorl.cli import main
from oorl.exec import ExecRequest, Executor, SandboxUnavailable, Status, isolation


@pytest.fixture
def no_bwrap(monkeypatch):
    real = shutil.which
    monkeypatch.setattr(isolation.shutil, "which", lambda name, *a, **k: None if name == "bwrap" else real(name, *a, **k))


def test_no_isolation_refuses_without_allow_unsafe(no_bwrap):
    with pytest.raises(SandboxUnavailable, match="--allow-unsafe"):
        Executor(workers=1)


def test_allow_unsafe_runs_and_records_every_missing_protection(no_bwrap, caplog):
    with caplog.at_level("WARNING"), Executor(workers=1, allow_unsafe=True, cache=False) as ex:
        r = ex.run(ExecRequest(id="u", language="python", code="print(6 * 7)"))
    assert r.status is Status.PASSED and r.stdout_tail == "42\n"
    assert {"network", "filesystem", "cleanup"} <= set(r.unprotected)
    assert any("'network' is NOT active" in m for m in caplog.messages)  # said loudly


def test_cli_refuses_without_allow_unsafe_and_runs_with_it(no_bwrap, tmp_path, capsys):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text(json.dumps({"id": "a", "language": "python", "code": "print(1)"}) + "\n")
    assert main(["exec", "batch", str(inp), "-o", str(out), "--no-progress"]) == 2
    assert "--allow-unsafe" in capsys.readouterr().err
    assert main(["exec", "batch", str(inp), "-o", str(out), "--no-progress", "--allow-unsafe"]) == 0
    res = json.loads(out.read_text())
    assert res["status"] == "passed" and "network" in res["unprotected"]
