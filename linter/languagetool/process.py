"""Small cross-platform process helpers (no psutil): is a pid alive, stop it, detach a child."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path


def pid_alive(pid: int | None) -> bool:
    """True if process ``pid`` exists and is not a zombie."""
    if not pid or pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    # A server we started ourselves and that died is a zombie until reaped;
    # reap it here so it does not look alive (ChildProcessError: not our child).
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    except ChildProcessError:
        pass
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    stat = Path(f"/proc/{pid}/stat")
    try:  # Linux: a zombie of another parent still answers kill(0)
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def pid_cmdline(pid: int) -> str | None:
    """The command line of ``pid`` where the OS exposes it cheaply (Linux /proc), else None."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None


def pid_argv(pid: int) -> list[str] | None:
    """The arguments of ``pid`` where the OS exposes them cheaply (Linux /proc), else None."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return [arg.decode(errors="replace") for arg in raw.split(b"\0")[:-1]]


def pids_with_argument(argument: str) -> list[int]:
    """Live processes that have ``argument`` as one of their arguments (Linux /proc; [] elsewhere)."""
    found = []
    with contextlib.suppress(OSError):
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and argument in (pid_argv(int(entry.name)) or ()) and pid_alive(int(entry.name)):
                found.append(int(entry.name))
    return sorted(found)


def terminate(pid: int, *, grace: float = 10.0) -> None:
    """Ask ``pid`` to exit (SIGTERM), then kill it if it is still there after ``grace`` seconds."""
    if not pid_alive(pid):
        return
    try:
        if os.name == "nt":
            subprocess.run(["taskkill", "/PID", str(pid), "/T", "/F"], capture_output=True, check=False)
            return
        os.kill(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return
        time.sleep(0.1)
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + 5
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)


def detached_popen_kwargs() -> dict:
    """Popen arguments that make a child outlive us and ignore our terminal's Ctrl-C."""
    if os.name == "nt":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(subprocess, "DETACHED_PROCESS", 0x8)
        return {"creationflags": flags, "close_fds": True}
    return {"start_new_session": True, "close_fds": True}


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - exercised on Windows only
    """OpenProcess + GetExitCodeProcess; os.kill(pid, 0) would kill the process on Windows."""
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)

