"""Starting and stopping the server: bind, warm up, announce, serve until SIGTERM or Ctrl-C.

uvicorn's graceful shutdown does the stopping: on SIGTERM or SIGINT it stops
accepting connections, lets the requests in flight finish (each within the
check timeout), and then returns.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import signal
import socket
from typing import Callable

from linter.errors import UsageError
from linter.serve.settings import ServeSettings
from linter.service import CheckService

#: How much longer than one check a graceful shutdown may take: answering and closing.
SHUTDOWN_MARGIN = 10.0


def serve(service: CheckService, settings: ServeSettings, announce: Callable[[str], None]) -> None:
    """Serve the API until stopped; ``announce`` gets the line saying where it listens.

    Binding comes first so that a taken port is an error before the slow warm-up,
    and so that ``--port 0`` is resolved to the port actually bound. The socket
    listens from then on: a client that connects right after the announcement
    waits in the backlog instead of being refused.
    """
    import uvicorn

    from linter.serve.app import create_app
    from linter.serve.work import Work

    sock = _bind(settings.host, settings.port)
    port = sock.getsockname()[1]
    bound = dataclasses.replace(settings, port=port)
    work = Work(service)
    trouble = work.warm_up()
    if trouble:
        service.notice(f"warning: {trouble}; until it answers, checks answer with the house rules' findings "
                       "and this error")
    config = uvicorn.Config(create_app(work, bound), host=bound.host, port=port, lifespan="on",
                            timeout_graceful_shutdown=int(settings.timeout + SHUTDOWN_MARGIN),
                            server_header=False, log_config=_log_config())
    server = uvicorn.Server(config)
    languagetool = "on" if service.use_languagetool else "off"
    announce(f"newslint serve: listening on {bound.url} (LanguageTool {languagetool}, "
             f"{settings.concurrency} check threads)")
    with _signals_end_cleanly():
        server.run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port``, or a UsageError saying why not."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}"
                         + ("; pick another --port (0 picks a free one)" if port else "")) from None
    return sock


def _log_config() -> dict:
    """uvicorn's logging, all of it on stderr, and our own log lines (internal errors) beside it.

    Standard output carries only the startup line, so a supervisor or test can read it.
    """
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    config["loggers"]["linter.serve"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


@contextlib.contextmanager
def _signals_end_cleanly():
    """After a graceful shutdown uvicorn re-raises the signal it caught; let that end the run with exit 0.

    Stopping the server on purpose (systemd's SIGTERM, Ctrl-C) is not a failure.
    """
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
