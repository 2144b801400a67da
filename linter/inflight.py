"""A LanguageTool request in flight: sent on a thread of its own, answered when the engine needs it.

LanguageTool's answer is most of a check's time, and waiting for it releases
the interpreter. So the engine sends the request first and runs the house
rules meanwhile; a run's first check even builds the rest of the engine (rule
pack, precision data) while the request is out (see :mod:`linter.cached`).
"""

from __future__ import annotations

import threading
from typing import Callable


class InFlight:
    """LanguageTool's matches for one prose text in one language variant, asked for at once."""

    def __init__(self, checker_for: Callable[[str], object], language: str, text: str) -> None:
        self.language = language
        self.text = text
        self._matches: list | None = None
        self._error: BaseException | None = None
        self._sent = threading.Event()  # the request is out (or the attempt is over)
        # a daemon: an interrupted run must not wait for the server's answer to exit
        self._thread = threading.Thread(target=self._run, args=(checker_for,), daemon=True,
                                        name="newslint-languagetool")
        self._thread.start()

    def _run(self, checker_for: Callable[[str], object]) -> None:
        from linter.languagetool.wire import ON_SENT

        ON_SENT.set(self._sent.set)  # this thread's own context: only its requests report here
        try:
            self._matches = checker_for(self.language).check(self.text)
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that asks for the result
            self._error = exc
        finally:
            self._sent.set()

    def wait_sent(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds until the request is out or has failed; whether it has."""
        return self._sent.wait(timeout)

    def done(self) -> bool:
        """Whether the answer (or the failure) is in."""
        return not self._thread.is_alive()

    def result(self) -> list:
        """The matches; the request's exception (an EngineError when the server failed) is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._matches or []

    def serves(self, language: str, text: str) -> bool:
        """Whether this request is for exactly ``text`` in ``language``."""
        return self.language == language and self.text == text
