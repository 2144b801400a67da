"""Running ``newslint`` as a user does (a child process, through the console script's front) with or without
the resident engine, in a state folder of the test's own, and looking at the engine from outside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def newslint(args: list[str], env: dict, mode: str, *, cwd: Path | None = None, stdin: str | None = None,
             timeout: float = 180) -> subprocess.CompletedProcess:
    """One ``python -m linter ARGS`` with NEWSLINT_RESIDENT=mode; its exit code, stdout and stderr."""
    return subprocess.run([sys.executable, "-m", "linter", *args], env={**env, "NEWSLINT_RESIDENT": mode},
                          cwd=cwd or REPO, input=stdin if stdin is not None else "", capture_output=True,
                          text=True, timeout=timeout)


def engine_states(env: dict) -> list[dict]:
    """The state files of the engines of ``env``'s state folder (running or not)."""
    folder = Path(env["NEWSLINT_STATE_DIR"]) / "engine"
    return [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []


def running_engine(env: dict) -> dict:
    """The state of the one engine running for ``env`` (fails the test when there is none or more)."""
    status = newslint(["engine", "status"], env, "off")
    assert status.returncode == 0, status.stdout + status.stderr
    [state] = engine_states(env)
    return state


def last_taken(env: dict) -> int:
    """When the engine last took a command (its state file's mtime, touched on each), in ns."""
    state = running_engine(env)
    return os.stat(Path(env["NEWSLINT_STATE_DIR"]) / "engine" / f"{state['fingerprint']}.json").st_mtime_ns


def wait_until(condition, timeout: float = 60.0, what: str = "the condition") -> None:
    """Poll ``condition`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(0.1)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


def children_of(pid: int) -> list[int]:
    """The child processes of ``pid`` (Linux's /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found
