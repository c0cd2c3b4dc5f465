"""Worker processes that die or hang cost their items, never the run (no model needed)."""

from __future__ import annotations

import os
import time

from claimkit.processes import map_chunks_retrying


def square_or_die(chunk: list[int]) -> list[int]:
    """Squares; item 13 kills its worker, item 7 hangs."""
    for item in chunk:
        if item == 13:
            os._exit(3)
        if item == 7:
            time.sleep(60)
    return [item * item for item in chunk]


def failed(item: int, reason: str, message: str) -> str:
    return f"{item}:{reason}"


def chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def flat(results) -> list:
    return [value for chunk in results for value in chunk]


def test_a_worker_that_dies_costs_only_the_item_that_killed_it():
    items = [i for i in range(40) if i != 7]
    got = flat(map_chunks_retrying(square_or_die, chunks(items, 4), n_process=2, failed=failed))
    assert got == [("13:worker_died" if i == 13 else i * i) for i in items]


def test_a_hanging_worker_times_out_and_the_run_goes_on():
    items = list(range(12))
    started = time.monotonic()
    results = map_chunks_retrying(
        square_or_die, chunks([i for i in items if i != 13], 3), n_process=2, failed=failed,
        timeout=1.5,
    )  # fmt: skip
    got = flat(results)
    assert time.monotonic() - started < 20
    assert got == [("7:timeout" if i == 7 else i * i) for i in items if i != 13]


def test_results_keep_the_input_order_with_one_chunk_per_result():
    items = [i for i in range(100) if i not in (7, 13)]
    results = list(map_chunks_retrying(square_or_die, chunks(items, 5), n_process=2, failed=failed))
    assert [len(r) for r in results] == [len(c) for c in chunks(items, 5)]
    assert flat(results) == [i * i for i in items]


def test_stopping_early_leaves_no_worker_behind():
    import multiprocessing

    results = map_chunks_retrying(square_or_die, chunks(list(range(20, 80)), 2), n_process=2,
                                  failed=failed)  # fmt: skip
    assert next(results) == [400, 441]
    results.close()
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()
