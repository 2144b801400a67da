"""End to end: Neovim, headless, as the client of ``newslint lsp``.

Neovim (Debian's package; ``make system-packages`` installs it) opens a draft,
attaches the server with ``vim.lsp.start_client`` / ``vim.lsp.buf_attach_client``
(the 0.7 API, which later versions keep), waits for the diagnostics, applies
the preferred quick fix and writes everything as JSON. Neovim turns the
server's UTF-16 positions into byte columns itself, so a wrong range shows up
as a wrong column here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.neovim, pytest.mark.slow]

INIT = Path(__file__).parent / "data" / "lsp" / "neovim_init.lua"
STRAY = "typografie.leerzeichen-vor-satzzeichen"


def nvim() -> str:
    found = shutil.which("nvim")
    if found is None:
        pytest.fail("Neovim (nvim) is not installed: run `make system-packages` (Debian package neovim)",
                    pytrace=False)
    return found


def test_neovim_receives_the_diagnostics_and_applies_a_quick_fix(tmp_path: Path):
    draft = tmp_path / "entwurf.txt"
    text = "Überschrift 😀\nDer Minister 😀 sagte , es regne.\nDas ist ist gut.\n"
    draft.write_text(text, encoding="utf-8")
    out = tmp_path / "nvim.json"
    env = {**os.environ, "NEWSLINT_NVIM_OUT": str(out),
           "NEWSLINT_NVIM_CMD": json.dumps([sys.executable, "-m", "linter", "lsp", "--no-languagetool"]),
           # Neovim's own state, log and shada stay in the test's folder
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([nvim(), "--headless", "-n", "-i", "NONE", "-u", str(INIT), str(draft)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert out.exists(), f"Neovim wrote no result (exit {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result.get("got") is True, result
    lines = text.splitlines()
    stray, doubled = result["diagnostics"]
    # Neovim's columns are bytes: they are right only if the server's UTF-16 ranges were
    line = lines[1]
    assert (stray["lnum"], stray["col"], stray["end_col"]) == (
        1, len(line[:line.index(" ,")].encode()), len(line[:line.index(" ,") + 2].encode()))
    assert stray["code"] == STRAY and stray["source"] == "newslint"
    assert stray["severity"] == 2  # vim.diagnostic.severity.WARN
    assert stray["message"] == "Vor „,“ steht im Deutschen kein Leerzeichen. (-> ,)"
    assert (doubled["lnum"], doubled["code"]) == (2, "tippfehler.doppeltes-wort")
    assert result["fixed"] == ["Überschrift 😀", "Der Minister 😀 sagte, es regne.", "Das ist ist gut."]
