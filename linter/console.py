"""The entry point of the ``newslint`` console script and of ``python -m linter``.

It imports nothing of newslint's before the ``try``: a Ctrl-C while the command
is still loading (the resident engine's front, then the CLI) ends it with 130,
as shells report SIGINT, and no traceback. :mod:`linter.resident.front` does
the rest.
"""

from __future__ import annotations

#: The exit code of an interrupted command (linter.exitcodes.EXIT_INTERRUPTED; not imported, to import nothing).
INTERRUPTED = 130


def main() -> int:
    """Run the command line; its exit code."""
    try:
        from linter.resident.front import main as run
    except KeyboardInterrupt:
        return INTERRUPTED
    return run()
