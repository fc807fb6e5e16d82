"""`oorl exec batch` and `oorl exec doctor`, in-process; the Python batch API; cache and dedup."""

from __future__ import annotations

import json

from oorl.cli import main
from oorl.exec import ExecRequest, Executor, Status, execute, execute_batch
from oorl.exec.languages import LANGUAGES

GOOD = {"id": "ok", "language": "python", "code": "print(input()[::-1])", "stdin": "abc\n"}


def _read(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_batch_cli_writes_one_result_per_request_in_order(tmp_path):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [
        {"id": "a", "language": "py", "code": "import sys; sys.exit(0)"},
        {"id": "b", "language": "python", "code": "import sys; sys.exit(3)"},
        {"id": "c", "language": "python", "code": "print(int(input()) * 2)",
         "cases": [{"stdin": "2\n", "stdout": "4\n"}, {"stdin": "5", "stdout": "10"}]},
        {"id": "d", "language": "python", "code": "print(1)", "cases": [{"stdin": "", "stdout": "2"}]},
    ]
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["exec", "batch", str(inp), "-o", str(out), "--workers", "2", "--no-progress"]) == 0
    res = _read(out)
    assert [r["id"] for r in res] == ["a", "b", "c", "d"]
    assert [r["status"] for r in res] == ["passed", "failed", "passed", "failed"]
    assert res[1]["exit_code"] == 3
    assert [c["status"] for c in res[2]["cases"]] == ["passed", "passed"]
    for r in res:
        assert {"id", "language", "status", "exit_code", "time_s", "stdout_tail", "stderr_tail"} <= set(r)
    assert res[0]["language"] == "python"  # aliases are reported by canonical name


def test_batch_cli_bad_lines_are_named_and_the_rest_still_runs(tmp_path, capsys):
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        json.dumps(GOOD),
        "{not json",
        json.dumps({"id": "nolang", "code": "print(1)"}),
        json.dumps({"id": "cobol", "language": "cobol", "code": "x"}),
        "",
        json.dumps({**GOOD, "id": "ok2"}),
        json.dumps({"id": "badcase", "language": "python", "code": "", "cases": [{"stdin": 1}]}),
    ]
    inp.write_text("\n".join(lines) + "\n")
    assert main(["exec", "batch", str(inp), "-o", str(out), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert f"{inp}:2" in err and "not valid JSON" in err
    assert f"{inp}:3" in err and "'language'" in err
    assert f"{inp}:4" in err and "cobol" in err and "python" in err  # lists the valid names
    assert f"{inp}:7" in err and "cases[0]" in err
    res = _read(out)
    assert [r["id"] for r in res] == ["ok", "line-2", "nolang", "cobol", "ok2", "badcase"]
    assert [r["status"] for r in res] == ["passed", "sandbox_error", "sandbox_error", "sandbox_error", "passed",
                                          "sandbox_error"]
    assert res[0]["stdout_tail"] == "cba\n"
    assert all(r["error"].startswith("invalid request") for r in res if r["status"] == "sandbox_error")


def test_batch_cli_missing_input_file(tmp_path, capsys):
    assert main(["exec", "batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_doctor_json_lists_every_language_and_protection(capsys):
    assert main(["exec", "doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["toolchains"]) == set(LANGUAGES)
    assert {"network", "filesystem", "memory_limit", "process_limit", "cleanup"} <= set(report["protections"])
    for p in report["protections"].values():
        assert isinstance(p["active"], bool) and p["how"]
    present = [n for n, t in report["toolchains"].items() if t["present"]]
    assert all(report["toolchains"][n]["version"] for n in present)


def test_doctor_text(capsys):
    assert main(["exec", "doctor"]) == 0
    text = capsys.readouterr().out
    assert "Toolchains:" in text and "Protections:" in text and "python" in text


def test_identical_requests_execute_once_and_keep_their_ids():
    # The program appends to a file in /tmp... which is per-run, so count runs via timing-free means:
    # each execution prints a fresh random token; shared execution means identical stdout.
    code = "import os; print(os.urandom(8).hex())"
    with Executor(workers=2) as ex:
        results = ex.run_batch([ExecRequest(id=f"r{i}", language="python", code=code) for i in range(6)])
        assert [r.id for r in results] == [f"r{i}" for i in range(6)]
        assert len({r.stdout_tail for r in results}) == 1
        assert sum(not r.cached for r in results) == 1
        again = ex.run(ExecRequest(id="later", language="python", code=code))
        assert again.cached and again.stdout_tail == results[0].stdout_tail and again.id == "later"
    with Executor(workers=2, cache=False) as ex:
        results = ex.run_batch([ExecRequest(id=f"r{i}", language="python", code=code) for i in range(3)])
        assert len({r.stdout_tail for r in results}) == 3


def test_disk_cache_survives_a_new_executor(tmp_path):
    code = "import os; print(os.urandom(8).hex())"
    with Executor(workers=1, cache_dir=tmp_path) as ex:
        first = ex.run(ExecRequest(id="a", language="python", code=code))
    with Executor(workers=1, cache_dir=tmp_path) as ex:
        second = ex.run(ExecRequest(id="b", language="python", code=code))
    assert second.cached and second.stdout_tail == first.stdout_tail and second.id == "b"


def test_limits_are_part_of_the_cache_key():
    a = ExecRequest(id="a", language="python", code="x", timeout_s=1)
    b = ExecRequest(id="b", language="python", code="x", timeout_s=2)
    assert a.content_key("python") != b.content_key("python")
    assert a.content_key("python") == ExecRequest(id="z", language="py", code="x", timeout_s=1).content_key("python")


def test_sandbox_errors_are_not_cached(tmp_path, monkeypatch):
    lang = LANGUAGES["python"]
    with Executor(workers=1) as ex:
        monkeypatch.setattr(type(lang), "missing", lambda self, tools_dir=None: ["/usr/bin/python3"])
        r1 = ex.run(ExecRequest(id="a", language="python", code="print(1)"))
        assert r1.status is Status.SANDBOX_ERROR and "python3" in r1.error and not r1.judged
        monkeypatch.undo()
        r2 = ex.run(ExecRequest(id="b", language="python", code="print(1)"))
        assert r2.status is Status.PASSED and not r2.cached


def test_missing_toolchain_is_sandbox_error_never_compile_error(monkeypatch):
    lang = LANGUAGES["go"]
    monkeypatch.setattr(type(lang), "missing", lambda self, tools_dir=None: ["/usr/bin/go"] if self.name == "go" else [])
    r = execute({"id": "g", "language": "go", "code": "package main\nfunc main(){}\n"})
    assert r.status is Status.SANDBOX_ERROR
    assert "golang-go" in r.error and "make setup" in r.error


def test_python_api_single_and_batch():
    assert execute(GOOD).stdout_tail == "cba\n"
    res = execute_batch([GOOD, {**GOOD, "id": "x", "stdin": "xyz"}], workers=2)
    assert [r.stdout_tail for r in res] == ["cba\n", "zyx\n"]


def test_result_round_trips_through_json():
    r = execute({**GOOD, "cases": [{"stdin": "ab", "stdout": "ba"}]})
    from oorl.types import ExecResult

    again = ExecResult.from_dict(json.loads(json.dumps(r.to_dict())))
    assert again.to_dict() == r.to_dict()


def test_empty_cases_are_an_invalid_request_not_a_vacuous_pass():
    r = execute({"id": "e", "language": "python", "code": "import sys; sys.exit(1)", "cases": []})
    assert r.status is Status.SANDBOX_ERROR and "field 'cases' is empty" in r.error
