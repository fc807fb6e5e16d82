"""The ``oorl ir`` subcommands (argument parsing lives in ``oorl.cli``)."""

from __future__ import annotations

import gzip
import hashlib
import json
import lzma
import sys
from pathlib import Path


def add_ir_parser(sub) -> None:
    p = sub.add_parser("ir", help="C -> LLVM IR groups for GEPO (built and verified by execution)")
    isub = p.add_subparsers(dest="ir_command", required=True)
    b = isub.add_parser("build", help="build verified IR groups from C sources")
    b.add_argument("--problems", action="append", default=[], metavar="SPEC",
                   help="function/stdio problems with a C solution: a problems JSONL file, or a dataset spec "
                        "(shipped, shipped:heldout, problems:FILE); repeatable")
    b.add_argument("--c-dir", action="append", default=[], type=Path, metavar="DIR",
                   help="a directory of whole C programs (foo.c, inputs in foo.in / foo.*.in / inputs.json); repeatable")
    b.add_argument("--sltrans", default=None, metavar="PATH_OR_ID", help="SLTrans pairs (parquet/jsonl path or hub id)")
    b.add_argument("--sltrans-split", default="Size_Optimized", choices=("Size_Optimized", "Perf_Optimized"))
    b.add_argument("--limit", type=int, default=None, help="at most this many sources (after loading, in order)")
    b.add_argument("-o", "--output", type=Path, required=True, help="groups JSONL to write (.jsonl, .jsonl.gz, .jsonl.xz)")
    b.add_argument("--summary", type=Path, default=None, help="summary JSON (default: OUTPUT's name + .summary.json)")
    b.add_argument("--losers", type=int, default=4, help="losers per group (default 4)")
    b.add_argument("--candidates-per-loser", type=int, default=3, help="mutants tried per loser wanted (default 3)")
    b.add_argument("--levels", default="O0,O1,O2,O3,Os,Oz", help="optimisation levels (default all six; O0 first)")
    b.add_argument("--generated", type=int, default=6, help="generated argument tuples per function problem (default 6)")
    b.add_argument("--heldout-share", type=float, default=0.1,
                   help="share of --c-dir/--sltrans sources put in the heldout split by a hash of their id (default 0.1;"
                        " problems keep their own split)")
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--max-ir-chars", type=int, default=200_000, help="drop sources whose normalised IR is longer")
    b.add_argument("--workers", type=int, default=None, help="concurrent sandbox requests (default: core count)")
    b.add_argument("--no-progress", action="store_true")
    c = isub.add_parser("check", help="re-execute groups natively: winners equal the -O0 program, losers differ")
    c.add_argument("groups", type=Path, help="groups JSONL (.jsonl, .gz, .xz)")
    c.add_argument("--limit", type=int, default=None)
    c.add_argument("--workers", type=int, default=None)
    c.add_argument("--json", action="store_true")


def _open_out(path: Path, suffix: str):
    """``path`` for writing text, compressed as ``suffix`` (the final name's) says."""
    if suffix == ".gz":
        return gzip.open(path, "wt", encoding="utf-8")
    if suffix == ".xz":
        return lzma.open(path, "wt", encoding="utf-8", preset=9)
    return open(path, "w", encoding="utf-8")


def hash_split(sid: str, share: float) -> str:
    """``heldout`` for a stable ``share`` of ids (by SHA-256), else ``train``."""
    return "heldout" if int(hashlib.sha256(sid.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share else "train"


def _load_sources(args):
    from oorl.ir.source import SourceError, load_c_dir, sources_from_problems

    sources, skipped = [], []
    for spec in args.problems:
        if Path(spec).is_file():
            from oorl.tasks.spec import load_problems

            problems = load_problems(spec)
        else:
            from oorl.tasks.datasets import load_source

            kind, problems = load_source(spec)
            if kind != "problems":
                raise SourceError(f"--problems {spec}: gives {kind}, not problems (use shipped, problems:FILE or a file)")
        got, why = sources_from_problems(problems, generated=args.generated, seed=args.seed)
        sources += got
        skipped += [(f"{spec}:{pid}", reason) for pid, reason in why]
    others = []
    for d in args.c_dir:
        got, why = load_c_dir(d)
        others += got
        skipped += [(f"{d}/{name}", reason) for name, reason in why]
    if args.sltrans:
        from oorl.ir.sltrans import load_sltrans

        got, why = load_sltrans(args.sltrans, split=args.sltrans_split)
        others += got
        skipped += [(str(w), reason) for w, reason in why]
    for s in others:
        s.split = hash_split(s.id, args.heldout_share)
    sources += others
    seen: set[str] = set()
    for s in sources:
        if s.id in seen:
            raise SourceError(f"source id {s.id!r} occurs twice (give each --c-dir/--problems once)")
        seen.add(s.id)
    return sources[: args.limit] if args.limit is not None else sources, skipped


def ir_build(args) -> int:
    from oorl.exec import Executor
    from oorl.exec.isolation import SandboxUnavailable
    from oorl.ir.build import BuildConfig, build_groups, summarize
    from oorl.ir.source import SourceError

    if not (args.problems or args.c_dir or args.sltrans):
        print("oorl ir build: give at least one of --problems, --c-dir, --sltrans", file=sys.stderr)
        return 2
    try:
        sources, skipped = _load_sources(args)
        cfg = BuildConfig(levels=tuple(x.strip() for x in args.levels.split(",") if x.strip()), losers=args.losers,
                          candidates_per_loser=args.candidates_per_loser, seed=args.seed,
                          max_ir_chars=args.max_ir_chars)
    except (SourceError, ValueError, OSError) as e:
        print(f"oorl ir build: {e}", file=sys.stderr)
        return 2
    done = [0]

    def progress(sid: str) -> None:
        done[0] += 1
        if not args.no_progress and sys.stderr.isatty():
            print(f"\r[{done[0]}/{len(sources)}] {sid[:60]:<60}", end="", file=sys.stderr, flush=True)

    try:
        with Executor(workers=args.workers) as ex:
            outcomes = build_groups(sources, ex, cfg, progress=progress)
    except SandboxUnavailable as e:
        print(f"oorl ir build: {e}", file=sys.stderr)
        return 2
    if not args.no_progress and sys.stderr.isatty():
        print(file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_name(args.output.name + ".tmp")
    with _open_out(tmp, args.output.suffix) as f:
        for o in outcomes:
            if o.group is not None:
                f.write(json.dumps(o.group, ensure_ascii=False) + "\n")
    tmp.replace(args.output)  # a crash mid-write never leaves a half file under the real name
    summary = summarize(outcomes)
    summary["not_loaded"] = [{"where": w, "reason": r} for w, r in skipped]
    summary_path = args.summary or args.output.with_name(args.output.name.split(".")[0] + ".summary.json")
    summary_path.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(render_summary(summary))
    print(f"wrote {summary['groups']} groups to {args.output}, summary to {summary_path}")
    if summary["dropped"].get("sandbox_error"):
        print(f"oorl ir build: {summary['dropped']['sandbox_error']} source(s) were not judged because the sandbox "
              "failed (see the summary); they are not counted against the sources", file=sys.stderr)
        return 1
    return 0


def render_summary(s: dict) -> str:
    from oorl.ir.build import DROP_REASONS

    w, lo = s["winners_per_group"], s["losers_per_group"]
    lines = [f"sources {s['sources']}  groups {s['groups']}  verified {s['verified']} ({100 * s['verified_share']:.1f}%)"]
    if w:
        lines.append(f"winners per group: mean {w['mean']} (min {w['min']}, max {w['max']});  "
                     f"losers per group: mean {lo['mean']} (min {lo['min']}, max {lo['max']})")
    if s["loser_kinds"]:
        lines.append("loser kinds: " + ", ".join(f"{k} {v}" for k, v in s["loser_kinds"].items()))
    for reason, n in s["dropped"].items():
        lines.append(f"dropped {n:4d}  {reason}: {DROP_REASONS.get(reason, '')}")
    if s.get("not_loaded"):
        lines.append(f"not loaded {len(s['not_loaded'])} (see the summary's not_loaded)")
    return "\n".join(lines)


def ir_check(args) -> int:
    from oorl.exec import Executor
    from oorl.ir.check import recheck
    from oorl.ir.groups import GroupError, load_groups

    try:
        groups = load_groups(args.groups)
    except GroupError as e:
        print(f"oorl ir check: {e}", file=sys.stderr)
        return 2
    groups = groups[: args.limit] if args.limit is not None else groups
    with Executor(workers=args.workers) as ex:
        report = recheck(groups, ex)
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        print(f"groups {report.groups}: winners equivalent to the native -O0 program {report.winners_equivalent}/"
              f"{report.winners}; verified losers different {report.verified_losers_different}/{report.verified_losers}; "
              f"unverified losers different {report.unverified_losers_different}/{report.unverified_losers}; "
              f"stale {report.stale}; errors {report.errors}")
        for f in report.failures[:20]:
            print(f"  {f['id']}: {f['what']}: {f['detail']}")
    return 0 if report.ok else 1


def run_ir(args) -> int:
    if args.ir_command == "build":
        return ir_build(args)
    return ir_check(args)
