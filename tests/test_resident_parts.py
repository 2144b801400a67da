"""The resident engine's parts on their own: the socket's frames, the installation fingerprint, the warm-up."""

from __future__ import annotations

import os
import signal
import socket

import pytest

from linter.resident import become, daemon, fingerprint, frames
from linter.resident.daemon import _bad_request
from linter.resident.places import MAX_SOCKET_PATH, EnginePlace


def test_a_frame_carries_its_message_and_the_file_descriptors():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    read_end, write_end = os.pipe()
    with left, right:
        frames.send(left, {"argv": ["check", "ä"], "env": {"A": "b"}}, fds=[write_end])
        message, fds = frames.receive(right, max_fds=3)
        assert message == {"argv": ["check", "ä"], "env": {"A": "b"}}
        assert len(fds) == 1
        os.write(fds[0], b"through the passed descriptor")
        os.close(fds[0])
        os.close(write_end)
        assert os.read(read_end, 100) == b"through the passed descriptor"
        os.close(read_end)


def test_a_closed_socket_is_told_apart_from_a_broken_frame():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    left.close()
    with right, pytest.raises(frames.Closed):
        frames.receive(right)
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with right:
        left.sendall(b"\x00\x00\x00\x10{not")
        left.close()
        with pytest.raises(frames.FrameError, match="in the middle of a message"):
            frames.receive(right)


def test_the_descriptors_of_a_bad_frame_are_closed_not_leaked():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    read_end, write_end = os.pipe()
    with left, right:
        socket.send_fds(left, [b"\x00\x00\x00\x02"], [write_end])
        left.sendall(b"[]")  # JSON, but not an object
        os.close(write_end)
        with pytest.raises(frames.FrameError, match="not a JSON object"):
            frames.receive(right, max_fds=3)
    # every copy of the write end is closed: the reader sees the end of the pipe
    assert os.read(read_end, 10) == b""
    os.close(read_end)


def test_an_oversized_frame_is_refused_before_it_is_read():
    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        left.sendall((frames.MAX_FRAME + 1).to_bytes(4, "big"))
        with pytest.raises(frames.FrameError, match="larger than"):
            frames.receive(right)


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package folder of the test's own, with a rule pack beside it, as the fingerprint's subject."""
    root = tmp_path / "install" / "linter"
    (root / "precision").mkdir(parents=True)
    (root / "__init__.py").write_text("x = 1\n")
    (root / "precision" / "list.txt").write_text("Wort\n")
    (tmp_path / "install" / "rules").mkdir()
    (tmp_path / "install" / "rules" / "a.yml").write_text("rules: []\n")
    monkeypatch.setattr(fingerprint, "package_dir", lambda: str(root))
    return root


def test_the_fingerprint_changes_with_the_code_the_data_and_the_rule_pack(package):
    before = fingerprint.installation_fingerprint()
    assert fingerprint.installation_fingerprint() == before
    for changed in (package / "__init__.py", package / "precision" / "list.txt", package.parent / "rules" / "a.yml"):
        changed.write_text(changed.read_text() + "more\n")
        after = fingerprint.installation_fingerprint()
        assert after != before, f"a change of {changed.name} went unnoticed"
        before = after


def test_the_fingerprint_ignores_byte_code_and_the_working_folder(package, tmp_path, monkeypatch):
    before = fingerprint.installation_fingerprint()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (package / "other.pyc").write_bytes(b"\0")
    monkeypatch.chdir(tmp_path)
    assert fingerprint.installation_fingerprint() == before


def test_the_fingerprint_is_one_for_every_name_of_the_interpreter(package, tmp_path, monkeypatch):
    """The console script runs "python3" of a virtual environment, "python -m linter" may run "python":
    links to one interpreter, so one engine serves both."""
    import sys

    link = tmp_path / "python-link"
    link.symlink_to(os.path.realpath(sys.executable))
    before = fingerprint.installation_fingerprint()
    monkeypatch.setattr(sys, "executable", str(link))
    assert fingerprint.installation_fingerprint() == before


def test_a_request_of_another_installation_or_without_its_streams_is_refused():
    good = {"fingerprint": "abc", "argv": ["check"], "env": {}, "cwd": "/"}
    assert _bad_request(good, [0, 1, 2], "abc") is None
    assert "another installation" in _bad_request(good, [0, 1, 2], "def")
    assert "2 standard streams" in _bad_request(good, [0, 1], "abc")
    assert "lacks argv" in _bad_request({**good, "argv": "check"}, [0, 1, 2], "abc")


def test_a_deep_state_folder_puts_the_socket_in_a_short_private_folder(tmp_path):
    deep = EnginePlace(str(tmp_path / ("x" * 120)), "0123456789abcdef")
    assert len(deep.socket.encode()) <= MAX_SOCKET_PATH
    assert deep.socket.endswith("-0123456789abcdef.sock")
    assert deep.socket != EnginePlace(str(tmp_path / ("y" * 120)), "0123456789abcdef").socket
    short = EnginePlace("/tmp/s", "0123456789abcdef")
    assert short.socket == "/tmp/s/0123456789abcdef.sock"


def test_the_state_folder_is_platformdirs_own(monkeypatch):
    import platformdirs

    from linter.resident.places import state_base

    monkeypatch.delenv("NEWSLINT_STATE_DIR", raising=False)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert state_base() == platformdirs.user_state_dir("newslint")
    monkeypatch.setenv("XDG_STATE_HOME", "/somewhere/state")
    assert state_base() == platformdirs.user_state_dir("newslint")


def test_the_warm_up_answer_goes_through_languagetool_s_real_mapping():
    from linter.findings import Source
    from linter.resident.warmup import WARM_UP_TEXT, AnsweredLanguageTool

    matches = AnsweredLanguageTool("de-DE").check(WARM_UP_TEXT)
    flagged = {WARM_UP_TEXT[m.offset:m.offset + m.length]: m for m in matches}
    assert set(flagged) == {"Peskow", " ,", "Duchschnittsgeschwindigkeit", "jeoch"}
    assert flagged["jeoch"].replacements[0] == "jedoch"
    assert all(m.source is Source.LANGUAGETOOL and m.rule.startswith("languagetool.") for m in matches)
    # a round of fixes that mended a slip gets an answer without it
    assert len(AnsweredLanguageTool("de-DE").check(WARM_UP_TEXT.replace("jeoch", "jedoch"))) == 3


def test_the_warm_up_leaves_no_thread_behind():
    import threading

    from linter.resident.warmup import warm

    before = set(threading.enumerate())  # other tests of the run may leave threads of their own
    warm()
    assert [t.name for t in set(threading.enumerate()) - before] == []


def test_ctrl_c_while_the_engine_s_process_becomes_the_command_ends_it_with_130(monkeypatch, tmp_path, capfd):
    """The window between "go" and the command's own Ctrl-C handling: the process ends as the
    command in its own process would (130, no traceback), not as a failed command (2)."""
    def interrupted(_message, _fds):
        raise KeyboardInterrupt

    class Exited(Exception):
        pass

    def leave(code):
        raise Exited(code)

    monkeypatch.setattr(become, "become", interrupted)
    monkeypatch.setattr(become, "finish", lambda: None)
    monkeypatch.setattr(daemon.os, "_exit", leave)
    handlers = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    engine_end, command_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    lock = os.open(tmp_path / "lock", os.O_CREAT | os.O_RDWR)
    try:
        with engine_end, command_end:
            frames.send(command_end, {"go": True})
            with pytest.raises(Exited) as exited:
                daemon.run_command(engine_end, listener, lock, {"argv": ["check", "-"]}, [])
            assert exited.value.args == (130,)
            assert frames.receive(command_end)[0] == {"pid": os.getpid()}
            assert frames.receive(command_end)[0] == {"exit": 130}
        assert "Traceback" not in capfd.readouterr().err
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
