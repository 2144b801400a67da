"""A resident checker for the long-running front ends: the language server and the HTTP API.

The command line builds engines for one run and exits; an editor or a CMS sends
text for minutes or days. :class:`CheckService` keeps what is expensive to build
(configurations, rulebooks, precision data, LanguageTool clients) between
requests and checks or fixes text that never touched the disk, with the
configuration that applies to the file name the text would have: the same
configuration, house rules and vocabulary as ``newslint check`` on that file.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from linter.config import Config
from linter.document import Document
from linter.findings import FileReport
from linter.runner import CheckRequest, RunContext, document_language, input_format
from linter.settings import ConfigResolver

Notice = Callable[[str], None]

#: The name under which unnamed text is reported and its configuration looked up.
UNNAMED = "<text>"


class CheckService:
    """Checks and fixes text in memory with engines built once per configuration.

    Safe to share between threads: building an engine is serialised, and each
    check works on its own document. :meth:`reload` drops everything built, so a
    changed config file or accept list takes effect without a restart.
    """

    def __init__(self, resolver: ConfigResolver | None = None, use_languagetool: bool = True,
                 notice: Notice = lambda _: None) -> None:
        self._resolver_template = resolver or ConfigResolver()
        self.use_languagetool = use_languagetool
        self.notice = notice
        self._lock = threading.RLock()
        self._reset()

    def _reset(self) -> None:
        """Start over with a fresh resolver (no cached config files) and no engines."""
        template = self._resolver_template
        self.resolver = ConfigResolver(explicit=template.explicit, overrides=dict(template.overrides),
                                       extra_rules=template.extra_rules)
        request = CheckRequest(paths=[], resolver=self.resolver, use_languagetool=self.use_languagetool,
                               quiet=True)
        self._context = RunContext(request, self.notice)

    def reload(self) -> None:
        """Forget loaded configurations, rules and word lists; the next check loads them again."""
        with self._lock:
            self._reset()

    def config_for(self, filename: str | None) -> Config:
        """The configuration ``newslint check`` would use for a file of that name (or the working directory's)."""
        with self._lock:
            if not filename:
                return self.resolver.for_cwd()
            return self.resolver.for_path(Path(filename))

    def _engine(self, config: Config):
        with self._lock:
            return self._context.engine_for(config)

    def prepare(self, text: str, filename: str | None = None, fmt: str | None = None,
                language: str | None = None):
        """The document, engine, language, input format and warnings for one request."""
        name = filename or UNNAMED
        config = self.config_for(filename)
        document = Document(path=name, text=text, newline="\r\n" if "\r\n" in text else "\n")
        fmt = input_format(config, Path(name), fmt)
        if language:
            warnings: list[str] = []
        else:
            language, warnings = document_language(config, name, document, fmt)
        return document, self._engine(config), language, fmt, warnings, config

    def check_text(self, text: str, filename: str | None = None, fmt: str | None = None,
                   language: str | None = None) -> FileReport:
        """Check ``text`` as if it were the file ``filename`` (format and config from its name)."""
        document, engine, language, fmt, warnings, _ = self.prepare(text, filename, fmt, language)
        report = engine.check(document, language, fmt)
        report.warnings[:0] = warnings
        return report

    def fix_text(self, text: str, filename: str | None = None, fmt: str | None = None,
                 language: str | None = None, unsafe: bool = False):
        """Apply the allowed fixes to ``text`` in memory; returns the :class:`~linter.fixing.run.FileFix`."""
        from linter.fixing.run import fix_document

        document, engine, language, fmt, warnings, _ = self.prepare(text, filename, fmt, language)
        result = fix_document(engine, document, language, fmt, unsafe)
        result.warnings[:0] = warnings
        return result
