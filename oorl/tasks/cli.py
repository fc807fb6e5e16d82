"""The ``oorl data`` subcommands (argument parsing lives in ``oorl.cli``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _split_list(text: str | None) -> list[str] | None:
    return None if text is None else [x.strip() for x in text.split(",") if x.strip()]


def _progress(total: int, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="prog", file=sys.stderr)
    return (lambda _res: bar.update(1)), bar.close


def _kind_of(path: Path) -> str:
    """``problems`` or ``tasks``, by the first record's fields."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    return "problems"  # the problem loader reports the line
                return "tasks" if isinstance(obj, dict) and "target_lang" in obj else "problems"
    return "problems"


def data_check(args) -> int:
    from oorl.exec import Executor
    from oorl.exec.isolation import SandboxUnavailable
    from oorl.exec.languages import UnknownLanguage, resolve
    from oorl.tasks.check import check_problems
    from oorl.tasks.spec import ProblemError, load_problems

    ids = set(_split_list(args.ids) or [])
    try:
        languages = None if args.languages is None else [resolve(x).name for x in _split_list(args.languages)]
        if args.file is None:
            from oorl.tasks.shipped import load_shipped

            items, kind = load_shipped(split=args.split), "problems"
        else:
            kind = _kind_of(args.file)
            if kind == "tasks":
                from oorl.tasks.task import load_tasks

                items = load_tasks(args.file)
            else:
                items = load_problems(args.file)
            if args.split:
                items = [x for x in items if x.split == args.split]
    except (ProblemError, OSError, ValueError, UnknownLanguage) as e:
        print(f"oorl data check: {e}", file=sys.stderr)
        return 2
    if ids:
        items = [x for x in items if x.id in ids]
    try:
        with Executor(workers=args.workers) as ex:
            if kind == "tasks":
                from oorl.tasks.check import check_tasks

                todo = [t for t in items if languages is None or t.target_lang in languages]
                tick, close = _progress(len(todo), not args.no_progress)
                report = check_tasks(todo, ex, progress=tick, timeout_s=args.timeout)
            else:
                total = sum(len(p.solutions) for p in items)
                tick, close = _progress(total, not args.no_progress)
                report = check_problems(items, ex, languages=languages, progress=tick, timeout_s=args.timeout)
            close()
    except SandboxUnavailable as e:
        print(f"oorl data check: {e}", file=sys.stderr)
        return 2
    print(json.dumps(report.to_dict(), indent=1) if args.json else report.render())
    return 0 if report.ok else 1


def tasks_from_spec(dataset: str, sources, targets, *, split: str | None = None,
                    skipped: list | None = None) -> list:
    """The translation tasks ``oorl data tasks`` builds from a dataset spec for these languages.

    Problems become every (problem, source, target) task (``build_tasks``; combinations a target cannot
    test go to ``skipped``); ready-made tasks are filtered by language.  Raises ``DatasetSpecError``,
    ``ProblemError``, ``TaskError``, ``UnknownLanguage``, ``OSError`` or ``ValueError`` (a spec that holds
    something other than translation problems) with a message naming the culprit."""
    from oorl.exec.languages import resolve
    from oorl.tasks.datasets import load_source
    from oorl.tasks.prompts import build_tasks

    sources = [resolve(x).name for x in sources]
    targets = [resolve(x).name for x in targets]
    kind, items = load_source(dataset)
    if split:
        items = [x for x in items if x.split == split]
    if kind == "problems":
        return build_tasks(items, sources, targets, dataset=dataset.split(":")[0], skipped=skipped)
    if kind == "tasks":
        return [t for t in items if t.source_lang in sources and t.target_lang in targets]
    raise ValueError(f"{dataset} holds {kind}, not translation problems (MultiPL-E is for `oorl eval`)")


def data_tasks(args) -> int:
    from oorl.exec.languages import UnknownLanguage
    from oorl.tasks.datasets import DatasetSpecError
    from oorl.tasks.prompts import Skipped
    from oorl.tasks.spec import ProblemError
    from oorl.tasks.task import TaskError, write_tasks

    skipped: list[Skipped] = []
    try:
        tasks = tasks_from_spec(args.dataset, _split_list(args.sources) or [], _split_list(args.targets) or [],
                                split=args.split, skipped=skipped)
    except (DatasetSpecError, ProblemError, TaskError, OSError, ValueError, UnknownLanguage) as e:
        print(f"oorl data tasks: {e}", file=sys.stderr)
        return 2
    n = write_tasks(tasks, args.output)
    by_pair: dict[str, int] = {}
    for t in tasks:
        key = f"{t.source_lang}->{t.target_lang}"
        by_pair[key] = by_pair.get(key, 0) + 1
    print(f"wrote {n} tasks to {args.output}")
    for key, count in sorted(by_pair.items()):
        print(f"  {key:<22} {count}")
    if skipped:
        reasons: dict[str, int] = {}
        for s in skipped:
            reasons[f"{s.target_lang}: {s.reason}"] = reasons.get(f"{s.target_lang}: {s.reason}", 0) + 1
        print(f"skipped {len(skipped)} combinations the target cannot test:")
        for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]:
            print(f"  {count:>5}  {reason}")
    return 0 if n else 1


def data_synth(args) -> int:
    from oorl.tasks.synth import generate, write_jsonl

    problems = generate(args.n, args.seed, difficulty=args.difficulty, split=args.split)
    write_jsonl(problems, args.output)
    heldout = sum(p.split == "heldout" for p in problems)
    print(f"wrote {len(problems)} problems to {args.output} ({len(problems) - heldout} train, {heldout} heldout)")
    return 0


def run_data(args) -> int:
    if args.data_command == "check":
        return data_check(args)
    if args.data_command == "tasks":
        return data_tasks(args)
    if args.data_command == "synth":
        return data_synth(args)
    raise SystemExit(f"unknown data command {args.data_command}")
