"""Allow ``python -m linter`` as an alias of the ``newslint`` command."""

from linter.cli import main

if __name__ == "__main__":
    main()
