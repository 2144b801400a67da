"""Reports one by one, in the entries' order, from any executor: what a streamed report reads.

:meth:`~linter.batch.Executor.map` gives the whole batch at once; a streamed
report (``--format jsonl``) wants each report as soon as it and all before it
are done, with no more than a bounded number held. An executor that can do that
has an ``imap(task, items)`` method (the Dask executor, :mod:`linter.distributed`);
for the serial and thread executors it is done here, without changing them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from linter.batch import Executor, SerialExecutor, ThreadExecutor

T = TypeVar("T")
R = TypeVar("R")

WINDOW_PER_JOB = 4  # items started ahead of the one the stream waits for, per job: keeps every job busy


def ordered_results(executor: Executor, task: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
    """Yield ``task(item)`` for every item, in order; an exception is raised at its item, as ``map`` does."""
    imap = getattr(executor, "imap", None)
    if imap is not None:
        yield from imap(task, items)
    elif isinstance(executor, ThreadExecutor) and executor.jobs > 1 and len(items) > 1:
        yield from _thread_imap(task, items, executor.jobs)
    elif isinstance(executor, (SerialExecutor, ThreadExecutor)):
        yield from (task(item) for item in items)
    else:  # another executor without imap: its whole batch, then one by one
        yield from executor.map(task, items)


def _thread_imap(task: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    """Threads as :class:`ThreadExecutor` runs them, with at most ``jobs * WINDOW_PER_JOB`` results held."""
    pool = ThreadPoolExecutor(max_workers=min(jobs, len(items)), thread_name_prefix="newslint-check")
    pending: deque = deque()
    upcoming = iter(items)
    try:
        for item in upcoming:
            pending.append(pool.submit(task, item))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                break
        while pending:
            result = pending.popleft().result()
            for item in upcoming:
                pending.append(pool.submit(task, item))
                break
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # an error (or a closed stream) stops what has not started
