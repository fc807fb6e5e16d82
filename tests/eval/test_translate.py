"""``oorl eval translate``: exact matrix numbers on a hand-made completions file, the oracle check, input errors.

The fixture (tests/eval/fixtures/translate/) holds six tasks built from shipped problems (python/cpp/javascript
targets: cheap toolchains) and completions written by hand, one reason each:

====================================  ===========================================  =========
task                                  completions (reason)                         pass@1
====================================  ===========================================  =========
c_gcd:python->cpp                     ok, tests (a + b), compile (undeclared)      1/3
c_gcd:python->javascript              ok (prose around the block), format (none)   1/2
c_is_prime:python->cpp                tests (n > 1), ok (tagged ``c++``)           1/2
c_is_prime:cpp->python                ok, ok (``py``), format (tagged javascript)  2/3
c_gcd:cpp->javascript                 format (two blocks), tests (min)             0
s_sum_of_list:cpp->python (stdio)     ok, tests (prints n)                         1/2
====================================  ===========================================  =========

Cells average their tasks: python->cpp (1/3 + 1/2)/2 = 5/12, python->javascript 1/2, cpp->python
(2/3 + 1/2)/2 = 7/12, cpp->javascript 0; overall (2 + 3 + 3 + 4 + 0 + 3)/6/6 = 5/12.  Reasons over the 14
samples: ok 6, format 3, compile 1, tests 4, error 0.
"""

from __future__ import annotations

import argparse
import json
import struct
from pathlib import Path

import pytest

from oorl.eval import translate
from oorl.tasks.extract import extract_code
from oorl.tasks.task import load_tasks, write_tasks
from oorl.types import ExecResult, Status
from tests.conftest import need

FIXTURES = Path(__file__).parent / "fixtures" / "translate"
TASKS = FIXTURES / "tasks.jsonl"
COMPLETIONS = FIXTURES / "completions.jsonl"


def run_cli(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers()
    translate.add_parser(sp)
    args = ap.parse_args(["translate", *argv])
    return args.eval_func(args)


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, after checking the signature."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    for lang in ("python", "cpp", "javascript"):
        need(lang)
    out = tmp_path_factory.mktemp("translate")
    rc = run_cli(["--tasks", str(TASKS), "--completions", str(COMPLETIONS), "-o", str(out), "--ks", "1,2",
                  "--no-progress", "--workers", "2"])
    return rc, out


def test_matrix_cells_are_exact(scored):
    rc, out = scored
    assert rc == 0
    matrix = read_json(out / "matrix.json")
    got = {s: {t: cell["pass@1"] for t, cell in row.items()} for s, row in matrix.items()}
    assert got == {"python": {"cpp": pytest.approx(5 / 12), "javascript": pytest.approx(1 / 2)},
                   "cpp": {"python": pytest.approx(7 / 12), "javascript": pytest.approx(0.0)}}
    assert matrix["python"]["cpp"]["n"] == 2 and matrix["python"]["cpp"]["samples"] == 5
    assert matrix["cpp"]["javascript"] == {"n": 1, "samples": 2, "errors": 0, "pass@1": 0.0, "pass@2": 0.0}
    # pass@2 of c_gcd:python->cpp (n=3, c=1) is 1 - C(2,2)/C(3,2) = 2/3; of c_is_prime:python->cpp (n=2, c=1) 1
    assert matrix["python"]["cpp"]["pass@2"] == pytest.approx((2 / 3 + 1) / 2)


def test_summary_means_and_reasons(scored):
    _, out = scored
    summary = read_json(out / "summary.json")
    assert summary["pass@1"] == pytest.approx(5 / 12)
    assert (summary["n"], summary["samples"], summary["errors"], summary["ks"]) == (6, 14, 0, [1, 2])
    assert summary["reasons"] == {"ok": 6, "format": 3, "compile": 1, "tests": 4, "error": 0}
    assert {t: v["pass@1"] for t, v in summary["by_target"].items()} == {
        "python": pytest.approx(7 / 12), "cpp": pytest.approx(5 / 12), "javascript": pytest.approx(1 / 4)}
    assert {s: v["pass@1"] for s, v in summary["by_source"].items()} == {
        "python": pytest.approx(4 / 9), "cpp": pytest.approx(7 / 18)}
    assert summary["run"]["tasks_scored"] == 6


def test_results_rows_per_task(scored):
    _, out = scored
    rows = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == 6
    assert by_id["c_gcd:python->cpp"]["reasons"] == ["ok", "tests", "compile"]
    assert by_id["c_gcd:cpp->javascript"]["reasons"] == ["format", "tests"]
    assert (by_id["c_is_prime:cpp->python"]["n"], by_id["c_is_prime:cpp->python"]["correct"]) == (3, 2)
    assert by_id["s_sum_of_list:cpp->python"]["pass@1"] == pytest.approx(0.5)


def test_table_and_heatmap(scored):
    _, out = scored
    md = (out / "matrix.md").read_text()
    assert "| **python** |  | 41.7 | 50.0 | 44.4 |" in md  # python -> (python, cpp, javascript), then the mean
    assert "| **mean** | 58.3 | 41.7 | 25.0 | **41.7** |" in md
    width, height = png_size(out / "heatmap.png")
    assert width > 100 and height > 100


def test_oracle_scores_every_task(tmp_path):
    for lang in ("python", "cpp", "javascript"):
        need(lang)
    rc = run_cli(["--tasks", str(TASKS), "--oracle", "-o", str(tmp_path), "--no-progress", "--workers", "2"])
    assert rc == 0
    matrix = read_json(tmp_path / "matrix.json")
    assert [cell["pass@1"] for row in matrix.values() for cell in row.values()] == [1.0] * 4
    assert read_json(tmp_path / "summary.json")["reasons"]["ok"] == 6


def test_oracle_answer_is_the_reference_in_one_fence():
    for task in load_tasks(TASKS):
        ext = extract_code(translate.oracle_answer(task), task.target_lang)
        assert ext.ok and ext.code.strip() == task.reference.strip()
    tricky = load_tasks(TASKS)[3]  # python target: a reference whose string holds a fence
    code = 's = "```"\n' + tricky.reference
    from dataclasses import replace

    ext = extract_code(translate.oracle_answer(replace(tricky, reference=code)), "python")
    assert ext.ok and ext.code.strip() == code.strip()


def test_oracle_skips_and_counts_tasks_without_reference():
    from dataclasses import replace

    tasks = load_tasks(TASKS)
    tasks[1] = replace(tasks[1], reference=None)
    comps, missing = translate.oracle_completions(tasks)
    assert missing == [tasks[1].id] and len(comps) == 5


class FaultyExecutor:
    """Every program hits a sandbox fault (ours, not the model's)."""

    def run_batch(self, requests, progress=None):
        return [ExecResult(id=r.id, language=r.language, status=Status.SANDBOX_ERROR, error="no sandbox")
                for r in requests]


def test_sandbox_fault_is_never_a_failed_sample(capsys):
    tasks = load_tasks(TASKS)[:2]
    comps = {tasks[0].id: [translate.oracle_answer(tasks[0]), "no fence"], tasks[1].id: ["no fence either"]}
    rows, matrix, summary = translate.score_translations(tasks, comps, FaultyExecutor(), progress=False)
    assert summary["reasons"] == {"ok": 0, "format": 2, "compile": 0, "tests": 0, "error": 1}
    assert (rows[0]["n"], rows[0]["errors"], rows[0]["correct"]) == (1, 1, 0)  # the fault is not in n
    assert summary["errors"] == 1 and summary["samples"] == 2
    assert translate._verdict(rows, summary, oracle=False) == 1
    assert "could not be judged" in capsys.readouterr().err


def test_all_samples_faulty_leaves_the_cell_unscored(tmp_path):
    tasks = load_tasks(TASKS)[:1]
    rows, matrix, summary = translate.score_translations(tasks, {tasks[0].id: [translate.oracle_answer(tasks[0])]},
                                                         FaultyExecutor(), ks=(10,), progress=False)
    assert matrix["python"]["cpp"] == {"n": 0, "samples": 0, "errors": 1, "pass@1": None}
    assert summary["unjudged_tasks"] == [tasks[0].id] and summary["pass@1"] is None
    paths = translate.write_outputs(tmp_path, rows, matrix, summary)  # an unscored cell is drawn, not 0
    md = paths["matrix.md"].read_text()
    assert "| **python** | – | – |" in md and "1 sample(s) not judged" in md
    png_size(paths["heatmap.png"])


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return path


def good_line(task_id: str) -> str:
    return json.dumps({"id": task_id, "completions": ["```cpp\nint x;\n```"]})


@pytest.mark.parametrize("bad,expect", [
    ("{not json", "not valid JSON"),
    ('{"id": "c_gcd:python->cpp", "completions": "one string"}', "expected a non-empty list of strings"),
    ('{"id": "nope:python->cpp", "completions": ["x"]}', "unknown task id 'nope:python->cpp'"),
    ('["a list"]', 'expected {"id": task id'),
])
def test_bad_completions_line_names_file_and_line(tmp_path, capsys, bad, expect):
    ids = [t.id for t in load_tasks(TASKS)]
    path = write_lines(tmp_path / "c.jsonl", [good_line(ids[0]), bad, *map(good_line, ids[1:])])
    assert run_cli(["--tasks", str(TASKS), "--completions", str(path), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2:" in err and expect in err
    assert not (tmp_path / "o").exists()


def test_duplicate_id_names_both_lines(tmp_path):
    ids = [t.id for t in load_tasks(TASKS)]
    path = write_lines(tmp_path / "c.jsonl", [*map(good_line, ids), good_line(ids[2])])
    with pytest.raises(translate.CompletionsError, match=rf"{path}:7: .*already has completions on line 3"):
        translate.load_completions(path, load_tasks(TASKS))


def test_missing_completions_are_listed_unless_allowed(tmp_path, capsys):
    tasks = load_tasks(TASKS)
    path = write_lines(tmp_path / "c.jsonl", [good_line(tasks[0].id)])
    assert run_cli(["--tasks", str(TASKS), "--completions", str(path), "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "no completions for 5 of 6 task(s)" in err and tasks[5].id in err and "--allow-missing" in err
    comps, missing = translate.load_completions(path, tasks, allow_missing=True)
    assert list(comps) == [tasks[0].id] and missing == [t.id for t in tasks[1:]]


def test_filtered_tasks_ignore_their_completion_lines(tmp_path):
    """--targets keeps a subset; lines for the tasks it left out are not 'unknown ids'."""
    need("cpp")
    rc = run_cli(["--tasks", str(TASKS), "--targets", "cpp", "--completions", str(COMPLETIONS),
                  "-o", str(tmp_path), "--no-progress", "--workers", "2"])
    assert rc == 0
    summary = read_json(tmp_path / "summary.json")
    assert list(summary["by_target"]) == ["cpp"] and summary["pass@1"] == pytest.approx(5 / 12)


@pytest.mark.parametrize("argv,expect", [
    (["--tasks", str(TASKS), "-o", "x"], "--model M, --completions FILE or --oracle"),
    (["--tasks", str(TASKS), "--oracle"], "-o/--output DIR is required"),
    (["--tasks", str(TASKS), "--card"], "use it with --benchmark"),
    (["--tasks", str(TASKS), "--oracle", "-o", "x", "--ks", "0"], "--ks"),
    (["--tasks", str(TASKS), "--oracle", "-o", "x", "--targets", "haskell"], "no tasks to score"),
    (["--benchmark", "--oracle", "-o", "x", "--split", "train"], "--split does not apply"),
    (["--benchmark", "--oracle", "-o", "x", "--sources", "c"], "not a benchmark source"),
    (["--data", "nonsense:1", "--oracle", "-o", "x"], "unknown dataset"),
    (["--tasks", str(TASKS), "--model", "/no/such/model", "-o", "x"], "/no/such/model"),
])
def test_usage_errors_exit_2(argv, expect, capsys):
    assert run_cli(argv) == 2
    assert expect in capsys.readouterr().err


def test_data_spec_builds_tasks_like_data_tasks(tmp_path):
    """--data goes through the same builder as `oorl data tasks`; the oracle then passes on its tasks."""
    need("python")
    from oorl.tasks.cli import tasks_from_spec

    spec = "synth:n=2,seed=0"
    rc = run_cli(["--data", spec, "--sources", "cpp", "--targets", "python", "--oracle", "-o", str(tmp_path),
                  "--no-progress"])
    assert rc == 0
    rows = [json.loads(x) for x in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == [t.id for t in tasks_from_spec(spec, ["cpp"], ["python"])]
    assert all(r["pass@1"] == 1.0 for r in rows)


def test_benchmark_selection_follows_the_filters():
    from oorl.eval.benchmark import SOURCES, benchmark_tasks

    ns = argparse.Namespace(benchmark=True, data=None, tasks=None, split=None, sources="go", targets="python,cpp")
    tasks, ignored, name = translate._select_tasks(ns)
    assert tasks and {t.source_lang for t in tasks} == {"go"} and {t.target_lang for t in tasks} == {"python", "cpp"}
    assert len(tasks) + len(ignored) == len(benchmark_tasks()) and name == "benchmark"
    assert {t.source_lang for t in benchmark_tasks()} <= set(SOURCES)


@pytest.mark.slow
def test_model_path_writes_everything(tmp_path):
    """The embedded model on two tasks: scores are whatever they are; the files and counts are not."""
    need("python")
    need("cpp")
    tasks = load_tasks(TASKS)
    two = write_tasks([tasks[0], tasks[3]], tmp_path / "two.jsonl") and tmp_path / "two.jsonl"
    out = tmp_path / "out"
    rc = run_cli(["--tasks", str(two), "--model", "tiny", "--n", "1", "--max-new-tokens", "16", "-o", str(out),
                  "--no-progress", "--workers", "2"])
    assert rc == 0
    summary = read_json(out / "summary.json")
    assert (summary["n"], summary["samples"], summary["errors"]) == (2, 2, 0)
    assert sum(summary["reasons"].values()) == 2
    lines = (out / "completions.jsonl").read_text().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [tasks[0].id, tasks[3].id]
    assert all(len(json.loads(x)["completions"]) == 1 for x in lines)
    for name in ("matrix.json", "results.jsonl", "matrix.md"):
        assert (out / name).stat().st_size > 0
    png_size(out / "heatmap.png")
    # the completions it wrote rescore to the same numbers
    rc = run_cli(["--tasks", str(two), "--completions", str(out / "completions.jsonl"), "-o", str(tmp_path / "re"),
                  "--no-progress"])
    assert rc == 0 and read_json(tmp_path / "re" / "summary.json")["reasons"] == summary["reasons"]
