"""``oorl eval multiple``: pass@k on MultiPL-E rows, from a file of completions or from a model.

The rule is MultiPL-E's own (``evaluation/src/main.py`` and its ``eval_<lang>.py`` scripts): the program
is ``prompt + completion + "\\n" + tests``, the completion cut at the first of the row's stop tokens
(MultiPL-E cuts when it generates; completions it wrote contain no stop token, so cutting again changes
nothing), and a sample passes iff that program runs to exit status 0 under the language's usual
toolchain.  The executor's language table carries the per-language details (Java with ``-ea``, C# with
``DEBUG`` and a failed ``Debug.Assert`` as failure, Go test files built with ``go test -c``, which runs
``go vet`` as ``go test`` does, TypeScript type-checked before it runs).  Whatever does not follow the
format (a markdown fence, a restated signature) runs as written and fails like it fails there.  No
early-exit marker is added: MultiPL-E has none, so a completion that exits 0 before the tests passes
in both.

Known differences from MultiPL-E's evaluation container (Ubuntu 22.04), all in the toolchains:
* C#: ``mcs`` here accepts C# up to 7.2; MultiPL-E's Roslyn ``csc`` also accepts newer syntax (switch
  expressions, ``??=``), which therefore fails to compile here.
* C++: ``-std=gnu++17 -O2`` here, ``-std=c++17`` unoptimised there: undefined behaviour (a missing
  ``return``) may turn out differently.
* TypeScript: ``lib es2023`` plus Node's types here, ``--target esnext`` (its lib, DOM included) there:
  newer library calls (``Object.groupBy``) fail to type-check here, Node globals pass only here.
* PHP runs with ``zend.assertions=1`` here; there the production php.ini compiles ``assert`` out (the
  tests do not use it; a completion's own ``assert`` may).
* Versions, Debian 12's here and Ubuntu 22.04's there: Java 17 vs 11 (newer syntax passes only here),
  Python 3.11 vs 3.10, Go 1.19 vs 1.18, PHP 8.2 vs 8.1.
* Time limits: 15 s per run for every language here; 5 s for C# and 30 s for Go's build and run there.

pass@k is Chen et al.'s unbiased estimator per problem (``n`` completions, ``c`` passing), averaged over
a language's problems, for each requested k that every problem of the language has samples for.

Completions come from ``--completions``:

* a ``.jsonl`` (or ``.jsonl.gz``) file, one line per problem: ``{"name": ..., "completions": [str, ...]}``,
  with an optional ``"language"`` (MultiPL-E's code), needed only when the data holds the same name in
  several languages;
* a directory of MultiPL-E's own per-problem completion files (``<name>.json`` or ``<name>.json.gz``, one
  JSON object each with ``name``, ``language``, ``prompt``, ``completions`` ...; its ``*.results.json*``
  files are ignored), or one such file.

Extra fields are ignored.  A completion's ``prompt``, when given, is compared with the data's and a
difference is reported (the data's prompt and tests are what is run).  Or, with ``--model``, completions
are sampled here (``oorl.eval.generate``, the prompt continued as raw text, MultiPL-E's defaults:
temperature 0.2, top-p 0.95, 512 new tokens) and written to ``DIR/completions.jsonl``.

Outputs: ``DIR/summary.json`` (per language: problems ``n``, ``samples``, ``pass@k``, ``missing``,
``sandbox_errors``) and ``DIR/results.jsonl`` (per problem: counts, pass@k, one result per completion).
A ``sandbox_error`` is our failure, never a failed sample: its language gets no pass@k (null) and the
command exits 1.  Bad input exits 2 with the file and line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from oorl.eval.passk import mean_pass_at_k, pass_at_k, reportable_ks
from oorl.tasks.adapters.common import AdapterError
from oorl.tasks.adapters.multipl_e import CompletionProblem, load_multipl_e
from oorl.types import ExecResult, Status

TIMEOUT_S = 15.0  # MultiPL-E's per-run limit (safe_subprocess's default)
MEMORY_MB = 2048  # MultiPL-E sets none; generous enough for the JVM and Mono
STDERR_CHARS = 1000  # kept per result in results.jsonl
GENERATION_DEFAULTS = {"n": 20, "temperature": 0.2, "top_p": 0.95, "max_new_tokens": 512, "batch_size": 8,
                       "seed": None, "backend": "hf", "dtype": "float32", "device": None}

Key = tuple[str, str]  # (MultiPL-E language code, problem name)


class InputError(ValueError):
    """The data or the completions are not usable; the message names the file, line and field."""


@dataclass(frozen=True)
class CompletionRecord:
    name: str
    language: str | None
    completions: list[str]
    prompt: str | None
    where: str


# -- reading ----------------------------------------------------------------------------------------------


def load_problems(path: Path) -> tuple[list[CompletionProblem], set[str]]:
    """The data's rows with a toolchain here, and the names of rows skipped for want of one."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory (MultiPL-E rows: .jsonl, .json or .parquet)")
    skipped: list[tuple[str, str]] = []
    try:
        _, problems = load_multipl_e(str(path), skipped=skipped)
    except AdapterError as e:
        raise InputError(str(e)) from None
    for name, reason in skipped:
        print(f"oorl eval multiple: skipping {name}: {reason}", file=sys.stderr)
    seen: set[Key] = set()
    for p in problems:
        if (p.language, p.name) in seen:
            raise InputError(f"{path}: problem {p.name!r} ({p.language}) appears twice")
        seen.add((p.language, p.name))
    if not problems:
        raise InputError(f"{path}: no MultiPL-E row in a language with a toolchain here")
    return problems, {name for name, _ in skipped}


def _open_text(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.name.endswith(".gz") else open(path, encoding="utf-8")


def _record(obj: Any, where: str) -> CompletionRecord:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    name, comps = obj.get("name"), obj.get("completions")
    if not isinstance(name, str) or not name:
        raise InputError(f"{where}: field 'name' must be a non-empty string (the MultiPL-E problem name)")
    if not isinstance(comps, list) or not all(isinstance(c, str) for c in comps):
        raise InputError(f"{where}: field 'completions' must be a list of strings")
    for key in ("language", "prompt"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{where}: field '{key}' must be a string")
    return CompletionRecord(name, obj.get("language"), comps, obj.get("prompt"), where)


def _jsonl_records(path: Path) -> Iterator[CompletionRecord]:
    with _open_text(path) as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{path}:{lineno}: not valid JSON ({e.msg} at column {e.colno})") from None
            yield _record(obj, f"{path}:{lineno}")


def _json_record(path: Path) -> CompletionRecord:
    try:
        with _open_text(path) as f:
            obj = json.load(f)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}:{e.lineno}: not valid JSON ({e.msg} at column {e.colno})") from None
    return _record(obj, str(path))


def read_completions(path: Path) -> list[CompletionRecord]:
    """Records from a JSONL file, a MultiPL-E completion file, or a directory of them (see module doc)."""
    try:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.name.endswith((".json", ".json.gz"))
                           and not p.name.endswith((".results.json", ".results.json.gz")))
            if not files:
                raise InputError(f"{path}: no MultiPL-E completion files (<name>.json or <name>.json.gz) here")
            return [_json_record(f) for f in files]
        if path.name.endswith((".jsonl", ".jsonl.gz")):
            return list(_jsonl_records(path))
        if path.name.endswith((".json", ".json.gz")):
            return [_json_record(path)]
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot be read ({e})") from None
    raise InputError(f"{path}: expected a .jsonl file, a MultiPL-E .json(.gz) file or a directory of them")


def match_completions(problems: Sequence[CompletionProblem], records: Sequence[CompletionRecord],
                      skipped: set[str], data: Path) -> dict[Key, list[str]]:
    """Completions per problem key; unknown, ambiguous or repeated names are errors naming the line.
    Records of rows skipped for want of a toolchain are ignored."""
    by_name: dict[str, list[CompletionProblem]] = defaultdict(list)
    for p in problems:
        by_name[p.name].append(p)
    out: dict[Key, list[str]] = {}
    first: dict[Key, str] = {}
    differ = []
    for rec in records:
        cands = [p for p in by_name.get(rec.name, []) if rec.language in (None, p.language)]
        if not cands:
            if rec.name in skipped and rec.name not in by_name:
                continue
            there = sorted(p.language for p in by_name.get(rec.name, []))
            detail = f" in language {rec.language!r} (it has {', '.join(there)})" if there else ""
            raise InputError(f"{rec.where}: unknown problem {rec.name!r}{detail}: not in {data}")
        if len(cands) > 1:
            raise InputError(f"{rec.where}: {rec.name!r} is in several languages of {data} "
                             f"({', '.join(p.language for p in cands)}): add a \"language\" field")
        key = (cands[0].language, rec.name)
        if key in first:
            raise InputError(f"{rec.where}: completions for {rec.name!r} ({key[0]}) given twice "
                             f"(first at {first[key]})")
        first[key] = rec.where
        out[key] = rec.completions
        if rec.prompt is not None and rec.prompt != cands[0].prompt:
            differ.append(rec.name)
    if differ:
        print(f"oorl eval multiple: warning: {len(differ)} completion record(s) carry a prompt that differs from "
              f"{data} (e.g. {differ[0]}); the data's prompt and tests are what runs", file=sys.stderr)
    return out


# -- scoring ----------------------------------------------------------------------------------------------


def _bar(total: int, enabled: bool, desc: str):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="prog", file=sys.stderr)


def execute(problems: Sequence[CompletionProblem], completions: dict[Key, list[str]], executor, *,
            timeout_s: float = TIMEOUT_S, memory_mb: int = MEMORY_MB,
            progress: bool = True) -> list[list[ExecResult]]:
    """One batch of every problem x completion; results per problem, in completion order."""
    requests = [p.request(c, f"{p.language}/{p.name}#{j}", timeout_s=timeout_s, memory_mb=memory_mb)
                for p in problems for j, c in enumerate(completions[(p.language, p.name)])]
    bar = _bar(len(requests), progress, "execute")
    try:
        flat = executor.run_batch(requests, progress=(lambda _: bar.update(1)) if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    out, at = [], 0
    for p in problems:
        n = len(completions[(p.language, p.name)])
        out.append(flat[at:at + n])
        at += n
    return out


def problem_record(problem: CompletionProblem, results: Sequence[ExecResult], ks: Sequence[int]) -> dict[str, Any]:
    """One line of results.jsonl: counts, pass@k (no k beyond n; none at all if a sample was not judged)."""
    n, correct = len(results), sum(r.passed for r in results)
    errors = sum(not r.judged for r in results)
    rec: dict[str, Any] = {"name": problem.name, "language": problem.language, "n": n, "correct": correct}
    for k in ks:
        if k <= n:
            rec[f"pass@{k}"] = None if errors else pass_at_k(n, correct, k)
    rec["sandbox_errors"] = errors
    rec["results"] = [{"status": str(r.status), "exit_code": r.exit_code, "passed": r.passed,
                       "stderr_tail": r.stderr_tail[-STDERR_CHARS:], "detail": r.failure_line()} for r in results]
    return rec


def summarize(records: Sequence[dict[str, Any]], missing: Counter, ks: Sequence[int]) -> dict[str, Any]:
    """Per language, in order of first appearance: problems, samples, pass@k, missing, sandbox errors."""
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        by_lang.setdefault(rec["language"], []).append(rec)
    for lang in missing:
        by_lang.setdefault(lang, [])
    summary: dict[str, Any] = {}
    for lang, recs in by_lang.items():
        counts = [(r["n"], r["correct"]) for r in recs]
        errors = sum(r["sandbox_errors"] for r in recs)
        entry: dict[str, Any] = {"n": len(recs), "samples": sum(n for n, _ in counts)}
        for k in reportable_ks([n for n, _ in counts], ks):
            entry[f"pass@{k}"] = None if errors else mean_pass_at_k(counts, k)
        entry.update(missing=missing.get(lang, 0), sandbox_errors=errors)
        summary[lang] = entry
    return summary


def table(summary: dict[str, Any], ks: Sequence[int]) -> str:
    """A plain-text table of the summary (``-``: k beyond the samples; ``error``: not judged)."""
    head = ["language", "problems", "samples", *(f"pass@{k}" for k in ks)]
    rows = [head]
    for lang, e in summary.items():
        cells = [lang, str(e["n"]), str(e["samples"])]
        for k in ks:
            v = e.get(f"pass@{k}", "-")
            cells.append("error" if v is None else v if isinstance(v, str) else f"{v:.4f}")
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
                     for r in rows) + "\n"


# -- the command ------------------------------------------------------------------------------------------


def _ks(text: str) -> list[int]:
    try:
        ks = sorted({int(k) for k in text.split(",") if k.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"--ks must be comma-separated integers such as 1,10,100, got {text!r}")
    if not ks or ks[0] < 1:
        raise argparse.ArgumentTypeError(f"--ks needs integers >= 1, got {text!r}")
    return ks


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("multiple", help="MultiPL-E pass@k from a completions file or a model",
                              description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, required=True, help="MultiPL-E rows (.jsonl, .json, .parquet or a directory)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--completions", type=Path, help="JSONL of {name, completions}, or MultiPL-E completion files")
    src.add_argument("--model", help="'tiny', a Hugging Face model directory, or a run directory of `oorl train`")
    p.add_argument("-o", "--output-dir", type=Path, required=True, help="where summary.json and results.jsonl go")
    g = p.add_argument_group("generation (with --model; defaults are MultiPL-E's pass@1 protocol)")
    g.add_argument("--n", type=int, help="completions per problem (default 20)")
    g.add_argument("--temperature", type=float, help="default 0.2")
    g.add_argument("--top-p", type=float, help="default 0.95")
    g.add_argument("--max-new-tokens", type=int, help="default 512")
    g.add_argument("--batch-size", type=int, help="rows per generate call (default 8)")
    g.add_argument("--seed", type=int, help="sampling seed (default: unseeded)")
    g.add_argument("--backend", help="rollout backend (default hf)")
    g.add_argument("--dtype", help="float32, bfloat16 or float16 (default float32)")
    g.add_argument("--device", help="e.g. cuda:0 (default: cuda if available, else cpu)")
    x = p.add_argument_group("execution")
    x.add_argument("--workers", type=int, default=None, help="concurrent programs (default: core count)")
    x.add_argument("--timeout", type=float, default=TIMEOUT_S, help=f"seconds per run (default {TIMEOUT_S:g}, "
                   "MultiPL-E's)")
    x.add_argument("--memory-mb", type=int, default=MEMORY_MB, help=f"memory per program (default {MEMORY_MB})")
    x.add_argument("--no-cache", action="store_true", help="execute identical programs again")
    p.add_argument("--ks", type=_ks, default=[1, 10, 100], help="pass@k to report (default 1,10,100)")
    p.add_argument("--allow-missing", action="store_true",
                   help="skip problems without completions (counted as 'missing') instead of failing")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(eval_func=run)


def _generate(args, problems: Sequence[CompletionProblem]) -> dict[Key, list[str]]:
    from oorl.eval.generate import generate_texts, load_backend
    from oorl.rollout.base import SamplingParams

    opt = {k: getattr(args, k) if getattr(args, k) is not None else v for k, v in GENERATION_DEFAULTS.items()}
    try:
        params = SamplingParams(n=opt["n"], max_new_tokens=opt["max_new_tokens"], temperature=opt["temperature"],
                                top_p=opt["top_p"], seed=opt["seed"])
        backend, _ = load_backend(args.model, backend=opt["backend"], batch_size=opt["batch_size"],
                                  dtype=opt["dtype"], device=opt["device"])
        texts = generate_texts(backend, [p.prompt for p in problems], params, chat=False,
                               stop=[list(p.stop_tokens) for p in problems], progress=not args.no_progress,
                               desc="generate")
    except ValueError as e:  # bad sampling values, unknown backend or dtype, model not found
        raise InputError(str(e)) from None
    out = {(p.language, p.name): t for p, t in zip(problems, texts)}
    args.output_dir.mkdir(parents=True, exist_ok=True)
    with open(args.output_dir / "completions.jsonl", "w", encoding="utf-8") as f:
        for p in problems:
            f.write(json.dumps({"name": p.name, "language": p.language, "completions": out[(p.language, p.name)]})
                    + "\n")
    return out


def _from_file(args, problems, skipped) -> tuple[list[CompletionProblem], dict[Key, list[str]], Counter]:
    """The problems to score, their completions, and the count of problems skipped as missing per language."""
    flags = [f"--{k.replace('_', '-')}" for k in GENERATION_DEFAULTS if getattr(args, k) is not None]
    if flags:
        raise InputError(f"{', '.join(flags)} appl{'ies' if len(flags) == 1 else 'y'} to --model only")
    comps = match_completions(problems, read_completions(args.completions), skipped, args.data)
    absent = [p for p in problems if not comps.get((p.language, p.name))]
    if absent and not args.allow_missing:
        names = ", ".join(f"{p.name} ({p.language})" for p in absent[:10])
        more = f" and {len(absent) - 10} more" if len(absent) > 10 else ""
        raise InputError(f"{args.completions}: no completions for {len(absent)} problem(s) of {args.data}: "
                         f"{names}{more}; pass --allow-missing to skip them")
    present = [p for p in problems if comps.get((p.language, p.name))]
    if not present:
        raise InputError(f"{args.completions}: no problem of {args.data} has completions")
    restated = sum(c.startswith(p.prompt) for p in present for c in comps[(p.language, p.name)])
    if restated:
        # Scored as given, as MultiPL-E would; but a whole file of them is likely a harness's prompt+completion.
        print(f"oorl eval multiple: warning: {restated} completion(s) start with their problem's whole prompt; "
              "completions continue the prompt (prompt + completion is what runs): strip the prompt if "
              "your tool stored both", file=sys.stderr)
    return present, comps, Counter(p.language for p in absent)


def _missing_toolchains(problems: Sequence[CompletionProblem]) -> list[str]:
    from oorl.exec.languages import resolve

    out = []
    for lang in sorted({p.target_lang for p in problems}):
        missing = resolve(lang).missing()
        if missing:
            out.append(f"{lang} (missing {', '.join(missing)}; Debian: {resolve(lang).packages})")
    return out


def run(args) -> int:
    """``oorl eval multiple``: 0 scored, 1 our failure (toolchain, sandbox), 2 bad input."""
    from oorl.exec import Executor, SandboxUnavailable

    try:
        problems, skipped = load_problems(args.data)
        if args.completions is not None:
            problems, comps, missing = _from_file(args, problems, skipped)
        absent_tools = _missing_toolchains(problems)  # before generating: that may take hours
        if absent_tools:
            print(f"oorl eval multiple: toolchains missing here: {'; '.join(absent_tools)} "
                  "(see `oorl exec doctor`)", file=sys.stderr)
            return 1
        if args.model is not None:
            comps, missing = _generate(args, problems), Counter()
    except InputError as e:
        print(f"oorl eval multiple: {e}", file=sys.stderr)
        return 2
    try:
        with Executor(args.workers, cache=not args.no_cache) as ex:
            results = execute(problems, comps, ex, timeout_s=args.timeout, memory_mb=args.memory_mb,
                              progress=not args.no_progress)
    except SandboxUnavailable as e:
        print(f"oorl eval multiple: the sandbox is unavailable: {e}", file=sys.stderr)
        return 1
    records = [problem_record(p, r, args.ks) for p, r in zip(problems, results)]
    summary = summarize(records, missing, args.ks)
    _write(args.output_dir, records, summary)
    print(table(summary, args.ks), end="")
    print(f"wrote summary.json and results.jsonl to {args.output_dir}")
    return _verdict(records)


def _write(out: Path, records: Sequence[dict[str, Any]], summary: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    with open(out / "results.jsonl", "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec) + "\n")


def _verdict(records: Sequence[dict[str, Any]]) -> int:
    """Exit 1, naming them, when some samples were not judged (their languages have no pass@k)."""
    faulty = [r for r in records if r["sandbox_errors"]]
    if not faulty:
        return 0
    total = sum(r["sandbox_errors"] for r in faulty)
    print(f"oorl eval multiple: {total} sample(s) of {len(faulty)} problem(s) could not be judged (sandbox or "
          "toolchain fault, not the model's); their languages have no pass@k:", file=sys.stderr)
    for r in faulty[:5]:
        detail = next(x["detail"] for x in r["results"] if x["status"] == str(Status.SANDBOX_ERROR))
        print(f"  {r['language']}/{r['name']}: {detail}", file=sys.stderr)
    return 1
