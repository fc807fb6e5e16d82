"""The executor: a bounded worker pool over sandboxed workspaces, with a content cache.

Threads are enough: each worker spends its time waiting on a sandboxed child
process, and the GIL is released while it waits.  Concurrency defaults to the
core count.  Identical requests (same language, code, stdin or cases, limits)
are executed once: later ones share the in-flight run or hit the cache
(``cache=False`` turns both off: every request really executes).
"""

from __future__ import annotations

import atexit
import logging
import os
import queue
import shutil
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from oorl.exec import warm
from oorl.exec.cache import ResultCache
from oorl.exec.isolation import Isolation, warn_once
from oorl.exec.languages import UnknownLanguage, host_tools_dir, resolve
from oorl.exec.runner import Runner, RunnerConfig
from oorl.exec.sandbox import Sandbox
from oorl.types import ExecRequest, ExecResult, RequestError, Status

log = logging.getLogger(__name__)

RequestLike = ExecRequest | dict


def default_tools_dir() -> Path:
    """Where toolchain artefacts (npm packages, the C++ PCH) live; ``OORL_TOOLS_DIR`` overrides."""
    return host_tools_dir()


def invalid(req_id: str, language: str, message: str) -> ExecResult:
    """The result for a request that could not be run at all (never a score of 0)."""
    return ExecResult(id=req_id, language=language, status=Status.SANDBOX_ERROR, error=f"invalid request: {message}")


class Executor:
    """Runs ``ExecRequest``s in parallel under isolation.

    >>> with Executor() as ex:
    ...     ex.run(ExecRequest(id="a", language="python", code="print(1)")).status
    <Status.PASSED: 'passed'>
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        allow_unsafe: bool = False,
        cache: bool = True,
        cache_dir: str | Path | None = None,
        tools_dir: str | Path | None = None,
        disk_mb: int = 512,
        runner: RunnerConfig | None = None,
        warm_up: bool = True,
    ):
        self.workers = workers or os.cpu_count() or 1
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, got {self.workers}")
        self.isolation = Isolation.probe(allow_unsafe=allow_unsafe)
        for name in self.isolation.missing():
            warn_once(f"oorl.exec: protection '{name}' is NOT active: {self.isolation.problems.get(name, '')}")
        self.tools_dir = Path(tools_dir) if tools_dir else default_tools_dir()
        if warm_up:
            warm.ensure(self.tools_dir)
        self._disk_mb = disk_mb
        self.cache = ResultCache(cache_dir) if cache else None
        self._base = Path(tempfile.mkdtemp(prefix=f"oorl-exec-{os.getpid()}-"))  # the pid lets a later sweep
        # recognise slots left mounted by a killed executor
        self._base.chmod(0o711)  # sandbox uids may traverse, not list
        etc = self.isolation.identity_files(self._base / "etc", self.workers) if self.isolation.root else {}
        sandbox = Sandbox(self.isolation, self.tools_dir, etc_files=etc)
        self._runner = Runner(sandbox, runner or RunnerConfig(work_mb=disk_mb))
        self._slots: queue.Queue = queue.Queue()
        for slot in range(self.workers):
            self._slots.put(self.isolation.workspace(self._base, slot, disk_mb))
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="oorl-exec")
        self._inflight: dict[str, Future] = {}
        self._lock = threading.Lock()
        self._closed = False
        atexit.register(self.close)

    # -- public API ---------------------------------------------------------------

    def run(self, request: RequestLike) -> ExecResult:
        """Run one request and wait for its result."""
        return self.submit(request).result()

    def run_batch(self, requests: Iterable[RequestLike], progress: Callable[[ExecResult], Any] | None = None) -> list[ExecResult]:
        """Run many requests concurrently; results come back in input order."""
        futures = [self.submit(r) for r in requests]
        if progress is not None:
            for fut in as_completed(futures):
                progress(fut.result())
        return [f.result() for f in futures]

    def iter_batch(self, requests: Iterable[RequestLike]) -> Iterator[tuple[int, ExecResult]]:
        """Yield ``(index, result)`` as results complete."""
        futures = {self.submit(r): i for i, r in enumerate(requests)}
        for fut in as_completed(futures):
            yield futures[fut], fut.result()

    def submit(self, request: RequestLike) -> "Future[ExecResult]":
        """Schedule one request; invalid ones resolve at once to a ``sandbox_error`` saying why."""
        try:
            req = request if isinstance(request, ExecRequest) else ExecRequest.from_dict(request)
            lang = resolve(req.language)
        except (RequestError, UnknownLanguage) as e:
            rid = request.get("id") if isinstance(request, dict) else getattr(request, "id", "")
            lang_name = request.get("language") if isinstance(request, dict) else getattr(request, "language", "")
            return _done(invalid(str(rid or ""), str(lang_name or ""), str(e)))
        key = req.content_key(lang.name)
        with self._lock:
            if self._closed:
                raise RuntimeError("executor is closed")
            if self.cache is not None:
                hit = self.cache.get(key)
                if hit is not None:
                    return _done(ExecResult.from_dict({**hit, "id": req.id, "cached": True}))
            leader = self._inflight.get(key) if self.cache is not None else None
            if leader is None:
                leader = self._pool.submit(self._execute, req, lang, key)
                if self.cache is not None:
                    self._inflight[key] = leader
                return leader
        follower: Future = Future()
        leader.add_done_callback(lambda f: _relay(f, follower, req.id))
        return follower

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._pool.shutdown(wait=True)
        while not self._slots.empty():
            self.isolation.release(self._slots.get_nowait())
        if self.isolation.cgroups is not None:
            self.isolation.cgroups.close()
        shutil.rmtree(self._base / "etc", ignore_errors=True)
        try:
            self._base.rmdir()
        except OSError:
            pass

    def __enter__(self) -> "Executor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------

    def _rebuild(self, ws):
        try:
            self.isolation.release(ws)
            return self.isolation.workspace(self._base, ws.slot, self._disk_mb)
        except Exception:
            log.exception("could not rebuild slot %s; keeping it", ws.path)
            return ws

    def _execute(self, req: ExecRequest, lang, key: str) -> ExecResult:
        ws = self._slots.get()
        try:
            result = self._runner.execute(req, lang, ws, self.isolation.missing(vm_heavy=lang.vm_heavy))
        except Exception as e:  # a bug of ours must not take the batch down, nor look like the program's fault
            log.exception("executor failure on request %s", req.id)
            result = ExecResult(id=req.id, language=lang.name, status=Status.SANDBOX_ERROR,
                                error=f"internal executor error: {type(e).__name__}: {e}")
            ws = self._rebuild(ws)  # whatever broke, the next request gets a new slot
        finally:
            self._slots.put(ws)
        if self.cache is not None:
            self.cache.put(key, result)  # before leaving in-flight, so no twin slips between
        with self._lock:
            self._inflight.pop(key, None)
        return result


def _done(result: ExecResult) -> "Future[ExecResult]":
    fut: Future = Future()
    fut.set_result(result)
    return fut


def _relay(leader: Future, follower: Future, req_id: str) -> None:
    result = leader.result()
    follower.set_result(replace(result, id=req_id, cached=True, cases=list(result.cases) if result.cases else result.cases))
