"""``oorl eval multiple`` on MultiPL-E-format rows written for these tests (``fixtures/multiple``).

``humaneval.jsonl`` holds two problems in each of py, cpp, java, js, ts, php, sh, go and cs, shaped like
MultiPL-E's HumanEval rows (signature + doc comment prompt, the language's test harness, MultiPL-E's
stop tokens).  ``completions.jsonl`` gives, per problem:

    count_vowels: [correct, wrong, ignores the format]
    sum_squares:  [correct, wrong, ignores the format, correct followed by text that must be cut]

"Ignores the format" is a markdown-fenced answer restating the function: cut at the first stop token it
leaves a fence (and for some a half function) inside the program, a syntax error under MultiPL-E's run
command as under ours, so it scores 0 there too.  The fourth completion fails unless it is cut at the
stop token (after it come a second main, an ``exit 1``, a ``panic`` in ``init`` ...).

Expected numbers, by hand, in every language (Chen et al.'s estimator, 1 - C(n-c, k) / C(n, k)):

    count_vowels  n=3 c=1   pass@1 = 1/3   pass@2 = 1 - C(2,2)/C(3,2) = 1 - 1/3 = 2/3
    sum_squares   n=4 c=2   pass@1 = 2/4   pass@2 = 1 - C(2,2)/C(4,2) = 1 - 1/6 = 5/6
    language      pass@1 = (1/3 + 1/2) / 2 = 5/12      pass@2 = (2/3 + 5/6) / 2 = 3/4
    pass@10 is not reported: the smallest n is 3.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import pytest

from oorl.eval import generate, multiple
from oorl.exec.languages import Language
from oorl.types import ExecResult, Status
from tests.conftest import need
from tests.eval.test_generate import build_small_tiny

FIXTURES = Path(__file__).parent / "fixtures" / "multiple"
DATA, COMPLETIONS = FIXTURES / "humaneval.jsonl", FIXTURES / "completions.jsonl"
A, B = "HumanEval_901_count_vowels", "HumanEval_902_sum_squares"
FAST = ("py", "js", "php", "sh")
SLOW = ("cpp", "java", "ts", "go", "cs")  # compiled or type-checked: seconds per program
OURS = {"py": "python", "cpp": "cpp", "java": "java", "js": "javascript", "ts": "typescript", "php": "php",
        "sh": "bash", "go": "go", "cs": "csharp"}
EXPECTED_STATUSES = {A: ["passed", "failed", "compile_error"], B: ["passed", "failed", "compile_error", "passed"]}


def cli(*argv: str) -> int:
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers()
    multiple.add_parser(sp)
    args = ap.parse_args(["multiple", *argv])
    return args.eval_func(args)


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def subset(tmp_path: Path, langs, *, keep_language: bool = True) -> tuple[Path, Path]:
    """Data and completion files restricted to ``langs`` (optionally without the completions' language)."""
    rows = [r for r in jsonl(DATA) if r["language"] in langs]
    comps = [c for c in jsonl(COMPLETIONS) if c["language"] in langs]
    if not keep_language:
        comps = [{k: v for k, v in c.items() if k != "language"} for c in comps]
    return write_jsonl(tmp_path / "data.jsonl", rows), write_jsonl(tmp_path / "completions.jsonl", comps)


def check_scores(out: Path, langs) -> None:
    summary = json.loads((out / "summary.json").read_text())
    assert list(summary) == list(langs)
    for lang in langs:
        assert summary[lang] == {"n": 2, "samples": 7, "pass@1": pytest.approx(5 / 12, abs=1e-12),
                                 "pass@2": pytest.approx(3 / 4, abs=1e-12), "missing": 0, "sandbox_errors": 0}
    records = {(r["language"], r["name"]): r for r in jsonl(out / "results.jsonl")}
    assert len(records) == 2 * len(langs)
    for lang in langs:
        for name, statuses in EXPECTED_STATUSES.items():
            rec = records[(lang, name)]
            got = [r["status"] for r in rec["results"]]
            assert got == statuses, (lang, name, [r["detail"] for r in rec["results"]])
            assert rec["n"] == len(statuses) and rec["correct"] == statuses.count("passed")
        a, b = records[(lang, A)], records[(lang, B)]
        assert (a["pass@1"], a["pass@2"]) == (pytest.approx(1 / 3), pytest.approx(2 / 3))
        assert (b["pass@1"], b["pass@2"]) == (pytest.approx(1 / 2), pytest.approx(5 / 6))
        assert "pass@10" not in records[(lang, A)] and "pass@10" not in summary[lang]


def test_fixture_covers_every_language_with_multipl_e_stop_tokens():
    rows = jsonl(DATA)
    assert sorted({r["language"] for r in rows}) == sorted(OURS)
    assert [(c["name"], c["language"]) for c in jsonl(COMPLETIONS)] == [(r["name"], r["language"]) for r in rows]
    for r in rows:
        assert set(r) == {"name", "language", "prompt", "doctests", "original", "prompt_terminology", "tests",
                          "stop_tokens"}
        assert r["stop_tokens"], r["name"]


def test_fast_languages_score_what_multipl_e_scores(tmp_path):
    for lang in FAST:
        need(OURS[lang])
    data, comps = subset(tmp_path, FAST)
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--ks", "1,2,10",
               "--no-cache", "--no-progress") == 0
    check_scores(tmp_path / "out", FAST)


@pytest.mark.slow
def test_compiled_languages_score_what_multipl_e_scores(tmp_path):
    for lang in SLOW:
        need(OURS[lang])
    data, comps = subset(tmp_path, SLOW)
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--ks", "1,2,10",
               "--no-cache", "--no-progress", "--timeout", "30") == 0
    check_scores(tmp_path / "out", SLOW)


# -- the program and the completion formats, with a recording executor ------------------------------------


class FakeExecutor:
    """Stands in for ``oorl.exec.Executor``: records requests; ``verdict(request) -> Status``."""

    verdict = staticmethod(lambda req: Status.PASSED)
    requests: list = []

    def __init__(self, workers=None, **kwargs):
        FakeExecutor.requests = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run_batch(self, requests, progress=None):
        FakeExecutor.requests.extend(requests)
        return [ExecResult(id=r.id, language=r.language, status=FakeExecutor.verdict(r),
                           exit_code=0, error="boom: no sandbox" if FakeExecutor.verdict(r) == Status.SANDBOX_ERROR
                           else "") for r in requests]


@pytest.fixture
def fake(monkeypatch):
    import oorl.exec

    monkeypatch.setattr(oorl.exec, "Executor", FakeExecutor)
    monkeypatch.setattr(FakeExecutor, "verdict", staticmethod(lambda req: Status.PASSED))
    monkeypatch.setattr(FakeExecutor, "requests", [])
    return FakeExecutor


def test_program_is_prompt_plus_completion_cut_at_first_stop_plus_newline_plus_tests(tmp_path, fake):
    data, comps = subset(tmp_path, ("py", "cpp"))
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--no-progress") == 0
    rows = {(r["language"], r["name"]): r for r in jsonl(data)}
    completions = {(c["language"], c["name"]): c["completions"] for c in jsonl(comps)}
    sent = {r.id: r for r in fake.requests}
    assert len(sent) == 14
    py = rows[("py", B)]
    code = sent[f"py/{B}#3"].code
    cut = completions[("py", B)][3].split("\nif __name__")[0]
    assert code == py["prompt"] + cut + "\n" + py["tests"] and "sys.exit(1)" not in code
    cpp = rows[("cpp", A)]
    assert sent[f"cpp/{A}#0"].code == cpp["prompt"] + completions[("cpp", A)][0].split("\n}")[0] + "\n" + cpp["tests"]
    assert sent[f"cpp/{A}#0"].language == "cpp" and sent[f"cpp/{A}#0"].timeout_s == multiple.TIMEOUT_S
    assert all(r.done_marker is None for r in fake.requests)  # MultiPL-E has no early-exit guard either


def test_multipl_e_per_problem_completion_files_are_read(tmp_path, fake):
    data, comps = subset(tmp_path, ("py",))
    directory = tmp_path / "humaneval-py-model-0.2-reworded"
    directory.mkdir()
    for row, c in zip(jsonl(data), jsonl(comps)):
        record = {"name": row["name"], "language": "py", "temperature": 0.2, "top_p": 0.95, "max_tokens": 512,
                  "prompt": row["prompt"], "tests": row["tests"], "completions": c["completions"],
                  "stop_tokens": row["stop_tokens"]}
        with gzip.open(directory / f"{row['name']}.json.gz", "wt") as f:
            json.dump(record, f)
        (directory / f"{row['name']}.results.json").write_text("{}")  # MultiPL-E's results: ignored
    assert cli("--data", str(data), "--completions", str(directory), "-o", str(tmp_path / "out"), "--no-progress") == 0
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["py"]["samples"] == 7
    one = directory / f"{A}.json.gz"
    assert cli("--data", str(data), "--completions", str(one), "-o", str(tmp_path / "one"), "--no-progress",
               "--allow-missing") == 0
    assert json.loads((tmp_path / "one" / "summary.json").read_text())["py"]["missing"] == 1


def test_a_prompt_that_differs_from_the_data_is_reported(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py",))
    lines = jsonl(comps)
    lines[0]["prompt"] = "def something_else():\n"
    write_jsonl(comps, lines)
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--no-progress") == 0
    assert "1 completion record(s) carry a prompt that differs" in capsys.readouterr().err


def test_completions_that_restate_the_whole_prompt_are_scored_as_given_with_a_warning(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py",))
    rows = jsonl(data)
    write_jsonl(comps, [{"name": r["name"], "completions": [r["prompt"] + "    return 0\n"]} for r in rows])
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--no-progress") == 0
    assert "2 completion(s) start with their problem's whole prompt" in capsys.readouterr().err
    assert fake.requests[0].code == rows[0]["prompt"] * 2 + "    return 0\n" + "\n" + rows[0]["tests"]


# -- bad input: exit 2 naming the file and line -----------------------------------------------------------


@pytest.mark.parametrize("line, message", [
    ('{"name": "HumanEval_999_nope", "completions": ["x"]}', "unknown problem 'HumanEval_999_nope'"),
    ("{not json", "not valid JSON"),
    ('{"name": "HumanEval_902_sum_squares", "completions": "x"}', "field 'completions' must be a list of strings"),
    ('["HumanEval_902_sum_squares"]', "expected a JSON object"),
    ('{"name": "HumanEval_901_count_vowels", "completions": ["x"]}', "given twice (first at"),
    ('{"name": "HumanEval_902_sum_squares", "language": "js", "completions": ["x"]}', "in language 'js' (it has py)"),
])
def test_bad_completion_lines_name_the_file_and_line(tmp_path, fake, capsys, line, message):
    data, _ = subset(tmp_path, ("py",))
    comps = tmp_path / "bad.jsonl"
    comps.write_text('{"name": "HumanEval_901_count_vowels", "completions": ["    return 0\\n"]}\n' + line + "\n")
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert f"{comps}:2: " in err and message in err
    assert not fake.requests and not (tmp_path / "out").exists()


def test_a_name_in_several_languages_needs_the_language_field(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py", "js"), keep_language=False)
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out")) == 2
    assert f"{comps}:1: 'HumanEval_901_count_vowels' is in several languages" in capsys.readouterr().err
    data, comps = subset(tmp_path, ("js",), keep_language=False)  # one language: the name alone is enough
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--no-progress") == 0


def test_missing_completions_fail_listing_them_unless_allowed(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py", "sh"))
    write_jsonl(comps, [c for c in jsonl(comps) if not (c["name"] == B and c["language"] == "sh")])
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert f"no completions for 1 problem(s) of {data}: {B} (sh)" in err and "--allow-missing" in err
    fake.verdict = staticmethod(lambda req: Status.PASSED if req.id.endswith("#0") else Status.FAILED)
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--allow-missing",
               "--no-progress") == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["sh"] == {"n": 1, "samples": 3, "pass@1": pytest.approx(1 / 3), "missing": 1, "sandbox_errors": 0}
    assert summary["py"]["missing"] == 0 and summary["py"]["pass@1"] == pytest.approx((1 / 3 + 1 / 4) / 2)
    assert len(jsonl(tmp_path / "out" / "results.jsonl")) == 3


def test_rows_without_a_toolchain_here_are_skipped_with_their_completions(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py",))
    rows = jsonl(data) + [{"name": "HumanEval_903_is_even", "language": "r", "prompt": "is_even <- function(n) {\n",
                           "tests": "}\nstopifnot(is_even(2))\n", "stop_tokens": ["\n#"]}]
    write_jsonl(data, rows)
    extra = {"name": "HumanEval_903_is_even", "language": "r", "completions": ["n %% 2 == 0\n"]}
    write_jsonl(comps, jsonl(comps) + [extra])
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--no-progress") == 0
    assert "skipping HumanEval_903_is_even" in capsys.readouterr().err
    assert list(json.loads((tmp_path / "out" / "summary.json").read_text())) == ["py"]


def test_generation_options_with_a_completions_file_are_refused(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py",))
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--n", "5") == 2
    assert "--n applies to --model only" in capsys.readouterr().err


@pytest.mark.parametrize("ks", ["0", "a,b", ""])
def test_bad_ks_are_refused_by_the_parser(ks):
    with pytest.raises(SystemExit) as e:
        cli("--data", "x", "--completions", "y", "-o", "z", "--ks", ks)
    assert e.value.code == 2


def test_missing_data_file_is_bad_input(tmp_path, capsys):
    assert cli("--data", str(tmp_path / "none.jsonl"), "--completions", str(COMPLETIONS), "-o", str(tmp_path)) == 2
    assert "none.jsonl: no such file" in capsys.readouterr().err


# -- our own failures: never a failed sample, exit 1 ------------------------------------------------------


def test_a_sandbox_error_is_reported_never_scored(tmp_path, fake, capsys):
    data, comps = subset(tmp_path, ("py", "js"))
    fake.verdict = staticmethod(lambda req: Status.SANDBOX_ERROR if req.id == f"py/{A}#1" else Status.PASSED)
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out"), "--no-progress") == 1
    err = capsys.readouterr().err
    assert "1 sample(s) of 1 problem(s) could not be judged" in err and f"py/{A}: boom: no sandbox" in err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["py"]["pass@1"] is None and summary["py"]["sandbox_errors"] == 1
    assert summary["js"]["pass@1"] == 1.0 and summary["js"]["sandbox_errors"] == 0
    rec = next(r for r in jsonl(tmp_path / "out" / "results.jsonl") if (r["language"], r["name"]) == ("py", A))
    assert rec["pass@1"] is None and rec["correct"] == 2 and rec["results"][1]["status"] == "sandbox_error"


def test_a_missing_toolchain_stops_before_anything_runs(tmp_path, fake, monkeypatch, capsys):
    data, comps = subset(tmp_path, ("py", "sh"))
    real = Language.missing
    monkeypatch.setattr(Language, "missing", lambda self, tools_dir=None: ["/usr/bin/bash"] if self.name == "bash"
                        else real(self, tools_dir))
    assert cli("--data", str(data), "--completions", str(comps), "-o", str(tmp_path / "out")) == 1
    assert "toolchains missing here: bash (missing /usr/bin/bash" in capsys.readouterr().err
    assert not fake.requests


# -- --model: generation with stop tokens, end to end -----------------------------------------------------


def test_model_tiny_end_to_end(tmp_path, monkeypatch, capsys):
    need("python")
    tiny = build_small_tiny(tmp_path / "tiny")
    monkeypatch.setattr(generate, "tiny_model_dir", lambda: tiny)
    data, _ = subset(tmp_path, ("py",))
    out = tmp_path / "out"
    assert cli("--data", str(data), "--model", "tiny", "--n", "2", "--max-new-tokens", "16", "--seed", "0",
               "--device", "cpu", "-o", str(out), "--no-cache", "--no-progress") == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["py"]["n"] == 2 and summary["py"]["samples"] == 4 and summary["py"]["sandbox_errors"] == 0
    assert 0.0 <= summary["py"]["pass@1"] <= 1.0 and "pass@10" not in summary["py"]
    written = jsonl(out / "completions.jsonl")
    assert [(c["name"], c["language"], len(c["completions"])) for c in written] == [(A, "py", 2), (B, "py", 2)]
    stops = jsonl(data)[0]["stop_tokens"]
    assert not any(s in c for w in written for c in w["completions"] for s in stops)  # cut at the stop tokens
    results = jsonl(out / "results.jsonl")
    assert [len(r["results"]) for r in results] == [2, 2]
    assert {x["status"] for r in results for x in r["results"]} <= {str(s) for s in Status} - {"sandbox_error"}
    assert "pass@1" in capsys.readouterr().out
    # The written completions score the same when given back as a file.
    assert cli("--data", str(data), "--completions", str(out / "completions.jsonl"), "-o", str(tmp_path / "again"),
               "--no-progress") == 0
    assert json.loads((tmp_path / "again" / "summary.json").read_text()) == summary


def test_model_not_found_is_bad_input(tmp_path, capsys):
    need("python")
    data, _ = subset(tmp_path, ("py",))
    assert cli("--data", str(data), "--model", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")) == 2
    assert "not found" in capsys.readouterr().err
