"""The console script's entry point: a Ctrl-C while newslint still loads ends the command with 130, quietly."""

from __future__ import annotations

import subprocess
import sys

import linter.console
from linter.exitcodes import EXIT_INTERRUPTED


class _CtrlCOnLoading:
    """A module finder hit by Ctrl-C when the resident engine's front is loaded, as a user's Ctrl-C may come."""

    def find_spec(self, name, path=None, target=None):
        if name == "linter.resident.front":
            raise KeyboardInterrupt
        return None


def test_a_ctrl_c_while_loading_ends_with_130_and_no_traceback(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "linter.resident.front", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_CtrlCOnLoading(), *sys.meta_path])
    assert linter.console.main() == EXIT_INTERRUPTED == linter.console.INTERRUPTED
    assert capsys.readouterr() == ("", "")


def test_the_entry_point_loads_no_other_module_of_newslint_before_its_try():
    loaded = subprocess.run([sys.executable, "-c", "import sys, linter.console; "
                             "print(sorted(m for m in sys.modules if m.startswith('linter')))"],
                            capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['linter', 'linter.console']"
