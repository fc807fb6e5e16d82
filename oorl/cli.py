"""``oorl <command>``: the command-line interface.  ``main(argv) -> int``.

Subcommands import their modules lazily, so ``oorl exec …`` never imports torch.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path


def _add_exec(sub) -> None:
    p = sub.add_parser("exec", help="sandboxed execution of programs")
    esub = p.add_subparsers(dest="exec_command", required=True)
    b = esub.add_parser("batch", help="run a JSONL file of requests (DESIGN §4)")
    b.add_argument("input", type=Path, help="requests, one JSON object per line")
    b.add_argument("-o", "--output", type=Path, required=True, help="results, one per request, in input order")
    b.add_argument("--workers", type=int, default=None, help="concurrent programs (default: core count)")
    b.add_argument("--cache-dir", type=Path, default=None, help="persist the result cache here (default: memory only)")
    b.add_argument("--no-cache", action="store_true", help="execute identical requests again")
    b.add_argument("--allow-unsafe", action="store_true", help="run without isolation if bubblewrap is unavailable")
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    m = esub.add_parser("demo", help="every toolchain's sample program through the sandbox")
    m.add_argument("-o", "--output-dir", type=Path, default=Path("runs/exec-demo"))
    m.add_argument("--workers", type=int, default=None)
    d = esub.add_parser("doctor", help="toolchains present and protections active")
    d.add_argument("--json", action="store_true", help="machine-readable output")
    d.add_argument("--warm", action="store_true", help="build warm-up artefacts (C++ PCH, tsconfig) first")


def _add_demo(sub) -> None:
    p = sub.add_parser("demo", help="the embedded default end to end: build, SFT, OORL, held-out evaluation, report")
    p.add_argument("-o", "--output-dir", type=Path, default=Path("runs/demo"))
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-progress", action="store_true")
    a = sub.add_parser("ablate", help="the paper's Table 4 in miniature: SFT start, +REINFORCE++, +DPO, +GEPO over seeds")
    a.add_argument("-o", "--output-dir", type=Path, default=Path("runs/ablation"))
    a.add_argument("--seeds", default="0,1,2", help="comma-separated seeds (default 0,1,2)")
    a.add_argument("--no-progress", action="store_true")


def _add_data(sub) -> None:
    p = sub.add_parser("data", help="problems, translation tasks and their checks")
    dsub = p.add_subparsers(dest="data_command", required=True)
    c = dsub.add_parser("check", help="run every reference solution through the executor; per-language pass rates")
    c.add_argument("file", type=Path, nargs="?", default=None,
                   help="a problems or tasks JSONL file (default: the shipped problem set)")
    c.add_argument("--json", action="store_true", help='print {"by_language": {...}} as JSON')
    c.add_argument("--languages", default=None, help="comma-separated languages to check (default: all)")
    c.add_argument("--ids", default=None, help="comma-separated problem/task ids to check (default: all)")
    c.add_argument("--split", choices=("train", "heldout"), default=None, help="only this split")
    c.add_argument("--workers", type=int, default=None)
    c.add_argument("--timeout", type=float, default=30.0, help="seconds per program (default 30)")
    c.add_argument("--no-progress", action="store_true")
    t = dsub.add_parser("tasks", help="build translation tasks from a dataset")
    t.add_argument("--dataset", default="shipped",
                   help="shipped[:train|heldout], synth:n=N,seed=S, problems:FILE, humanevalx:DIR, apps:PATH, "
                        "taco:PATH, synthetic1:PATH (default: shipped)")
    t.add_argument("--sources", default="python,cpp", help="comma-separated source languages (default python,cpp)")
    t.add_argument("--targets", default="python,cpp,java,php,bash,javascript",
                   help="comma-separated target languages (default: the paper's training targets)")
    t.add_argument("--split", choices=("train", "heldout", "test"), default=None, help="only this split")
    t.add_argument("-o", "--output", type=Path, required=True, help="tasks JSONL to write")
    s = dsub.add_parser("synth", help="generate synthetic function problems (deterministic by seed)")
    s.add_argument("--n", type=int, required=True, help="number of problems")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--difficulty", type=int, choices=(1, 2, 3), default=None, help="only this difficulty")
    s.add_argument("--split", choices=("train", "heldout"), default=None, help="only this split")
    s.add_argument("-o", "--output", type=Path, required=True, help="problems JSONL to write")


def _add_train(sub) -> None:
    p = sub.add_parser("train", help="OORL training: REINFORCE++ with execution rewards + GEPO (accelerate-ready)")
    p.add_argument("config", nargs="?", default=None, help="YAML config (configs/*.yaml); omit with --resume")
    p.add_argument("overrides", nargs="*", help="key=value overrides, e.g. rl.kl_coef=0.02 max_steps=10")
    p.add_argument("--output-dir", type=Path, default=None, help="the run directory (config, metrics, checkpoints)")
    p.add_argument("--resume", type=Path, default=None, metavar="DIR", help="continue the run in DIR from its latest checkpoint")
    p.add_argument("--max-steps", type=int, default=None, help="stop at this step (the schedule keeps the config's length)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oorl", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_exec(sub)
    _add_demo(sub)
    _add_data(sub)
    _add_train(sub)
    from oorl.eval.cli import add_eval_parser, add_report_parser
    from oorl.ir.cli import add_ir_parser

    add_ir_parser(sub)
    add_eval_parser(sub)
    add_report_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `oorl ... | head`: the reader left; not an error worth a traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "train":  # key=value overrides may also follow the options
        args.overrides += [x for x in extra if "=" in x and not x.startswith("-")]
        extra = [x for x in extra if not ("=" in x and not x.startswith("-"))]
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "exec":
        return _exec(args)
    if args.command == "data":
        from oorl.tasks.cli import run_data

        return run_data(args)
    if args.command == "train":
        return _train(parser, args)
    if args.command == "ir":
        from oorl.ir.cli import run_ir

        return run_ir(args)
    if args.command in ("eval", "report"):
        from oorl.eval.cli import run

        return run(args)
    if args.command in ("demo", "ablate"):
        return _demo(args)
    parser.error(f"unknown command {args.command}")
    return 2


def _train(parser, args) -> int:
    from oorl.config import ConfigError

    if args.resume is not None:
        if args.config is not None or args.overrides:
            parser.error("--resume DIR continues a run with its saved config: give no CONFIG or overrides")
    elif args.config is None or args.output_dir is None:
        parser.error("oorl train CONFIG [key=value ...] --output-dir DIR  (or: oorl train --resume DIR)")
    if args.config is not None and "=" in args.config:
        parser.error(f"the first argument is the config file, got {args.config!r}; put key=value overrides after it")
    try:
        from oorl.train.loop import resume, train

        if args.resume is not None:
            resume(args.resume, args.max_steps)
        else:
            train(args.config, args.overrides, args.output_dir, args.max_steps)
    except (ConfigError, FileExistsError, FileNotFoundError, ValueError) as e:
        print(f"oorl train: {e}", file=sys.stderr)
        return 2
    return 0


def _demo(args) -> int:
    from oorl.demo import DemoConfig, run_ablation, run_demo

    if args.command == "demo":
        summary = run_demo(args.output_dir, DemoConfig(seed=args.seed), progress=not args.no_progress)
        t = summary["translation"]
        print(f"held-out translation pass@1: {100 * t['before']:.1f}% -> {100 * t['after']:.1f}%; GEPO accuracy: "
              f"{100 * summary['gepo_accuracy']['before']:.1f}% -> {100 * summary['gepo_accuracy']['after']:.1f}%; "
              f"report: {args.output_dir / 'report.md'}")
        return 0
    try:
        seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    except ValueError:
        print(f"oorl ablate: --seeds takes comma-separated integers, got {args.seeds!r}", file=sys.stderr)
        return 2
    doc = run_ablation(args.output_dir, seeds, progress=not args.no_progress)
    print((args.output_dir / "ablation.md").read_text(encoding="utf-8"))
    return 0 if doc else 1


def _exec(args) -> int:
    from oorl.exec.isolation import SandboxUnavailable

    try:
        if args.exec_command == "demo":
            from oorl.exec.demo import run_demo

            return run_demo(args.output_dir, workers=args.workers)
        if args.exec_command == "doctor":
            from oorl.exec.doctor import diagnose, render
            from oorl.exec.pool import default_tools_dir

            report = diagnose(default_tools_dir(), build=args.warm)
            print(json.dumps(report, indent=2) if args.json else render(report))
            return 0
        from oorl.exec.jsonl import run_batch_file

        return run_batch_file(args.input, args.output, workers=args.workers, cache=not args.no_cache,
                              cache_dir=args.cache_dir, allow_unsafe=args.allow_unsafe, progress=not args.no_progress)
    except SandboxUnavailable as e:
        print(f"oorl exec: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
