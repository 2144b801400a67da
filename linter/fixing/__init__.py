"""``newslint fix``: apply the fixes that are safe, and lose nothing.

* :mod:`.allowlist` - the LanguageTool rules whose suggestion may be applied
* :mod:`.safety`    - how safe one finding's fix is (house rule YAML, allow-list)
* :mod:`.plan`      - verbatim and overlap checks, applying edits to text
* :mod:`.write`     - atomic write that leaves a file alone if it changed meanwhile
* :mod:`.run`       - the rounds of check-and-apply, per file and per run
* :mod:`.summary`   - counts and diffs for the user

See docs/fix.md.
"""

from linter.fixing.run import EXIT_CHANGED, EXIT_ERROR, EXIT_OK, FileFix, FixRequest, fix_document, run_fix

__all__ = ["EXIT_CHANGED", "EXIT_ERROR", "EXIT_OK", "FileFix", "FixRequest", "fix_document", "run_fix"]
