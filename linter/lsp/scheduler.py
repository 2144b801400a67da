"""Checking open documents off the event loop, newest version only.

The language server's event loop reads the editor's messages; a check of a
long article takes seconds. So each check runs in a worker thread, and every
edit starts a new *generation* for its document: the pending (debounced) check
is cancelled, a check still queued for a worker is withdrawn, and a check
already running finishes in its thread but its result is dropped. Only the
result of a document's latest generation is ever published.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Hashable

#: Reads the document as it is now (text, version, ...), or None when it is closed.
Snapshot = Callable[[], Any]
#: Checks a snapshot (runs in a worker thread).
Check = Callable[[Any], Any]
#: Publishes a result for its snapshot (runs on the event loop).
Publish = Callable[[Any, Any], None]


class CheckScheduler:
    """Debounced, cancellable checks per document key (the document URI)."""

    def __init__(self, check: Check, publish: Publish, on_error: Callable[[BaseException], None],
                 on_stale: Callable[[Any], None] = lambda _: None, workers: int = 2) -> None:
        self._check = check
        self._publish = publish
        self._on_error = on_error
        self._on_stale = on_stale  # told (on the event loop) of each result dropped because it was stale
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newslint-check")
        self._tasks: dict[Hashable, asyncio.Task] = {}
        self._generation: dict[Hashable, int] = {}

    def schedule(self, key: Hashable, snapshot: Snapshot, delay: float = 0.0) -> None:
        """Check ``key`` after ``delay`` seconds with the text it has then; supersedes any earlier request."""
        self.cancel(key)
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        task = asyncio.get_running_loop().create_task(self._run(key, generation, snapshot, delay))
        self._tasks[key] = task
        task.add_done_callback(lambda done: self._forget(key, done))

    def cancel(self, key: Hashable) -> None:
        """Drop the pending or running check of ``key``; its result, if any, is never published."""
        self._generation[key] = self._generation.get(key, 0) + 1
        task = self._tasks.pop(key, None)
        if task is not None:
            task.cancel()

    def is_current(self, key: Hashable, generation: int) -> bool:
        """Whether ``generation`` is still the latest request for ``key``."""
        return self._generation.get(key) == generation

    def shutdown(self) -> None:
        """Cancel every check and stop the workers (a running check's thread ends on its own)."""
        for key in list(self._tasks):
            self.cancel(key)
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def _run(self, key: Hashable, generation: int, snapshot: Snapshot, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        state = snapshot()
        if state is None or not self.is_current(key, generation):
            return
        loop = asyncio.get_running_loop()
        job = self._executor.submit(self._check, state)
        job.add_done_callback(lambda done: self._settled(loop, key, generation, state, done))
        # cancelling this task cancels the wrapped job too: withdrawn if no worker has picked it up yet
        result = await asyncio.wrap_future(job)
        if self.is_current(key, generation):
            self._publish(state, result)

    def _settled(self, loop: asyncio.AbstractEventLoop, key: Hashable, generation: int, state: Any,
                 job: Future) -> None:
        """In the worker: a check that ran to its end for an outdated generation is reported as dropped."""
        if not job.cancelled() and not self.is_current(key, generation) and not loop.is_closed():
            loop.call_soon_threadsafe(self._on_stale, state)

    def _forget(self, key: Hashable, task: asyncio.Task) -> None:
        """Remove a finished task from the table (unless a newer one replaced it); report its error."""
        if self._tasks.get(key) is task:
            del self._tasks[key]
        if not task.cancelled() and task.exception() is not None:
            self._on_error(task.exception())
