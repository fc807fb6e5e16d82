"""The shipped corpus of whole C programs (``oorl/ir/data/programs``) that the IR-group builder compiles.

Each program reads its input from stdin (so clang cannot fold it away at -O1+), and
``inputs.json`` gives 3-5 stdin strings per program.  The builder drops a program whose
optimisation levels disagree, so every program here must be free of undefined behaviour
on its inputs.  Checked, all through the sandboxed executor:

* the corpus is well formed (names, inputs, ``int main(void)``, reads stdin);
* at -O0 every input runs within limits and exits 0 (a ``bash`` request that compiles with
  clang-19 -O0 and prints each input's stdout);
* at -O2 (the executor's ``c`` language) the same stdout on every input (``cases``);
* under AddressSanitizer + UndefinedBehaviorSanitizer at -O0 no report on any input, and the
  same stdout as the plain -O0 build.  clang's sanitizer runtime (libclang-rt-19-dev) is not
  always installed, so the request uses the first sanitizer build that works on this machine:
  clang asan+ubsan, gcc asan+ubsan, gcc ubsan, clang ubsan in trap mode (no runtime needed).
"""

from __future__ import annotations

import base64
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import need

PROGRAMS_DIR = Path(__file__).resolve().parents[2] / "oorl" / "ir" / "data" / "programs"
STDOUT_TAIL_LIMIT = 1900  # the executor keeps the last 2000 characters of stdout
CASE_MARK = "\x1e"  # record separator: starts each case's header line in the -O0 request's stdout


def load_corpus() -> tuple[dict[str, str], dict[str, list[str]]]:
    sources = {p.name: p.read_text() for p in sorted(PROGRAMS_DIR.glob("*.c"))}
    inputs = json.loads((PROGRAMS_DIR / "inputs.json").read_text())
    return sources, inputs


SOURCES, INPUTS = load_corpus()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _write_files(source: str, stdins: list[str]) -> str:
    """Shell lines that write p.c and in.0 … in.N exactly (base64, so no quoting or trailing-newline issues)."""
    lines = [f"printf %s '{_b64(source)}' | base64 -d > p.c"]
    lines += [f"printf %s '{_b64(s)}' | base64 -d > in.{i}" for i, s in enumerate(stdins)]
    return "\n".join(lines)


def o0_script(source: str, stdins: list[str]) -> str:
    """Compile at -O0 and print, per input, a header line (exit code, byte count) and the stdout."""
    return f"""set -u
{_write_files(source, stdins)}
/usr/bin/clang-19 -std=gnu17 -O0 -w -o p p.c -lm || exit 99
for i in $(seq 0 {len(stdins) - 1}); do
  timeout 5 ./p < in.$i > out.$i 2> err.$i
  rc=$?
  printf '\\036case %s exit %s bytes %s\\n' "$i" "$rc" "$(wc -c < out.$i)"
  cat out.$i
done
"""


SANITIZER_BUILDS = [
    "/usr/bin/clang-19 -std=gnu17 -O0 -g -w -fsanitize=undefined,address -fno-sanitize-recover=all",
    "gcc -std=gnu17 -O0 -g -w -fsanitize=undefined,address -fno-sanitize-recover=all",
    "gcc -std=gnu17 -O0 -g -w -fsanitize=undefined -fno-sanitize-recover=all",
    "/usr/bin/clang-19 -std=gnu17 -O0 -w -fsanitize=undefined -fsanitize-trap=all",
]


def sanitizer_script(source: str, stdins: list[str]) -> str:
    """Pick the first sanitizer build that works here, then run every input: print ``ok i`` or ``BAD i …``."""
    builds = " ".join(f"'{b}'" for b in SANITIZER_BUILDS)
    return f"""set -u
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
{_write_files(source, stdins)}
printf 'int main(void){{return 0;}}\\n' > probe.c
chosen=""
for b in {builds}; do
  if $b -o probe probe.c -lm 2>/dev/null && ./probe 2>/dev/null; then chosen="$b"; break; fi
done
[ -n "$chosen" ] || {{ echo "no sanitizer build works here" >&2; exit 98; }}
echo "build: $chosen"
/usr/bin/clang-19 -std=gnu17 -O0 -w -o p p.c -lm || exit 99
$chosen -o s p.c -lm || exit 97
for i in $(seq 0 {len(stdins) - 1}); do
  timeout 5 ./p < in.$i > ref.$i 2>/dev/null; r0=$?
  timeout 20 ./s < in.$i > out.$i 2> err.$i; rs=$?
  if [ "$r0" != "$rs" ] || ! cmp -s ref.$i out.$i || [ -s err.$i ]; then
    echo "BAD $i exit $r0/$rs: $(head -c 300 err.$i | tr '\\n' ' ')"
  else
    echo "ok $i"
  fi
done
"""


def parse_o0(stdout: str) -> dict[int, tuple[int, str]]:
    """``{case: (exit_code, stdout)}`` from the -O0 request's stdout (see ``o0_script``)."""
    out: dict[int, tuple[int, str]] = {}
    for chunk in stdout.split(CASE_MARK)[1:]:
        header, _, body = chunk.partition("\n")
        m = re.fullmatch(r"case (\d+) exit (\d+) bytes (\d+)", header.strip())
        assert m, f"bad header {header!r}"
        i, rc, nbytes = (int(g) for g in m.groups())
        assert len(body.encode()) == nbytes, f"case {i}: stdout truncated ({len(body.encode())} of {nbytes} bytes)"
        out[i] = (rc, body)
    return out


# ---------------------------------------------------------------------------------------------
# The corpus is well formed (no toolchain needed)
# ---------------------------------------------------------------------------------------------


def test_corpus_shape():
    assert len(SOURCES) >= 50, f"only {len(SOURCES)} programs"
    assert set(SOURCES) == set(INPUTS), f"mismatch: {sorted(set(SOURCES) ^ set(INPUTS))}"
    for name, src in SOURCES.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*\.c", name), name
        assert "int main(void)" in src, name
        assert re.search(r"\b(scanf|getchar|fgets)\s*\(", src), f"{name} must read stdin"
        assert not re.search(r"\b(rand|srand|time|getenv|fopen|clock)\s*\(", src), f"{name} is not deterministic"
        n_lines = src.count("\n")
        assert 15 <= n_lines <= 90, f"{name}: {n_lines} lines"
        stdins = INPUTS[name]
        assert 3 <= len(stdins) <= 5 and all(isinstance(s, str) for s in stdins), name
        assert len(set(stdins)) == len(stdins), f"{name}: duplicate inputs"


def test_corpus_is_package_data():
    """The builder finds the corpus through the package, not through the checkout."""
    try:
        root = resources.files("oorl.ir") / "data" / "programs"
    except ModuleNotFoundError:
        pytest.skip("oorl.ir is not a package yet")
    assert (root / "inputs.json").is_file()


# ---------------------------------------------------------------------------------------------
# -O0 vs -O2, and the sanitizers, through the executor
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def o0_outputs(executor):
    need("bash")
    need("c")
    reqs = [
        {"id": f"O0/{name}", "language": "bash", "code": o0_script(SOURCES[name], INPUTS[name]), "timeout_s": 60}
        for name in SOURCES
    ]
    results = executor.run_batch(reqs)
    outputs, problems = {}, []
    for name, res in zip(SOURCES, results):
        if res.status != "passed":
            problems.append(f"{name}: -O0 run {res.status} (exit {res.exit_code}): {res.failure_line()}")
            continue
        if len(res.stdout_tail) >= STDOUT_TAIL_LIMIT:
            problems.append(f"{name}: outputs too long to check through stdout_tail ({len(res.stdout_tail)} chars)")
            continue
        outputs[name] = parse_o0(res.stdout_tail)
    return outputs, problems


@pytest.mark.slow
def test_o0_runs_cleanly(o0_outputs):
    outputs, problems = o0_outputs
    for name, per_case in outputs.items():
        if sorted(per_case) != list(range(len(INPUTS[name]))):
            problems.append(f"{name}: cases {sorted(per_case)} reported")
        for i, (rc, _) in sorted(per_case.items()):
            if rc != 0:
                problems.append(f"{name}: input {i} exits {rc} at -O0 (124 = timeout)")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_o2_matches_o0(executor, o0_outputs):
    outputs, _ = o0_outputs
    names = [n for n in SOURCES if n in outputs and all(rc == 0 for rc, _ in outputs[n].values())]
    assert names, "no program ran at -O0"
    reqs = [
        {"id": f"O2/{n}", "language": "c", "code": SOURCES[n], "timeout_s": 10,
         "cases": [{"stdin": s, "stdout": outputs[n][i][1]} for i, s in enumerate(INPUTS[n])]}
        for n in names
    ]
    problems = []
    for n, res in zip(names, executor.run_batch(reqs)):
        if res.status != "passed":
            bad = [c.index for c in (res.cases or []) if c.status != "passed"]
            problems.append(f"{n}: -O2 {res.status} on inputs {bad}: {res.failure_line()}")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_no_sanitizer_report(executor):
    need("bash")
    need("c")
    reqs = [
        {"id": f"san/{name}", "language": "bash", "code": sanitizer_script(SOURCES[name], INPUTS[name]),
         "timeout_s": 120, "memory_mb": 2048}
        for name in SOURCES
    ]
    problems = []
    for name, res in zip(SOURCES, executor.run_batch(reqs)):
        lines = res.stdout_tail.splitlines()
        oks = [ln for ln in lines if ln.startswith("ok ")]
        if res.status != "passed" or len(oks) != len(INPUTS[name]):
            bad = [ln for ln in lines if ln.startswith("BAD ")]
            problems.append(f"{name}: {res.status} (exit {res.exit_code}) {bad or res.failure_line()}")
    assert not problems, "\n".join(problems)
