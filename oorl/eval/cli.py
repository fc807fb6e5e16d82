"""``oorl eval {multiple,translate,ir}`` and ``oorl report``: argparse wiring.

Each evaluation module owns its subcommand: it defines ``add_parser(subparsers)``, which adds its parser and
sets ``eval_func`` to the function that runs it (``args -> exit code``).  Modules are imported here only to
build the parser, so they must not import torch at module level.
"""

from __future__ import annotations


def add_eval_parser(sub) -> None:
    from oorl.eval import ir, multiple, translate

    p = sub.add_parser("eval", help="score a model or a file of completions: MultiPL-E, translation matrix, IR")
    esub = p.add_subparsers(dest="eval_command", required=True)
    multiple.add_parser(esub)
    translate.add_parser(esub)
    ir.add_parser(esub)


def add_report_parser(sub) -> None:
    from oorl.eval import report

    report.add_parser(sub)


def run(args) -> int:
    return args.eval_func(args)
