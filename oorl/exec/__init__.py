"""Sandboxed compile-and-run of programs in many languages.  Imports no torch.

Entry points: ``Executor`` (``run`` one request, ``run_batch`` many),
``execute`` / ``execute_batch`` for one-off use, and the language table.
"""

from __future__ import annotations

from typing import Iterable

from oorl.exec.isolation import PROTECTIONS, SandboxUnavailable
from oorl.exec.languages import LANGUAGES, Language, UnknownLanguage, resolve
from oorl.exec.pool import Executor
from oorl.types import Case, ExecRequest, ExecResult, Status


def execute(request: ExecRequest | dict, **executor_kwargs) -> ExecResult:
    """Run one request in a fresh executor (for scripts; reuse an ``Executor`` for throughput)."""
    with Executor(**{"workers": 1, **executor_kwargs}) as ex:
        return ex.run(request)


def execute_batch(requests: Iterable[ExecRequest | dict], **executor_kwargs) -> list[ExecResult]:
    """Run many requests with a fresh executor; results in input order."""
    with Executor(**executor_kwargs) as ex:
        return ex.run_batch(list(requests))


__all__ = [
    "LANGUAGES", "Language", "UnknownLanguage", "resolve", "Executor", "PROTECTIONS", "SandboxUnavailable",
    "Case", "ExecRequest", "ExecResult", "Status", "execute", "execute_batch",
]
