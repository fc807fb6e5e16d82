"""Build GEPO groups from C sources, with both sides verified by execution in the sandbox.

For each ``Source`` (a whole program, or a function with its driver; see ``oorl.ir.source``):

1. **Reference** (one sandbox request).  clang-19 compiles the source natively at -O0 (C17; a
   source that only compiles as C89, with implicit ``int`` or implicit declarations, is retried
   with ``-std=gnu89``).  The binary runs twice on every input; exit status and stdout (hash) are
   the observable behaviour.  An AddressSanitizer + UndefinedBehaviorSanitizer build runs on every
   input too.  The same request emits the IR at -O0 (``-disable-O0-optnone``), -O1, -O2, -O3,
   -Os and -Oz, all with ``-g0 -ffp-contract=off`` (no fused multiply-add: ``lli`` targets the
   host CPU, which may have FMA where the native build does not, and the results would differ in
   the last bit).
2. **Inputs.**  An input is kept when the reference ended by itself (no signal, no timeout),
   gave the same result both times, and the sanitizers stayed quiet.  On an input the source came
   with, a sanitizer report or a flaky result drops the whole source (``undefined_behaviour``,
   ``nondeterministic``); on a probe or generated input it only drops that input, since the
   program may not be meant for it.  No input left: ``no_usable_input``.
3. **Winners.**  Each level's IR is normalised (``oorl.ir.normalize``); equal texts count once
   (the first level keeps it, the others are listed in ``also``).
4. **Candidate losers.**  Labelled single-site mutations of the winners (``oorl.ir.mutate``),
   spread over kinds and parents, ``3 × losers`` of them.
5. **Verification** (one sandbox request).  Every winner and candidate is assembled with
   ``llvm-as-19`` (function sources: linked to the -O0 driver with ``llvm-link-19``) and run with
   ``lli-19`` on every kept input.  A winner must match the reference on every input, else the
   source is dropped (``levels_disagree``: undefined behaviour the sanitizers missed), except that
   a probed source (one that came without inputs) loses only the probes on which its levels
   disagree (a probe it is not meant for, e.g. one it reads past the end of) and is verified again
   on the rest.  A
   candidate is a *verified loser* when on some input it differs from the reference, differs the
   same way on a second run, and differs the same way again when compiled natively (a second engine):
   a difference that comes and goes, or that one engine shows and the other does not (an
   out-of-bounds read whose result depends on memory layout), is not evidence.  Differences
   in exit status or stdout are preferred over timeouts.
6. **Group.**  Up to ``losers`` verified losers; ``"verified": true``.  When none could be shown
   to differ, the group keeps unproven candidates with ``"verified": false``.

Every dropped source gets one reason (``DROP_REASONS``) and a detail line.  A fault of the sandbox
(``sandbox_error``) is reported as ours, never as the source's.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import random
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from oorl.ir.mutate import Mutant, mutations
from oorl.ir.normalize import BatchExecutor, normalize
from oorl.ir.source import Source
from oorl.types import ExecRequest, ExecResult, Status

LEVELS = ("O0", "O1", "O2", "O3", "Os", "Oz")
CLANG = "/usr/bin/clang-19"
LLI = "/usr/bin/lli-19"
COMMON_FLAGS = "-w -ffp-contract=off -fno-stack-protector"
IR_FLAGS = "-S -emit-llvm -g0"
LEVEL_FLAGS = {"O0": "-O0 -Xclang -disable-O0-optnone"}
STANDARDS = ("gnu17", "gnu89")
SANITIZERS = ("-fsanitize=address,undefined", "-fsanitize=undefined")
MAX_INPUTS = 16
RUN_TIMEOUT_S = 5  # per run of one input, native or lli
MUTANT_TIMEOUT_S = 2  # a candidate loser still running after this (the reference took milliseconds) has hung;
# after two hangs its other inputs are not tried (a flipped loop exit hangs on every input)
STDOUT_KEEP = 2000  # reference stdout recorded in the group when at most this long

DROP_REASONS = {
    "compile_error": "does not compile standalone with clang-19 (C17 or C89)",
    "emit_error": "clang compiled it natively but failed to emit IR at some level",
    "no_usable_input": "the -O0 program crashed, hung, tripped a sanitizer or was not repeatable on every input",
    "undefined_behaviour": "a sanitizer reported undefined behaviour on one of its own inputs",
    "nondeterministic": "two runs of the -O0 program on one of its own inputs differed",
    "levels_disagree": "an optimisation level's IR behaved differently from the -O0 program (undefined behaviour)",
    "invalid_ir": "a winner's normalised IR did not assemble (a normaliser bug: please report it)",
    "too_large": "its IR is larger than the limit",
    "sandbox_error": "the sandbox failed (our fault, not the source's)",
}

PROMPT = (
    "Translate the following C code to LLVM IR: the textual IR that clang emits for x86_64 Linux.\n\n"
    "```c\n{code}\n```\n\n"
    "Answer with exactly one fenced code block tagged `llvm` holding the whole module."
)


@dataclass
class BuildConfig:
    """How groups are built (every field is a CLI option of ``oorl ir build``)."""

    levels: tuple[str, ...] = LEVELS
    losers: int = 4
    candidates_per_loser: int = 3
    seed: int = 0
    max_ir_chars: int = 200_000
    timeout_s: float = 300.0
    memory_mb: int = 2048

    def __post_init__(self) -> None:
        bad = [lv for lv in self.levels if lv not in LEVELS]
        if bad or not self.levels or self.levels[0] != "O0":
            raise ValueError(f"levels must start with O0 and come from {list(LEVELS)}, got {list(self.levels)}")
        if self.losers < 1 or self.candidates_per_loser < 1:
            raise ValueError("losers and candidates_per_loser must be at least 1")


@dataclass
class Observation:
    """What one run showed: exit status (124 = killed by the run timeout) and a hash of stdout."""

    exit_code: int
    stdout_sha256: str

    def key(self) -> tuple[int, str]:
        return self.exit_code, self.stdout_sha256


@dataclass
class Outcome:
    """A source's result: a group, or why there is none."""

    source: Source
    group: dict[str, Any] | None = None
    reason: str = ""
    detail: str = ""
    notes: list[str] = field(default_factory=list)


# -- sandbox scripts ----------------------------------------------------------------------------


def _heredoc(path: str, text: str) -> str:
    data = base64.b64encode(text.encode()).decode()
    wrapped = "\n".join(data[i:i + 76] for i in range(0, len(data), 76))
    return f"base64 -d > {path} <<'OORL_EOF'\n{wrapped}\nOORL_EOF"


def _reference_script(src: Source, cfg: BuildConfig) -> str:
    files = "src.c drv.c" if src.kind == "function" else "src.c"
    parts = ["set -u", "cd /work", _heredoc("src.c", src.code)]
    if src.driver:
        parts.append(_heredoc("drv.c", src.driver))
    for k, stdin in enumerate(src.inputs[:MAX_INPUTS]):
        parts.append(_heredoc(f"in.{k}", stdin))
    std_loop = " ".join(STANDARDS)
    parts.append(f"""
STD=""
for s in {std_loop}; do
  if {CLANG} -std=$s {COMMON_FLAGS} -O0 {files} -o ref -lm 2> cc.err; then STD=$s; break; fi
  [ -z "$STD" ] && cp cc.err first.err 2>/dev/null
done
if [ -z "$STD" ]; then echo "@@OORL compile_error"; grep -m8 'error' first.err | cut -c1-200; exit 0; fi
echo "@@OORL std $STD"
SAN=none
for f in {' '.join(repr(s) for s in SANITIZERS)}; do
  if {CLANG} -std=$STD {COMMON_FLAGS} -O0 -g $f -fno-sanitize-recover=all {files} -o san -lm 2>/dev/null; then SAN="$f"; break; fi
done
echo "@@OORL sanitizer $SAN"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:handle_abort=1 UBSAN_OPTIONS=print_stacktrace=0
obs() {{ timeout -s KILL {RUN_TIMEOUT_S} "$@" < "$IN" > out 2> /dev/null; E=$?; H=$(sha256sum out | cut -c1-64); S=$(wc -c < out); }}
for IN in $(ls in.* 2>/dev/null | sort -t. -k2 -n); do
  K=${{IN#in.}}
  obs ./ref; E1=$E; H1=$H; S1=$S
  if [ "$S1" -le {STDOUT_KEEP} ]; then O1=$(base64 -w0 out); else O1=-; fi
  obs ./ref
  echo "@@OORL ref $K $E1 $H1 $E $H $S1 $O1"
  if [ "$SAN" != none ]; then
    timeout -s KILL {RUN_TIMEOUT_S * 4} ./san < "$IN" > /dev/null 2> san.err
    if grep -q -E 'runtime error|AddressSanitizer|UndefinedBehaviorSanitizer' san.err; then
      echo "@@OORL san $K $(grep -m1 -E 'runtime error|ERROR: AddressSanitizer' san.err | sed 's/^[^ ]*: //' | cut -c1-160 | base64 -w0)"
    fi
  fi
done""")
    for lv in cfg.levels:
        flags = LEVEL_FLAGS.get(lv, f"-{lv}")
        parts.append(f"""if {CLANG} -std=$STD {COMMON_FLAGS} {IR_FLAGS} {flags} src.c -o {lv}.ll 2> {lv}.err; then
  echo "@@OORL ir {lv} $(base64 -w0 {lv}.ll)"
else
  echo "@@OORL emit_error {lv} $(grep -m1 error {lv}.err | cut -c1-200 | base64 -w0)"
fi""")
    parts.append('echo "@@OORL end"')
    return "\n".join(parts) + "\n"


def _verify_script(src: Source, std: str, runs: list[tuple[str, str]], expected: dict[str, tuple[int, str]],
                   winners: list[str], candidates: list[str], memory_mb: int = 2048) -> str:
    """Assemble and run every winner and candidate on each ``(name, stdin)`` of ``runs``.  A run
    without an ``expected`` observation gets one here from the native -O0 build, run twice."""
    parts = ["set -u", "cd /work"]
    for name, stdin in runs:
        parts.append(_heredoc(f"in.{name}", stdin))
    if src.driver:
        parts.append(_heredoc("drv.c", src.driver))
        parts.append(f"{CLANG} -std={std} {COMMON_FLAGS} -O0 -c -emit-llvm -g0 drv.c -o drv.bc 2> drv.err "
                     "|| { echo '@@OORL driver_error'; head -n3 drv.err; exit 0; }")
        parts.append(f"{CLANG} -std={std} {COMMON_FLAGS} -O0 -c drv.c -o drv.o 2> /dev/null "
                     "|| { echo '@@OORL driver_error'; exit 0; }")
    declared = " ".join(f"[{name}]='{expected[name][0]} {expected[name][1]}'" for name, _ in runs if name in expected)
    parts.append(f"declare -A EXP=({declared})")
    missing = [name for name, _ in runs if name not in expected]
    if missing:
        files = "src.c drv.c" if src.driver else "src.c"
        parts.append(_heredoc("src.c", src.code))
        parts.append(f"{CLANG} -std={std} {COMMON_FLAGS} -O0 {files} -o ref -lm 2> /dev/null "
                     "|| { echo '@@OORL driver_error'; exit 0; }")
        for name in missing:
            parts.append(f"""timeout -s KILL {RUN_TIMEOUT_S} ./ref < in.{name} > out.a 2> /dev/null; E1=$?
timeout -s KILL {RUN_TIMEOUT_S} ./ref < in.{name} > out.b 2> /dev/null; E2=$?
H1=$(sha256sum out.a | cut -c1-64); H2=$(sha256sum out.b | cut -c1-64)
if [ "$E1 $H1" != "$E2 $H2" ]; then echo "@@OORL flaky {name}"; exit 0; fi
EXP[{name}]="$E1 $H1"
if [ $(wc -c < out.a) -le {STDOUT_KEEP} ]; then O=$(base64 -w0 out.a); else O=-; fi
echo "@@OORL expect {name} $E1 $H1 $O"
""")
    link = "/usr/bin/llvm-link-19 c.bc drv.bc -o c.bc" if src.driver else "true"
    order = " ".join(name for name, _ in runs)
    # Each run gets 3/4 of the request's memory as address space, so a mutant that allocates without end
    # fails alone (a difference) instead of taking the whole request down.
    run_kb = memory_mb * 768
    parts.append(f"""run() {{ (ulimit -v {run_kb}; exec timeout -s KILL ${{2:-{RUN_TIMEOUT_S}}} {LLI} --jit-kind=mcjit -O0 c.bc < in.$1 > out 2> /dev/null); E=$?; H=$(sha256sum out | cut -c1-64); }}
native() {{  # the candidate compiled natively (no lli), run on input $1: a second engine for a loser's difference.
  # No address-space cap here: a difference that only shows when a large allocation fails under the cap
  # (an oversized malloc) is not one a plain run would see.
  {CLANG} {COMMON_FLAGS} -O0 -x ir cand.ll -x none {"drv.o" if src.driver else ""} -o cand.bin -lm 2> /dev/null || {{ E=-1; H=nocompile; return; }}
  timeout -s KILL ${{2:-{RUN_TIMEOUT_S}}} ./cand.bin < in.$1 > out 2> /dev/null; E=$?; H=$(sha256sum out | cut -c1-64)
}}
prepare() {{
  if ! /usr/bin/llvm-as-19 cand.ll -o c.bc 2> as.err; then echo "@@OORL invalid $1 $(grep -m1 error as.err | cut -c1-200 | base64 -w0)"; return 1; fi
  if ! {link} 2> as.err; then echo "@@OORL invalid $1 $(grep -m1 error as.err | cut -c1-200 | base64 -w0)"; return 1; fi
}}""")
    for i, ir in enumerate(winners):
        parts.append(_heredoc("cand.ll", ir))
        stop = "" if src.probed else "; [ \"$E $H\" = \"${EXP[$K]}\" ] || break"
        parts.append(f"if prepare w{i}; then for K in {order}; do run $K; echo \"@@OORL run w{i} $K $E $H\"{stop}; "
                     "done; fi")
    for i, ir in enumerate(candidates):
        parts.append(_heredoc("cand.ll", ir))
        # First input on which it differs, confirmed by a second run; timeouts only if nothing better.
        parts.append(f"""if prepare m{i}; then
  HIT=""; SLOW=""; HUNG=0; UNSTABLE=0
  for K in {order}; do
    run $K {MUTANT_TIMEOUT_S}
    if [ "$E $H" != "${{EXP[$K]}}" ]; then
      if [ $E -eq 137 ]; then [ -z "$SLOW" ] && SLOW=$K; HUNG=$((HUNG + 1)); [ $HUNG -ge 2 ] && break; continue; fi
      E1=$E; H1=$H; run $K {MUTANT_TIMEOUT_S}
      if [ "$E $H" = "$E1 $H1" ]; then
        native $K {MUTANT_TIMEOUT_S}
        if [ "$E $H" = "$E1 $H1" ]; then HIT="$K $E $H"; break; fi
        UNSTABLE=1
      fi
    fi
  done
  if [ -z "$HIT" ] && [ -n "$SLOW" ]; then
    run $SLOW {MUTANT_TIMEOUT_S}; E1=$E; H1=$H
    if [ $E1 -eq 137 ]; then native $SLOW {MUTANT_TIMEOUT_S}; [ $E -eq 137 ] && HIT="$SLOW $E1 $H1"; fi
  fi
  if [ -n "$HIT" ]; then echo "@@OORL diff m{i} $HIT"; else echo "@@OORL same m{i}"; fi
fi""")
    parts.append('echo "@@OORL end"')
    return "\n".join(parts) + "\n"


def _lines(res: ExecResult) -> list[list[str]]:
    return [ln.split(" ")[1:] for ln in res.stdout_tail.splitlines() if ln.startswith("@@OORL ")]


def _b64(text: str) -> str:
    try:
        return base64.b64decode(text).decode("utf-8", "replace").strip()
    except ValueError:
        return ""


# -- the pipeline ------------------------------------------------------------------------------


def build_groups(sources: Sequence[Source], executor: BatchExecutor, config: BuildConfig | None = None,
                 progress: Callable[[str], Any] | None = None) -> list[Outcome]:
    """One ``Outcome`` per source, in order (see the module doc)."""
    cfg = config or BuildConfig()
    outcomes = [Outcome(s) for s in sources]
    stdout_max = 32 << 20
    refs = executor.run_batch([
        ExecRequest(id=f"ir-ref-{i}", language="bash", code=_reference_script(s, cfg), timeout_s=cfg.timeout_s,
                    memory_mb=cfg.memory_mb, stdout_chars=stdout_max) for i, s in enumerate(sources)])
    plans: dict[int, dict[str, Any]] = {}
    for i, (out, res) in enumerate(zip(outcomes, refs)):
        plan = _plan(out, res, cfg)
        if plan is not None:
            plans[i] = plan
        if progress and plan is None:
            progress(out.source.id)
    order = sorted(plans)
    for _round in range(2):  # a second round only for probed sources that lost inputs to disagreement
        checks = executor.run_batch([
            ExecRequest(id=f"ir-verify-{i}", language="bash", timeout_s=cfg.timeout_s, memory_mb=cfg.memory_mb,
                        stdout_chars=1 << 20,
                        code=_verify_script(sources[i], plans[i]["std"], plans[i]["runs"], plans[i]["expected"],
                                            [w["ir"] for w in plans[i]["winners"]],
                                            [m.ir for m in plans[i]["candidates"]], cfg.memory_mb))
            for i in order])
        retry = []
        for i, res in zip(order, checks):
            if _finish(outcomes[i], plans[i], res, cfg, may_retry=_round == 0):
                retry.append(i)
            elif progress:
                progress(outcomes[i].source.id)
        order = retry
        if not order:
            break
    return outcomes


def _drop(out: Outcome, reason: str, detail: str) -> None:
    out.reason, out.detail = reason, detail.strip().splitlines()[0][:300] if detail.strip() else DROP_REASONS[reason]


def _plan(out: Outcome, res: ExecResult, cfg: BuildConfig) -> dict[str, Any] | None:
    """Parse the reference request; choose inputs, winners and candidate losers (None: dropped)."""
    src = out.source
    if res.status is not Status.PASSED:
        _drop(out, "sandbox_error", f"reference request ended {res.status}: {res.error or res.failure_line()}")
        return None
    rows = _lines(res)
    if not rows or rows[-1] != ["end"]:
        if any(r[:1] == ["compile_error"] for r in rows):
            errors = res.stdout_tail.split("@@OORL compile_error", 1)[1].strip()
            _drop(out, "compile_error", errors or "clang-19 rejected it")
        else:
            _drop(out, "sandbox_error", "the reference request's output ended early: " + res.failure_line())
        return None
    std, ref, san, irs = "gnu17", {}, {}, {}
    for r in rows:
        if r[0] == "std":
            std = r[1]
        elif r[0] == "ref" and len(r) >= 8:
            k = int(r[1])
            ref[k] = (Observation(int(r[2]), r[3]), Observation(int(r[4]), r[5]), None if r[7] == "-" else r[7])
        elif r[0] == "san":
            san[int(r[1])] = _b64(r[2]) if len(r) > 2 else "sanitizer report"
        elif r[0] == "ir":
            irs[r[1]] = base64.b64decode(r[2]).decode("utf-8", "replace") if len(r) > 2 else ""
        elif r[0] == "emit_error":
            _drop(out, "emit_error", f"-{r[1]}: " + (_b64(r[2]) if len(r) > 2 else ""))
            return None
    if std != STANDARDS[0]:
        out.notes.append(f"compiled as -std={std}")
    if any(r[:2] == ["sanitizer", "none"] for r in rows):
        out.notes.append("no sanitizer build (is libclang-rt-19-dev installed?): undefined behaviour is caught only "
                         "where the levels disagree")
    inputs: list[int] = []
    for k in range(min(len(src.inputs), MAX_INPUTS)):
        a, b, _ = ref.get(k, (None, None, None))
        problem = ""
        if a is None:
            problem = "no reference run"
        elif k in san:
            problem = f"undefined_behaviour:{san[k]}"
        elif a.key() != b.key():
            problem = "nondeterministic:two runs differed"
        elif a.exit_code == 137 or a.exit_code >= 128 or a.exit_code < 0:
            problem = "crashed or timed out" if a.exit_code != 137 else "timed out"
        if not problem:
            inputs.append(k)
            continue
        given = not src.probed and k not in src.meta.get("generated", ())
        if given and problem.startswith(("undefined_behaviour", "nondeterministic")):
            reason, detail = problem.split(":", 1)
            _drop(out, reason, f"input {k}: {detail}")
            return None
        out.notes.append(f"input {k} skipped: {problem.split(':', 1)[-1]}")
    if src.probed:  # probes that the program answers alike (it ignores stdin) add nothing: keep one each
        distinct: dict[tuple[int, str], int] = {}
        for k in inputs:
            distinct.setdefault(ref[k][0].key(), k)
        inputs = sorted(distinct.values())
    if not inputs:
        _drop(out, "no_usable_input", f"every input was unusable ({'; '.join(out.notes[-3:])})")
        return None
    winners: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    for lv in cfg.levels:
        text = normalize(irs[lv])
        if len(text) > cfg.max_ir_chars:
            _drop(out, "too_large", f"-{lv} IR has {len(text)} characters (limit {cfg.max_ir_chars}, --max-ir-chars)")
            return None
        key = hashlib.sha256(text.encode()).hexdigest()
        if key in seen:
            seen[key].setdefault("also", []).append(lv)
        else:
            seen[key] = {"opt": lv, "ir": text}
            winners.append(seen[key])
    for label, ir in src.extra_winners:
        text = normalize(ir)
        key = hashlib.sha256(text.encode()).hexdigest()
        if key in seen:
            seen[key].setdefault("also", []).append(label)
        else:
            seen[key] = {"opt": label, "ir": text}
            winners.append(seen[key])
    if src.kind == "function":  # one run covers every kept case; its reference is taken in the verify request
        runs = [("all", "".join(src.inputs[k] for k in inputs))]
        expected, texts = {}, {}
    else:
        runs = [(str(k), src.inputs[k]) for k in inputs]
        expected = {str(k): ref[k][0].key() for k in inputs}
        texts = {str(k): ref[k][2] for k in inputs}
    return {"std": std, "runs": runs, "expected": expected, "texts": texts, "winners": winners,
            "candidates": _candidates(winners, cfg, src.id)}


def _candidates(winners: list[dict[str, Any]], cfg: BuildConfig, sid: str) -> list[Mutant]:
    """``losers × candidates_per_loser`` mutants, round-robin over (kind, parent) in a seeded order."""
    rng = random.Random(f"{cfg.seed}:{sid}")
    pools: dict[tuple[str, str], list[Mutant]] = {}
    for w in winners:
        for m in mutations(w["ir"], rng):
            pools.setdefault((m.kind, w["opt"]), []).append(dataclasses.replace(m, parent=w["opt"]))
    keys = sorted(pools)
    rng.shuffle(keys)
    for k in keys:
        rng.shuffle(pools[k])
    want = cfg.losers * cfg.candidates_per_loser
    picked: list[Mutant] = []
    seen: set[str] = set()
    while len(picked) < want and any(pools.values()):
        for k in keys:
            while pools[k] and len(picked) < want:
                m = pools[k].pop()
                if m.ir not in seen:
                    seen.add(m.ir)
                    picked.append(m)
                    break
    return picked


def _finish(out: Outcome, plan: dict[str, Any], res: ExecResult, cfg: BuildConfig, may_retry: bool = False) -> bool:
    """Turn the verification request into a group or a drop.  True (with ``plan["runs"]`` narrowed) when
    a probed source must be verified again without the probes on which its levels disagreed."""
    src = out.source
    if res.status is not Status.PASSED:
        _drop(out, "sandbox_error", f"verification request ended {res.status}: {res.error or res.failure_line()}")
        return False
    rows = _lines(res)
    if not rows or rows[-1] != ["end"]:
        what = "the driver did not compile" if any(r[:1] == ["driver_error"] for r in rows) else "output ended early"
        _drop(out, "sandbox_error", f"verification request: {what}: {res.failure_line()}")
        return False
    winners, candidates = plan["winners"], plan["candidates"]
    expected, texts = dict(plan["expected"]), dict(plan["texts"])
    runs: dict[int, dict[str, tuple[int, str]]] = {}
    diffs: dict[int, tuple[str, int, str]] = {}
    invalid: dict[str, str] = {}
    for r in rows:
        if r[0] == "invalid":
            invalid[r[1]] = _b64(r[2]) if len(r) > 2 else ""
        elif r[0] == "run":
            runs.setdefault(int(r[1][1:]), {})[r[2]] = (int(r[3]), r[4])
        elif r[0] == "diff":
            diffs[int(r[1][1:])] = (r[2], int(r[3]), r[4])
        elif r[0] == "expect":
            expected[r[1]] = (int(r[2]), r[3])
            texts[r[1]] = None if r[4] == "-" else r[4]
        elif r[0] == "flaky":
            _drop(out, "nondeterministic", "two runs of the -O0 program over all the cases differed")
            return False
    for i, w in enumerate(winners):
        if f"w{i}" in invalid:
            _drop(out, "invalid_ir", f"winner {w['opt']}: {invalid[f'w{i}']}")
            return False
    disagree: dict[str, str] = {}
    for i, w in enumerate(winners):
        for name, _ in plan["runs"]:
            got = runs.get(i, {}).get(name)
            if got != expected[name] and name not in disagree:
                seen = ("no result" if got is None else f"exit {got[0]}, expected {expected[name][0]}"
                        if got[0] != expected[name][0] else "same exit status, other stdout")
                disagree[name] = f"-{w['opt']} under lli differs from the native -O0 program on input {name} ({seen})"
    if disagree:
        kept = [(name, stdin) for name, stdin in plan["runs"] if name not in disagree]
        if src.probed and kept and may_retry:  # a probe the program is not meant for (e.g. it reads past EOF)
            out.notes += [f"probe {name} dropped: {why}" for name, why in disagree.items()]
            plan["runs"] = kept
            return True
        _drop(out, "levels_disagree", next(iter(disagree.values())))
        return False
    verified, unproven = [], []
    for i, m in enumerate(candidates):
        if f"m{i}" in invalid:
            continue
        entry = {"ir": m.ir, "mutation": m.mutation, "kind": m.kind, "parent": m.parent}
        if i in diffs:
            k, e, h = diffs[i]
            entry["witness"] = {"check": [n for n, _ in plan["runs"]].index(k), "expected": {"exit_code": expected[k][0], "stdout_sha256": expected[k][1]},
                                "got": {"exit_code": e, "stdout_sha256": h, "timed_out": e == 137}}
            verified.append(entry)
        else:
            unproven.append(entry)
    # Prefer clean differences over timeouts, then keep the kinds varied.
    verified.sort(key=lambda e: e["witness"]["got"]["timed_out"])
    losers = _varied(verified, cfg.losers) if verified else _varied(unproven, cfg.losers)
    if not losers:
        out.notes.append("no mutant assembled")
    checks = []
    for name, stdin in plan["runs"]:
        check = {"stdin": stdin, "exit_code": expected[name][0], "stdout_sha256": expected[name][1]}
        if texts.get(name) is not None:
            check["stdout"] = base64.b64decode(texts[name]).decode("utf-8", "replace")
        checks.append(check)
    out.group = {
        "id": src.id,
        "prompt": PROMPT.format(code=src.code.rstrip("\n")),
        "source": src.code,
        "kind": src.kind,
        "split": src.split,
        "origin": src.origin,
        "winners": winners,
        "losers": losers,
        "verified": bool(verified) and bool(losers),
        "std": plan["std"],
        "checks": checks,
        **({"driver": src.driver} if src.driver else {}),
        **({"notes": out.notes} if out.notes else {}),
    }


def _varied(entries: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """Up to ``n`` entries, taking one per kind in turn (order within a kind kept)."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for e in entries:
        by_kind.setdefault(e["kind"], []).append(e)
    out: list[dict[str, Any]] = []
    while len(out) < n and any(by_kind.values()):
        for kind in list(by_kind):
            if by_kind[kind] and len(out) < n:
                out.append(by_kind[kind].pop(0))
    return out


# -- summary -----------------------------------------------------------------------------------


def summarize(outcomes: Iterable[Outcome]) -> dict[str, Any]:
    """Counts for a build: groups, winners/losers per group, verified share, every drop with its reason."""
    outcomes = list(outcomes)
    groups = [o.group for o in outcomes if o.group is not None]
    dropped = [o for o in outcomes if o.group is None]
    reasons: dict[str, int] = {}
    for o in dropped:
        reasons[o.reason] = reasons.get(o.reason, 0) + 1
    kinds: dict[str, int] = {}
    for g in groups:
        for loser in g["losers"]:
            kinds[loser["kind"]] = kinds.get(loser["kind"], 0) + 1

    def stats(xs: list[int]) -> dict[str, float]:
        return {"mean": round(sum(xs) / len(xs), 2), "min": min(xs), "max": max(xs)} if xs else {}

    return {
        "sources": len(outcomes),
        "groups": len(groups),
        "verified": sum(1 for g in groups if g["verified"]),
        "verified_share": round(sum(1 for g in groups if g["verified"]) / len(groups), 4) if groups else 0.0,
        "winners_per_group": stats([len(g["winners"]) for g in groups]),
        "losers_per_group": stats([len(g["losers"]) for g in groups]),
        "loser_kinds": dict(sorted(kinds.items())),
        "dropped": dict(sorted(reasons.items())),
        "drops": [{"id": o.source.id, "reason": o.reason, "detail": o.detail} for o in dropped],
    }


def write_groups(path, groups: Iterable[dict[str, Any]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for g in groups:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
            n += 1
    return n
