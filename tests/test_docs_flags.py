"""Every flag the docs name for a newslint command exists on that command.

The docs (README.md, docs/*.md) are parsed, not listed here: each ``newslint``
(or ``python -m linter``) command line in a code block or an inline code span
is walked through the real command tree, and every ``--flag`` on it must be an
option of the command it reaches. A flag quoted on its own (```--disable
typografie```) is taken as a flag of ``check`` or ``fix``, the commands the
docs explain. The test fails listing each missing flag with file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

import typer

from linter.cli import app

REPO = Path(__file__).resolve().parents[1]
DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`([^`\n]+)`")
# "newslint check ..." but not ".newslint.yaml", "newslint.sarif", "newslint-fix" or "newslint: error"
INVOCATION = re.compile(r"(?<![\w./-])(?:newslint|python -m linter)(?=\s|$)")
COMMAND_END = {"|", "||", "&&", ";", "#", ">", "2>", "<"}
FLAG = re.compile(r"^--[a-z][a-z0-9-]*")


def _benchmark_flags(*scripts: str) -> set[str]:
    """The flags the named benchmarks/ scripts declare with argparse."""
    return {flag for script in scripts for flag in re.findall(
        r'add_argument\(\s*"(--[a-z][a-z0-9-]*)"', (REPO / "benchmarks" / script).read_text())}


def _other_programs() -> dict[str, set[str]]:
    """Flags a doc quotes on their own that belong to another program than newslint check/fix."""
    root = typer.main.get_command(app)
    return {
        "docs/quality.md": _benchmark_flags("quality.py", "style.py"),  # the benchmarks that page documents
        "docs/cms.md": options_of(root.commands["serve"]) | {"--time"},  # newslint serve; docker stop --time
        "docs/editors.md": options_of(root.commands["lsp"]),  # the page of newslint lsp
        "docs/languagetool.md": {"--public"},  # LanguageTool's own HTTPServer option, which newslint never passes
    }


def code_texts(path: Path) -> list[tuple[int, str, bool]]:
    """(line, text, is_span) for every code-block command and inline code span of a Markdown file.

    Continuation lines (a trailing backslash, or a folded YAML line that starts
    with ``--``) are joined to the command they continue.
    """
    texts: list[tuple[int, str, bool]] = []
    in_block = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if FENCE.match(line):
            in_block = not in_block
            continue
        if not in_block:
            texts.extend((number, span, True) for span in INLINE_CODE.findall(line))
            continue
        stripped = line.strip()
        if texts and not texts[-1][2] and (texts[-1][1].endswith("\\") or stripped.startswith("--")):
            start, previous, _ = texts[-1]
            texts[-1] = (start, previous.rstrip("\\") + " " + stripped, False)
        else:
            texts.append((number, stripped, False))
    return texts


def options_of(command) -> set[str]:
    """Every spelling of every option of the (click) ``command``, ``--help`` included."""
    names = {"--help"}
    for param in command.params:
        if param.param_type_name == "option":
            names.update(param.opts + param.secondary_opts)
    return names


def flags_named(text: str, root) -> list[tuple[str, str, object]]:
    """(flag, command path, command) for the flags of each newslint invocation in ``text``."""
    named = []
    for match in INVOCATION.finditer(text):
        command, path = root, "newslint"
        for token in text[match.end():].split():
            if token in COMMAND_END or token.startswith("#"):
                break
            if FLAG.match(token):
                named.append((FLAG.match(token).group(0), path, command))
            elif token in getattr(command, "commands", {}):  # a subcommand of a group
                command, path = command.commands[token], f"{path} {token}"
    return named


def missing_flags(docs: list[Path], base: Path) -> list[str]:
    """``file:line: flag`` for every flag ``docs`` name that the command does not have (names relative to ``base``)."""
    root = typer.main.get_command(app)
    check, fix = root.commands["check"], root.commands["fix"]
    check_or_fix = options_of(check) | options_of(fix)
    others = _other_programs()
    missing = []
    for path in docs:
        name = path.relative_to(base).as_posix()
        for line, text, is_span in code_texts(path):
            for flag, command_path, command in flags_named(text, root):
                if flag not in options_of(command):
                    missing.append(f"{name}:{line}: {flag} (not an option of '{command_path}')")
            bare = FLAG.match(text) if is_span else None
            if bare and bare.group(0) not in check_or_fix and bare.group(0) not in others.get(name, ()):
                missing.append(f"{name}:{line}: {bare.group(0)} (neither a 'check' nor a 'fix' option)")
    return missing


def test_every_flag_in_the_docs_exists():
    missing = missing_flags(DOCS, REPO)
    assert not missing, "the docs name flags newslint does not have:\n" + "\n".join(missing)


def test_the_parser_sees_the_documented_commands():
    """The parse finds documented flags of several commands, so an empty parse cannot pass by accident."""
    root = typer.main.get_command(app)
    seen = {(command_path, flag) for path in DOCS for _, text, _ in code_texts(path)
            for flag, command_path, _ in flags_named(text, root)}
    assert {("newslint check", "--format"), ("newslint check", "--stdin-filename"), ("newslint fix", "--diff"),
            ("newslint languagetool install", "--version")} <= seen
    # docs/ci.md continues a command on a folded YAML line of its own
    ci = [text for _, text, _ in code_texts(REPO / "docs" / "ci.md")]
    assert any("newslint check --format github --changed-since" in text for text in ci)


def test_a_flag_the_command_lacks_is_reported(tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text("Run `newslint check --no-such-flag a.txt` or `--nor-this`; `newslint --quiet x`.\n\n```sh\n"
                   "newslint fix --diff \\\n  --neither-this a.txt | grep --count x\n```\n", encoding="utf-8")
    assert missing_flags([doc], tmp_path) == [
        "doc.md:1: --no-such-flag (not an option of 'newslint check')",
        "doc.md:1: --nor-this (neither a 'check' nor a 'fix' option)",
        "doc.md:1: --quiet (not an option of 'newslint')",
        "doc.md:4: --neither-this (not an option of 'newslint fix')",
    ]
