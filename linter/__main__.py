"""Allow ``python -m linter`` as an alias of the ``newslint`` command (the resident engine included)."""

from linter.console import main

if __name__ == "__main__":
    raise SystemExit(main())
