"""``newslint serve``: an HTTP API that checks and fixes copy for a newsroom CMS (docs/cms.md).

The server is Starlette on uvicorn. It keeps one :class:`~linter.service.CheckService`
for its lifetime and runs every check in a bounded thread pool; this package adds
only the HTTP side: request parsing and limits, authentication, response bodies and
the OpenAPI description.
"""

from linter.serve.settings import ServeSettings, parse_size
from linter.serve.runner import serve

__all__ = ["ServeSettings", "parse_size", "serve"]
