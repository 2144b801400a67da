"""The compiled rule pack: a stored rulebook finds what the files find, and any change to them misses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import linter.rulebook
from linter.errors import RuleError
from linter.rulebook import default_rules_dir, load_rulebook
from linter.rulecache import _stored, load_rulebook_cached

REPO = Path(__file__).resolve().parent.parent
SAMPLE = (REPO / "fixtures" / "euronews-kim-zug-2023-09.txt").read_text(encoding="utf-8")
SWAP = ('id: t.swap\ntype: substitution\nmessage: "{replacement}"\nseverity: info\nswap_file: liste.tsv\n'
        "examples:\n  bad:\n    - '[[x]]'\n  good:\n    - 'nichts'\n")


def _pack(tmp_path: Path, rows: str = "Email\tE-Mail\n") -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "swap.yml").write_text(SWAP, encoding="utf-8")
    (folder / "liste.tsv").write_text(rows, encoding="utf-8")
    return folder


def _composing_forbidden(monkeypatch) -> None:
    """Make loading from the files fail, so only a stored pack can answer."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("the rule files were composed again")

    monkeypatch.setattr(linter.rulebook, "load_rulebook", refuse)


def test_the_stored_default_pack_finds_what_the_files_find(tmp_path, monkeypatch):
    store = tmp_path / "store"
    fresh = load_rulebook([default_rules_dir()])
    first = load_rulebook_cached([default_rules_dir()], folder=store)
    [entry] = store.iterdir()
    _composing_forbidden(monkeypatch)
    stored = load_rulebook_cached([default_rules_dir()], folder=store)
    assert stored is not first  # read back from the entry, not the same object
    assert [r.id for r in stored.rules] == [r.id for r in fresh.rules]
    matches = fresh.check(SAMPLE, [])
    assert matches and stored.check(SAMPLE, []) == matches
    assert entry.stat().st_size > 0


def test_a_changed_rule_file_misses(tmp_path):
    store, folder = tmp_path / "store", _pack(tmp_path)
    assert [m.replacements for m in load_rulebook_cached([folder], folder=store).check("Eine Email.")] == [("E-Mail",)]
    (folder / "swap.yml").write_text(SWAP.replace("severity: info", "severity: error"), encoding="utf-8")
    [match] = load_rulebook_cached([folder], folder=store).check("Eine Email.")
    assert match.severity.name == "ERROR"
    assert len(list(store.iterdir())) == 2


def test_a_changed_word_list_misses(tmp_path):
    store, folder = tmp_path / "store", _pack(tmp_path)
    load_rulebook_cached([folder], folder=store)
    (folder / "liste.tsv").write_text("Email\tE-Mail\nvorraus\tvoraus\n", encoding="utf-8")
    book = load_rulebook_cached([folder], folder=store)
    assert [m.replacements for m in book.check("Eine Email, vorraus.")] == [("E-Mail",), ("voraus",)]


def test_a_corrupt_or_truncated_entry_is_a_miss_and_is_rewritten(tmp_path):
    store, folder = tmp_path / "store", _pack(tmp_path)
    load_rulebook_cached([folder], folder=store)
    [entry] = store.iterdir()
    whole = entry.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"not a pickle", b""):
        entry.write_bytes(damaged)
        book = load_rulebook_cached([folder], folder=store)
        assert [m.replacements for m in book.check("Eine Email.")] == [("E-Mail",)]
        assert entry.read_bytes() != damaged and _stored(entry) is not None  # written anew, whole


def test_a_pack_with_problems_raises_every_time_and_is_not_stored(tmp_path):
    store, folder = tmp_path / "store", _pack(tmp_path, rows="nur eine Spalte\n")
    for _ in range(2):
        with pytest.raises(RuleError, match="expected 2 or 3 columns"):
            load_rulebook_cached([folder], folder=store)
    assert not store.exists() or not list(store.iterdir())


def test_a_folder_that_cannot_be_written_still_loads(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    book = load_rulebook_cached([_pack(tmp_path)], folder=blocker / "store")
    assert [m.replacements for m in book.check("Eine Email.")] == [("E-Mail",)]


def test_concurrent_processes_share_one_whole_entry(tmp_path):
    store = tmp_path / "store"
    script = ("import sys; from pathlib import Path; from linter.rulebook import default_rules_dir; "
              "from linter.rulecache import _stored, load_rulebook_cached; "
              "print(len(load_rulebook_cached([default_rules_dir()], folder=Path(sys.argv[1])).rules))")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(store)], stdout=subprocess.PIPE, text=True, cwd=REPO)
             for _ in range(4)]
    counts = {p.communicate(timeout=120)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert counts == {str(len(load_rulebook([default_rules_dir()]).rules))}
    assert [p.suffix for p in store.iterdir()] == [".pickle"]  # no temporary file left behind
