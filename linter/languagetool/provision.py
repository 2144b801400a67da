"""Download LanguageTool from Maven Central into the user's cache.

LanguageTool is published on Maven Central as ordinary jars, so newslint
fetches exactly the modules it needs (the HTTP server, German, and the three
modules the server's language detector insists on) instead of the 250 MB
``language-all`` bundle.  Nothing but Python is needed on the user's machine:
the dependency graph is resolved by jgo's pure-Python resolver, or skipped
entirely when a lock file for the version ships with the package.

Layout of the cache (``NEWSLINT_CACHE_DIR`` overrides the platform default)::

    <cache>/languagetool/6.8/lib/*.jar      the jars
    <cache>/languagetool/6.8/classpath.json  written last = install complete
    <cache>/languagetool/6.8.lock           inter-process install lock
    <cache>/maven/                           jgo's POM cache (resolution only)

Maintainers regenerate the shipped lock file with ``newslint languagetool lock --version 6.8``.
Nothing here prints or exits: progress bars go to stderr, problems are raised
as :class:`~linter.errors.EngineError` for the CLI to report.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from linter.errors import EngineError

if TYPE_CHECKING:  # imported where a download needs it: slow to import
    import requests

DEFAULT_VERSION = "6.8"
MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2"
GROUP_ID = "org.languagetool"
# languagetool-server brings the HTTP API; language-de is what we check with.
# es/ca/pt are not optional: CommonWordsDetector (language identification,
# initialised statically by the server) fails without these three modules.
MODULES = ("languagetool-server", "language-de", "language-es", "language-ca", "language-pt")
# The server's POM depends on language-all (every language, ~250 MB).
EXCLUDED = ((GROUP_ID, "language-all"),)

CLASSPATH_FILE = "classpath.json"
_HTTP_TIMEOUT = 30  # seconds per connect/read; jars are streamed in chunks
_CHUNK = 1 << 16
_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Artifact:
    """One jar of the LanguageTool classpath, as pinned in a lock file."""

    group: str
    artifact: str
    version: str
    sha1: str
    size: int | None = None
    classifier: str = ""

    @property
    def filename(self) -> str:
        """Maven file name, e.g. ``language-de-6.8.jar``."""
        suffix = f"-{self.classifier}" if self.classifier else ""
        return f"{self.artifact}-{self.version}{suffix}.jar"

    @property
    def url(self) -> str:
        """Download URL of the jar on Maven Central."""
        return f"{MAVEN_CENTRAL}/{self.group.replace('.', '/')}/{self.artifact}/{self.version}/{self.filename}"

    @property
    def coordinate(self) -> str:
        """``group:artifact:version[:classifier]`` for messages."""
        base = f"{self.group}:{self.artifact}:{self.version}"
        return f"{base}:{self.classifier}" if self.classifier else base


@dataclass(frozen=True)
class Installation:
    """A complete, verified LanguageTool installation in the cache."""

    version: str
    directory: Path
    classpath: list[Path]

    @property
    def classpath_arg(self) -> str:
        """The classpath joined for ``java -cp``."""
        return os.pathsep.join(str(p) for p in self.classpath)


# --------------------------------------------------------------------------- paths


def cache_dir() -> Path:
    """Root of newslint's cache: ``$NEWSLINT_CACHE_DIR`` or the platform cache dir."""
    override = os.environ.get("NEWSLINT_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("newslint"))


def install_dir(version: str = DEFAULT_VERSION) -> Path:
    """Directory holding one LanguageTool version (may not exist yet)."""
    return cache_dir() / "languagetool" / version


def lockfile_path(version: str = DEFAULT_VERSION) -> Path:
    """Path of the lock file shipped in the package for ``version``."""
    return _PACKAGE_DIR / f"lock-{version}.json"


# --------------------------------------------------------------------------- installed?


def _read_classpath(version: str) -> Installation | None:
    """Return the installation if classpath.json exists and every jar has its recorded size.

    Sizes only, no hashing: jars were hashed when installed, and re-hashing
    100 MB on every lint run would cost more than the check itself.
    """
    directory = install_dir(version)
    try:
        data = json.loads((directory / CLASSPATH_FILE).read_text(encoding="utf-8"))
        jars = []
        for entry in data["jars"]:
            path = directory / entry["path"]
            if path.stat().st_size != entry["size"]:
                return None
            jars.append(path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Installation(version=version, directory=directory, classpath=jars)


def is_installed(version: str = DEFAULT_VERSION) -> bool:
    """True if ``version`` is completely installed in the cache (no network access)."""
    return _read_classpath(version) is not None


def verify_installation(version: str = DEFAULT_VERSION) -> list[str]:
    """Re-hash every installed jar; return a list of problems (empty = intact).

    Slow (hashes ~100 MB); meant for troubleshooting, not for every run.
    """
    directory = install_dir(version)
    try:
        data = json.loads((directory / CLASSPATH_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{directory / CLASSPATH_FILE}: {exc}"]
    problems = []
    for entry in data["jars"]:
        path = directory / entry["path"]
        try:
            actual = _sha1_of(path)
        except OSError as exc:
            problems.append(f"{path}: {exc}")
            continue
        if actual != entry["sha1"]:
            problems.append(f"{path}: sha1 {actual}, expected {entry['sha1']}")
    return problems


# --------------------------------------------------------------------------- install


def ensure_languagetool(version: str = DEFAULT_VERSION, *, quiet: bool = False) -> Installation:
    """Return the cached LanguageTool ``version``, downloading it first if needed.

    Fully offline once installed.  Otherwise the artifact list comes from the
    shipped lock file (if there is one for ``version``) or from resolving the
    POMs on Maven Central with jgo; every jar is checked against its SHA-1
    before it is used.  Safe to call from several processes at once.
    """
    installation = _read_classpath(version)
    if installation is not None:
        return installation
    from filelock import FileLock  # here: an installed LanguageTool needs no lock

    directory = install_dir(version)
    _mkdir(directory.parent)
    with FileLock(str(directory.parent / f"{version}.lock")):
        # Another process may have finished the install while we waited.
        installation = _read_classpath(version)
        if installation is not None:
            return installation
        artifacts = load_lockfile(version)
        if artifacts is None:
            artifacts = resolve_artifacts(version, quiet=quiet)
        return _install(version, artifacts, quiet=quiet)


def _install(version: str, artifacts: list[Artifact], *, quiet: bool) -> Installation:
    """Download and verify ``artifacts`` into the cache, then write classpath.json last."""
    directory = install_dir(version)
    lib = directory / "lib"
    _mkdir(lib)
    names = _local_names(artifacts)
    sizes = [a.size for a in artifacts]
    total = sum(sizes) if all(s is not None for s in sizes) else None
    entries = []
    with _progress(f"LanguageTool {version}", total, quiet=quiet) as advance:
        for artifact, name in zip(artifacts, names, strict=True):
            target = lib / name
            sha1 = _download_verified(artifact, target, advance)
            entries.append({"coordinate": artifact.coordinate, "path": f"lib/{name}",
                            "sha1": sha1, "size": target.stat().st_size})
    payload = {"version": version, "repository": MAVEN_CENTRAL, "jars": entries}
    _write_json_atomic(directory / CLASSPATH_FILE, payload)
    installation = _read_classpath(version)
    if installation is None:  # pragma: no cover - would mean the disk lies to us
        raise EngineError(f"LanguageTool {version} was downloaded to {directory} but cannot be read back.")
    return installation


def _local_names(artifacts: list[Artifact]) -> list[str]:
    """File names in lib/: the Maven file name, prefixed by the group if two collide."""
    plain = [a.filename for a in artifacts]
    return [f"{a.group}.{a.filename}" if plain.count(a.filename) > 1 else a.filename
            for a in artifacts]


def _download_verified(artifact: Artifact, target: Path,
                       advance: Callable[[int], None] = lambda n: None) -> str:
    """Make ``target`` hold ``artifact`` with the expected SHA-1; return the SHA-1.

    A file left by an interrupted earlier install is reused if it hashes
    correctly.  Downloads go to a temporary name and are renamed only after
    verification, so a wrong or partial file never sits under the jar's name.
    """
    import requests  # here: a download is rare, and requests is slow to import

    expected = artifact.sha1.lower()
    if target.exists():
        if _sha1_of(target) == expected:
            advance(target.stat().st_size)
            return expected
        target.unlink()
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha1()
    try:
        response = requests.get(artifact.url, stream=True, timeout=_HTTP_TIMEOUT)
        _check_response(response, artifact.url)
        with open(partial, "wb") as out:
            for chunk in response.iter_content(_CHUNK):
                out.write(chunk)
                digest.update(chunk)
                advance(len(chunk))
    except requests.RequestException as exc:
        partial.unlink(missing_ok=True)
        raise _network_error(artifact.url, exc) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _disk_error(target, exc) from exc
    actual = digest.hexdigest()
    if actual != expected:
        partial.unlink(missing_ok=True)
        raise EngineError(
            f"Checksum mismatch for {artifact.coordinate} downloaded from {artifact.url}: "
            f"SHA-1 is {actual}, expected {expected}. The file was deleted. "
            "This usually means a proxy or captive portal altered the download; "
            "retry, or check your network. If it persists, report it to the newslint maintainers."
        )
    try:
        os.replace(partial, target)
    except OSError as exc:
        raise _disk_error(target, exc) from exc
    return actual


# --------------------------------------------------------------------------- lock file


def load_lockfile(version: str = DEFAULT_VERSION) -> list[Artifact] | None:
    """Artifacts pinned for ``version`` by the shipped lock file, or None if there is none."""
    path = lockfile_path(version)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise EngineError(f"The LanguageTool lock file {path} is unreadable ({exc}); reinstall newslint.") from exc
    return [Artifact(**entry) for entry in data["artifacts"]]


def write_lockfile(version: str = DEFAULT_VERSION, *, quiet: bool = False) -> Path:
    """Resolve ``version`` with jgo, download and verify it, and write ``lock-<version>.json``.

    Maintainer tool: the lock file is shipped in the package so users skip
    the POM resolution (about a minute) and get exactly the tested jars.
    """
    artifacts = resolve_artifacts(version, quiet=quiet)
    installation = _install(version, artifacts, quiet=quiet)
    sized = [Artifact(**{**asdict(a), "size": p.stat().st_size})
             for a, p in zip(artifacts, installation.classpath, strict=True)]
    payload = {
        "version": version,
        "repository": MAVEN_CENTRAL,
        "modules": [f"{GROUP_ID}:{m}:{version}" for m in MODULES],
        "excluded": [f"{g}:{a}" for g, a in EXCLUDED],
        "artifacts": [asdict(a) for a in sized],
    }
    path = lockfile_path(version)
    _write_json_atomic(path, payload)
    return path


# --------------------------------------------------------------------------- resolution


def resolve_artifacts(version: str = DEFAULT_VERSION, *, quiet: bool = False) -> list[Artifact]:
    """Resolve the runtime classpath of ``version`` from Maven Central POMs with jgo.

    Returns every jar with the SHA-1 Maven Central publishes next to it.
    Takes about a minute (hundreds of small POM downloads, cached in
    ``<cache>/maven``).
    """
    # heavy imports, only needed here
    import requests
    from jgo.maven import MavenContext, PythonResolver
    from jgo.parse import Coordinate
    from tqdm import tqdm

    poms = tqdm(desc=f"Resolving LanguageTool {version}", unit=" pom",
                disable=_quiet(quiet), file=sys.stderr)

    @contextlib.contextmanager
    def on_download(filename: str, total_size: int) -> Iterator[Callable[[int], None]]:
        yield lambda n: None
        poms.update(1)

    ctx = MavenContext(resolver=PythonResolver(progress_callback=on_download),
                       repo_cache=cache_dir() / "maven", remote_repos={"central": MAVEN_CENTRAL},
                       timeout=_HTTP_TIMEOUT)
    exclusions = [ctx.project(g, a) for g, a in EXCLUDED]
    deps = [ctx.create_dependency(Coordinate.parse(f"{GROUP_ID}:{m}:{version}"), exclusions=exclusions)
            for m in MODULES]
    try:
        inputs, transitive = ctx.resolver.resolve(deps)
    except requests.RequestException as exc:
        raise _network_error(MAVEN_CENTRAL, exc) from exc
    except OSError as exc:
        raise _disk_error(cache_dir() / "maven", exc) from exc
    except Exception as exc:  # jgo raises RuntimeError/ValueError for unknown versions etc.
        raise EngineError(
            f"Could not resolve LanguageTool {version} from {MAVEN_CENTRAL}: {exc}. "
            f"Check that version {version} exists (https://central.sonatype.com/artifact/{GROUP_ID}/languagetool-server) "
            "and that the repository is reachable."
        ) from exc
    finally:
        poms.close()
    artifacts = []
    for dep in [*inputs, *transitive]:
        if dep.scope in ("test", "provided", "system") or dep.type not in ("jar", "bundle"):
            continue
        partial = Artifact(dep.groupId, dep.artifactId, dep.artifact.component.resolved_version,
                           sha1="", classifier=dep.classifier or "")
        artifacts.append(Artifact(**{**asdict(partial), "sha1": _published_sha1(partial)}))
    artifacts.sort(key=lambda a: (a.group, a.artifact))
    return artifacts


def _published_sha1(artifact: Artifact) -> str:
    """Fetch the ``.sha1`` file Maven Central publishes next to every jar."""
    import requests  # here: a download is rare, and requests is slow to import

    url = artifact.url + ".sha1"
    try:
        response = requests.get(url, timeout=_HTTP_TIMEOUT)
        _check_response(response, url)
    except requests.RequestException as exc:
        raise _network_error(url, exc) from exc
    # Either a bare hex digest or "<digest>  <filename>".
    digest = response.text.strip().split()[0].lower() if response.text.strip() else ""
    if len(digest) != 40 or any(c not in "0123456789abcdef" for c in digest):
        raise EngineError(f"{url} does not contain a SHA-1 checksum (got {response.text[:60]!r}).")
    return digest


# --------------------------------------------------------------------------- helpers


def _check_response(response: requests.Response, url: str) -> None:
    """Turn an HTTP error status into an EngineError naming the URL."""
    if response.status_code != 200:
        raise EngineError(
            f"Downloading {url} failed with HTTP {response.status_code}. "
            "If you are behind a proxy, set HTTPS_PROXY; or point newslint at a running "
            "LanguageTool server with --languagetool-url."
        )


def _network_error(url: str, exc: Exception) -> EngineError:
    """EngineError for an unreachable repository, with the two ways out."""
    return EngineError(
        f"Cannot download LanguageTool: {url} is unreachable ({type(exc).__name__}: {exc}). "
        f"newslint fetches LanguageTool once from Maven Central ({MAVEN_CENTRAL}) and caches it in "
        f"{cache_dir()}. Check your internet connection or proxy (HTTPS_PROXY) and retry, "
        "or use an existing LanguageTool server with --languagetool-url URL."
    )


def _disk_error(path: Path, exc: OSError) -> EngineError:
    """EngineError for a failed write, distinguishing a full disk."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return EngineError(
            f"Disk full while writing {path}: LanguageTool needs about 110 MB in {cache_dir()}. "
            "Free some space, or set NEWSLINT_CACHE_DIR to a directory on a disk with room."
        )
    return EngineError(
        f"Cannot write {path} ({exc.strerror or exc}). "
        "Make the cache directory writable, or set NEWSLINT_CACHE_DIR to one that is."
    )


def _mkdir(path: Path) -> None:
    """Create ``path`` (and parents), as an EngineError on failure."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _disk_error(path, exc) from exc


def _write_json_atomic(path: Path, payload: object) -> None:
    """Write JSON via a temporary file and rename, so readers never see half a file."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(payload, out, indent=1)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)
        raise _disk_error(path, exc) from exc


def _sha1_of(path: Path) -> str:
    """SHA-1 hex digest of a file, read in chunks."""
    digest = hashlib.sha1()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _quiet(quiet: bool) -> bool:
    """Progress output is off when asked, or when stderr is not a terminal (CI, pre-commit)."""
    return quiet or not sys.stderr.isatty()


@contextlib.contextmanager
def _progress(desc: str, total: int | None, *, quiet: bool) -> Iterator[Callable[[int], None]]:
    """A byte-counting tqdm bar on stderr, yielding its update function."""
    from tqdm import tqdm

    with tqdm(desc=desc, total=total, unit="B", unit_scale=True, unit_divisor=1024,
              disable=_quiet(quiet), file=sys.stderr) as bar:
        yield bar.update
