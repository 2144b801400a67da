"""The result cache: exact restore, keys that miss on every change, damage, bounds, concurrent writers, fix."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from linter.cache import ResultCache
from linter.cachekey import config_fingerprint, result_key, run_fingerprint
from linter.config import Config
from linter.config.model import LanguageToolOptions, Vocabulary
from linter.document import Document
from linter.request import CheckRequest
from linter.runner import RunContext, check_file

from conftest import FIXTURES, REPO

TYPO = FIXTURES / "cli" / "tippfehler.txt"
SPACES = FIXTURES / "cli" / "leerzeichen.txt"


def house_only(cache_dir: Path | None, **changes) -> RunContext:
    """A run context without LanguageTool, with the result cache in ``cache_dir``."""
    return RunContext(CheckRequest(paths=[], use_languagetool=False, cache_dir=cache_dir, **changes), lambda _: None)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.json"))


def test_restored_findings_equal_fresh_ones(tmp_path):
    config = Config()
    fresh = check_file(house_only(None).engine_for(config), SPACES, config)
    assert fresh.findings, "the fixture must have findings to compare"
    first = check_file(house_only(tmp_path).engine_for(config), SPACES, config)
    restored_context = house_only(tmp_path)
    restored = check_file(restored_context.engine_for(config), SPACES, config)
    assert first.findings == fresh.findings
    assert restored.findings == fresh.findings and restored.warnings == fresh.warnings
    assert restored.document.text == fresh.document.text
    assert restored_context.engine_for(config)._engine is None, "a hit must not build the engine"
    assert len(entries(tmp_path)) == 1


def test_every_input_of_a_finding_is_in_the_key(tmp_path):
    accept = tmp_path / "accept.txt"
    accept.write_text("Zugfahrt\n", encoding="utf-8")
    rule = tmp_path / "regel.yaml"
    shutil.copy(next((REPO / "rules").rglob("*.yml")), rule)
    config = Config(vocabulary=Vocabulary(accept=(accept,)), rules=(rule,))
    run = run_fingerprint("languagetool 6.8", False)

    def key(config=config, run=run, path="a.txt", language="de-DE", fmt="text", text="Ein Satz."):
        return result_key(run, config_fingerprint(config), path, language, fmt, text)

    base = key()
    assert key() == base
    assert key(text="Ein Satz!") != base
    assert key(language="de-CH") != base
    assert key(fmt="markdown") != base
    assert key(path="b.txt") != base
    assert key(config=dataclasses.replace(config, fail_on=config.fail_on.__class__.WARNING)) != base
    assert key(run=run_fingerprint("languagetool 6.7", False)) != base
    assert key(run=run_fingerprint("off", False)) != base
    assert key(run=run_fingerprint("languagetool 6.8", True)) != base
    accept.write_text("Zugfahrt\nBahnhof\n", encoding="utf-8")
    assert key() != base, "a changed word list misses"
    after_list = key()
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert key() != after_list, "a changed rule file misses"
    # where LanguageTool runs is not a finding's input: a pool of servers shares the entries
    served = dataclasses.replace(config, languagetool=LanguageToolOptions(url="http://127.0.0.1:1,http://127.0.0.1:2"))
    assert key(config=served) == key()


def test_ablated_means_are_in_the_key(monkeypatch):
    plain = run_fingerprint("off", False)
    monkeypatch.setenv("NEWSLINT_ABLATE", "names")
    assert run_fingerprint("off", False) != plain


def test_a_check_with_an_engine_error_is_not_cached(tmp_path):
    from linter.findings import FileReport

    cache = ResultCache(tmp_path)
    cache.put("ab" + "0" * 62, FileReport(path="a.txt", error="LanguageTool at x failed"))
    assert not entries(tmp_path) and cache.get("ab" + "0" * 62) is None


def test_a_damaged_entry_is_a_miss_and_is_rewritten(tmp_path):
    config = Config()
    fresh = check_file(house_only(tmp_path).engine_for(config), SPACES, config)
    [entry] = entries(tmp_path)
    good = entry.read_bytes()
    for damage in (good[: len(good) // 2], b"\x00garbage", b'{"format": 1}', good.replace(b'"line":', b'"lines":', 1)):
        entry.write_bytes(damage)
        again = check_file(house_only(tmp_path).engine_for(config), SPACES, config)
        assert again.findings == fresh.findings
        assert entry.read_bytes() == good, "the damaged entry is written anew"


def test_the_folder_is_bounded_least_recently_used_first(tmp_path):
    from linter.findings import FileReport

    cache = ResultCache(tmp_path, max_bytes=10_000)
    report = FileReport(path="a.txt", warnings=["x" * 1500])
    keys = [f"{i:02x}" + "0" * 62 for i in range(10)]
    for age, key in enumerate(keys):
        cache.put(key, report)
        os.utime(cache._path(key), (1_000_000 + age, 1_000_000 + age))
    assert cache.get(keys[0]) is not None  # a hit makes the oldest entry the newest
    removed = cache.prune()
    left = {p.stem for p in entries(tmp_path)}
    assert removed > 0 and sum(p.stat().st_size for p in entries(tmp_path)) <= 10_000
    assert keys[0] in left and keys[1] not in left and keys[-1] in left


def test_the_cli_prunes_to_cache_size(tmp_path, cli):
    folder = tmp_path / "texte"
    folder.mkdir()
    for i in range(6):
        (folder / f"t{i}.txt").write_text(f"Das ist  Text {i} ,mit Fehlern.\n" * 1200, encoding="utf-8")
    cache = tmp_path / "cache"
    result = cli("check", "--no-languagetool", "--cache-dir", str(cache), "--cache-size", "1", str(folder))
    assert result.exit_code == 0, result.output  # infos only
    total = sum(p.stat().st_size for p in entries(cache))
    assert 0 < total <= 1024 * 1024 and len(entries(cache)) < 6


def _check(args: list[str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "linter", "check", "--format", "json", "--no-languagetool", *args],
                            cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def test_concurrent_processes_share_one_cache_folder(tmp_path):
    folder = tmp_path / "texte"
    shutil.copytree(FIXTURES / "cli", folder, ignore=shutil.ignore_patterns("konfig", "ordner", "*.yaml"))
    expected = _check(["--no-cache", "."], folder).communicate()[0]
    cache = tmp_path / "cache"
    runs = [_check(["--cache-dir", str(cache), "--jobs", "2", "."], folder) for _ in range(4)]
    outputs = [run.communicate() for run in runs]
    for out, err in outputs:
        assert out == expected, err
    assert not list(cache.rglob("*.tmp")), "no temporary file is left behind"
    for entry in entries(cache):
        json.loads(entry.read_bytes())  # every entry is whole
    assert _check(["--cache-dir", str(cache), "."], folder).communicate()[0] == expected


def test_fix_uses_the_cache_only_for_the_text_it_was_found_in(tmp_path, cli):
    target = tmp_path / "artikel.txt"
    target.write_text("Ein Satz  hier.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    assert cli("check", "--no-languagetool", "--cache-dir", str(cache), str(target)).exit_code == 0
    cached_entries = entries(cache)
    # the file changes after its findings were cached: fix must work on the new text
    target.write_text("Ein anderer  Satz hier.\nUnd noch  einer hier.\n", encoding="utf-8")
    fresh = cli("fix", "--diff", "--no-languagetool", "--no-cache", str(target))
    cached = cli("fix", "--diff", "--no-languagetool", "--cache-dir", str(cache), str(target))
    assert cached.output == fresh.output and cached.exit_code == fresh.exit_code == 1
    assert "+Ein anderer Satz hier." in cached.output
    assert len(entries(cache)) > len(cached_entries), "each round's text has an entry of its own"
    written = cli("fix", "--no-languagetool", "--cache-dir", str(cache), str(target))
    assert written.exit_code == 1
    assert target.read_text(encoding="utf-8") == "Ein anderer Satz hier.\nUnd noch einer hier.\n"


def test_cache_dir_and_no_cache_exclude_each_other(tmp_path, cli):
    result = cli("check", "--no-languagetool", "--no-cache", "--cache-dir", str(tmp_path), str(TYPO))
    assert result.exit_code == 2 and "--cache-dir and --no-cache" in result.output


def test_the_default_folder_follows_newslint_cache_dir(monkeypatch, tmp_path):
    from linter.cache import default_dir

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    assert default_dir() == tmp_path / "results"


def test_document_text_decides_a_hit(tmp_path):
    config = Config()
    engine = house_only(tmp_path).engine_for(config)
    one = engine.check(Document(path="a.txt", text="Ein Satz  hier.\n", newline="\n"), "de-DE", None)
    other = engine.check(Document(path="a.txt", text="Kein Fehler hier.\n", newline="\n"), "de-DE", None)
    assert one.findings and not other.findings
