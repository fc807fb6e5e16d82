"""``oorl eval translate``: translation tasks + completions -> a source x target pass@k matrix.

Tasks come from a tasks file (``--tasks``), a dataset spec built exactly as ``oorl data tasks`` builds it
(``--data``), or the project's benchmark (``--benchmark``, see ``oorl.eval.benchmark``).  Completions come
from a file (one JSON line per task: ``{"id": task id, "completions": [str, ...]}``), from a model
(``--model``: the task prompt in the chat template, as in training), or from the tasks' own reference target
solutions (``--oracle``: the harness check, which must score 100 %; tasks without a reference are skipped
and counted).

Every completion is judged by the training reward, ``oorl.rewards.compute_rewards``: exactly one fenced
block of the target language, then the task's tests.  A sample the sandbox could not judge (reason
``error``) is not a failure: it is left out of pass@k, reported, and the command exits 1.

Averages are over tasks: a cell is the mean pass@k of its tasks, a row/column/overall mean the mean over
all of their tasks.  pass@1 is always reported, and pass@k for each other k of ``--ks`` that every scored
task has enough samples for.

Outputs under ``-o DIR``: ``matrix.json``, ``summary.json``, ``results.jsonl`` (one row per task),
``matrix.md``, ``heatmap.png``, and ``completions.jsonl`` when a model wrote them (rescorable with
``--completions``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from oorl.eval.passk import DEFAULT_KS, mean_pass_at_k, pass_at_k, reportable_ks

REASONS = ("ok", "format", "compile", "tests", "error")  # oorl.rewards.Reason, in report order


class CompletionsError(ValueError):
    """A completions file is invalid; the message names file:line for each problem."""


def load_completions(path: str | Path, tasks: Sequence, *, allow_missing: bool = False,
                     ignored_ids: frozenset[str] | set[str] = frozenset()) -> tuple[dict[str, list[str]], list[str]]:
    """Completions by task id, and the ids of ``tasks`` that have none (only when ``allow_missing``).

    Lines for ``ignored_ids`` (tasks a language filter left out) are skipped; any other id must be a task's.
    """
    path = Path(path)
    ids = {t.id for t in tasks}
    out: dict[str, list[str]] = {}
    seen: dict[str, int] = {}
    errors: list[str] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not valid JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or not obj["id"]:
                errors.append(f"{where}: expected {{\"id\": task id, \"completions\": [str, ...]}}, "
                              f"got {line.strip()[:80]!r}")
                continue
            tid, comps = obj["id"], obj.get("completions")
            if not isinstance(comps, list) or not comps or not all(isinstance(c, str) for c in comps):
                errors.append(f"{where}: field 'completions' of {tid!r}: expected a non-empty list of strings")
            elif tid in seen:
                errors.append(f"{where}: task {tid!r} already has completions on line {seen[tid]}")
            elif tid not in ids and tid not in ignored_ids:
                errors.append(f"{where}: unknown task id {tid!r} (not among the {len(ids)} tasks scored)")
            else:
                seen[tid] = lineno
                if tid in ids:
                    out[tid] = list(comps)
    missing = [t.id for t in tasks if t.id not in out]
    if missing and not allow_missing and not errors:
        shown = ", ".join(missing[:10]) + (f", ... ({len(missing) - 10} more)" if len(missing) > 10 else "")
        errors.append(f"{path}: no completions for {len(missing)} of {len(ids)} task(s): {shown} "
                      "(--allow-missing scores only the tasks that have them)")
    if errors:
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise CompletionsError("\n".join(errors[:20]) + more)
    return out, missing


def oracle_answer(task) -> str | None:
    """The answer a model should give for ``task``: its reference target solution as the one fenced block
    the prompt asks for (``oorl.tasks.prompts.answer_block``); ``None`` without a reference."""
    from oorl.tasks.prompts import answer_block

    return None if task.reference is None else answer_block(task.target_lang, task.reference)


def oracle_completions(tasks: Sequence) -> tuple[dict[str, list[str]], list[str]]:
    """One oracle completion per task that has a reference, and the ids of those that have none."""
    out, missing = {}, []
    for t in tasks:
        answer = oracle_answer(t)
        if answer is None:
            missing.append(t.id)
        else:
            out[t.id] = [answer]
    return out, missing


def generate_completions(backend, tasks: Sequence, params, *, progress: bool = True) -> dict[str, list[str]]:
    """``params.n`` completions per task from an already loaded backend (chat template, as in training)."""
    from oorl.eval.generate import generate_texts

    texts = generate_texts(backend, [t.prompt for t in tasks], params, chat=True, progress=progress,
                           desc="translate")
    return {t.id: list(c) for t, c in zip(tasks, texts)}


def _aggregate(rows: Sequence[dict[str, Any]], ks: Sequence[int]) -> dict[str, Any]:
    """Tasks with at least one judged sample: their count, samples, sandbox faults and mean pass@k."""
    judged = [r for r in rows if r["n"] > 0]
    out: dict[str, Any] = {"n": len(judged), "samples": sum(r["n"] for r in judged),
                           "errors": sum(r["errors"] for r in rows)}
    for k in ks:
        out[f"pass@{k}"] = mean_pass_at_k([(r["n"], r["correct"]) for r in judged], k) if judged else None
    return out


def _scoring_bar(tasks: Sequence, texts: Sequence[str], enabled: bool) -> tuple[Callable, Callable]:
    """A tqdm bar over the samples that reach the executor (those that pass the format rule)."""
    if not enabled:
        return (lambda _res: None), (lambda: None)
    from tqdm import tqdm

    from oorl.tasks.extract import extract_code

    total = sum(extract_code(c, t.target_lang).ok for t, c in zip(tasks, texts))
    bar = tqdm(total=total, desc="score", unit="sample", file=sys.stderr)
    return (lambda _res: bar.update(1)), bar.close


def score_translations(tasks: Sequence, completions: dict[str, list[str]], executor, *,
                       ks: Sequence[int] = DEFAULT_KS, timeout_s: float = 10.0, memory_mb: int = 1024,
                       progress: bool = True) -> tuple[list[dict], dict, dict]:
    """Judge every completion of every task that has some; returns ``(rows, matrix, summary)``.

    ``rows``: one per task (id, problem_id, source, target, samples, n judged, correct, errors, pass@k,
    reasons and details per sample).  ``matrix[source][target]`` and ``summary`` (overall, ``by_target``,
    ``by_source``, ``reasons``) hold ``n`` tasks, judged ``samples``, sandbox ``errors`` and mean pass@k.
    """
    from oorl.eval.benchmark import language_order
    from oorl.rewards import compute_rewards

    todo = [t for t in tasks if completions.get(t.id)]
    flat_tasks = [t for t in todo for _ in completions[t.id]]
    flat_texts = [c for t in todo for c in completions[t.id]]
    tick, close = _scoring_bar(flat_tasks, flat_texts, progress)
    try:
        results = compute_rewards(flat_tasks, flat_texts, executor, timeout_s=timeout_s, memory_mb=memory_mb,
                                  progress=tick)
    finally:
        close()
    rows, i = [], 0
    for t in todo:
        rs = results[i:i + len(completions[t.id])]
        i += len(rs)
        rows.append({"id": t.id, "problem_id": t.problem_id, "source": t.source_lang, "target": t.target_lang,
                     "samples": len(rs), "n": sum(r.reward is not None for r in rs),
                     "correct": sum(r.reward == 1.0 for r in rs), "errors": sum(r.reward is None for r in rs),
                     "reasons": [str(r.reason) for r in rs], "details": [r.detail[:300] for r in rs]})
    # pass@1 always (the table and heatmap show it); with nothing judged it is None everywhere
    ks = reportable_ks([r["n"] for r in rows if r["n"] > 0], sorted({1, *ks})) or [1]
    for r in rows:
        for k in ks:
            r[f"pass@{k}"] = pass_at_k(r["n"], r["correct"], k) if r["n"] > 0 else None
    matrix: dict[str, dict[str, Any]] = {}
    for s in language_order(r["source"] for r in rows):
        of_s = [r for r in rows if r["source"] == s]
        matrix[s] = {t: _aggregate([r for r in of_s if r["target"] == t], ks)
                     for t in language_order(r["target"] for r in of_s)}
    reasons = dict.fromkeys(REASONS, 0)
    for r in rows:
        for reason in r["reasons"]:
            reasons[reason] += 1
    summary = {**_aggregate(rows, ks), "ks": ks,
               "unjudged_tasks": [r["id"] for r in rows if r["n"] == 0],
               "by_target": {t: _aggregate([r for r in rows if r["target"] == t], ks)
                             for t in language_order(r["target"] for r in rows)},
               "by_source": {s: _aggregate([r for r in rows if r["source"] == s], ks) for s in matrix},
               "reasons": reasons}
    return rows, matrix, summary


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f}"


def matrix_markdown(matrix: dict, summary: dict, *, k: int = 1, title: str = "") -> str:
    """Rows = sources, columns = targets, cells pass@k in %; the mean row/column average over tasks."""
    key = f"pass@{k}"
    targets = list(summary["by_target"])
    lines = [f"### {title}", ""] if title else []
    lines += [f"| source \\ target | {' | '.join(targets)} | mean |",
              "|---|" + "--:|" * (len(targets) + 1)]
    for s, row in matrix.items():
        cells = [_pct(row[t][key]) if t in row else "" for t in targets]
        lines.append(f"| **{s}** | {' | '.join(cells)} | {_pct(summary['by_source'][s][key])} |")
    means = [_pct(summary["by_target"][t][key]) for t in targets]
    lines.append(f"| **mean** | {' | '.join(means)} | **{_pct(summary[key])}** |")
    lines += ["", f"{key} in %, averaged over tasks: {summary['n']} tasks, {summary['samples']} judged samples; "
              "an empty cell has no tasks. Reasons per sample: "
              + ", ".join(f"{r} {n}" for r, n in summary["reasons"].items()) + "."]
    if summary["errors"]:
        lines.append(f"\n{summary['errors']} sample(s) not judged (sandbox/toolchain faults): left out of pass@k.")
    return "\n".join(lines) + "\n"


def write_outputs(out_dir: str | Path, rows: Sequence[dict], matrix: dict, summary: dict, *,
                  title: str = "translation pass@1", completions: dict[str, list[str]] | None = None
                  ) -> dict[str, Path]:
    """Write matrix.json, summary.json, results.jsonl, matrix.md, heatmap.png (and completions.jsonl when
    given); returns their paths by name."""
    from oorl.eval.plots import heatmap

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {name: out / name for name in ("matrix.json", "summary.json", "results.jsonl", "matrix.md")}
    paths["matrix.json"].write_text(json.dumps(matrix, indent=1) + "\n", encoding="utf-8")
    paths["summary.json"].write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    with open(paths["results.jsonl"], "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paths["matrix.md"].write_text(matrix_markdown(matrix, summary, title=title), encoding="utf-8")
    cols = list(summary["by_target"])  # every row lists every column, so the heatmap keeps the table's order
    cells = {s: {t: row[t]["pass@1"] if t in row else None for t in cols} for s, row in matrix.items()}
    paths["heatmap.png"] = heatmap(cells, out / "heatmap.png", title=title)
    if completions is not None:
        paths["completions.jsonl"] = out / "completions.jsonl"
        with open(paths["completions.jsonl"], "w", encoding="utf-8") as f:
            for tid, comps in completions.items():
                f.write(json.dumps({"id": tid, "completions": comps}, ensure_ascii=False) + "\n")
    return paths


def _csv(text: str | None) -> list[str] | None:
    return None if text is None else [x.strip() for x in text.split(",") if x.strip()]


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("translate", help="translation tasks + completions -> source x target pass@k matrix",
                              description=__doc__.split("\n\n")[0])
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--tasks", type=Path, metavar="FILE", help="a tasks JSONL file (`oorl data tasks`)")
    src.add_argument("--data", metavar="SPEC", help="a dataset spec, built as `oorl data tasks` builds it "
                     "(shipped[:heldout], synth:n=N,seed=S, problems:FILE, humanevalx:DIR, ...)")
    src.add_argument("--benchmark", action="store_true", help="the project's held-out translation benchmark")
    p.add_argument("--sources", help="comma-separated source languages (--data: default the benchmark's "
                   "python,cpp,java,go; --tasks/--benchmark: keep only these)")
    p.add_argument("--targets", help="comma-separated target languages (--data: default the benchmark's 11; "
                   "--tasks/--benchmark: keep only these)")
    p.add_argument("--split", choices=("train", "heldout", "test"), help="--tasks/--data: only this split")
    p.add_argument("--card", action="store_true", help="with --benchmark: print its card (markdown) and exit")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--model", help="generate with this model: tiny, a Hugging Face directory, or a run directory")
    how.add_argument("--completions", type=Path, metavar="FILE",
                     help='JSONL, one line per task: {"id": task id, "completions": [str, ...]}')
    how.add_argument("--oracle", action="store_true",
                     help="score each task's reference target solution (the harness check: must be 100%%)")
    p.add_argument("--allow-missing", action="store_true", help="--completions: skip tasks that have none")
    g = p.add_argument_group("generation (--model)")
    g.add_argument("--n", type=int, default=1, help="completions per task (default 1)")
    g.add_argument("--temperature", type=float, default=None,
                   help="default 0 (greedy) for --n 1, else 0.2 (MultiPL-E's setting)")
    g.add_argument("--top-p", type=float, default=1.0)
    g.add_argument("--max-new-tokens", type=int, default=1024)
    g.add_argument("--batch-size", type=int, default=8)
    g.add_argument("--seed", type=int, default=0)
    g.add_argument("--backend", default="hf", help="rollout backend (default hf)")
    g.add_argument("--dtype", default="float32")
    g.add_argument("--device", default=None)
    p.add_argument("-o", "--output", type=Path, metavar="DIR", help="output directory")
    p.add_argument("--ks", default="1,10,100", help="pass@k to report, where every task has >= k samples")
    p.add_argument("--workers", type=int, default=None, help="executor workers (default: CPU count)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per program (default 10, as in training)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(eval_func=run_translate)


class _BadInput(Exception):
    """A usage or input error: exit 2 with this message."""


def _select_tasks(args) -> tuple[list, set[str], str]:
    """The tasks to score, the ids a language/split filter left out, and a name for titles."""
    from oorl.eval import benchmark
    from oorl.exec.languages import resolve

    sources, targets = _csv(args.sources), _csv(args.targets)
    if args.benchmark:
        if args.split:
            raise _BadInput("--split does not apply to --benchmark (it is the held-out split)")
        sources, targets = benchmark.check_languages(sources, targets)
        every, name = benchmark.benchmark_tasks(), "benchmark"
    elif args.data:
        from oorl.tasks.cli import tasks_from_spec

        every = tasks_from_spec(args.data, sources or benchmark.SOURCES, targets or benchmark.TARGETS,
                                split=args.split)
        name = args.data
    else:
        from oorl.tasks.task import load_tasks

        every, name = load_tasks(args.tasks), args.tasks.stem
    keep_s = None if sources is None else {resolve(x).name for x in sources}
    keep_t = None if targets is None else {resolve(x).name for x in targets}
    tasks = [t for t in every if (keep_s is None or t.source_lang in keep_s)
             and (keep_t is None or t.target_lang in keep_t) and (not args.split or t.split == args.split)]
    if not tasks:
        raise _BadInput("no tasks to score (check --sources/--targets/--split)")
    return tasks, {t.id for t in every} - {t.id for t in tasks}, name


def _completions(args, tasks, ignored: set[str]) -> tuple[dict[str, list[str]], list[str], str]:
    """Completions by id, the ids left without any, and where they came from."""
    if args.oracle:
        comps, missing = oracle_completions(tasks)
        if missing:
            print(f"oracle: {len(missing)} task(s) have no reference target solution; skipped", file=sys.stderr)
        return comps, missing, "oracle"
    if args.completions is not None:
        comps, missing = load_completions(args.completions, tasks, allow_missing=args.allow_missing,
                                          ignored_ids=ignored)
        return comps, missing, f"file:{args.completions}"
    from oorl.eval.generate import load_backend
    from oorl.rollout.base import SamplingParams

    temperature = args.temperature if args.temperature is not None else (0.0 if args.n == 1 else 0.2)
    if temperature == 0 and args.n > 1:
        print(f"warning: --n {args.n} at temperature 0 draws the same completion {args.n} times", file=sys.stderr)
    params = SamplingParams(n=args.n, max_new_tokens=args.max_new_tokens, temperature=temperature,
                            top_p=args.top_p, seed=args.seed)
    backend, _tok = load_backend(args.model, backend=args.backend, batch_size=args.batch_size, dtype=args.dtype,
                                 device=args.device)
    return generate_completions(backend, tasks, params, progress=not args.no_progress), [], f"model:{args.model}"


def run_translate(args) -> int:
    from oorl.exec import Executor
    from oorl.exec.isolation import SandboxUnavailable
    from oorl.exec.languages import UnknownLanguage
    from oorl.tasks.datasets import DatasetSpecError
    from oorl.tasks.spec import ProblemError

    bad_input = (_BadInput, CompletionsError, DatasetSpecError, ProblemError, UnknownLanguage, OSError, ValueError)
    try:
        if args.card:
            if not args.benchmark:
                raise _BadInput("--card describes the benchmark: use it with --benchmark")
            from oorl.eval.benchmark import card_markdown

            print(card_markdown(), end="")
            return 0
        if not (args.model or args.completions or args.oracle):
            raise _BadInput("say where completions come from: --model M, --completions FILE or --oracle")
        if args.output is None:
            raise _BadInput("-o/--output DIR is required")
        ks = [int(k) for k in _csv(args.ks) or []]
        if not ks or min(ks) < 1:
            raise _BadInput(f"--ks {args.ks!r}: expected positive integers, e.g. 1,10")
        tasks, ignored, name = _select_tasks(args)
        comps, missing, origin = _completions(args, tasks, ignored)
    except bad_input as e:
        print(f"oorl eval translate: {e}", file=sys.stderr)
        return 2
    if not comps:
        print("oorl eval translate: no task has a completion to score", file=sys.stderr)
        return 2
    try:
        with Executor(workers=args.workers) as ex:
            rows, matrix, summary = score_translations(tasks, comps, ex, ks=ks, timeout_s=args.timeout,
                                                       progress=not args.no_progress)
    except SandboxUnavailable as e:
        print(f"oorl eval translate: {e}", file=sys.stderr)
        return 2
    summary["run"] = {"tasks": name, "completions": origin, "tasks_total": len(tasks), "tasks_scored": len(rows),
                      ("no_reference" if args.oracle else "no_completions"): len(missing)}
    label = "oracle" if args.oracle else args.model or args.completions.stem
    title = f"{label} on {name}: pass@1 (%)"
    paths = write_outputs(args.output, rows, matrix, summary, title=title,
                          completions=comps if args.model else None)
    print(paths["matrix.md"].read_text(encoding="utf-8"), end="")
    print(f"wrote {', '.join(sorted(paths))} to {args.output}")
    return _verdict(rows, summary, oracle=args.oracle)


def _verdict(rows: Sequence[dict], summary: dict, *, oracle: bool) -> int:
    """1 when a sample could not be judged (ours, not the model's) or the oracle check failed, else 0."""
    code = 0
    if summary["errors"]:
        faulty = [r["id"] for r in rows if r["errors"]]
        print(f"oorl eval translate: {summary['errors']} sample(s) of {len(faulty)} task(s) could not be judged "
              f"(sandbox/toolchain fault, not counted as failures): {', '.join(faulty[:5])}. "
              "Run `oorl exec doctor`.", file=sys.stderr)
        code = 1
    failed = [r for r in rows if r["n"] > r["correct"]]
    if oracle and failed:
        print(f"oorl eval translate: oracle check FAILED on {len(failed)} task(s):", file=sys.stderr)
        for r in failed[:20]:
            detail = next(d for d, why in zip(r["details"], r["reasons"]) if why not in ("ok", "error"))
            print(f"  {r['id']}: {detail}", file=sys.stderr)
        code = 1
    return code
