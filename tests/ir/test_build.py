"""Group building end to end, through the real sandbox, clang-19 and lli-19.

One module-scoped build covers every case (the sources run in parallel): a clean program, one
with undefined behaviour the sanitizers catch, one whose levels disagree through a strict-aliasing
violation no sanitizer sees, a nondeterministic one, one that does not compile, one whose mutants
are all equivalent, and a function problem with its driver.
"""

from __future__ import annotations

import json

import pytest

from oorl.ir.build import DROP_REASONS, BuildConfig, build_groups, summarize
from oorl.ir.check import recheck
from oorl.ir.groups import validate_group
from oorl.ir.source import DEFAULT_PROBES, Source, SourceError, load_c_dir, sources_from_problems
from oorl.tasks.shipped import load_shipped
from oorl.types import ExecResult, Status
from tests.conftest import need

CLEAN = r"""
#include <stdio.h>
static long tri(int n) { long s = 0; for (int i = 1; i <= n; i++) s += i; return s; }
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 2;
    for (int k = 0; k < n; k++) printf("%d %ld\n", k, tri(k * 3));
    return n > 3 ? 1 : 0;
}
"""
OVERFLOW = r"""
#include <stdio.h>
int main(void) { int n; if (scanf("%d", &n) != 1) return 2; int x = n * 1000000; printf("%d\n", x); return 0; }
"""
ALIASING = r"""
#include <stdio.h>
__attribute__((noinline)) int f(int *a, float *b) { *a = 1; *b = 0.0f; return *a; }
int main(void) { int n; if (scanf("%d", &n) != 1) return 2; int x = n; printf("%d\n", f(&x, (float *)&x)); return 0; }
"""
ADDRESS = r"""
#include <stdio.h>
#include <stdlib.h>
int main(void) { int n; if (scanf("%d", &n) != 1) return 2; char *p = malloc(16); printf("%d %p\n", n, (void *)p); free(p); return 0; }
"""
BROKEN = "int main(void) { return undeclared_name; }\n"
NOTHING = "int main(void) { volatile int unused = 5; (void)unused; return 0; }\n"


@pytest.fixture(scope="module")
def built(executor):
    need("c")
    need("llvm-ir")
    gcd = [p for p in load_shipped() if p.id == "c_gcd"]
    functions, skipped = sources_from_problems(gcd, generated=4)
    assert not skipped
    sources = [
        Source(id="clean", code=CLEAN, inputs=["0\n", "2\n", "5\n"]),
        Source(id="overflow", code=OVERFLOW, inputs=["3\n", "5000\n"]),
        Source(id="aliasing", code=ALIASING, inputs=["7\n"]),
        Source(id="address", code=ADDRESS, inputs=["1\n"]),
        Source(id="broken", code=BROKEN, inputs=["\n"]),
        Source(id="nothing", code=NOTHING, inputs=["\n"]),
        *functions,
    ]
    outcomes = build_groups(sources, executor, BuildConfig(losers=3))
    return {o.source.id: o for o in outcomes}


def test_clean_program_gives_a_verified_group(built):
    o = built["clean"]
    assert o.group is not None, (o.reason, o.detail)
    g = o.group
    validate_group(g)
    assert g["verified"] and len(g["losers"]) == 3
    assert g["source"] == CLEAN and CLEAN.strip() in g["prompt"]
    assert [w["opt"] for w in g["winners"]][0] == "O0"
    levels = [w["opt"] for w in g["winners"]] + [a for w in g["winners"] for a in w.get("also", [])]
    assert sorted(levels) == sorted(["O0", "O1", "O2", "O3", "Os", "Oz"])  # each level once, duplicates folded
    assert len({w["ir"] for w in g["winners"]}) == len(g["winners"])
    for w in g["winners"]:
        assert "optnone" not in w["ir"] and "!dbg" not in w["ir"] and "source_filename" not in w["ir"]
    assert [c["exit_code"] for c in g["checks"]] == [0, 0, 1]
    assert g["checks"][1]["stdout"] == "0 0\n1 6\n"
    for loser in g["losers"]:
        w = loser["witness"]
        assert loser["parent"] in levels and loser["mutation"] and loser["kind"]
        assert (w["got"]["exit_code"], w["got"]["stdout_sha256"]) != (w["expected"]["exit_code"], w["expected"]["stdout_sha256"])
    assert json.loads(json.dumps(g)) == g


def test_sanitizer_finding_drops_the_source(built):
    o = built["overflow"]
    assert o.group is None and o.reason == "undefined_behaviour"
    assert "input 1" in o.detail and "overflow" in o.detail


def test_levels_that_disagree_drop_the_source(built):
    o = built["aliasing"]
    assert o.group is None and o.reason == "levels_disagree", (o.reason, o.detail)
    assert "differs from the native -O0 program" in o.detail


def test_unrepeatable_output_drops_the_source(built):
    o = built["address"]
    assert o.group is None and o.reason == "nondeterministic", (o.reason, o.detail)


def test_compile_error_is_reported_with_clangs_message(built):
    o = built["broken"]
    assert o.group is None and o.reason == "compile_error"
    assert "undeclared_name" in o.detail


def test_group_without_provable_losers_is_marked_unverified(built):
    o = built["nothing"]
    assert o.group is not None
    assert o.group["verified"] is False
    assert all("witness" not in loser for loser in o.group["losers"])


def test_function_group_runs_its_driver(built):
    o = built["c_gcd"]
    assert o.group is not None, (o.reason, o.detail)
    g = o.group
    assert g["kind"] == "function" and "int main(void)" in g["driver"] and "main" not in g["source"]
    [check] = g["checks"]
    n_cases = len([p for p in load_shipped() if p.id == "c_gcd"][0].cases)
    assert check["stdin"].split() == [str(k) for k in range(n_cases + 4)]
    assert len(check["stdout"].splitlines()) == n_cases + 4
    assert g["verified"]


def test_summary_counts_every_source(built):
    s = summarize(built.values())
    assert s["sources"] == 7 and s["groups"] == 3 and s["verified"] == 2
    assert s["dropped"] == {"compile_error": 1, "levels_disagree": 1, "nondeterministic": 1, "undefined_behaviour": 1}
    assert {d["id"] for d in s["drops"]} == {"overflow", "aliasing", "address", "broken"}
    assert all(d["reason"] in DROP_REASONS for d in s["drops"])


def test_independent_native_recheck_agrees(built, executor):
    groups = [o.group for o in built.values() if o.group is not None]
    report = recheck(groups, executor)
    assert report.ok, report.failures
    assert report.winners_equivalent == report.winners > 0
    assert report.verified_losers_different == report.verified_losers > 0


def test_recheck_catches_a_secretly_equivalent_loser_and_a_wrong_winner(built, executor):
    g = json.loads(json.dumps(built["clean"].group))
    g["losers"][0]["ir"] = g["winners"][0]["ir"]  # a "loser" that is the O0 IR itself
    g["winners"].append({"opt": "fake", "ir": g["losers"][1]["ir"]})  # a "winner" that is a verified loser
    report = recheck([g], executor)
    assert not report.ok
    whats = {f["what"] for f in report.failures}
    assert "winner fake" in whats and any(w.startswith("loser ") for w in whats)


class _Broken:
    def run_batch(self, requests):
        return [ExecResult(id=r.id, language="bash", status=Status.SANDBOX_ERROR, error="bwrap: cannot mount")
                for r in requests]


def test_sandbox_failure_is_ours_not_the_sources():
    [o] = build_groups([Source(id="x", code=CLEAN, inputs=["1\n"])], _Broken())
    assert o.group is None and o.reason == "sandbox_error" and "bwrap" in o.detail


def test_c_dir_conventions(tmp_path):
    (tmp_path / "a.c").write_text(CLEAN)
    (tmp_path / "a.in").write_text("1\n")
    (tmp_path / "a.2.in").write_text("2\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.c").write_text(NOTHING)
    (tmp_path / "sub" / "inputs.json").write_text(json.dumps({"b.c": ["x\n"]}))
    (tmp_path / "c.c").write_text(CLEAN)
    sources, rejected = load_c_dir(tmp_path)
    by_id = {s.id: s for s in sources}
    assert by_id["a"].inputs == ["1\n", "2\n"] and not by_id["a"].probed
    assert by_id["sub/b"].inputs == ["x\n"]
    assert by_id["c"].inputs == list(DEFAULT_PROBES) and by_id["c"].probed
    assert rejected == []
    with pytest.raises(SourceError, match="not a directory"):
        load_c_dir(tmp_path / "missing")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "inputs.json").write_text("{oops")
    with pytest.raises(SourceError, match=r"bad/inputs.json: not valid JSON"):
        load_c_dir(tmp_path)


def test_cli_build_then_check(tmp_path, capsys):
    need("c")
    from oorl.cli import main

    progs = tmp_path / "progs"
    progs.mkdir()
    (progs / "clean.c").write_text(CLEAN)
    (progs / "clean.in").write_text("4\n")
    (progs / "broken.c").write_text(BROKEN)
    out = tmp_path / "g.jsonl.gz"
    assert main(["ir", "build", "--c-dir", str(progs), "-o", str(out), "--losers", "2", "--no-progress"]) == 0
    text = capsys.readouterr().out
    assert "groups 1" in text and "compile_error" in text
    summary = json.loads((tmp_path / "g.summary.json").read_text())
    assert summary["groups"] == 1 and summary["dropped"] == {"compile_error": 1}
    assert summary["drops"][0]["id"] == "broken" and "undeclared_name" in summary["drops"][0]["detail"]
    from oorl.ir.groups import load_groups

    [g] = load_groups(out)
    assert g["id"] == "clean" and len(g["losers"]) == 2
    assert main(["ir", "check", str(out)]) == 0
    assert "verified losers different 2/2" in capsys.readouterr().out


def test_cli_errors_are_clear(tmp_path, capsys):
    from oorl.cli import main

    assert main(["ir", "build", "-o", str(tmp_path / "x.jsonl")]) == 2
    assert "give at least one of --problems, --c-dir" in capsys.readouterr().err
    assert main(["ir", "build", "--c-dir", str(tmp_path / "nope"), "-o", str(tmp_path / "x.jsonl")]) == 2
    assert "not a directory" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "prompt": "p", "source": "s", "winners": [], "losers": [], "verified": true}\n')
    assert main(["ir", "check", str(bad)]) == 2
    assert "bad.jsonl:1: field 'winners' is empty" in capsys.readouterr().err


def test_sltrans_pairs_become_groups_with_their_ir_verified(executor):
    need("c")
    from pathlib import Path

    from oorl.ir.sltrans import load_sltrans

    fixture = Path(__file__).parent / "fixtures" / "sltrans" / "c_size_optimized.jsonl"
    sources, skipped = load_sltrans(str(fixture))
    assert skipped  # the row with an empty IR
    outcomes = build_groups(sources, executor, BuildConfig(losers=2))
    built = [o for o in outcomes if o.group is not None]
    assert len(built) >= 3
    for o in built:
        labels = [w["opt"] for w in o.group["winners"]] + [a for w in o.group["winners"] for a in w.get("also", [])]
        assert "sltrans:Size_Optimized" in labels  # the dataset's IR, verified like clang's (here equal to -Oz)
    assert {o.reason for o in outcomes if o.group is None} <= {"compile_error", "no_usable_input"}
    assert any(o.reason == "compile_error" and "MAXN" in o.detail for o in outcomes)
