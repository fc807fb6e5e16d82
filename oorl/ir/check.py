"""Independent re-execution of built groups (``oorl ir check GROUPS``).

The builder verifies with ``lli``; this check takes another road, so that a bug shared by the
builder's scripts and ``lli`` cannot pass itself.  For each group, in the sandbox:

* the source is compiled natively at -O0 by itself (``-std`` as recorded; a function group links
  its driver), and run on every recorded check: it must still give the recorded exit status and
  stdout (else the group is ``stale``: the C or the toolchain changed);
* every winner's IR is compiled natively (``clang-19 -x ir``, no ``lli``) and must match the
  native -O0 program on every check;
* every loser's IR is compiled natively too and must differ on at least one check (for a group
  marked ``verified``; unverified losers are counted apart).

The report counts winners equivalent, verified losers different, and lists each failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from oorl.ir.build import CLANG, COMMON_FLAGS, RUN_TIMEOUT_S, _b64, _heredoc, _lines
from oorl.ir.normalize import BatchExecutor
from oorl.types import ExecRequest, Status


@dataclass
class CheckReport:
    groups: int = 0
    winners: int = 0
    winners_equivalent: int = 0
    verified_losers: int = 0
    verified_losers_different: int = 0
    unverified_losers: int = 0
    unverified_losers_different: int = 0
    stale: int = 0
    errors: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.failures and self.winners_equivalent == self.winners
                and self.verified_losers_different == self.verified_losers)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "groups", "winners", "winners_equivalent", "verified_losers", "verified_losers_different",
            "unverified_losers", "unverified_losers_different", "stale", "errors")} | {
            "ok": self.ok, "failures": self.failures}


def _script(g: dict[str, Any]) -> str:
    std = g.get("std", "gnu17")
    flags = f"-std={std} {COMMON_FLAGS} -O0"
    parts = ["set -u", "cd /work", _heredoc("src.c", g["source"])]
    objects = ""
    if g.get("driver"):
        parts.append(_heredoc("drv.c", g["driver"]))
        parts.append(f"{CLANG} {flags} -c drv.c -o drv.o 2> cc.err || {{ echo '@@OORL error driver'; exit 0; }}")
        objects = "drv.o"
    for k, c in enumerate(g.get("checks", [])):
        parts.append(_heredoc(f"in.{k}", c["stdin"]))
    n = len(g.get("checks", []))
    order = " ".join(str(k) for k in range(n))
    parts.append(f"""obs() {{ timeout -s KILL {RUN_TIMEOUT_S} "./$1" < "in.$2" > out 2> /dev/null; E=$?; H=$(sha256sum out | cut -c1-64); }}
{CLANG} {flags} src.c {objects} -o ref -lm 2> cc.err || {{ echo "@@OORL error source $(head -c 200 cc.err | base64 -w0)"; exit 0; }}
declare -A REF
for K in {order}; do obs ref $K; REF[$K]="$E $H"; echo "@@OORL ref $K $E $H"; done
item() {{  # item NAME: compile cand.ll natively, run every check, print how it compares with the native -O0 program
  if ! {CLANG} {flags} -x ir cand.ll -x none {objects} -o cand -lm 2> cc.err; then echo "@@OORL item $1 nocompile"; return; fi
  SAME=1; WHERE=-
  for K in {order}; do obs cand $K; if [ "$E $H" != "${{REF[$K]}}" ]; then SAME=0; WHERE=$K; break; fi; done
  echo "@@OORL item $1 $SAME $WHERE"
}}""")
    for i, w in enumerate(g["winners"]):
        parts += [_heredoc("cand.ll", w["ir"]), f"item w{i}"]
    for i, loser in enumerate(g["losers"]):
        parts += [_heredoc("cand.ll", loser["ir"]), f"item l{i}"]
    parts.append('echo "@@OORL end"')
    return "\n".join(parts) + "\n"


def recheck(groups: Sequence[dict[str, Any]], executor: BatchExecutor, timeout_s: float = 300.0) -> CheckReport:
    """Re-execute ``groups`` natively (see the module doc)."""
    report = CheckReport(groups=len(groups))
    results = executor.run_batch([
        ExecRequest(id=f"ir-check-{i}", language="bash", code=_script(g), timeout_s=timeout_s, memory_mb=2048,
                    stdout_chars=1 << 20) for i, g in enumerate(groups)])
    for g, res in zip(groups, results):
        rows = _lines(res) if res.status is Status.PASSED else []
        if not rows or rows[-1] != ["end"]:
            report.errors += 1
            why = next((f"{r[1]}: {_b64(r[2]) if len(r) > 2 else ''}" for r in rows if r[0] == "error"),
                       f"request ended {res.status}: {res.error or res.failure_line()}")
            report.failures.append({"id": g["id"], "what": "error", "detail": why})
            continue
        refs = {int(r[1]): (int(r[2]), r[3]) for r in rows if r[0] == "ref"}
        for k, c in enumerate(g.get("checks", [])):
            if refs.get(k) != (c["exit_code"], c["stdout_sha256"]):
                report.stale += 1
                report.failures.append({"id": g["id"], "what": "stale", "detail": f"check {k}: the native -O0 program "
                                        f"now gives exit {refs.get(k, ('?',))[0]}, recorded {c['exit_code']}"})
                break
        items = {r[1]: r[2:] for r in rows if r[0] == "item"}
        for i, w in enumerate(g["winners"]):
            report.winners += 1
            got = items.get(f"w{i}", ["missing"])
            if got[0] == "1":
                report.winners_equivalent += 1
            else:
                detail = "did not compile natively" if got[0] == "nocompile" else f"differs on check {got[-1]}"
                report.failures.append({"id": g["id"], "what": f"winner {w['opt']}", "detail": detail})
        for i, loser in enumerate(g["losers"]):
            got = items.get(f"l{i}", ["missing"])
            different = got[0] == "0"
            if g["verified"]:
                report.verified_losers += 1
                if different:
                    report.verified_losers_different += 1
                else:
                    detail = "did not compile natively" if got[0] == "nocompile" else "same as the source on every check"
                    report.failures.append({"id": g["id"], "what": f"loser {loser['mutation']}", "detail": detail})
            else:
                report.unverified_losers += 1
                report.unverified_losers_different += int(different)
    return report
