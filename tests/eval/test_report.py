"""``oorl report``: a synthetic run directory with known numbers, partial and broken inputs, a real short run."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from oorl.eval import report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
STEPS = 40


def metrics_rows() -> list[dict]:
    """40 steps.  reward_mean = step / 40; cpp is sampled at every step (pass rate 0.25), python only at
    even steps (0.5); the GEPO margin grows 0.01 per step; time: rollout 2 s, gepo 1 s, optimizer 0.5 s."""
    rows = []
    for step in range(1, STEPS + 1):
        row = {"step": step, "reward_mean": step / STEPS, "pass_rate/cpp": 0.25, "fail_format": 0.5,
               "gepo_margin": 0.01 * step, "gepo_accuracy": 0.75, "gepo_winner_var": 0.002,
               "loss": 1.0 / step, "loss_rl": 0.1, "loss_gepo": 0.69, "kl": 0.003,
               "time/rollout": 2.0, "time/gepo": 1.0, "time/optimizer": 0.5}
        if step % 2 == 0:
            row["pass_rate/python"] = 0.5
        rows.append(row)
    return rows


def write_run(run: Path, *, metrics: bool = True, evals: bool = True, headline: bool = True) -> Path:
    run.mkdir(parents=True, exist_ok=True)
    if metrics:
        (run / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in metrics_rows()), encoding="utf-8")
    if headline:
        (run / "summary.json").write_text(json.dumps({
            "translation": {"before": 0.1, "after": 0.35,
                            "by_language": {"cpp": {"before": 0.2, "after": 0.5}, "go": {"before": 0.0, "after": 0.2}}},
            "gepo_accuracy": {"before": 0.5, "after": 0.8125}}), encoding="utf-8")
    if evals:
        tr = run / "eval" / "translate"
        tr.mkdir(parents=True)
        matrix = {"python": {"cpp": {"n": 4, "samples": 4, "pass@1": 0.75}, "go": {"n": 2, "samples": 2, "pass@1": 0.0}},
                  "java": {"cpp": {"n": 2, "samples": 2, "pass@1": 0.5}}}
        (tr / "matrix.json").write_text(json.dumps(matrix), encoding="utf-8")
        (tr / "summary.json").write_text(json.dumps({"pass@1": 0.5, "reasons": {"ok": 4, "format": 1, "compile": 2,
                                                                                 "tests": 1, "error": 0}}))
        mp = run / "eval" / "multiple"
        mp.mkdir()
        (mp / "summary.json").write_text(json.dumps({"cpp": {"n": 10, "samples": 100, "pass@1": 0.123, "pass@10": 0.4},
                                                     "lua": {"n": 7, "samples": 70, "pass@1": 0.0}}))
        ir = run / "eval" / "ir"
        ir.mkdir()
        (ir / "summary.json").write_text(json.dumps({"groups": 46, "skipped": 2, "accuracy": 0.6875,
                                                     "mean_margin": 0.0421, "winner_variance": 0.00123,
                                                     "logp_accuracy": 0.5, "tie_rule": "ties count 0.5"}))
    return run


def run_cli(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    report.add_parser(ap.add_subparsers())
    args = ap.parse_args(["report", *argv])
    return args.eval_func(args)


def referenced_pngs(md: str, run: Path) -> list[Path]:
    return [run / p for p in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md)]


def assert_valid_pngs(paths: list[Path]) -> None:
    for p in paths:
        assert p.is_file(), p
        data = p.read_bytes()
        assert data[:8] == PNG_MAGIC and len(data) > 1000, p


def test_report_on_a_synthetic_run(tmp_path, capsys):
    run = write_run(tmp_path / "run")
    assert run_cli([str(run), "--window", "4"]) == 0
    assert capsys.readouterr().out.strip() == str(run / "report.md")
    md = (run / "report.md").read_text()
    # headline: before/after and the change in percentage points
    assert "| translation pass@1 | 10.0% | 35.0% | +25.0 pp |" in md
    assert "| GEPO accuracy (held-out groups) | 50.0% | 81.2% | +31.2 pp |" in md
    assert "| go | 0.0% | 20.0% | +20.0 pp |" in md
    # training: 40 steps, last values and means of the last 4 (reward 37..40 / 40 -> 0.9625)
    assert "40 steps logged (steps 1–40)" in md
    assert "| reward_mean | 1 | 0.9625 |" in md
    assert "| pass_rate/python | 0.5 | 0.5 |" in md and "| gepo_margin | 0.4 | 0.385 |" in md
    # time: 80 + 40 + 20 = 140 s in all
    assert "| rollout | 80.0 | 57.1% |" in md and "| optimizer | 20.0 | 14.3% |" in md
    # translate: cells in %, means over tasks (cpp: (4*0.75 + 2*0.5) / 6), overall (3 + 0 + 1) / 8
    assert "| **python** | 75.0 | 0.0 | 50.0 |" in md
    assert "| **java** | 50.0 |  | 50.0 |" in md
    assert "| **mean** | 66.7 | 0.0 | **50.0** |" in md
    assert "ok 4, format 1, compile 2, tests 1, error 0" in md
    # multiple and ir
    assert "| cpp | 10 | 100 | 12.3% | 40.0% |" in md and "| lua | 7 | 70 | 0.0% | – |" in md
    assert "| accuracy | 68.8% |" in md and "| groups scored | 46 |" in md and "| mean margin | 0.0421 |" in md
    assert md.index("translation matrix") < md.index("MultiPL-E") < md.index("GEPO discrimination")
    assert "Not in this run directory" not in md
    pngs = referenced_pngs(md, run)
    assert {p.name for p in pngs} == {"reward.png", "gepo.png", "loss.png", "time.png", "eval-translate-heatmap.png"}
    assert_valid_pngs(pngs)


def test_every_language_key_gets_a_line():
    """A `reward/<lang>` key the trainer may log is drawn beside `reward_mean`, each language on its own line."""
    panel = report.FIGURES[0].panels[0]
    assert panel.lines(["reward_mean", "reward/cpp", "reward/go", "pass_rate/go"]) == {
        "reward_mean": "reward_mean", "reward/cpp": "cpp", "reward/go": "go"}


def test_headline_by_language_either_way_round(tmp_path):
    """``by_language`` as {lang: {before, after}} or as {before: {lang: v}, after: {lang: v}}: one table."""
    nested = {"translation": {"before": 0.1, "after": 0.2,
                              "by_language": {"before": {"cpp": 0.25}, "after": {"cpp": 0.5, "rust": 0.125}}}}
    md = "\n".join(report.headline(nested, tmp_path / "summary.json"))
    assert "| cpp | 25.0% | 50.0% | +25.0 pp |" in md and "| rust | – | 12.5% | – |" in md
    assert "GEPO accuracy" not in md
    with pytest.raises(report.ReportError, match="summary.json"):
        report.headline({"translation": 0.3}, tmp_path / "summary.json")


def test_smoothing():
    assert report.smooth([0.0, 3.0, 0.0, 3.0, 0.0], 3) == [1.5, 1.0, 2.0, 1.0, 1.5]
    assert report.smooth([1.0, 2.0], 1) == [1.0, 2.0]
    assert report.auto_window(5) == 1 and report.auto_window(200) == 20 and report.auto_window(10_000) == 25


def test_partial_run_says_what_is_absent(tmp_path):
    run = write_run(tmp_path / "run", metrics=False, evals=False, headline=False)
    (run / "eval" / "junk").mkdir(parents=True)
    md = report.write_report(run).read_text()
    assert "## Not in this run directory" in md
    assert "`metrics.jsonl` is absent" in md and "`summary.json` is absent" in md
    assert "`eval/junk/` holds no known evaluation output" in md
    assert referenced_pngs(md, run) == []


def test_metrics_only_one_step(tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    (run / "metrics.jsonl").write_text(json.dumps(metrics_rows()[0]) + "\n\n")
    md = report.write_report(run).read_text()
    assert "1 steps logged" in md and "| reward_mean | 0.025 |" in md
    assert_valid_pngs(referenced_pngs(md, run))


def test_bad_metrics_line_names_file_and_line(tmp_path, capsys):
    run = write_run(tmp_path / "run", evals=False)
    with open(run / "metrics.jsonl", "a") as f:
        f.write('{"step": 41, "loss": \n')
    assert run_cli([str(run)]) == 2
    assert f"{run / 'metrics.jsonl'}:{STEPS + 1}: not valid JSON" in capsys.readouterr().err
    (run / "metrics.jsonl").write_text("[1, 2]\n")
    assert run_cli([str(run)]) == 2
    assert "metrics.jsonl:1: a metrics line must be a JSON object" in capsys.readouterr().err


def test_bad_eval_json_and_missing_run_dir(tmp_path, capsys):
    run = write_run(tmp_path / "run", metrics=False)
    (run / "eval" / "ir" / "summary.json").write_text("{oops")
    assert run_cli([str(run)]) == 2
    assert f"{run / 'eval' / 'ir' / 'summary.json'}:1: not valid JSON" in capsys.readouterr().err
    assert run_cli([str(tmp_path / "nowhere")]) == 2
    assert "no such run directory" in capsys.readouterr().err


@pytest.mark.slow
def test_report_on_a_real_short_run(tmp_path):
    """Two steps of the tiny CPU config, then the report: every curve the trainer logs is plotted."""
    run = tmp_path / "run"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-m", "oorl.cli", "train", str(root / "configs" / "tiny-cpu.yaml"),
                    "--output-dir", str(run), "--max-steps", "2"],
                   check=True, cwd=root, capture_output=True, timeout=900)
    md = report.write_report(run).read_text()
    assert "2 steps logged" in md and "| gepo_accuracy |" in md and "| gepo |" in md
    pngs = referenced_pngs(md, run)
    assert {p.name for p in pngs} == {"reward.png", "gepo.png", "loss.png", "time.png"}
    assert_valid_pngs(pngs)
