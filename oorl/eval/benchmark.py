"""The project's translation benchmark, in the manner of the paper's CrossPLEval (which is not public).

Problems: the shipped held-out split (``oorl.tasks.shipped.load_shipped(split="heldout")``), which never
reaches training.  Sources: Python, C++, Java, Go.  Targets: the paper's 11 languages.  A task is one
(problem, source, target) with source != target, built exactly as ``oorl data tasks --dataset
shipped:heldout`` builds it; it exists when the problem has a reference solution in the source language
and the target can express the problem's types (Bash cannot take tuples or nested lists: those
combinations are counted as ``skipped``).  Counts therefore follow the shipped solution files and are never
fixed here; ``benchmark_card()`` computes them, and ``card_markdown()`` renders them like the paper's
Table 1 (``oorl eval translate --benchmark --card``).
"""

from __future__ import annotations

from typing import Any, Iterable

SPEC = "shipped:heldout"
SOURCES = ("python", "cpp", "java", "go")
TARGETS = ("python", "cpp", "java", "php", "javascript", "bash", "scala", "go", "typescript", "csharp", "haskell")


def language_order(languages: Iterable[str]) -> list[str]:
    """Languages in the paper's target order, others after them by name (for stable tables)."""
    rank = {name: i for i, name in enumerate(TARGETS)}
    return sorted(set(languages), key=lambda x: (rank.get(x, len(rank)), x))


def _subset(given: Iterable[str] | None, allowed: tuple[str, ...], what: str) -> list[str]:
    from oorl.exec.languages import resolve

    if given is None:
        return list(allowed)
    names = [resolve(x).name for x in given]
    bad = [x for x in names if x not in allowed]
    if bad:
        raise ValueError(f"{', '.join(bad)}: not a benchmark {what}; valid: {', '.join(allowed)}")
    return names


def check_languages(sources: Iterable[str] | None, targets: Iterable[str] | None) -> tuple[list[str], list[str]]:
    """Canonical names of the given sources/targets (``None``: all of them); ``ValueError`` for a language
    that is not one of the benchmark's."""
    return _subset(sources, SOURCES, "source"), _subset(targets, TARGETS, "target")


def benchmark_tasks(sources: Iterable[str] | None = None, targets: Iterable[str] | None = None, *,
                    skipped: list | None = None) -> list:
    """The benchmark's tasks (all of them, or those of the given sources/targets, which must be the
    benchmark's); combinations a target cannot test are appended to ``skipped``."""
    from oorl.tasks.cli import tasks_from_spec

    return tasks_from_spec(SPEC, *check_languages(sources, targets), skipped=skipped)


def nonblank_lines(code: str) -> int:
    return sum(1 for line in code.splitlines() if line.strip())


def benchmark_card() -> dict[str, Any]:
    """Counts describing the benchmark as it ships now.

    ``sources[s]``: ``problems`` with an ``s`` solution, ``tasks`` built from them, ``avg_loc`` (mean
    non-blank lines of those source solutions).  ``targets[t]``: ``tasks`` into ``t`` and how many of
    them have a reference ``t`` solution (``with_reference``: what ``--oracle`` can check)."""
    from collections import Counter

    from oorl.tasks.shipped import load_shipped

    problems = load_shipped(split="heldout")
    skipped: list = []
    tasks = benchmark_tasks(skipped=skipped)
    by_source = Counter(t.source_lang for t in tasks)
    by_target = Counter(t.target_lang for t in tasks)
    with_ref = Counter(t.target_lang for t in tasks if t.reference is not None)
    sources = {}
    for s in SOURCES:
        codes = [p.solutions[s] for p in problems if s in p.solutions]
        sources[s] = {"problems": len(codes), "tasks": by_source[s],
                      "avg_loc": sum(map(nonblank_lines, codes)) / len(codes) if codes else None}
    return {
        "spec": SPEC,
        "problems": len(problems),
        "kinds": dict(sorted(Counter(p.kind for p in problems).items())),
        "tasks": len(tasks),
        "skipped": len(skipped),
        "sources": sources,
        "targets": {t: {"tasks": by_target[t], "with_reference": with_ref[t]} for t in TARGETS},
    }


def card_markdown(card: dict[str, Any] | None = None) -> str:
    """The card as markdown: a per-source table like the paper's Table 1, then a per-target table."""
    from oorl.tasks.prompts import display_name

    card = card or benchmark_card()
    kinds = ", ".join(f"{n} {k}" for k, n in card["kinds"].items())
    lines = [
        "### Translation benchmark (shipped held-out problems)",
        "",
        f"{card['problems']} held-out problems ({kinds}), never used in training; "
        f"{card['tasks']} tasks = (problem, source, target) with source != target and a reference solution "
        f"in the source language. {card['skipped']} combinations are left out because the target cannot "
        "express the problem's types. LOC: non-blank lines of the source solutions.",
        "",
        "| Source | Problems | Tasks | Avg. LOC |",
        "|---|--:|--:|--:|",
    ]
    for s, row in card["sources"].items():
        loc = "–" if row["avg_loc"] is None else f"{row['avg_loc']:.1f}"
        lines.append(f"| {display_name(s)} | {row['problems']} | {row['tasks']} | {loc} |")
    lines.append(f"| **All** | {card['problems']} | {card['tasks']} | |")
    lines += ["", "| Target | Tasks | With reference solution |", "|---|--:|--:|"]
    for t, row in card["targets"].items():
        lines.append(f"| {display_name(t)} | {row['tasks']} | {row['with_reference']} |")
    return "\n".join(lines) + "\n"
