"""Checking one document: its input format, its language variant, and the engine's report.

Shared by ``check`` and ``fix``, so both read a file's format and variant alike.
"""

from __future__ import annotations

from pathlib import Path

from linter.config import Config
from linter.document import Document
from linter.engine import Engine
from linter.errors import InputError
from linter.findings import FileReport
from linter.markup.formats import detect_format
from linter.markup.language import declared_language, is_german, variant_of


def check_file(engine: Engine, path: Path, config: Config, format_in: str | None = None) -> FileReport:
    """Check one file; a file that cannot be read becomes a report with its error."""
    try:
        document = Document.read(path)
    except InputError as exc:
        return FileReport(path=str(path), error=str(exc))
    return check_document(engine, config, path, document, input_format(config, path, format_in))


def check_bytes(engine: Engine, name: str, data: bytes, config: Config, format_in: str | None = None) -> FileReport:
    """Check copy that was read elsewhere (standard input), reported under ``name``."""
    try:
        document = Document.from_bytes(name, data)
    except InputError as exc:
        return FileReport(path=name, error=str(exc))
    return check_document(engine, config, name, document, input_format(config, Path(name), format_in))


def check_document(engine: Engine, config: Config, path: Path | str, document: Document,
                   fmt: str | None) -> FileReport:
    """Check a read document in its variant; a warning about its declared language leads the report's."""
    language, warnings = document_language(config, path, document, fmt)
    report = engine.check(document, language, fmt)
    report.warnings[:0] = warnings
    return report


def document_language(config: Config, path: Path | str, document: Document,
                      fmt: str | None) -> tuple[str, list[str]]:
    """The variant to check ``document`` in, and a warning when it declares a language that is not German."""
    declaration = declared_language(document.text, detect_format(str(path), fmt))
    if declaration is None:
        return config.language_for(path), []
    language = config.language_for(path, variant_of(declaration.tag))
    if is_german(declaration.tag):
        return language, []
    return language, [f"{declaration.where} says {declaration.tag!r}, which is not German; "
                      f"checked as {language} all the same"]


def input_format(config: Config, path: Path, format_in: str | None = None) -> str | None:
    """``--format-in`` beats the config's ``formats`` globs, which beat the file ending."""
    return format_in or config.input_format_for(path)
