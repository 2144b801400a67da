"""The house's structure rules, checked on the source: one home for the exit codes, only the CLI prints and exits."""

from __future__ import annotations

import re
from pathlib import Path

import linter.runner
from linter import exitcodes
from linter.findings import FileReport, Finding, Severity, Source

PACKAGE = Path(__file__).resolve().parents[1] / "linter"
# The idle watchdog and the resident engine run as detached processes of their own, with logs for output.
OWN_PROCESSES = {"languagetool/watchdog.py", "resident/daemon.py"}


def sources() -> dict[str, str]:
    return {p.relative_to(PACKAGE).as_posix(): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")}


def test_exit_codes_are_defined_only_in_exitcodes():
    defining = [name for name, text in sources().items()
                if re.search(r"^EXIT_\w+(?:\s*,\s*EXIT_\w+)*\s*=", text, re.M)]
    assert defining == ["exitcodes.py"]


def test_only_the_cli_prints_and_exits():
    offenders = [name for name, text in sources().items()
                 if name not in {"cli.py", *OWN_PROCESSES}
                 and re.search(r"(?<![\w.])print\(|sys\.exit\(|typer\.Exit|argparse", text)]
    assert not offenders, f"print/exit outside linter/cli.py: {offenders}"


def test_runner_keeps_exporting_what_callers_import():
    for name in ("CheckRequest", "run_check", "build_engine", "check_file", "select_files", "exit_code",
                 "RunContext", "document_language", "input_format", "STDIN"):
        assert hasattr(linter.runner, name), name


def _finding(severity: Severity) -> Finding:
    return Finding(path="a.txt", line=1, column=1, end_line=1, end_column=2, offset=0, length=1,
                   rule="stil.x", source=Source.HOUSE, category="STIL", severity=severity, message="m", text="x")


def test_check_exit_code_follows_each_files_fail_level():
    warning = FileReport(path="a.txt", findings=[_finding(Severity.WARNING)])
    assert exitcodes.check_exit_code([warning], Severity.ERROR) == exitcodes.EXIT_OK
    assert exitcodes.check_exit_code([warning], Severity.WARNING) == exitcodes.EXIT_FINDINGS
    assert exitcodes.check_exit_code([warning, FileReport(path="b.txt")], [Severity.ERROR, Severity.INFO]) == exitcodes.EXIT_OK
    broken = FileReport(path="b.txt", error="b.txt: cannot read")
    assert exitcodes.check_exit_code([warning, broken], Severity.WARNING) == exitcodes.EXIT_ERROR


def test_fix_exit_code():
    from linter.fixing import FileFix

    assert exitcodes.fix_exit_code([FileFix(path="a", original="x", fixed="x")]) == exitcodes.EXIT_OK
    assert exitcodes.fix_exit_code([FileFix(path="a", original="x", fixed="y")]) == exitcodes.EXIT_CHANGED
    assert exitcodes.fix_exit_code([FileFix(path="a", original="x", fixed="y"),
                                    FileFix(path="b", error="b: cannot read")]) == exitcodes.EXIT_ERROR
