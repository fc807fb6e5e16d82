"""Executor throughput against a naive baseline measured in the same run.

Baseline: one fresh ``subprocess.run`` per program (compile, then run with the
input), serially, no isolation, default compiler flags, no caching: what a
script that "just runs the code" does.  oorl: ``Executor`` with its defaults
(one worker per core, full isolation, content cache, C++ precompiled header),
checking each program's stdout against the baseline's output, so the two also
cross-check each other.

Programs are real solutions (sieve, DP, sorting, string counting) in python,
cpp, java and javascript; every program is distinct source (parameters differ).
Two mixes: each program once, and each program 4 times in shuffled order (as
repeated samples of the same completion do in RL).

    python bench/exec_throughput.py [--programs 8] [--repeats 4] [--rounds 3] [--languages python,cpp,java,javascript]

Prints a table of programs/s per language and mix, and the ratio to the baseline
(each cell the median of interleaved rounds: naive, oorl, naive, oorl, ...).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from oorl.exec import (  # noqa: E402
    ExecRequest,
    Executor,
    samples,  # noqa: E402
)
from oorl.types import Case  # noqa: E402

# Each template takes {k} (a small integer making every program distinct) and reads stdin.
TEMPLATES: dict[str, list[str]] = {
    "python": [
        "import sys\nn = int(sys.stdin.readline()) + {k}\nsieve = bytearray([1]) * (n + 1)\nsieve[0:2] = b'\\x00\\x00'\n"
        "for i in range(2, int(n ** 0.5) + 1):\n    if sieve[i]:\n        sieve[i*i::i] = bytearray(len(range(i*i, n + 1, i)))\n"
        "print(sum(sieve))\n",
        "import sys\na, b = sys.stdin.read().split()\na = a * ({k} % 3 + 1)\nprev = [0] * (len(b) + 1)\nfor x in a:\n"
        "    cur = [0]\n    for j, y in enumerate(b):\n        cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))\n"
        "    prev = cur\nprint(prev[-1])\n",
        "import sys\nnums = list(map(int, sys.stdin.read().split()))\nnums.sort()\ntotal = 0\nfor i, v in enumerate(nums):\n"
        "    total = (total + v * (i + {k})) % 1000000007\nprint(total)\n",
    ],
    "cpp": [
        "#include <bits/stdc++.h>\nusing namespace std;\nint main(){ long long n; cin >> n; n += {k}; vector<bool> s(n + 1, true);\n"
        " long long c = 0; for (long long i = 2; i <= n; ++i) if (s[i]) { ++c; for (long long j = i * i; j <= n; j += i) s[j] = false; }\n"
        " cout << c << endl; }\n",
        "#include <bits/stdc++.h>\nusing namespace std;\nint main(){ string a, b; cin >> a >> b; string aa; for (int r = 0; r < {k} % 3 + 1; ++r) aa += a;\n"
        " vector<int> prev(b.size() + 1, 0), cur(b.size() + 1, 0);\n for (char x : aa) { cur[0] = 0; for (size_t j = 0; j < b.size(); ++j)\n"
        "  cur[j + 1] = x == b[j] ? prev[j] + 1 : max(prev[j + 1], cur[j]); swap(prev, cur); }\n cout << prev[b.size()] << endl; }\n",
        "#include <bits/stdc++.h>\nusing namespace std;\nint main(){ vector<long long> v; long long x; while (cin >> x) v.push_back(x);\n"
        " sort(v.begin(), v.end()); long long t = 0; for (size_t i = 0; i < v.size(); ++i) t = (t + v[i] * (long long)(i + {k})) % 1000000007;\n"
        " cout << t << endl; }\n",
    ],
    "java": [
        "import java.util.*;\npublic class Main { public static void main(String[] a) { Scanner sc = new Scanner(System.in);\n"
        " int n = sc.nextInt() + {k}; boolean[] c = new boolean[n + 1]; int cnt = 0;\n"
        " for (int i = 2; i <= n; i++) if (!c[i]) { cnt++; for (long j = (long) i * i; j <= n; j += i) c[(int) j] = true; }\n"
        " System.out.println(cnt); } }\n",
        "import java.util.*;\npublic class Main { public static void main(String[] args) { Scanner sc = new Scanner(System.in);\n"
        " String a = sc.next().repeat({k} % 3 + 1), b = sc.next(); int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];\n"
        " for (char x : a.toCharArray()) { cur[0] = 0; for (int j = 0; j < b.length(); j++)\n"
        "  cur[j + 1] = x == b.charAt(j) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]); int[] t = prev; prev = cur; cur = t; }\n"
        " System.out.println(prev[b.length()]); } }\n",
        "import java.util.*;\nimport java.io.*;\npublic class Main { public static void main(String[] a) throws IOException {\n"
        " StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in))); List<Long> v = new ArrayList<>();\n"
        " while (st.nextToken() != StreamTokenizer.TT_EOF) v.add((long) st.nval); Collections.sort(v); long t = 0;\n"
        " for (int i = 0; i < v.size(); i++) t = (t + v.get(i) * (i + {k})) % 1000000007L; System.out.println(t); } }\n",
    ],
    "javascript": [
        "const n = parseInt(require('fs').readFileSync(0, 'utf8')) + {k};\nconst s = new Uint8Array(n + 1); let c = 0;\n"
        "for (let i = 2; i <= n; i++) if (!s[i]) { c++; for (let j = i * i; j <= n; j += i) s[j] = 1; }\nconsole.log(c);\n",
        "let [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/); a = a.repeat({k} % 3 + 1);\n"
        "let prev = new Array(b.length + 1).fill(0);\nfor (const x of a) { const cur = [0];\n"
        "  for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j])); prev = cur; }\n"
        "console.log(prev[b.length]);\n",
        "const v = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));\n"
        "let t = 0n; v.forEach((x, i) => { t = (t + x * BigInt(i + {k})) % 1000000007n; });\nconsole.log(t.toString());\n",
    ],
}

rng_inputs = random.Random(7)
INPUTS = [
    "200000\n",
    "".join(rng_inputs.choice("ACGT") for _ in range(300)) + " " + "".join(rng_inputs.choice("ACGT") for _ in range(300)) + "\n",
    " ".join(str(rng_inputs.randint(-10**9, 10**9)) for _ in range(20000)) + "\n",
]

NAIVE = {  # (source file, compile argv or None, run argv) — plain flags, no PCH, no isolation
    "python": ("main.py", None, ["/usr/bin/python3", "main.py"]),
    "cpp": ("main.cpp", ["g++", "-std=gnu++17", "-O2", "-o", "main", "main.cpp"], ["./main"]),
    "java": ("Main.java", ["javac", "Main.java"], ["java", "Main"]),
    "javascript": ("main.js", None, ["node", "main.js"]),
}


def programs(language: str, count: int) -> list[tuple[str, str]]:
    """``count`` distinct (code, stdin) pairs cycling over the language's templates."""
    out = []
    for i in range(count):
        t = i % len(TEMPLATES[language])
        out.append((TEMPLATES[language][t].replace("{k}", str(i + 1)), INPUTS[t]))
    return out


def run_naive(language: str, code: str, stdin: str) -> str:
    src, compile_argv, run_argv = NAIVE[language]
    d = tempfile.mkdtemp(prefix="naive-")
    try:
        Path(d, src).write_text(code)
        if compile_argv:
            subprocess.run(compile_argv, cwd=d, check=True, capture_output=True)
        return subprocess.run(run_argv, cwd=d, input=stdin, capture_output=True, text=True, check=True).stdout
    finally:
        shutil.rmtree(d)


def time_naive(lang: str, order: list[tuple[str, str]], expected: dict) -> float:
    """Seconds for the naive runner over ``order``; records each program's output as the expected one."""
    t0 = time.perf_counter()
    for code, stdin in order:
        expected[(code, stdin)] = run_naive(lang, code, stdin)
    return time.perf_counter() - t0


def time_oorl(lang: str, order: list[tuple[str, str]], expected: dict, workers: int | None) -> tuple[float, int]:
    """Seconds for a fresh executor (cold cache) over ``order``, and how many outputs mismatched."""
    reqs = [ExecRequest(id=f"{lang}-{i}", language=lang, code=code, cases=(Case(stdin, expected[(code, stdin)]),))
            for i, (code, stdin) in enumerate(order)]
    with Executor(workers) as ex:
        # untimed warm-up on a program outside the measured set (the baseline had one too)
        ex.run(ExecRequest(id="warm", language=lang, code=samples.SUM[lang], stdin="1 2\n"))
        t0 = time.perf_counter()
        results = ex.run_batch(reqs)
        elapsed = time.perf_counter() - t0
    bad = [r for r in results if r.status != "passed"]
    for r in bad[:3]:
        print(f"  ! {r.id}: {r.status} {r.error} {r.stderr_tail[-200:]}", file=sys.stderr)
    return elapsed, len(bad)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--programs", type=int, default=8, help="distinct programs per language")
    ap.add_argument("--repeats", type=int, default=4, help="appearances of each program in the repeated mix")
    ap.add_argument("--rounds", type=int, default=3, help="measurements per cell; the median is reported")
    ap.add_argument("--languages", default="python,cpp,java,javascript")
    ap.add_argument("--workers", type=int, default=None, help="executor workers (default: core count)")
    args = ap.parse_args(argv)
    langs = args.languages.split(",")
    rng = random.Random(0)
    progs = {lang: programs(lang, args.programs) for lang in langs}
    mixes = [("once", 1), (f"x{args.repeats}", args.repeats)]

    expected: dict[tuple[str, str], str] = {}
    times: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    mismatches = 0
    for lang in langs:
        run_naive(lang, *progs[lang][0])  # warm the OS caches for the toolchain once, untimed
        for mix, reps in mixes:
            naive, ours = times.setdefault((mix, lang), ([], []))
            for _ in range(args.rounds):  # interleaved, so a noisy neighbour hits both sides alike
                order = progs[lang] * reps
                rng.shuffle(order)
                naive.append(time_naive(lang, order, expected))
                elapsed, bad = time_oorl(lang, order, expected, args.workers)
                ours.append(elapsed)
                mismatches += bad

    rows = []
    totals = {m: [0, 0.0, 0.0] for m, _ in mixes}  # programs, baseline s, oorl s
    for mix, reps in mixes:
        for lang in langs:
            naive_s, ours_s = (statistics.median(x) for x in times[(mix, lang)])
            n = len(progs[lang]) * reps
            totals[mix][0] += n
            totals[mix][1] += naive_s
            totals[mix][2] += ours_s
            rows.append((mix, lang, n, n / naive_s, n / ours_s, naive_s / ours_s))
    for mix, _ in mixes:
        n, naive_s, ours_s = totals[mix]
        rows.append((mix, "ALL", n, n / naive_s, n / ours_s, naive_s / ours_s))

    workers = args.workers or os.cpu_count()
    print(f"\nexec throughput: {workers} workers on {os.cpu_count()} cores, {args.programs} distinct programs per "
          f"language, median of {args.rounds} interleaved rounds")
    print(f"{'mix':6s} {'language':11s} {'programs':>8s} {'naive/s':>9s} {'oorl/s':>9s} {'ratio':>7s}")
    for mix, lang, n, b, o, ratio in rows:
        print(f"{mix:6s} {lang:11s} {n:8d} {b:9.2f} {o:9.2f} {ratio:6.2f}x")
    print(f"outputs not matching the baseline: {mismatches}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
