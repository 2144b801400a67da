"""The bounded thread pool the checks run in: at most N at once, a queue of M, a deadline for each."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, TypeVar

T = TypeVar("T")


class Busy(Exception):
    """Every thread is checking and the queue is full."""


class TooSlow(Exception):
    """A check did not finish within the deadline."""


class CheckPool:
    """Runs blocking checks off the event loop, ``workers`` at a time, at most ``queue`` more waiting.

    A check that misses the deadline gets its answer (504) at the deadline; Python
    cannot stop a running thread, so the check runs to its end and its slot stays
    taken until then. That is why admission counts running work, not open
    requests: a flood of slow checks meets 503, not an ever longer queue.
    """

    def __init__(self, workers: int, queue: int, timeout: float) -> None:
        self.workers = workers
        self.bound = workers + queue
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newslint-check")
        self._lock = threading.Lock()
        self._admitted = 0

    @property
    def admitted(self) -> int:
        """Checks running or waiting for a thread now."""
        return self._admitted

    async def run(self, function: Callable[..., T], *args) -> T:
        """``function(*args)`` in a pool thread; raises :class:`Busy` or :class:`TooSlow`."""
        with self._lock:
            if self._admitted >= self.bound:
                raise Busy(self._admitted)
            self._admitted += 1
        future = self._executor.submit(function, *args)
        future.add_done_callback(self._release)
        try:
            # wait_for cancels the wrapped future at the deadline, which withdraws a
            # check still waiting in the queue; a running one cannot be withdrawn.
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError:
            raise TooSlow(self.timeout) from None

    def _release(self, _: Future) -> None:
        with self._lock:
            self._admitted -= 1

    def close(self) -> None:
        """Withdraw waiting checks and let running ones finish in the background."""
        self._executor.shutdown(wait=False, cancel_futures=True)
