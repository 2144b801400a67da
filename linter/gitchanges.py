"""Which files differ from a git ref, for ``--changed-since`` in pull-request jobs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from linter.errors import UsageError


def changed_files(ref: str, cwd: Path | None = None) -> list[Path]:
    """Files added, copied, modified or renamed since ``ref`` (committed or not), plus untracked ones.

    "Since ``ref``" means since the merge base of ``ref`` and ``HEAD``, as in a
    pull request: files changed only on the base branch after the branch point
    are not this branch's changes. Deleted files are left out: there is nothing
    to check. Paths are absolute.
    """
    root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd,
         error=f"--changed-since: '{ref}' is not a commit in this repository (fetch it first, e.g. 'git fetch origin {ref}')")
    base = _git(["merge-base", ref, "HEAD"], cwd,
                error=f"--changed-since: '{ref}' and HEAD have no common history (fetch more of it, e.g. 'git fetch --unshallow')").strip()
    # Against the working tree, so committed and uncommitted changes alike count.
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", base, "--"], cwd)
    # Run from the top level: ls-files lists only files below its working directory, and
    # relative to it, while the paths given may lie anywhere in the repository.
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], Path(root))
    result = {Path(root) / n for n in diff.split("\0") if n}
    result |= {Path(root) / n for n in untracked.split("\0") if n}
    return sorted(p for p in result if p.is_file())


def _git(args: list[str], cwd: Path | None, error: str | None = None) -> str:
    """Run git and return its output; raise UsageError with a clear message if it fails."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError("--changed-since needs git, which was not found on PATH") from None
    if done.returncode != 0:
        raise UsageError(error or f"--changed-since: git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout
