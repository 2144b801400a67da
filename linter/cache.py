"""The result cache: a file's findings, stored under a key that covers everything they depend on.

An entry is one JSON file, ``<dir>/<key[:2]>/<key>.json``, holding what
:meth:`Engine.check` returned for one text: its findings, warnings (never an
error: a check that failed is not stored). The key (see :mod:`linter.cachekey`)
is a SHA-256 over the text and everything that could change a finding, so a
stale entry is never found; there is nothing to invalidate.

Several newslint processes may share a cache folder: an entry is written to a
temporary file in its folder and moved into place with ``os.replace``, so a
reader sees a whole entry or none. An entry that cannot be read or parsed
(truncated, corrupt, written by another format version) counts as a miss and
is overwritten by the next check. The folder is bounded: after a run that wrote
entries, the least recently used ones (by mtime, which a hit refreshes) are
deleted until the total is under :attr:`ResultCache.max_bytes`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

from linter.findings import FileReport, Finding, FixSafety, Severity, Source

FORMAT = 1  # bump when the stored layout changes; older entries then read as misses
DEFAULT_MAX_MB = 200.0
DEFAULT_MAX_BYTES = int(DEFAULT_MAX_MB * 1024 * 1024)


def default_dir() -> Path:
    """``$NEWSLINT_CACHE_DIR/results``, else ``results`` in the platform cache dir (``~/.cache/newslint``)."""
    override = os.environ.get("NEWSLINT_CACHE_DIR")
    base = Path(override) if override else Path(platformdirs.user_cache_dir("newslint"))
    return base / "results"


@dataclass(frozen=True)
class Cached:
    """What a hit gives back: the engine's findings and warnings for the text."""

    findings: list[Finding]
    warnings: list[str]

    def report(self, path: str, document=None) -> FileReport:
        """A fresh FileReport of these results (lists copied, so callers may extend them)."""
        return FileReport(path=path, findings=list(self.findings), warnings=list(self.warnings), document=document)


class ResultCache:
    """One cache folder: look up, store and bound stored results."""

    def __init__(self, directory: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.wrote = False

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Cached | None:
        """The stored results for ``key``, or None (also for an unreadable or damaged entry)."""
        path = self._path(key)
        try:
            data = json.loads(path.read_bytes())
            cached = _restore(data, key)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # a hit makes the entry recently used
        return cached

    def put(self, key: str, report: FileReport) -> None:
        """Store ``report``'s findings and warnings under ``key``; a report with an error is not stored.

        A cache that cannot be written (read-only, disk full) is skipped: the
        check's results are right all the same.
        """
        if report.error is not None:
            return
        data = json.dumps(_serialise(report, key), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{key[:16]}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            return
        self.wrote = True

    def prune(self) -> int:
        """Delete the least recently used entries until the folder holds at most ``max_bytes``; return how many.

        Safe while other processes read, write or prune the same folder: an
        entry that vanished meanwhile is simply skipped.
        """
        entries = []
        for path in self.directory.glob("*/*"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
            total -= size
        return removed


_ENUMS = {"source": Source, "severity": Severity, "fix": FixSafety}
_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


def _serialise(report: FileReport, key: str) -> dict:
    """The stored form of a report: plain JSON values, enums by value, the key to tell entries apart."""
    findings = []
    for finding in report.findings:
        row = {name: getattr(finding, name) for name in _FINDING_FIELDS}
        for name in _ENUMS:
            row[name] = row[name].value
        row["replacements"] = list(finding.replacements)
        findings.append(row)
    return {"format": FORMAT, "key": key, "findings": findings, "warnings": list(report.warnings)}


def _restore(data: dict, key: str) -> Cached:
    """Rebuild the stored results exactly; raise ValueError/KeyError/TypeError on anything unexpected."""
    if data.get("format") != FORMAT or data.get("key") != key:
        raise ValueError("another format or key")
    findings = []
    for row in data["findings"]:
        if set(row) != set(_FINDING_FIELDS):
            raise ValueError("unexpected fields")
        values = dict(row)
        for name, enum in _ENUMS.items():
            values[name] = enum(values[name])
        values["replacements"] = tuple(values["replacements"])
        findings.append(Finding(**values))
    warnings = data["warnings"]
    if not all(isinstance(w, str) for w in warnings):
        raise TypeError("warnings must be strings")
    return Cached(findings, list(warnings))
