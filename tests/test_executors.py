"""The executors behind --jobs: order kept, errors in order, every file reported (house rules only, no Java)."""

from __future__ import annotations

import json
import pickle
import threading
import time

import pytest

from linter.batch import EntryCheck, SerialExecutor, ThreadExecutor, default_jobs, executor_for
from linter.request import CheckRequest

from conftest import FIXTURES


def test_threads_keep_the_order_of_the_items():
    seen = set()

    def slow_first(n: int) -> int:
        time.sleep(0.2 if n == 0 else 0.01)
        seen.add(threading.current_thread().name)
        return n * n

    assert ThreadExecutor(4).map(slow_first, list(range(8))) == [n * n for n in range(8)]
    assert len(seen) > 1, "the items ran on several threads"


def test_the_first_error_in_item_order_is_raised():
    def fail_on_odd(n: int) -> int:
        if n % 2:
            time.sleep(0.1 if n == 1 else 0)
            raise ValueError(f"item {n}")
        return n

    with pytest.raises(ValueError, match="item 1"):
        ThreadExecutor(4).map(fail_on_odd, list(range(6)))


def test_one_job_is_serial_and_the_default_is_the_cores():
    assert isinstance(executor_for(1), SerialExecutor)
    assert isinstance(executor_for(3), ThreadExecutor)
    assert default_jobs() >= 1


def test_an_entry_check_travels_to_another_process_without_its_engines():
    task = EntryCheck(CheckRequest(paths=["a.txt"], use_languagetool=False), print)
    task.context()
    copy = pickle.loads(pickle.dumps(task))
    assert copy.request.paths == ["a.txt"] and copy._context is None
    report = copy(FIXTURES / "cli" / "leerzeichen.txt")
    assert report.findings


def test_jobs_report_what_one_job_reports(cli, tmp_path):
    unreadable = tmp_path / "kaputt.txt"
    unreadable.write_bytes(b"\xff\xfe\x00binary\x00")
    args = ["check", "--format", "json", "--no-languagetool", "--no-cache", str(FIXTURES / "cli"),
            str(unreadable), str(tmp_path / "fehlt.txt"), str(FIXTURES / "markup")]
    serial = cli(*args, "--jobs", "1")
    parallel = cli(*args, "--jobs", "4")
    assert serial.exit_code == parallel.exit_code == 2
    assert parallel.stdout == serial.stdout
    files = json.loads(serial.stdout)["files"]
    assert sum(1 for f in files if f.get("error")) == 2 and sum(1 for f in files if f["findings"]) >= 3


def test_worker_processes_report_what_one_thread_reports(tmp_path):
    from linter.batch import ProcessExecutor
    from linter.selection import select_files

    missing = tmp_path / "fehlt.txt"
    request = CheckRequest(paths=[str(FIXTURES / "cli"), str(FIXTURES / "markup"), str(missing)], use_languagetool=False)
    entries = select_files(request, lambda _: None)
    notes: list[str] = []
    serial = SerialExecutor().map(EntryCheck(request, notes.append), entries)
    workers = ProcessExecutor(2).map(EntryCheck(request, notes.append), entries)
    assert [(r.path, r.findings, r.warnings, r.error) for r in workers] == \
           [(r.path, r.findings, r.warnings, r.error) for r in serial]
    assert any(r.findings for r in workers) and workers[-1].error
