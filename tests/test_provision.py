"""Provisioning LanguageTool from Maven Central, and the Java check.

Integration tests use the real default cache (so the ~100 MB download happens
once per machine/CI cache) and real downloads; they fail, not skip, when
LanguageTool cannot be provisioned. Those that use the installation are marked
``languagetool`` through the fixture; those that download from Maven Central or
run Java carry the marker themselves (``NEEDS_LANGUAGETOOL``). The parsing and
error-message tests need neither.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from linter.errors import EngineError
from linter.languagetool import java, provision
from linter.languagetool.provision import DEFAULT_VERSION

REPO = Path(__file__).resolve().parents[1]

#: For tests that fetch LanguageTool's jars from Maven Central or run Java, without the installation fixture.
NEEDS_LANGUAGETOOL = pytest.mark.languagetool


@pytest.fixture(scope="module")
def installation(languagetool_installation) -> provision.Installation:
    """The real installation in the default cache (downloaded on first run)."""
    return languagetool_installation


@pytest.fixture
def temp_cache(tmp_path, monkeypatch, installation) -> Path:
    """A private copy of the installation under a temporary NEWSLINT_CACHE_DIR."""
    cache = tmp_path / "cache"
    shutil.copytree(installation.directory, cache / "languagetool" / DEFAULT_VERSION)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(cache))
    return cache


# --------------------------------------------------------------------------- install


def test_installation_is_complete(installation):
    assert installation.version == DEFAULT_VERSION
    assert provision.is_installed(DEFAULT_VERSION)
    names = {p.name for p in installation.classpath}
    for module in provision.MODULES:
        assert f"{module}-{DEFAULT_VERSION}.jar" in names
    assert not any(n.startswith("language-all") for n in names)
    assert not any(n.startswith("language-en-") for n in names)
    assert all(p.is_file() for p in installation.classpath)
    size = sum(p.stat().st_size for p in installation.classpath)
    assert 80e6 < size < 150e6, size  # ~106 MB; language-all would add ~250 MB


def test_classpath_json_matches_lock(installation):
    data = json.loads((installation.directory / provision.CLASSPATH_FILE).read_text())
    lock = provision.load_lockfile(DEFAULT_VERSION)
    assert lock is not None, "lock-6.8.json must ship with the package"
    assert {e["sha1"] for e in data["jars"]} == {a.sha1 for a in lock}
    assert all(not Path(e["path"]).is_absolute() for e in data["jars"])  # relocatable


def test_cached_install_is_fast_and_offline(installation):
    """Once installed, ensure_languagetool needs no network: run it with proxies pointing nowhere."""
    env = {**os.environ, "HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
           "NO_PROXY": ""}
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", "from linter.languagetool.provision import ensure_languagetool as e; "
                               "print(len(e(quiet=True).classpath))"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 100
    assert time.monotonic() - start < 10


def test_truncated_jar_is_repaired(temp_cache):
    """A damaged jar (size differs) makes the install incomplete; the next call re-downloads it."""
    target = next(p for p in (temp_cache / "languagetool" / DEFAULT_VERSION / "lib").iterdir()
                  if p.name.startswith("language-ca-"))
    target.write_bytes(target.read_bytes()[:1000])
    assert not provision.is_installed(DEFAULT_VERSION)
    inst = provision.ensure_languagetool(DEFAULT_VERSION, quiet=True)
    assert provision.is_installed(DEFAULT_VERSION)
    assert provision._sha1_of(target) == next(a.sha1 for a in provision.load_lockfile() if a.artifact == "language-ca")
    assert inst.directory == temp_cache / "languagetool" / DEFAULT_VERSION


def test_same_size_corruption_found_by_verify(temp_cache):
    """Flipping bytes keeps the size (not noticed on the fast path) but verify_installation finds it."""
    target = next((temp_cache / "languagetool" / DEFAULT_VERSION / "lib").glob("language-pt-*.jar"))
    data = bytearray(target.read_bytes())
    data[100:110] = b"XXXXXXXXXX"
    target.write_bytes(bytes(data))
    problems = provision.verify_installation(DEFAULT_VERSION)
    assert len(problems) == 1 and "language-pt" in problems[0]


@NEEDS_LANGUAGETOOL
def test_checksum_mismatch_deletes_download_and_raises(tmp_path):
    """A real download whose SHA-1 differs from the expected one is deleted, with a clear error."""
    lock = provision.load_lockfile(DEFAULT_VERSION)
    small = min(lock, key=lambda a: a.size)
    wrong = replace(small, sha1="0" * 40)
    target = tmp_path / small.filename
    with pytest.raises(EngineError, match="Checksum mismatch") as info:
        provision._download_verified(wrong, target)
    assert small.coordinate in str(info.value)
    assert not target.exists() and not list(tmp_path.iterdir())


@NEEDS_LANGUAGETOOL
def test_checksum_mismatch_during_install_leaves_no_classpath(tmp_path, monkeypatch):
    """If one jar fails verification the install stays incomplete (no classpath.json)."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    lock = provision.load_lockfile(DEFAULT_VERSION)
    small = sorted(lock, key=lambda a: a.size)[:3]
    bad = [*small[:2], replace(small[2], sha1="f" * 40)]
    with pytest.raises(EngineError, match="Checksum mismatch"):
        provision._install(DEFAULT_VERSION, bad, quiet=True)
    directory = provision.install_dir(DEFAULT_VERSION)
    assert not (directory / provision.CLASSPATH_FILE).exists()
    assert not provision.is_installed(DEFAULT_VERSION)
    assert sorted(p.name for p in (directory / "lib").iterdir()) == sorted(a.filename for a in small[:2])


@NEEDS_LANGUAGETOOL
def test_published_sha1_matches_lock():
    """The lock's SHA-1s are Maven Central's published ones (spot check, real network)."""
    lock = provision.load_lockfile(DEFAULT_VERSION)
    server = next(a for a in lock if a.artifact == "languagetool-server")
    assert provision._published_sha1(server) == server.sha1


def test_unreachable_repository_names_url_and_fix(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens on port 9
    monkeypatch.setenv("NO_PROXY", "")
    with pytest.raises(EngineError) as info:
        provision.ensure_languagetool(DEFAULT_VERSION, quiet=True)
    message = str(info.value)
    assert provision.MAVEN_CENTRAL in message
    assert "--languagetool-url" in message and "retry" in message


@NEEDS_LANGUAGETOOL
def test_unknown_version_without_lock_is_an_engine_error(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    assert provision.load_lockfile("0.0.1") is None
    with pytest.raises(EngineError, match="0.0.1"):
        provision.ensure_languagetool("0.0.1", quiet=True)


def test_local_names_disambiguate_collisions():
    a = provision.Artifact("g.one", "util", "1.0", sha1="a" * 40)
    b = provision.Artifact("g.two", "util", "1.0", sha1="b" * 40)
    c = provision.Artifact("g.two", "other", "1.0", sha1="c" * 40)
    assert provision._local_names([a, b, c]) == ["g.one.util-1.0.jar", "g.two.util-1.0.jar", "other-1.0.jar"]


def test_artifact_url():
    a = provision.Artifact("org.languagetool", "language-de", "6.8", sha1="")
    assert a.url == "https://repo.maven.apache.org/maven2/org/languagetool/language-de/6.8/language-de-6.8.jar"


# --------------------------------------------------------------------------- java

JAVA_OUTPUTS = {
    8: 'openjdk version "1.8.0_402"\nOpenJDK Runtime Environment (Temurin)(build 1.8.0_402-b06)\n'
       'OpenJDK 64-Bit Server VM (Temurin)(build 25.402-b06, mixed mode)\n',
    # Oracle's legacy wording
    "8o": 'java version "1.8.0_381"\nJava(TM) SE Runtime Environment (build 1.8.0_381-b09)\n'
          'Java HotSpot(TM) 64-Bit Server VM (build 25.381-b09, mixed mode)\n',
    11: 'openjdk version "11.0.22" 2024-01-16\nOpenJDK Runtime Environment (build 11.0.22+7-post-Ubuntu-0ubuntu222.04.1)\n'
        'OpenJDK 64-Bit Server VM (build 11.0.22+7-post-Ubuntu-0ubuntu222.04.1, mixed mode, sharing)\n',
    17: 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n'
        'OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)\n',
    "17z": 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "17.0.9" 2023-10-17 LTS\n'
           'OpenJDK Runtime Environment Zulu17.46+19-CA (build 17.0.9+8-LTS)\n'
           'OpenJDK 64-Bit Server VM Zulu17.46+19-CA (build 17.0.9+8-LTS, mixed mode, sharing)\n',
    21: 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)\n'
        'OpenJDK 64-Bit Server VM (build 21+35-2513, mixed mode, sharing)\n',
    "21c": 'openjdk version "21.0.2" 2024-01-16 LTS\nOpenJDK Runtime Environment Corretto-21.0.2.13.1 (build 21.0.2+13-LTS)\n'
           'OpenJDK 64-Bit Server VM Corretto-21.0.2.13.1 (build 21.0.2+13-LTS, mixed mode, sharing)\n',
    "22ea": 'openjdk version "22-ea" 2024-03-19\nOpenJDK Runtime Environment (build 22-ea+27-2262)\n',
}


@pytest.mark.parametrize(("key", "major", "version"), [
    (8, 8, "1.8.0_402"), ("8o", 8, "1.8.0_381"), (11, 11, "11.0.22"), (17, 17, "17.0.15"),
    ("17z", 17, "17.0.9"), (21, 21, "21"), ("21c", 21, "21.0.2"), ("22ea", 22, "22-ea"),
])
def test_parse_java_version(key, major, version):
    assert java.parse_java_version(JAVA_OUTPUTS[key]) == (major, version)


def test_parse_java_version_garbage():
    with pytest.raises(ValueError):
        java.parse_java_version("bash: java: command not found")


@NEEDS_LANGUAGETOOL
def test_find_java_on_this_machine():
    found = java.find_java()
    assert found.major >= 17 and found.executable.is_file()


def test_java_missing_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EngineError) as info:
        java.find_java()
    message = str(info.value)
    assert "Java not found" in message and "JAVA_HOME" in message and "17" in message


def test_java_too_old_is_reported(tmp_path, monkeypatch):
    """A JAVA_HOME with an old java: the error names the path and version found."""
    bin_dir = tmp_path / "jdk8" / "bin"
    bin_dir.mkdir(parents=True)
    fake = bin_dir / "java"
    # printf is a shell builtin: PATH below contains no other commands.
    fake.write_text("#!/bin/sh\nprintf '%s' '" + JAVA_OUTPUTS[8] + "' >&2\n")
    fake.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk8"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no other java
    with pytest.raises(EngineError) as info:
        java.find_java()
    assert "1.8.0_402" in str(info.value) and str(fake) in str(info.value)


def _fake_java(tmp_path: Path, output: str) -> Path:
    """A JAVA_HOME whose java prints ``output`` and notes each run in ``runs`` (shell builtins only)."""
    bin_dir = tmp_path / "jdk" / "bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    fake = bin_dir / "java"
    fake.write_text(f"#!/bin/sh\nprintf x >> {tmp_path / 'runs'}\nprintf '%s' '{output}' >&2\n")
    fake.chmod(0o755)
    return fake


def test_a_javas_version_is_asked_once_until_the_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no other java
    fake = _fake_java(tmp_path, JAVA_OUTPUTS[17])
    assert (java.find_java().major, java.find_java().version) == (17, "17.0.15")
    assert (tmp_path / "runs").read_text() == "x"  # the second look used what the first one saw
    _fake_java(tmp_path, JAVA_OUTPUTS[8] + " " * 8)  # replaced by an old Java: another size and mtime
    with pytest.raises(EngineError) as info:
        java.find_java()
    assert "1.8.0_402" in str(info.value) and str(fake) in str(info.value)
    assert (tmp_path / "runs").read_text() == "xx"


def test_an_unreadable_versions_file_means_asking_java_again(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk"))
    monkeypatch.setenv("PATH", str(tmp_path))
    _fake_java(tmp_path, JAVA_OUTPUTS[17])
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "java-versions.json").write_text('{"truncated', encoding="utf-8")
    assert java.find_java().major == 17
    assert java.find_java().major == 17
    assert (tmp_path / "runs").read_text() == "x"
    assert json.loads((tmp_path / "cache" / "java-versions.json").read_text(encoding="utf-8"))


@NEEDS_LANGUAGETOOL
def test_java_home_preferred_over_path(tmp_path, monkeypatch):
    real = java.find_java()
    home = tmp_path / "jdk"
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").symlink_to(real.executable)
    monkeypatch.setenv("JAVA_HOME", str(home))
    assert java.find_java().executable == home / "bin" / "java"


# --------------------------------------------------------------------------- CLI


def test_cli_verify_finds_a_damaged_jar(temp_cache, cli):
    """``newslint languagetool verify``: exit 0 on an intact install, 1 naming the damaged jar."""
    intact = cli("languagetool", "verify")
    assert intact.exit_code == 0 and "all jars verified" in intact.output
    target = next((temp_cache / "languagetool" / DEFAULT_VERSION / "lib").glob("language-pt-*.jar"))
    data = bytearray(target.read_bytes())
    data[100:110] = b"XXXXXXXXXX"
    target.write_bytes(bytes(data))
    damaged = cli("languagetool", "verify", "--version", DEFAULT_VERSION)
    assert damaged.exit_code == 1
    assert str(target) in damaged.output and "newslint languagetool install" in damaged.output


@NEEDS_LANGUAGETOOL
def test_cli_lock_of_an_unknown_version_is_an_error(tmp_path, monkeypatch, cli):
    """``newslint languagetool lock`` reports a version Maven Central does not have with exit 2, writing no lock."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    result = cli("languagetool", "lock", "--version", "0.0.1", "--quiet")
    assert result.exit_code == 2
    assert "newslint: error:" in result.stderr and "0.0.1" in result.stderr
    assert not provision.lockfile_path("0.0.1").exists()
