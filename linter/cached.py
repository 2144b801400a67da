"""The engine a run hands out: answered from the result cache, built only when a text misses.

:class:`CachedEngine` has the two methods callers use of an
:class:`~linter.engine.Engine` (``check`` and ``markup_options``). A text
whose key (:mod:`linter.cachekey`) is in the cache gets the stored findings
without loading rules, word lists, language models or LanguageTool; only the
first miss builds the real engine. Without a cache it is just the lazy engine.

The first check that reaches a real engine in a run goes alone: the precision
means load their data (language model, frequency lists, first names) on first
use, and threads starting together would each load it once.
"""

from __future__ import annotations

import threading
from typing import Callable

from linter.cache import ResultCache
from linter.cachekey import config_fingerprint, result_key
from linter.config import Config
from linter.document import Document
from linter.engine import Engine
from linter.findings import FileReport
from linter.inflight import InFlight
from linter.markup import detect_format, prose_view


#: Seconds the first check waits for its LanguageTool request to leave before building the engine.
SEND_WAIT = 1.0


class FirstCheck:
    """Lets the first check of a run through alone; every later one runs at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = False

    def run(self, check: Callable[[], FileReport]) -> FileReport:
        if self._done:
            return check()
        with self._lock:
            if not self._done:
                try:
                    return check()
                finally:
                    self._done = True
        return check()


class CachedEngine:
    """An engine for one configuration, behind the run's result cache (None: no cache)."""

    def __init__(self, config: Config, build: Callable[[], Engine], cache: ResultCache | None,
                 run_fingerprint: Callable[[], str | None], first: FirstCheck | None = None,
                 languagetool: Callable[[], Callable] | None = None) -> None:
        self.config = config
        self._build = build
        self._languagetool = languagetool  # the config's LanguageTool factory, None when LanguageTool is off
        self._cache = cache
        self._run_fingerprint = run_fingerprint
        self._first = first or FirstCheck()
        self._engine: Engine | None = None
        self._config_key: str | None = None
        self._lock = threading.Lock()

    def engine(self) -> Engine:
        """The real engine, built on first use."""
        with self._lock:
            if self._engine is None:
                self._engine = self._build()
            return self._engine

    def _check_fresh(self, document: Document, language: str, format_override: str | None) -> FileReport:
        """Check with the real engine; before it is built, send LanguageTool's request first and build meanwhile.

        The request is most of the check's time and its wait releases the
        interpreter, so loading the rule pack and the precision data (and, while
        the answer is still out, the sentence model) costs next to nothing.
        """
        request = None
        if self._engine is None and self._languagetool is not None:
            # the client's libraries are imported before the thread starts, which would otherwise share
            # the interpreter with the building below and send the request later
            import linter.languagetool.client  # noqa: F401

            view, _ = prose_view(document.text, detect_format(document.path, format_override), **self.markup_options())
            request = InFlight(lambda variant: self._languagetool()(variant), language, view.text)
            # building now would share the interpreter with the thread until its request is out;
            # bounded, because a server that has to start first takes many seconds to take it
            request.wait_sent(SEND_WAIT)
        engine = self.engine()
        if request is not None and not request.done():
            from linter.languagetool.client import warm_reader

            warm_reader()  # language-tool-python reads the answer
            engine.warm()
        return engine.check(document, language, format_override, request=request)

    def markup_options(self) -> dict:
        """The prose view options the real engine uses (read from the configuration, nothing built)."""
        return Engine(house=None, front_matter_fields=self.config.front_matter_fields,
                      html_attributes=self.config.html_attributes).markup_options()

    def key(self, document: Document, language: str, format_override: str | None) -> str | None:
        """The result cache key of this check, or None when nothing may be cached."""
        if self._cache is None:
            return None
        run = self._run_fingerprint()
        if run is None:
            return None
        if self._config_key is None:
            self._config_key = config_fingerprint(self.config)
        fmt = detect_format(document.path, format_override)
        return result_key(run, self._config_key, document.path, language, fmt, document.text)

    def check(self, document: Document, language: str, format_override: str | None = None) -> FileReport:
        """The engine's report on ``document``: from the cache when its key is there, else checked and stored."""
        key = self.key(document, language, format_override)
        if key is not None:
            cached = self._cache.get(key)
            if cached is not None:
                return cached.report(document.path, document)
        report = self._first.run(lambda: self._check_fresh(document, language, format_override))
        if key is not None:
            self._cache.put(key, report)
        return report
