"""``oorl exec demo``: the executor end to end, one sample program per available language.

Runs every available language's sample through the sandbox in both modes
(stdin/stdout cases, and a broken variant that must be a compile error), then
writes ``results.jsonl`` and ``summary.md`` to the output directory.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from oorl.exec import samples
from oorl.exec.doctor import diagnose, render
from oorl.exec.pool import Executor, default_tools_dir
from oorl.types import Case, ExecRequest


def run_demo(out_dir: Path, *, workers: int | None = None) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    report = diagnose(default_tools_dir(), build=True)
    print(render(report))
    langs = [lang for lang, t in report["toolchains"].items() if t["present"]]
    reqs = []
    for lang in langs:
        reqs.append(ExecRequest(id=f"{lang}/sum", language=lang, code=samples.SUM[lang], cases=tuple(
            Case(**c) for c in samples.CASES)))
        reqs.append(ExecRequest(id=f"{lang}/broken", language=lang, code=samples.broken(lang), cases=reqs[-1].cases))
    start = time.monotonic()
    with Executor(workers) as ex:
        results = ex.run_batch(reqs)
    elapsed = time.monotonic() - start
    with open(out_dir / "results.jsonl", "w") as f:
        for r in results:
            f.write(json.dumps(r.to_dict()) + "\n")
    expected = {"sum": "passed", "broken": "compile_error"}
    rows, ok = [], True
    for r in results:
        kind = r.id.split("/")[1]
        good = str(r.status) == expected[kind]
        ok &= good
        rows.append(f"| {r.language} | {kind} | {r.status} | {'yes' if good else 'NO'} | {r.time_s:.2f} |")
    summary = "\n".join([
        "# oorl executor demo", "",
        f"{len(reqs)} programs in {len(langs)} languages, {elapsed:.1f} s wall.", "",
        "| language | program | status | as expected | run s |", "|---|---|---|---|---|", *rows, "",
    ])
    (out_dir / "summary.md").write_text(summary)
    print(summary)
    print(f"wrote {out_dir / 'results.jsonl'} and {out_dir / 'summary.md'}")
    return 0 if ok else 1
