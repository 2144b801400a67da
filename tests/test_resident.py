"""The resident engine, for real: engines started in the test's own state folder, commands run as child processes.

Each command of :data:`COMMANDS` runs twice, in its own process and handed to
the engine, and must give the same exit code, output and error output.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resident_support import (REPO, children_of, engine_states, last_taken, newslint, pid_alive, running_engine,
                              wait_until)

SAMPLE = REPO / "fixtures" / "euronews-kim-zug-2023-09.txt"
STRAY = "Der Zug fährt am Montag , wie immer, nach Berlin.\n"


@pytest.fixture
def env(tmp_path):
    """An environment with a state folder of the test's own; every engine in it is stopped afterwards."""
    environment = {**os.environ, "NEWSLINT_STATE_DIR": str(tmp_path / "state")}
    yield environment
    newslint(["engine", "stop"], environment, "off")
    for state in engine_states(environment):
        assert not pid_alive(state["pid"]), f"engine {state['pid']} still runs after engine stop"


@pytest.fixture
def engine(env):
    """``env`` with its engine started."""
    started = newslint(["engine", "start"], env, "off")
    assert started.returncode == 0, started.stderr
    assert "resident engine listening at" in started.stdout
    return env


COMMANDS = {
    "text report": (["check", "--no-languagetool", str(SAMPLE)], None),
    "json report": (["check", "--no-languagetool", "--format", "json", str(SAMPLE)], None),
    "sarif report": (["check", "--no-languagetool", "--format", "sarif", str(SAMPLE)], None),
    "standard input": (["check", "--no-languagetool", "-", "--stdin-filename", "meldung.md"], "# Titel\n\n" + STRAY),
    "missing file": (["check", "--no-languagetool", "gibt-es-nicht.txt", str(SAMPLE)], None),
    "usage error": (["check", "--no-languagetool", "--format", "bogus", str(SAMPLE)], None),
    "fix diff": (["fix", "--no-languagetool", "--diff", "-"], STRAY),
    "help": (["check", "--help"], None),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_engine_gives_what_the_command_gives_in_its_own_process(engine, name):
    args, stdin = COMMANDS[name]
    here = newslint(args, engine, "off", stdin=stdin)
    before = last_taken(engine)
    handed = newslint(args, engine, "on", stdin=stdin)
    assert last_taken(engine) > before, "the engine did not take the command"
    assert (handed.returncode, handed.stdout, handed.stderr) == (here.returncode, here.stdout, here.stderr)
    assert here.stdout or here.stderr  # something to compare: each command reports


def test_relative_paths_output_files_and_fixes_are_the_commands_own(engine, tmp_path):
    """The engine's copy works in the command's folder, with its umask, and writes the files it would."""
    results = {}
    for mode in ("off", "on"):
        folder = tmp_path / mode
        folder.mkdir()
        (folder / "meldung.txt").write_text(STRAY, encoding="utf-8")
        before = last_taken(engine)
        check = newslint(["check", "--no-languagetool", "--format", "json", "--output", "bericht.json",
                          "meldung.txt"], engine, mode, cwd=folder)
        fix = subprocess.run(["sh", "-c", f"umask 077 && {sys.executable} -m linter fix --no-languagetool meldung.txt"],
                             env={**engine, "NEWSLINT_RESIDENT": mode}, cwd=folder, capture_output=True, text=True,
                             timeout=120)
        if mode == "on":
            assert last_taken(engine) > before
        results[mode] = (check.returncode, check.stdout, fix.returncode, fix.stdout, fix.stderr,
                         (folder / "bericht.json").read_text(encoding="utf-8"),
                         (folder / "meldung.txt").read_text(encoding="utf-8"),
                         oct((folder / "meldung.txt").stat().st_mode & 0o777))
    assert results["on"] == results["off"]
    assert "Montag," in results["on"][6]  # the fix was applied


def test_a_second_run_in_a_row_starts_the_engine_and_a_third_uses_it(env):
    first = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "auto")
    assert first.returncode == 0
    assert newslint(["engine", "status"], env, "off").returncode == 1, "a single run must start no engine"
    started = time.monotonic()
    second = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "auto", timeout=60)
    assert second.stdout == first.stdout
    # the engine was started detached: the command's output pipes closed when the command ended
    assert time.monotonic() - started < 60
    wait_until(lambda: newslint(["engine", "status"], env, "off").returncode == 0, what="the engine's start")
    before = last_taken(env)
    third = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "auto")
    assert last_taken(env) > before
    assert third.stdout == first.stdout


def test_an_idle_engine_stops_and_removes_its_socket(env):
    # long enough for the state to be read on a busy machine (a second was not: the engine
    # had stopped before the test looked), short enough to wait for
    assert newslint(["engine", "start", "--idle-timeout", "5"], env, "off").returncode == 0
    [state] = engine_states(env)
    wait_until(lambda: not pid_alive(state["pid"]), what="the idle stop")
    assert not Path(state["socket"]).exists()
    assert engine_states(env) == []


def test_a_killed_engine_is_cleared_and_replaced(engine):
    old = running_engine(engine)
    os.kill(old["pid"], signal.SIGKILL)
    wait_until(lambda: not pid_alive(old["pid"]), what="the engine's death")
    assert Path(old["socket"]).exists()  # what a crash leaves behind
    status = newslint(["engine", "status"], engine, "off")
    assert status.returncode == 1 and "No resident engine is running" in status.stdout
    assert not Path(old["socket"]).exists() and engine_states(engine) == []
    handed = newslint(["check", "--no-languagetool", str(SAMPLE)], engine, "on")
    assert handed.returncode == 0 and "warning" not in handed.stderr
    assert running_engine(engine)["pid"] != old["pid"]


def test_a_stale_socket_without_its_engine_falls_back_to_the_command_s_own_process(engine):
    old = running_engine(engine)
    os.kill(old["pid"], signal.SIGKILL)
    wait_until(lambda: not pid_alive(old["pid"]), what="the engine's death")
    here = newslint(["check", "--no-languagetool", str(SAMPLE)], engine, "auto")
    assert here.returncode == 0 and "findings" in here.stdout


def _check_stdin(env: dict, resident: str, sigint) -> subprocess.Popen:
    """``check -`` as a child process that starts with ``sigint`` as its SIGINT disposition (SIG_DFL
    as from an interactive shell, SIG_IGN as in a background job or under nohup), whatever the
    suite itself was started with: a disposition of SIG_IGN is inherited across exec."""
    disposition = "SIG_IGN" if sigint is signal.SIG_IGN else "SIG_DFL"
    start = (f"import os, signal, sys; signal.signal(signal.SIGINT, signal.{disposition}); "
             "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])")
    return subprocess.Popen([sys.executable, "-c", start, "-m", "linter", "check", "--no-languagetool", "-"],
                            env={**env, "NEWSLINT_RESIDENT": resident}, cwd=REPO, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _held_command(env: dict, sigint=signal.SIG_DFL) -> tuple[subprocess.Popen, int]:
    """A ``check -`` handed to the engine and waiting on its standard input; the command and its engine process."""
    engine_pid = running_engine(env)["pid"]
    before = last_taken(env)
    command = _check_stdin(env, "on", sigint)
    wait_until(lambda: last_taken(env) > before and children_of(engine_pid), what="the engine taking the command")
    [child] = children_of(engine_pid)
    return command, child


def _interrupted_here(env: dict, sigint) -> tuple[int, str, str]:
    """Exit code, output and error output of ``check -`` in its own process, sent SIGINT while it waits on its input."""
    here = _check_stdin(env, "off", sigint)
    time.sleep(3)  # until it waits on its standard input
    here.send_signal(signal.SIGINT)
    out, err = here.communicate(timeout=60)
    return here.returncode, out, err


def test_ctrl_c_reaches_the_process_that_runs_the_command(engine):
    here_code, here_out, here_err = _interrupted_here(engine, signal.SIG_DFL)
    command, child = _held_command(engine)
    command.send_signal(signal.SIGINT)
    out, err = command.communicate(timeout=60)
    # stderr is not compared: the command in its own process may still have been starting when it got the signal
    assert (command.returncode, out) == (here_code, here_out) == (130, "")
    assert "Traceback" not in err and "Traceback" not in here_err
    wait_until(lambda: not pid_alive(child), what="the engine's process to end")


def test_a_command_that_ignores_ctrl_c_ignores_it_in_the_engine_too(engine):
    """In a background job or under nohup SIGINT is ignored: the command finishes, in the engine as in its own process."""
    here_code, here_out, _ = _interrupted_here(engine, signal.SIG_IGN)
    command, child = _held_command(engine, signal.SIG_IGN)
    command.send_signal(signal.SIGINT)
    os.kill(child, signal.SIGINT)  # not even a Ctrl-C sent to the engine's process itself stops it
    time.sleep(1)
    out, err = command.communicate(timeout=60)
    assert (command.returncode, out) == (here_code, here_out) == (0, "1 file checked: no findings.\n"), err


def test_a_process_lost_in_the_middle_is_an_error_not_a_silent_success(engine):
    command, child = _held_command(engine)
    os.kill(child, signal.SIGKILL)
    out, err = command.communicate(timeout=60)
    assert command.returncode == 2
    assert "ended before the command finished" in err and "NEWSLINT_RESIDENT=off" in err
    assert running_engine(engine)  # the engine itself lives on


def test_a_value_of_newslint_resident_it_does_not_know_is_an_error(env):
    result = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "sometimes")
    assert result.returncode == 2
    assert "NEWSLINT_RESIDENT='sometimes' is not one of auto, on, off" in result.stderr


def test_server_status_shows_the_engine_and_server_stop_stops_it(engine):
    state = running_engine(engine)
    status = newslint(["server", "status"], engine, "off")
    assert "resident engine:" in status.stdout and f"pid: {state['pid']}" in status.stdout
    stopped = newslint(["server", "stop"], engine, "off")
    assert "1 resident engine(s) stopped" in stopped.stdout
    assert not pid_alive(state["pid"])


def test_a_state_folder_too_deep_for_a_socket_path_still_gets_an_engine(tmp_path):
    deep = tmp_path / ("tief" * 10) / ("tiefer" * 10)
    env = {**os.environ, "NEWSLINT_STATE_DIR": str(deep)}
    try:
        assert newslint(["engine", "start"], env, "off").returncode == 0
        state = running_engine(env)
        assert not state["socket"].startswith(str(deep)) and len(state["socket"]) <= 100
        before = last_taken(env)
        handed = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "on")
        assert handed.returncode == 0 and last_taken(env) > before
    finally:
        newslint(["engine", "stop"], env, "off")


def test_the_console_script_hands_over_too(engine):
    script = Path(sys.executable).parent / "newslint"
    assert script.exists(), "the newslint console script is not installed beside this interpreter"
    before = last_taken(engine)
    result = subprocess.run([str(script), "check", "--no-languagetool", str(SAMPLE)], capture_output=True,
                            text=True, env={**engine, "NEWSLINT_RESIDENT": "on"}, timeout=120)
    assert result.returncode == 0 and last_taken(engine) > before


def test_engine_stop_when_none_runs_says_so(env):
    result = newslint(["engine", "stop"], env, "off")
    assert result.returncode == 0 and "No resident engine was running" in result.stdout
    assert newslint(["engine", "status"], env, "off").returncode == 1


def test_a_copy_of_the_package_is_another_installation_with_an_engine_of_its_own(engine, tmp_path):
    """Two installations never share an engine: a changed package gets a new fingerprint and so a new engine."""
    copy = tmp_path / "copy"
    shutil.copytree(REPO / "linter", copy / "linter", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", copy / "rules")
    env = {**engine, "PYTHONPATH": str(copy)}
    result = subprocess.run([sys.executable, "-m", "linter", "check", "--no-languagetool", str(SAMPLE)],
                            env={**env, "NEWSLINT_RESIDENT": "on"}, cwd=tmp_path, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    assert len(engine_states(engine)) == 2
    assert {s["package"] for s in engine_states(engine)} == {str(REPO / "linter"), str(copy / "linter")}


def test_an_engine_that_cannot_start_says_why_and_auto_stops_starting_it(env):
    from linter.resident.fingerprint import installation_fingerprint
    from linter.resident.places import EnginePlace

    place = EnginePlace(str(Path(env["NEWSLINT_STATE_DIR"]) / "engine"), installation_fingerprint())
    Path(place.socket).mkdir(parents=True)  # a folder where the socket must go: the engine cannot listen
    started = newslint(["engine", "start"], env, "off")
    assert started.returncode == 2
    assert "did not start" in started.stderr and "IsADirectoryError" in started.stderr
    assert Path(place.failed).exists()
    for _ in range(2):  # a second run in a row would start an engine; after a failure it does not
        here = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "auto")
        assert here.returncode == 0
    time.sleep(3)
    assert Path(place.log).read_text().count("could not start") == 1
    on = newslint(["check", "--no-languagetool", str(SAMPLE)], env, "on")
    assert on.returncode == 0 and "the resident engine could not be used" in on.stderr
