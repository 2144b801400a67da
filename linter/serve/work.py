"""What the pool threads do: checks and fixes through the shared :class:`~linter.service.CheckService`.

Thread safety (see docs/cms.md): the service serialises building engines; an
engine's check only reads what it shares (compiled rules, word lists, the HanTa
model) and keeps per-document state in the document's own objects; the
LanguageTool client sends each request on a connection of its own and reads
its settings only (:mod:`linter.languagetool.client`). So one engine serves every
thread, and results do not depend on what runs beside them.
"""

from __future__ import annotations

import threading

from linter.languagetool.server import answers, is_managed_url, read_state
from linter.serve.bodies import check_body, fix_body
from linter.serve.params import TextRequest
from linter.service import CheckService

#: A short text with a slip in it: checking it loads everything a real check needs.
WARM_UP_TEXT = "Die Zeitng erscheint am Montag , wie immer.\n"


class Work:
    """Checks and fixes as JSON-ready dicts, restarting newslint's own LanguageTool server once if it stopped."""

    def __init__(self, service: CheckService) -> None:
        self.service = service
        self._restart = threading.Lock()
        self._generation = 0  # counts reloads, so concurrent failures restart the server once

    def check(self, request: TextRequest) -> dict:
        """The answer to ``POST /v1/check``."""
        return check_body(self._run(request, lambda: self.service.check_text(
            request.text, request.filename, request.format, request.language)))

    def fix(self, request: TextRequest) -> dict:
        """The answer to ``POST /v1/fix``."""
        return fix_body(self._run(request, lambda: self.service.fix_text(
            request.text, request.filename, request.format, request.language, request.unsafe)))

    def warm_up(self) -> str | None:
        """Build the engine of the working directory's configuration and load its models before serving.

        Returns the check's error (LanguageTool did not answer), None when it went through.
        """
        return self.service.check_text(WARM_UP_TEXT).error

    def _run(self, request: TextRequest, attempt):
        """Run ``attempt``; when it failed because newslint's own LanguageTool server went away, run it again.

        The background server stops itself after its idle timeout (docs/languagetool.md);
        a resident server must not answer every later check with that error.
        Reloading the service makes the next engine start the server again.
        """
        generation = self._generation
        result = attempt()
        if result.error is None or not self._own_server_gone(request.filename):
            return result
        with self._restart:
            if self._generation == generation:
                self.service.reload()
                self._generation += 1
        return attempt()

    def _own_server_gone(self, filename: str | None) -> bool:
        """True when this file is checked with newslint's managed server and that server does not answer."""
        if not self.service.use_languagetool or self.service.config_for(filename).languagetool.url:
            return False
        state = read_state()
        return not (state and answers(state["url"]))

    def languagetool_status(self) -> dict:
        """Whether LanguageTool is on, whether it is newslint's own server, and whether it answers now."""
        if not self.service.use_languagetool:
            return {"enabled": False, "managed": False, "reachable": False}
        url = self.service.config_for(None).languagetool.url
        managed = url is None or is_managed_url(url)
        if url is None:
            state = read_state()
            url = state["url"] if state else None
        return {"enabled": True, "managed": managed, "reachable": bool(url) and answers(url)}
