"""The shipped GEPO groups (``oorl/ir/data/groups.jsonl.xz``): size, split, freshness, and re-execution.

The set is built by ``oorl ir build --problems shipped --c-dir oorl/ir/data/programs --heldout-share 0.15
-o oorl/ir/data/groups.jsonl.xz``.  These tests check it is current (every group's source is the
shipped C, byte for byte; every shipped C source has a group or a recorded drop) and re-execute a
sample natively, train and held-out alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oorl.ir.check import recheck
from oorl.ir.groups import DATA_DIR, load_shipped_groups
from oorl.tasks.shipped import load_shipped
from tests.conftest import need

PROGRAMS = DATA_DIR / "programs"


@pytest.fixture(scope="module")
def groups():
    return load_shipped_groups()


@pytest.fixture(scope="module")
def summary():
    return json.loads((DATA_DIR / "groups.summary.json").read_text())


def test_size_and_split(groups):
    assert len(groups) >= 200
    heldout = [g for g in groups if g["split"] == "heldout"]
    assert 0.08 * len(groups) <= len(heldout) <= 0.3 * len(groups)
    assert len({g["id"] for g in groups}) == len(groups)
    assert sum(g["verified"] for g in groups) >= 0.9 * len(groups)
    assert all(len(g["winners"]) >= 2 for g in groups)
    assert {g["kind"] for g in groups} == {"program", "function"}


def test_groups_match_the_shipped_c(groups, summary):
    problems = {p.id: p for p in load_shipped() if "c" in p.solutions}
    programs = {p.stem: p.read_text() for p in PROGRAMS.glob("*.c")}
    for g in groups:
        if g["id"] in problems:
            p = problems[g["id"]]
            assert g["source"] == p.solutions["c"], f"{g['id']}: stale group, rebuild the shipped set"
            assert g["split"] == p.split
        else:
            assert g["source"] == programs[g["id"]], f"{g['id']}: stale group, rebuild the shipped set"
    accounted = {g["id"] for g in groups} | {d["id"] for d in summary["drops"]}
    assert accounted == set(problems) | set(programs)
    assert summary["groups"] == len(groups)
    assert "sandbox_error" not in summary["dropped"]


def test_losers_carry_witnesses_and_labels(groups):
    for g in groups:
        for loser in g["losers"]:
            assert loser["mutation"] and loser["kind"] and loser["parent"]
            if g["verified"]:
                assert loser["witness"]["got"] != loser["witness"]["expected"]


@pytest.mark.parametrize("split", ["train", "heldout"])
def test_sample_reexecutes_natively(groups, executor, split):
    need("c")
    sample = [g for g in groups if g["split"] == split][::12][:8]
    report = recheck(sample, executor)
    assert report.ok, report.failures
    assert report.winners_equivalent == report.winners and report.verified_losers_different == report.verified_losers


def test_shipped_file_is_packaged():
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert '"data/groups.jsonl.xz"' in pyproject and '"data/programs/*"' in pyproject
