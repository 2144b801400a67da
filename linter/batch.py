"""Checking a batch of files: one function per selected entry, and the executors that run it.

The seam of a run is :func:`check_entry`: it checks one entry of the file
selection and returns its :class:`~linter.findings.FileReport`; it never raises
for a problem of that file (unreadable, engine error), which becomes the
report's error. The runner hands the entries and that function to an
:class:`Executor`, which decides where and how many at once run, and gets the
reports back in the entries' order, so the report, its order and the exit code
are the same whatever the executor.

Executors here: :class:`SerialExecutor` (one after another, ``--jobs 1``) and
:class:`ThreadExecutor` (``--jobs N``). Threads are enough: a file's time is
mostly spent waiting on LanguageTool's HTTP answer, while the Python part (house
rules, precision means) is a small share of it. Another executor (processes, a
cluster) implements :class:`Executor`; everything it needs to check an entry
elsewhere is in :class:`EntryCheck`, which is picklable and builds its engines
on first use in the process that runs it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, TypeVar

from linter import streams
from linter.checking import check_bytes, check_file
from linter.config import Config
from linter.findings import FileReport
from linter.request import STDIN, CheckRequest, Notice

Entry = Path | FileReport | str  # what linter.selection.select_files gives: a file, an error, or STDIN
T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """How many files to check at once by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not every platform has sched_getaffinity
        return max(1, os.cpu_count() or 1)


def entry_config(request: CheckRequest, entry: Entry) -> Config:
    """The configuration that applies to one selected entry."""
    if entry == STDIN:
        return request.config_for(Path(request.stdin_filename)) if request.stdin_filename else request.base_config()
    if isinstance(entry, FileReport):
        return request.base_config()
    return request.config_for(entry)


def check_entry(context, entry: Entry, stdin: bytes | None = None) -> FileReport:
    """Check one selected entry with the engines of ``context`` (a :class:`~linter.wiring.RunContext`).

    ``stdin`` is the copy read from standard input (read once, before the batch
    starts). A FileReport entry (a path that does not exist) is passed through.
    """
    request = context.request
    config = entry_config(request, entry)
    if entry == STDIN:
        data = streams.read_stdin() if stdin is None else stdin
        return check_bytes(context.engine_for(config), request.stdin_filename or "<stdin>", data, config,
                           request.format_in)
    if isinstance(entry, FileReport):
        return entry
    return check_file(context.engine_for(config), entry, config, request.format_in)


class EntryCheck:
    """``check_entry`` bound to a request: the task an executor runs for each entry.

    Threads share one :class:`~linter.wiring.RunContext` (engines are built once
    and shared). Pickled into another process, it carries the request and
    standard input's copy but no engines or notice callback: that process builds
    its own engines on first use (once per process) and its notes are dropped.
    """

    def __init__(self, request: CheckRequest, notice: Notice, stdin: bytes | None = None, context=None) -> None:
        self.request = request
        self.notice = notice
        self.stdin = stdin
        self._context = context
        self._lock = threading.Lock()

    def context(self):
        """The run's engines, built on first use in this process."""
        with self._lock:
            if self._context is None:
                from linter.wiring import RunContext

                self._context = RunContext(self.request, self.notice)
            return self._context

    def __call__(self, entry: Entry) -> FileReport:
        return check_entry(self.context(), entry, self.stdin)

    def __getstate__(self) -> dict:
        return {"request": self.request, "stdin": self.stdin}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["request"], lambda _: None, state["stdin"])


class Executor(Protocol):
    """Runs a task over a batch; results come back in the items' order.

    An exception the task raises (a configuration or rule error, which stops the
    run) is raised from :meth:`map` for the first item, in order, that raised it.
    """

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:  # pragma: no cover - protocol
        ...


class SerialExecutor:
    """One item after another in this thread (``--jobs 1``)."""

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:
        return [task(item) for item in items]


class ThreadExecutor:
    """Up to ``jobs`` items at once on threads of this process."""

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)

    def map(self, task: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if self.jobs == 1 or len(items) <= 1:
            return SerialExecutor().map(task, items)
        pool = ThreadPoolExecutor(max_workers=min(self.jobs, len(items)), thread_name_prefix="newslint-check")
        try:
            return list(pool.map(task, items))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # an error stops what has not started yet


class ProcessExecutor:
    """Up to ``jobs`` items at once in worker processes, each building its engines once.

    For a picklable :class:`EntryCheck` task: each worker keeps one copy of it
    (and so one set of engines) for all the items it runs, and the notes a
    check sends in a worker (a pool server leaving) are passed on in order.
    The Python part of checks then runs in parallel, at the price of loading
    the precision data once per worker.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)

    def map(self, task: EntryCheck, items: Sequence[Entry]) -> list[FileReport]:
        if self.jobs == 1 or len(items) <= 1:
            return SerialExecutor().map(task, items)
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(self.jobs, len(items)), initializer=_adopt, initargs=(task,)) as pool:
            results = []
            for report, notes in pool.map(_run_adopted, items):
                for note in notes:
                    task.notice(note)
                results.append(report)
            return results


_WORKER: dict = {}  # the task a worker process adopted, with the notes of its current item


def _adopt(task: EntryCheck) -> None:
    """Worker start: keep the task, its notes collected per item."""
    notes: list[str] = []
    task.notice = notes.append
    _WORKER.update(task=task, notes=notes)


def _run_adopted(entry: Entry) -> tuple[FileReport, list[str]]:
    """Check one entry in a worker; its report and the notes it sent."""
    notes = _WORKER["notes"]
    notes.clear()
    report = _WORKER["task"](entry)
    return report, list(notes)


def executor_for(jobs: int) -> Executor:
    """The executor for ``--jobs``: serial for 1, threads otherwise."""
    return SerialExecutor() if jobs <= 1 else ThreadExecutor(jobs)
