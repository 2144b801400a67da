"""Building the engine of a run: rule packs, precision means, policy and LanguageTool clients.

One :class:`RunContext` per run builds each configuration's engine once and
starts (or reuses) newslint's own LanguageTool server once per version.
"""

from __future__ import annotations

import threading
from typing import Callable

from linter.cache import ResultCache
from linter.cached import CachedEngine, FirstCheck
from linter.cachekey import run_fingerprint
from linter.config import Config
from linter.engine import Engine
from linter.languagetool.pool import ServerPool, split_urls
from linter.request import CheckRequest, Notice

ServerUrl = Callable[[Config], str]  # the LanguageTool URL(s, comma-separated) to use for a configuration
Pools = Callable[[str], ServerPool]  # the pool of the servers named by such a value


class RunContext:
    """Engines and LanguageTool connections of one run, built once per configuration.

    Shared by the threads of a run (``--jobs``): engines are built under a lock,
    once; an engine itself may check several documents at once. The engines it
    hands out answer from the run's result cache (``request.cache_dir``) and are
    built only for a text that misses (see :mod:`linter.cached`).
    """

    def __init__(self, request: CheckRequest, notice: Notice) -> None:
        self.request = request
        self.notice = notice
        self._engines: dict[int, CachedEngine] = {}
        self._servers: dict[str, str] = {}
        self._pools: dict[str, ServerPool] = {}
        self._fingerprints: dict[str, str | None] = {}
        self._first = FirstCheck()
        self._lock = threading.RLock()
        # LanguageTool's side (servers, pools, clients) has a lock of its own: a run's first request goes
        # out on a thread while the engine is built under self._lock (linter.cached)
        self._lt_lock = threading.RLock()
        self._languagetool: dict[int, tuple] = {}
        self.cache = ResultCache(request.cache_dir, request.cache_max_bytes) if request.cache_dir else None

    def engine_for(self, config: Config) -> CachedEngine:
        """The engine for ``config``, built on first use (on the first text the cache does not have)."""
        key = id(config)
        with self._lock:
            if key not in self._engines:
                self._engines[key] = CachedEngine(
                    config, lambda: self._build(config), self.cache,
                    lambda: self._run_fingerprint(config), self._first,
                    languagetool=(lambda: self.languagetool_for(config)) if self.request.use_languagetool else None)
            return self._engines[key]

    def _build(self, config: Config) -> Engine:
        with self._lock:
            return build_engine(self.request, self.notice, config, self._server_url, self.pool,
                                languagetool=lambda: self.languagetool_for(config))

    def languagetool_for(self, config: Config):
        """The LanguageTool checker factory of ``config`` (see :func:`languagetool_factory`), made once.

        Making it may start newslint's own server; a failure is kept and raised
        again to the next caller, so the server is not tried twice and the error
        reaches the run where the engine is built.
        """
        key = id(config)
        with self._lt_lock:
            if key not in self._languagetool:
                try:
                    self._languagetool[key] = (languagetool_factory(self.request, config, self.notice,
                                                                    self._server_url, self.pool), None)
                except Exception as exc:  # noqa: BLE001 - re-raised to every caller
                    self._languagetool[key] = (None, exc)
            factory, error = self._languagetool[key]
        if error is not None:
            raise error
        return factory

    def _run_fingerprint(self, config: Config) -> str | None:
        """The cache key's run part for ``config``: its LanguageTool version and the run's switches."""
        if not self.request.use_languagetool:
            identity: str | None = "off"
        elif config.languagetool.url:
            identity = self.pool(config.languagetool.url).identity()
        else:  # newslint's own server runs the version pinned or configured; no need to start it for a hit
            from linter.languagetool.provision import DEFAULT_VERSION

            identity = "languagetool " + (config.languagetool.version or DEFAULT_VERSION)
        if identity is None:
            return None
        with self._lock:
            if identity not in self._fingerprints:
                self._fingerprints[identity] = run_fingerprint(identity, self.request.report_unused_disables,
                                                                self.request.ablate)
            return self._fingerprints[identity]

    def pool(self, urls: str) -> ServerPool:
        """The run's pool of the servers named by ``urls`` (comma-separated), one per distinct list."""
        with self._lt_lock:
            if urls not in self._pools:
                self._pools[urls] = ServerPool(split_urls(urls), self.notice)
            return self._pools[urls]

    def finish(self) -> None:
        """After the last file: keep the result cache within its size."""
        if self.cache is not None and self.cache.wrote:
            self.cache.prune()

    def _server_url(self, config: Config) -> str:
        """The LanguageTool URL for ``config``: its own URL, or newslint's server (started once)."""
        if config.languagetool.url:
            return config.languagetool.url
        version = config.languagetool.version or ""
        with self._lt_lock:
            if version not in self._servers:
                self._servers[version] = own_server(config, self.request.quiet)
            return self._servers[version]


def build_engine(request: CheckRequest, notice: Notice, config: Config | None = None,
                 server_url: ServerUrl | None = None, pools: Pools | None = None,
                 languagetool: Callable[[], object] | None = None) -> Engine:
    """The engine for a configuration: rule pack(s), LanguageTool (unless off) and the config's policy.

    ``languagetool``: gives the run's LanguageTool factory for the config (made
    once per run, :meth:`RunContext.languagetool_for`); without it one is made here.
    """
    # imported here, not at the top: a run's first LanguageTool request goes out before these are loaded
    from linter.policy import ConfigPolicy
    from linter.rulebook import default_rules_dir
    from linter.rulecache import load_rulebook_cached

    config = config or request.config
    rule_paths = ([default_rules_dir()] if config.default_rules else []) + list(config.rules)
    policy = ConfigPolicy(config)
    from linter.precision import precision_means  # vocabulary, names, bylines (docs/quality.md)

    precision = precision_means(config, request.ablate)
    return Engine(
        # disabled rules do not run at all; rules shipped off run only when enable names them
        house=policy.rulebook(load_rulebook_cached(rule_paths).selected(config.enable)),
        languagetool=(languagetool() if languagetool and request.use_languagetool
                      else languagetool_factory(request, config, notice, server_url, pools)),
        filters=policy.filters() + precision.filters,
        adjusters=precision.adjusters + [policy.adjust],  # the user's severities win
        report_unused_disables=request.report_unused_disables,
        front_matter_fields=config.front_matter_fields,
        html_attributes=config.html_attributes,
        extra_checkers=precision.checkers,
        warmers=precision.warmers,
    )


def languagetool_factory(request: CheckRequest, config: Config, notice: Notice,
                         server_url: ServerUrl | None = None, pools: Pools | None = None):
    """A function giving a LanguageTool checker per language variant, or None when LanguageTool is off.

    The checker sends each text to a server of the config's pool (one server
    unless ``languagetool.url`` names several; see :mod:`linter.languagetool.pool`).
    """
    if not request.use_languagetool:
        return None
    from linter.languagetool.server import is_managed_url, touch
    from linter.policy import ConfigPolicy
    from linter.precision import news_profile

    urls = (server_url or (lambda c: c.languagetool.url or own_server(c, request.quiet)))(config)
    pool = (pools or (lambda u: ServerPool(split_urls(u), notice)))(urls)
    # newslint's own server, also when given by --languagetool-url: its idle watchdog must see the use
    own = not config.languagetool.url or any(is_managed_url(m.url) for m in pool.members)
    settings = ConfigPolicy(config).languagetool_settings()
    profile = news_profile(request.ablate)

    def make_client(url: str, language: str):
        # imported here: language-tool-python takes a tenth of a second to import, which a run
        # answered from the result cache never needs
        from linter.languagetool.client import LanguageToolClient

        return LanguageToolClient(url, language, settings, profile=profile)

    def client_for(language: str) -> PoolChecker:
        if own:
            touch()  # a long run must not let the idle watchdog stop the server under it
        return PoolChecker(pool, language, make_client)

    return client_for


class PoolChecker:
    """Checks prose in one language variant on whichever server of the pool is free."""

    def __init__(self, pool: ServerPool, language: str, make_client) -> None:
        self.pool = pool
        self.language = language
        self._make_client = make_client

    def check(self, text: str):
        return self.pool.check(self.language, text, self._make_client)


def own_server(config: Config, quiet: bool) -> str:
    """Make sure Java, the LanguageTool download and the background server are there; return its URL."""
    from linter.languagetool.java import find_java
    from linter.languagetool.provision import DEFAULT_VERSION, ensure_languagetool
    from linter.languagetool.server import ensure_server

    version = config.languagetool.version or DEFAULT_VERSION
    find_java()
    ensure_languagetool(version, quiet=quiet)
    return ensure_server(version, idle_timeout=config.idle_timeout_seconds, quiet=quiet)
