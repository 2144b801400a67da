"""Building the engine of a run: rule packs, precision means, policy and LanguageTool clients.

One :class:`RunContext` per run builds each configuration's engine once and
starts (or reuses) newslint's own LanguageTool server once per version.
"""

from __future__ import annotations

from typing import Callable

from linter.config import Config
from linter.errors import EngineError
from linter.engine import Engine
from linter.languagetool.client import LanguageToolClient
from linter.policy import ConfigPolicy
from linter.request import CheckRequest, Notice
from linter.rulebook import default_rules_dir, load_rulebook

ServerUrl = Callable[[Config], str]  # the LanguageTool URL to use for a configuration


class RunContext:
    """Engines and LanguageTool connections of one run, built once per configuration."""

    def __init__(self, request: CheckRequest, notice: Notice) -> None:
        self.request = request
        self.notice = notice
        self._engines: dict[int, Engine] = {}
        self._servers: dict[str, str] = {}

    def engine_for(self, config: Config) -> Engine:
        """The engine for ``config``, built on first use."""
        key = id(config)
        if key not in self._engines:
            self._engines[key] = build_engine(self.request, self.notice, config, self._server_url)
        return self._engines[key]

    def _server_url(self, config: Config) -> str:
        """The LanguageTool URL for ``config``: its own URL, or newslint's server (started once)."""
        if config.languagetool.url:
            return config.languagetool.url
        version = config.languagetool.version or ""
        if version not in self._servers:
            self._servers[version] = own_server(config, self.request.quiet)
        return self._servers[version]


def build_engine(request: CheckRequest, notice: Notice, config: Config | None = None,
                 server_url: ServerUrl | None = None) -> Engine:
    """The engine for a configuration: rule pack(s), LanguageTool (unless off) and the config's policy."""
    config = config or request.config
    rule_paths = ([default_rules_dir()] if config.default_rules else []) + list(config.rules)
    policy = ConfigPolicy(config)
    from linter.precision import precision_means  # vocabulary, names, bylines (docs/quality.md)

    precision = precision_means(config, request.ablate)
    return Engine(
        # disabled rules do not run at all; rules shipped off run only when enable names them
        house=policy.rulebook(load_rulebook(rule_paths).selected(config.enable)),
        languagetool=languagetool_factory(request, config, notice, server_url),
        filters=policy.filters() + precision.filters,
        adjusters=precision.adjusters + [policy.adjust],  # the user's severities win
        report_unused_disables=request.report_unused_disables,
        front_matter_fields=config.front_matter_fields,
        html_attributes=config.html_attributes,
        extra_checkers=precision.checkers,
    )


def languagetool_factory(request: CheckRequest, config: Config, notice: Notice,
                         server_url: ServerUrl | None = None):
    """A function giving a LanguageTool client per language variant, or None when LanguageTool is off."""
    if not request.use_languagetool:
        return None
    from linter.languagetool.server import is_managed_url, touch
    from linter.precision import news_profile

    url = (server_url or (lambda c: c.languagetool.url or own_server(c, request.quiet)))(config)
    # newslint's own server, also when given by --languagetool-url: its idle watchdog must see the use
    own = not config.languagetool.url or is_managed_url(url)
    settings = ConfigPolicy(config).languagetool_settings()
    profile = news_profile(request.ablate)
    clients: dict[str, LanguageToolClient] = {}
    failures: dict[str, EngineError] = {}  # a server that cannot be reached is not tried again per file

    def client_for(language: str) -> LanguageToolClient:
        if own:
            touch()  # a long run must not let the idle watchdog stop the server under it
        if language in failures:
            raise failures[language]
        if language not in clients:
            try:
                clients[language] = LanguageToolClient(url, language, settings, profile=profile)
            except EngineError as exc:
                failures[language] = exc
                raise
        return clients[language]

    return client_for


def own_server(config: Config, quiet: bool) -> str:
    """Make sure Java, the LanguageTool download and the background server are there; return its URL."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.languagetool.server import ensure_server

    version = config.languagetool.version or DEFAULT_VERSION
    find_java()
    ensure_languagetool(version, quiet=quiet)
    return ensure_server(version, idle_timeout=config.idle_timeout_seconds, quiet=quiet)
