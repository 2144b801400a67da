"""Find a Java runtime that can run LanguageTool (Java 17 or newer)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from linter.errors import EngineError

MIN_JAVA = 17

_FIX = ("Install a JDK or JRE {min} or newer (for example Eclipse Temurin from https://adoptium.net, "
        "or your package manager's openjdk-{min}-jre-headless) and put it on PATH or set JAVA_HOME "
        "to its directory. Alternatively use a running LanguageTool server with --languagetool-url URL.")

# First quoted version in `java -version`: 'openjdk version "17.0.15" 2025-04-15',
# 'java version "1.8.0_402"', 'openjdk version "21" 2023-09-19', 'openjdk version "22-ea"'.
_VERSION_RE = re.compile(r'version\s+"(?P<v>[^"]+)"')


@dataclass(frozen=True)
class Java:
    """A usable Java executable and its feature version (8, 11, 17, 21...)."""

    executable: Path
    major: int
    version: str


def parse_java_version(output: str) -> tuple[int, str]:
    """Return (major, full version string) from ``java -version`` output.

    Handles the legacy ``1.8.0_xxx`` scheme (major 8) and the modern
    ``17.0.15`` / ``21`` / ``22-ea`` scheme.  Raises ValueError if the
    output has no version.
    """
    match = _VERSION_RE.search(output)
    if not match:
        raise ValueError(f"no version in java -version output: {output.strip()[:200]!r}")
    version = match.group("v")
    leading = re.match(r"(\d+)(?:\.(\d+))?", version)
    if not leading:
        raise ValueError(f"unparseable Java version {version!r}")
    major = int(leading.group(1))
    if major == 1 and leading.group(2):  # 1.8.0_402 means Java 8
        major = int(leading.group(2))
    return major, version


def candidate_executables() -> list[Path]:
    """Where to look for ``java``: ``$JAVA_HOME/bin/java`` first, then PATH."""
    name = "java.exe" if os.name == "nt" else "java"
    candidates = []
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidates.append(Path(java_home) / "bin" / name)
    on_path = shutil.which("java")
    if on_path:
        candidates.append(Path(on_path))
    return candidates


def find_java(min_version: int = MIN_JAVA) -> Java:
    """Return the first Java >= ``min_version``; raise EngineError saying what was found otherwise."""
    found: list[str] = []
    java_home = os.environ.get("JAVA_HOME")
    if java_home and not (Path(java_home) / "bin").is_dir():
        found.append(f"JAVA_HOME={java_home} has no bin/ directory")
    for exe in candidate_executables():
        if not exe.is_file():
            found.append(f"{exe} does not exist")
            continue
        known = known_version(exe)
        if known is not None:
            major, version = known
        else:
            try:
                result = subprocess.run([str(exe), "-version"], capture_output=True, text=True, timeout=30)
            except (OSError, subprocess.SubprocessError) as exc:
                found.append(f"{exe} could not be run ({exc})")
                continue
            # java -version prints to stderr; some wrappers print to stdout.
            try:
                major, version = parse_java_version(result.stderr + result.stdout)
            except ValueError:
                found.append(f"{exe} printed no Java version")
                continue
            remember_version(exe, major, version)
        if major >= min_version:
            return Java(executable=exe, major=major, version=version)
        found.append(f"{exe} is Java {version}")
    if not found:
        raise EngineError(
            f"Java not found: LanguageTool needs Java {min_version}+, and there is no `java` on PATH "
            "and JAVA_HOME is not set. " + _FIX.format(min=min_version))
    raise EngineError(
        f"No usable Java: LanguageTool needs Java {min_version}+, but " + "; ".join(found) + ". "
        + _FIX.format(min=min_version))


# --------------------------------------------------------------------------- the versions seen

def _versions_file() -> Path:
    """Where the versions of the Java executables seen are kept (``<cache>/java-versions.json``)."""
    from linter.languagetool.provision import cache_dir

    return cache_dir() / "java-versions.json"


def _identity(exe: Path) -> tuple[str, list[int]] | None:
    """The real file behind ``exe`` and what changes when it is replaced (inode, size, mtime)."""
    try:
        real = exe.resolve(strict=True)
        stat = real.stat()
    except OSError:
        return None
    return str(real), [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def _read_versions() -> dict:
    try:
        versions = json.loads(_versions_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: ask java again and write it anew
    return versions if isinstance(versions, dict) else {}


def known_version(exe: Path) -> tuple[int, str] | None:
    """The (major, version) ``exe`` printed before, while the file behind it is unchanged; else None.

    ``java -version`` starts a JVM (0.2-0.5 s), and every check that uses
    newslint's own server looks for Java; an upgraded or switched Java is a
    different file, so it is asked again.
    """
    identity = _identity(exe)
    if identity is None:
        return None
    entry = _read_versions().get(identity[0])
    if (not isinstance(entry, dict) or entry.get("stat") != identity[1]
            or not isinstance(entry.get("major"), int) or not isinstance(entry.get("version"), str)):
        return None
    return entry["major"], entry["version"]


def remember_version(exe: Path, major: int, version: str) -> None:
    """Keep what ``exe`` printed; a cache folder that cannot be written only means asking again."""
    from linter.atomic import write_atomic

    identity = _identity(exe)
    if identity is None:
        return
    # the Javas that are gone (uninstalled, a test's temporary folder) are left out, so the file stays small
    versions = {path: entry for path, entry in _read_versions().items() if os.path.exists(path)}
    versions[identity[0]] = {"stat": identity[1], "major": major, "version": version}
    try:
        _versions_file().parent.mkdir(parents=True, exist_ok=True)
        write_atomic(_versions_file(), json.dumps(versions, indent=1, sort_keys=True).encode("utf-8"))
    except OSError:
        pass
