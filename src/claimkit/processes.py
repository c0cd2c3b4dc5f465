"""Analysing texts in worker processes, without hangs and without processes left behind.

spaCy's own ``Language.pipe(n_process=…)`` waits forever when its input stream raises after
the first batch or a worker dies, and its workers outlive a killed parent. Here the parent
checks every input before it is sent (bad input raises at once), a worker that dies breaks the
pool (:class:`WorkerError`), every way out of the iteration stops the workers, and a worker
whose parent is gone exits by itself.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from claimkit.errors import WorkerError

Item = TypeVar("Item")
Result = TypeVar("Result")

#: What each worker runs, set once in the worker by :func:`_start_worker`.
_work: Callable[[list[Any]], list[Any]] | None = None


def _start_worker(work: Callable[[list[Any]], list[Any]], parent: int) -> None:
    global _work
    _work = work
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """End this worker when the parent process is gone (killed, even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="claimkit-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)


def _run_chunk(chunk: list[Any]) -> list[Any]:
    assert _work is not None, "worker not started"
    return _work(chunk)


def _context() -> multiprocessing.context.BaseContext:
    # On Linux fork hands the loaded pipeline to the workers without pickling it; elsewhere
    # spawn (fork is unsafe on macOS, absent on Windows).
    methods = multiprocessing.get_all_start_methods()
    linux = sys.platform.startswith("linux")
    return multiprocessing.get_context("fork" if linux and "fork" in methods else "spawn")


def map_in_processes(
    work: Callable[[list[Item]], list[Result]],
    items: Iterable[Item],
    *,
    n_process: int,
    chunk_size: int,
) -> Iterator[Result]:
    """``work`` over chunks of ``items`` in ``n_process`` workers, results in input order.

    ``items`` is read lazily, a few chunks ahead of the results; an exception it raises is
    raised here once the results of the items before it are yielded and the workers are
    stopped. At most ``2 * n_process`` chunks are in flight,
    so memory stays flat however many items there are.
    """
    pool = ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=_context(),
        initializer=_start_worker,
        initargs=(work, os.getpid()),
    )
    in_flight: deque[Future[list[Result]]] = deque()
    source = iter(items)
    workers: dict[int, multiprocessing.process.BaseProcess] = {}
    failure: Exception | None = None
    finished = False
    try:
        while True:
            try:
                while not finished and len(in_flight) < 2 * n_process:
                    chunk = []
                    try:
                        for _, item in zip(range(chunk_size), source, strict=False):
                            chunk.append(item)
                    except Exception as err:  # raised after the items before it are done
                        failure, finished = err, True
                    if not chunk:
                        finished = True
                        break
                    in_flight.append(pool.submit(_run_chunk, chunk))
                    # Keep hold of the workers: a broken pool forgets them before they are
                    # reaped.
                    workers.update(getattr(pool, "_processes", None) or {})
                if not in_flight:
                    if failure is not None:
                        raise failure
                    return
                results = in_flight.popleft().result()
            except BrokenProcessPool as err:
                raise WorkerError(
                    "a worker process died (killed, or crashed in the pipeline); "
                    "run with n_process=1 to see which text causes it"
                ) from err
            yield from results
    finally:
        _stop(pool, list(workers.values()))


def _stop(pool: ProcessPoolExecutor, processes: list[multiprocessing.process.BaseProcess]) -> None:
    """Stop the pool at once: cancel what waits, end the workers, reap them."""
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)
    # The pool's own thread may reap a worker at the same moment (then join() returns before
    # the exit code is known): wait until every worker is seen gone.
    deadline = time.monotonic() + 5
    while any(p.exitcode is None for p in processes) and time.monotonic() < deadline:
        time.sleep(0.02)


def map_chunks_retrying(
    work: Callable[[list[Item]], list[Result]],
    chunks: Iterable[list[Item]],
    *,
    n_process: int,
    failed: Callable[[Item, str, str], Result],
    timeout: float | None = None,
) -> Iterator[list[Result]]:
    """``work`` over ``chunks`` in ``n_process`` workers, one result list per chunk, in order.

    Unlike :func:`map_in_processes` nothing stops the run: when a worker dies (killed, or
    crashed by an input) or a chunk takes longer than ``timeout`` seconds, the pool is
    replaced and the chunks that were in flight are tried again once, item by item and one at
    a time; an item that kills its worker (or times out) again gets ``failed(item, reason,
    message)`` as its result, with reason ``worker_died`` or ``timeout``.
    """
    pool = _new_pool(work, n_process)
    in_flight: deque[tuple[list[Item], Future[list[Result]] | None]] = deque()
    source = iter(chunks)
    exhausted = False
    try:
        while True:
            while not exhausted and len(in_flight) < 2 * n_process:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    in_flight.append((chunk, pool.submit(_run_chunk, chunk)))
                except BrokenProcessPool:  # a worker died since the last submit
                    in_flight.append((chunk, None))
                    break
            if not in_flight:
                return
            try:
                head = in_flight[0][1]
                if head is None:
                    raise BrokenProcessPool("the pool broke before this chunk was sent")
                results = head.result(timeout=timeout)
            except (BrokenProcessPool, TimeoutError):
                suspects = [chunk for chunk, _ in in_flight]
                in_flight.clear()
                _stop_pool(pool)
                pool = _new_pool(work, n_process)
                for chunk in suspects:
                    results, pool = _retry_alone(work, pool, chunk, n_process, failed, timeout)
                    yield results
                continue
            in_flight.popleft()
            yield results
    finally:
        _stop_pool(pool)


def _retry_alone(
    work: Callable[[list[Item]], list[Result]],
    pool: ProcessPoolExecutor,
    chunk: list[Item],
    n_process: int,
    failed: Callable[[Item, str, str], Result],
    timeout: float | None,
) -> tuple[list[Result], ProcessPoolExecutor]:
    """The chunk's items run one at a time: the one that breaks the pool is found."""
    results: list[Result] = []
    for item in chunk:
        try:
            results.extend(pool.submit(_run_chunk, [item]).result(timeout=timeout))
        except (BrokenProcessPool, TimeoutError) as err:
            if isinstance(err, TimeoutError):
                reason, message = "timeout", f"no result within {timeout:g} s (tried twice)"
            else:
                reason, message = "worker_died", "the worker process died on it (tried twice)"
            results.append(failed(item, reason, message))
            _stop_pool(pool)
            pool = _new_pool(work, n_process)
    return results, pool


def _new_pool(work: Callable[[list[Any]], list[Any]], n_process: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=_context(),
        initializer=_start_worker,
        initargs=(work, os.getpid()),
    )


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    _stop(pool, list((getattr(pool, "_processes", None) or {}).values()))
