"""The project's translation benchmark: its languages, its split, and a card whose numbers are recounted here
from the files on disk (problem records and solution files), not through the task builder.

Counts grow while reference solutions are added, so nothing here is a fixed number.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from oorl.eval import benchmark, translate
from oorl.exec.languages import LANGUAGES
from oorl.tasks.render import NoRenderer, Unsupported, get_renderer
from oorl.tasks.shipped import DATA_DIR
from oorl.tasks.spec import problem_from_dict
from tests.conftest import need

PAPER_TARGETS = {"python", "cpp", "java", "php", "javascript", "bash", "scala", "go", "typescript", "csharp",
                 "haskell"}


def heldout_records() -> dict[str, dict]:
    out = {}
    for path in sorted((DATA_DIR / "problems").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if obj.get("split", "train") == "heldout":
                    out[obj["id"]] = obj
    return out


def solution_files(language: str, ids) -> dict[str, Path]:
    """Problem id -> its ``language`` solution file, for the given ids."""
    folder = DATA_DIR / "solutions" / language
    suffix = Path(LANGUAGES[language].source).suffix
    return {f.stem: f for f in folder.glob(f"*{suffix}") if f.stem in ids} if folder.is_dir() else {}


def target_can_test(record: dict, target: str) -> bool:
    if record["kind"] == "stdio":
        return True
    try:
        get_renderer(target).check(problem_from_dict(record))
        return True
    except (Unsupported, NoRenderer):
        return False


@pytest.fixture(scope="module")
def recount():
    """The card's numbers, counted from the files."""
    records = heldout_records()
    sources, targets = {}, {t: {"tasks": 0, "with_reference": 0} for t in benchmark.TARGETS}
    refs = {t: solution_files(t, records) for t in benchmark.TARGETS}
    for s in benchmark.SOURCES:
        files = solution_files(s, records)
        loc = [sum(1 for x in f.read_text(encoding="utf-8").splitlines() if x.strip()) for f in files.values()]
        n_tasks = 0
        for pid in files:
            for t in benchmark.TARGETS:
                if t != s and target_can_test(records[pid], t):
                    n_tasks += 1
                    targets[t]["tasks"] += 1
                    targets[t]["with_reference"] += pid in refs[t]
        sources[s] = {"problems": len(files), "tasks": n_tasks, "avg_loc": sum(loc) / len(loc) if loc else None}
    return {"problems": len(records), "sources": sources, "targets": targets}


def test_languages_are_the_papers():
    assert set(benchmark.SOURCES) == {"python", "cpp", "java", "go"}
    assert set(benchmark.TARGETS) == PAPER_TARGETS and len(benchmark.TARGETS) == 11


def test_tasks_are_heldout_and_never_translate_to_the_source():
    tasks = benchmark.benchmark_tasks()
    heldout = set(heldout_records())
    assert tasks and all(t.problem_id in heldout and t.split == "heldout" for t in tasks)
    assert all(t.source_lang != t.target_lang for t in tasks)
    assert {t.source_lang for t in tasks} <= set(benchmark.SOURCES)
    assert {t.target_lang for t in tasks} <= PAPER_TARGETS


def test_card_matches_an_independent_count(recount):
    card = benchmark.benchmark_card()
    assert card["problems"] == recount["problems"] > 0
    for s, want in recount["sources"].items():
        got = card["sources"][s]
        assert (got["problems"], got["tasks"]) == (want["problems"], want["tasks"]), s
        assert got["avg_loc"] == pytest.approx(want["avg_loc"]), s
    assert card["targets"] == recount["targets"]
    assert card["tasks"] == sum(v["tasks"] for v in recount["sources"].values())


def test_card_command_prints_the_markdown(recount, capsys):
    ap = argparse.ArgumentParser()
    translate.add_parser(ap.add_subparsers())
    args = ap.parse_args(["translate", "--benchmark", "--card"])
    assert args.eval_func(args) == 0
    md = capsys.readouterr().out
    py = recount["sources"]["python"]
    assert f"| Python | {py['problems']} | {py['tasks']} | {py['avg_loc']:.1f} |" in md
    total = sum(v["tasks"] for v in recount["sources"].values())
    assert f"| **All** | {recount['problems']} | {total} | |" in md
    hs = recount["targets"]["haskell"]
    assert f"| Haskell | {hs['tasks']} | {hs['with_reference']} |" in md


def test_unknown_benchmark_language_is_refused():
    with pytest.raises(ValueError, match="not a benchmark target; valid: python, cpp"):
        benchmark.benchmark_tasks(targets=["rust"])


@pytest.mark.slow
def test_oracle_passes_on_benchmark_sample(tmp_path):
    """The harness check on the benchmark, for a sample: per (source, target) pair the first task with a
    reference, for the cheap targets (the full check is `oorl eval translate --benchmark --oracle`)."""
    targets = ("python", "cpp", "javascript", "go")
    for t in targets:
        need(t)
    seen, sample = set(), []
    for t in benchmark.benchmark_tasks(targets=targets):
        if t.reference is not None and (t.source_lang, t.target_lang) not in seen:
            seen.add((t.source_lang, t.target_lang))
            sample.append(t)
    from oorl.tasks.task import write_tasks

    write_tasks(sample, tmp_path / "sample.jsonl")
    ap = argparse.ArgumentParser()
    translate.add_parser(ap.add_subparsers())
    args = ap.parse_args(["translate", "--tasks", str(tmp_path / "sample.jsonl"), "--oracle", "-o",
                          str(tmp_path / "out"), "--no-progress", "--workers", "2"])
    assert args.eval_func(args) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["pass@1"] == 1.0 and summary["n"] == len(sample) >= 8
